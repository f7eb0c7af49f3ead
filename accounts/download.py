"""Everything a user made, in one zip: their samples, their labels in order, their model, and
their account (with the names and dates of their API tokens)."""

import json
import tempfile
import zipfile

from accounts.models import ApiToken
from drawings import samples_file
from drawings.models import Label, Sample
from drawings.serializers import classifier_status

# The zip is written to disk past this size, so a large set is never all in memory.
IN_MEMORY_BYTES = 8 * 2**20


def as_json(data):
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_archive(user, file):
    """Write the user's zip to `file`: samples.txt, labels.json, model.json and account.json."""
    with zipfile.ZipFile(file, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open(samples_file.FILENAME, "w") as samples:
            for line in samples_file.export_lines(Sample.objects.filter(user=user)):
                samples.write(line.encode())
        labels = Label.objects.filter(user=user).with_counts()
        archive.writestr(
            "labels.json",
            as_json(
                [
                    {"name": label.name, "samples": label.count, "test_samples": label.test_count}
                    for label in labels
                ]
            ),
        )
        archive.writestr("model.json", as_json(classifier_status(user)))
        account = {
            "username": user.get_username(),
            "email": user.email,
            "date_joined": user.date_joined.isoformat(),
            # What the account page shows of each token; its key exists nowhere.
            "api_tokens": [
                {
                    "name": token.name,
                    "created": token.created.isoformat(),
                    "last_used": token.last_used and token.last_used.isoformat(),
                }
                for token in ApiToken.objects.filter(user=user)
            ],
        }
        archive.writestr("account.json", as_json(account))


def archive_file(user):
    """The user's zip in a temporary file, rewound to its start."""
    file = tempfile.SpooledTemporaryFile(max_size=IN_MEMORY_BYTES)
    write_archive(user, file)
    file.seek(0)
    return file


def filename(user):
    return f"emojisite-{user.get_username()}.zip"
