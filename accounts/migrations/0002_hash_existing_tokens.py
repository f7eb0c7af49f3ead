"""Existing tokens keep working: each of DRF's plain-text tokens becomes a hashed ApiToken, with
the same key and date, and DRF's table, the only place the keys were readable, is dropped."""

import hashlib
from datetime import timezone

from django.db import migrations
from django.utils.dateparse import parse_datetime

OLD_TABLE = "authtoken_token"


def as_aware(value):
    if isinstance(value, str):
        value = parse_datetime(value)
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def hash_existing_tokens(apps, schema_editor):
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        if OLD_TABLE not in connection.introspection.table_names(cursor):
            return
        cursor.execute(f"SELECT key, user_id, created FROM {OLD_TABLE}")
        rows = cursor.fetchall()
    ApiToken = apps.get_model("accounts", "ApiToken")
    ApiToken.objects.bulk_create(
        ApiToken(
            user_id=user_id,
            key_hash=hashlib.sha256(key.encode()).hexdigest(),
            created=as_aware(created),
        )
        for key, user_id, created in rows
    )
    schema_editor.execute(f"DROP TABLE {OLD_TABLE}")


class Migration(migrations.Migration):
    dependencies = [("accounts", "0001_initial")]

    # Irreversible in substance: the plain-text keys are gone for good.
    operations = [migrations.RunPython(hash_existing_tokens, migrations.RunPython.noop)]
