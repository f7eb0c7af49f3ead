"""Everything a user made, in one zip: what each app keeps of theirs (accounts.parts: drawings
writes samples.txt, labels.json and model.json), and their account (with the names and dates of
their API tokens)."""

import json
import tempfile
import zipfile

from accounts import parts
from accounts.models import ApiToken

# The zip is written to disk past this size, so a large set is never all in memory.
IN_MEMORY_BYTES = 8 * 2**20


def as_json(data):
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_archive(user, file):
    """Write the user's zip to `file`: every part's files, then account.json."""
    with zipfile.ZipFile(file, "w", zipfile.ZIP_DEFLATED) as archive:
        parts.write_archives(user, archive)
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
