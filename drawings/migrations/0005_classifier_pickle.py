"""Classifier.pipeline is called pickle: it holds bytes, and "pipeline" is the fitted object.

Only the field's name changes; its column stays `pipeline`, so no table is rewritten.
"""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("drawings", "0004_classifier_pipeline_stored_uncompressed"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RenameField("classifier", "pipeline", "pickle"),
                migrations.AlterField(
                    "classifier",
                    "pickle",
                    models.BinaryField(db_column="pipeline", editable=False, null=True),
                ),
            ],
        ),
    ]
