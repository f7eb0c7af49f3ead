"""The machine-learning side of the site: how a user's drawings become a fitted, pickled,
predicting pipeline. It imports no Django, so it can be used, tested and benchmarked alone.

- `grid`: a drawing as every step takes it (GRID_SIZE, one flattened row per drawing);
- `preprocessing`: transformers that centre, straighten, smooth and describe a drawing;
- `augmentation`: `Augmented`, which also fits on distorted copies of each sample;
- `calibration`: `Calibrated`, whose scores are probabilities, and what samples it needs;
- `pipelines`: the algorithms a classifier can be fit with, and fitting, guessing, scoring;
- `persistence`: a fitted pipeline to bytes and back;
- `suspects`: training drawings the held-out scores strongly disagree with;
- `neighbours`: the training drawings a classifier finds most alike to a drawing.

Only `grid` is light: every other module imports scikit-learn and SciPy, about a second.
"""
