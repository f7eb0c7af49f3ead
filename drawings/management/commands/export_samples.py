from django.core.management.base import BaseCommand, CommandError

from drawings import samples_file
from drawings.management.users import user_named
from drawings.models import Sample


class Command(BaseCommand):
    help = "Write a user's samples as a teaching-app samples.txt, oldest first."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("file", nargs="?", help="Where to write; standard output if left out.")

    def handle(self, *args, username, file, **options):
        user = user_named(username)
        lines = samples_file.export_lines(Sample.objects.filter(user=user))
        if file is None:
            for line in lines:
                self.stdout.write(line, ending="")
            return
        try:
            written = 0
            with open(file, "w", encoding="ascii", newline="\n") as out:
                for line in lines:
                    out.write(line)
                    written += 1
        except OSError as error:
            raise CommandError(f"Can't write {file}: {error.strerror}.") from None
        self.stdout.write(self.style.SUCCESS(f"Wrote {written} samples of {username} to {file}."))
