"""A class's drawings as one zip: each pupil's teaching-app samples.txt and a CSV summary."""

import csv
import io
import tempfile
import zipfile

from django.http import FileResponse
from django.utils.text import slugify

from classrooms.summary import pupil_rows
from drawings import samples_file
from drawings.models import Sample

SUMMARY_NAME = "summary.csv"
# A zip of up to this size is built in memory; a larger one spills to a temporary file.
IN_MEMORY_BYTES = 16 * 2**20


def visible_samples(membership):
    """The pupil's samples the teacher may see (see Membership.visible_labels)."""
    return Sample.objects.filter(user=membership.pupil_id, label__in=membership.visible_labels())


def pupil_file_name(membership):
    return f"{membership.pupil.get_username()}/{samples_file.FILENAME}"


def summary_csv(classroom, rows):
    """The summary, one line per pupil, who needs help first."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        ["pupil", "file", *classroom.labels, "other labels", "model version", "cv accuracy",
         "last drew", "needs more of"]
    )  # fmt: skip
    for row in rows:
        writer.writerow(
            [
                row.pupil.get_username(),
                pupil_file_name(row.membership),
                *row.counts.values(),
                "" if row.other_samples is None else row.other_samples,
                row.model_version or "",
                "" if row.cv_accuracy is None else f"{row.cv_accuracy:.3f}",
                row.last_drew.isoformat() if row.last_drew else "",
                " ".join(row.needs),
            ]
        )
    return out.getvalue()


def write_zip(classroom, file):
    """Write the class's zip to a binary file object; return how many pupils and samples."""
    rows = pupil_rows(classroom)
    total = 0
    with zipfile.ZipFile(file, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(SUMMARY_NAME, summary_csv(classroom, rows))
        for row in rows:
            with archive.open(pupil_file_name(row.membership), "w") as member:
                for line in samples_file.export_lines(visible_samples(row.membership)):
                    member.write(line.encode("ascii"))
                    total += 1
    return len(rows), total


def zip_name(classroom):
    return f"{slugify(classroom.name) or 'class'}-{classroom.pk}.zip"


def download(classroom):
    """The class's zip as an attachment."""
    file = tempfile.SpooledTemporaryFile(max_size=IN_MEMORY_BYTES)
    write_zip(classroom, file)
    file.seek(0)
    return FileResponse(
        file, as_attachment=True, filename=zip_name(classroom), content_type="application/zip"
    )
