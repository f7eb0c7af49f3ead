"""drawings' part of an account (accounts.parts): the counts the account page and
GET /api/account/ show, and samples.txt, labels.json and model.json in the zip of everything."""

from rest_framework import serializers

from accounts.download import as_json
from accounts.parts import AccountPart
from drawings import samples_file
from drawings.models import Label, Sample
from drawings.serializers import classifier_status


def summary(user):
    return {
        "samples": Sample.objects.filter(user=user).count(),
        "labels": Label.objects.filter(user=user).count(),
    }


def write_archive(user, archive):
    """The user's samples as the teaching app's file, their labels in order with how many
    training and test drawings each has, and their model with its report."""
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


PART = AccountPart(
    name="drawings",
    summary=summary,
    fields={"samples": serializers.IntegerField(), "labels": serializers.IntegerField()},
    write_archive=write_archive,
    templates={
        "facts": "drawings/includes/account_facts.html",
        "downloads": "drawings/includes/account_downloads.html",
        "deletion": "drawings/includes/account_deletion.html",
    },
)
