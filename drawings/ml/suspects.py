"""Training drawings that teach the classifier the wrong thing, found from the held-out scores
the fit already made: no extra fit."""

# A training drawing is suspect when, held out, it scores at most this for its own label and
# the classifier guesses another: likely mislabelled, or drawn unlike the others. Chosen on the
# development split of bench/mislabelled.py.
SUSPECT_SCORE = 0.25


def disagreements(labels, held_out, limit):
    """[(index, guess, own score, guess score)] of the drawings whose held-out guess strongly
    disagrees with their label (`held_out` a pipelines.HeldOut), the strongest disagreement
    first, at most `limit`."""
    column = {label: index for index, label in enumerate(held_out.classes)}
    found = []
    for index, (label, row) in enumerate(zip(labels, held_out.scores, strict=True)):
        own = float(row[column[label]])
        best = int(row.argmax())
        if held_out.classes[best] != label and own <= SUSPECT_SCORE:
            found.append((index, str(held_out.classes[best]), own, float(row[best])))
    found.sort(key=lambda found: (found[2], -found[3]))
    return found[:limit]
