import sys
import time

from django.core.management.base import BaseCommand, CommandError

from drawings import samples_file, training_set
from drawings.management.users import user_named


def open_lines(file):
    if file == "-":
        return open(sys.stdin.fileno(), "rb", closefd=False)
    return open(file, "rb")


class Command(BaseCommand):
    help = "Add a teaching-app samples.txt to a user's training set: every line, or none."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("file", help="The samples.txt to import; - reads standard input.")

    def handle(self, *args, username, file, **options):
        user = user_named(username)
        started = time.perf_counter()
        try:
            with open_lines(file) as lines:
                imported = training_set.import_samples(
                    user, lines, max_bytes=float("inf"), progress=self.progress
                )
        except OSError as error:
            raise CommandError(f"Can't read {file}: {error.strerror}.") from None
        except samples_file.ImportRejected as rejected:
            for bad in rejected.errors:
                self.stderr.write(f"line {bad['line']}: {bad['error']}")
            if rejected.bad_lines > len(rejected.errors):
                self.stderr.write(f"… and {rejected.bad_lines - len(rejected.errors)} more.")
            raise CommandError(rejected.message) from None
        per_label = ", ".join(f"{name} {count}" for name, count in imported.items())
        self.stdout.write(
            self.style.SUCCESS(
                f"Imported {sum(imported.values())} samples for {username} ({per_label}) "
                f"in {time.perf_counter() - started:.1f} s."
            )
        )

    def progress(self, stage, done, total):
        if stage == "read":
            self.stdout.write(f"Checked {done} lines…")
        elif stage == "stored":
            self.stdout.write(f"Stored {done}/{total} samples…")
        else:
            self.stdout.write("Training the classifier…")
