from django.core.management.base import BaseCommand, CommandError

from classrooms.export import write_zip
from classrooms.models import Classroom


class Command(BaseCommand):
    help = "Write a class's drawings as a zip: each pupil's samples.txt and a summary.csv."

    def add_arguments(self, parser):
        parser.add_argument("classroom", type=int, help="The class's id (shown in its address).")
        parser.add_argument("file", help="Where to write the zip.")

    def handle(self, *args, classroom, file, **options):
        found = Classroom.objects.filter(pk=classroom).first()
        if found is None:
            raise CommandError(f"Unknown class: {classroom}")
        try:
            with open(file, "wb") as out:
                pupils, samples = write_zip(found, out)
        except OSError as error:
            raise CommandError(f"Can't write {file}: {error.strerror}.") from None
        self.stdout.write(
            self.style.SUCCESS(f"Wrote {samples} samples of {pupils} pupils of {found} to {file}.")
        )
