import io

import pytest
from django.core.management import CommandError, call_command

from drawings.models import Sample
from tests.helpers import TEACHING_APP_SAMPLES


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command(*args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_import_reads_the_teaching_apps_file(alice, smiley):
    out, _ = run("import_samples", "alice", str(TEACHING_APP_SAMPLES))
    assert "Imported 1 samples for alice (🙂 1)" in out
    assert Sample.objects.get(user=alice).features.tolist() == smiley["features"]


@pytest.mark.slow
def test_import_shows_progress_on_large_files(alice, tmp_path):
    path = tmp_path / "samples.txt"
    path.write_bytes(TEACHING_APP_SAMPLES.read_bytes() * 5000)
    out, _ = run("import_samples", "alice", str(path))
    assert "Checked 5000 lines…" in out
    assert "Stored 2000/5000 samples…" in out and "Stored 5000/5000 samples…" in out
    assert "Training the classifier…" in out
    assert Sample.objects.filter(user=alice).count() == 5000


def test_import_lists_bad_lines_and_imports_nothing(alice, tmp_path):
    path = tmp_path / "samples.txt"
    path.write_bytes(TEACHING_APP_SAMPLES.read_bytes() + b"{}\n" + b"nope")
    err = io.StringIO()
    with pytest.raises(CommandError, match="2 of 3 lines are not valid samples"):
        call_command("import_samples", "alice", str(path), stdout=io.StringIO(), stderr=err)
    assert "line 2: label: This field is required." in err.getvalue()
    assert "line 3: Not JSON" in err.getvalue()
    assert not Sample.objects.filter(user=alice).exists()


def test_import_names_a_missing_file_and_an_unknown_user(alice):
    with pytest.raises(CommandError, match="Can't read /no/such.txt: No such file"):
        run("import_samples", "alice", "/no/such.txt")
    with pytest.raises(CommandError, match="Unknown user: carol"):
        run("import_samples", "carol", str(TEACHING_APP_SAMPLES))


def test_export_writes_what_import_read(alice, bob, tmp_path):
    run("import_samples", "alice", str(TEACHING_APP_SAMPLES))
    out, _ = run("export_samples", "alice")
    assert out.encode() == TEACHING_APP_SAMPLES.read_bytes()
    path = tmp_path / "exported.txt"
    out, _ = run("export_samples", "alice", str(path))
    assert "Wrote 1 samples of alice" in out
    assert path.read_bytes() == TEACHING_APP_SAMPLES.read_bytes()
    run("import_samples", "bob", str(path))
    alices, bobs = (Sample.objects.get(user=user).features for user in (alice, bob))
    assert bobs.tobytes() == alices.tobytes()


def test_export_names_an_unknown_user(db):
    with pytest.raises(CommandError, match="Unknown user: carol"):
        run("export_samples", "carol")


def test_import_reads_standard_input_given_a_dash(alice, monkeypatch, smiley):
    with TEACHING_APP_SAMPLES.open() as stdin:
        monkeypatch.setattr("sys.stdin", stdin)
        out, _ = run("import_samples", "alice", "-")
    assert "Imported 1 samples for alice" in out
    sample = Sample.objects.get(user=alice)
    assert (sample.label.name, sample.features.tolist()) == ("🙂", smiley["features"])
