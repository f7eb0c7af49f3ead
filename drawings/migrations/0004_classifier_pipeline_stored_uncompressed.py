"""On PostgreSQL, keep pickled pipelines out of line and uncompressed (STORAGE EXTERNAL).

With the default (EXTENDED), PostgreSQL tried to compress each pipeline with pglz: 5.5 ms of a
13 ms write of a 310 KB pipeline, which it then mostly stored uncompressed anyway. Other
databases have no such setting.
"""

from django.db import migrations


def set_storage(storage):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        table = schema_editor.quote_name(apps.get_model("drawings", "Classifier")._meta.db_table)
        schema_editor.execute(f"ALTER TABLE {table} ALTER COLUMN pipeline SET STORAGE {storage}")

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("drawings", "0003_classifier_report"),
    ]

    operations = [
        migrations.RunPython(set_storage("EXTERNAL"), set_storage("EXTENDED")),
    ]
