"""Several named tokens per user: the token's key becomes an id of its own instead of its user.

Built as a new table the existing tokens are copied into (same hash and date, named "Token",
never used yet), then the old table dropped and the new one renamed: changing a primary key in
place is not portable between SQLite and PostgreSQL."""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


def copy_tokens(apps, schema_editor):
    old = apps.get_model("accounts", "ApiToken")
    new = apps.get_model("accounts", "NamedApiToken")
    new.objects.bulk_create(
        new(user_id=token.user_id, name="Token", key_hash=token.key_hash, created=token.created)
        for token in old.objects.all()
    )


def copy_back(apps, schema_editor):
    """Back to one token per user: each keeps their newest."""
    old = apps.get_model("accounts", "ApiToken")
    new = apps.get_model("accounts", "NamedApiToken")
    kept = {}
    for token in new.objects.order_by("created"):
        kept[token.user_id] = token
    old.objects.bulk_create(
        old(user_id=t.user_id, key_hash=t.key_hash, created=t.created) for t in kept.values()
    )


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0003_language_choice"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="NamedApiToken",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("name", models.CharField(max_length=64)),
                ("key_hash", models.CharField(editable=False, max_length=64)),
                (
                    "created",
                    models.DateTimeField(default=django.utils.timezone.now, editable=False),
                ),
                ("last_used", models.DateTimeField(blank=True, editable=False, null=True)),
                (
                    "user",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="api_tokens",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
        ),
        migrations.RunPython(copy_tokens, copy_back),
        migrations.DeleteModel(name="ApiToken"),
        migrations.RenameModel(old_name="NamedApiToken", new_name="ApiToken"),
        # Unique only now, so that its index is named after the table's final name.
        migrations.AlterField(
            model_name="apitoken",
            name="key_hash",
            field=models.CharField(editable=False, max_length=64, unique=True),
        ),
        migrations.AlterModelOptions(
            name="apitoken",
            options={"ordering": ["-created", "-id"], "verbose_name": "API token"},
        ),
        migrations.AddConstraint(
            model_name="apitoken",
            constraint=models.UniqueConstraint(
                fields=("user", "name"), name="api_token_name_unique_per_user"
            ),
        ),
    ]
