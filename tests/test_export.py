from django.core.files.uploadedfile import SimpleUploadedFile

from drawings.models import Sample
from tests.helpers import TEACHING_APP_SAMPLES


def download(api):
    response = api.get("/api/export/")
    assert response.status_code == 200
    return response, b"".join(response.streaming_content)


def test_it_downloads_samples_txt(trained):
    response, content = download(trained)
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="samples.txt"'
    assert content.count(b"\n") == 4 and content.endswith(b"\n")


def test_it_writes_oldest_first_with_escaped_emoji(trained):
    _, content = download(trained)
    lines = content.splitlines()
    assert lines[0].startswith(b'{"label": "\\ud83d\\ude42", "features": [[0, 0, ')
    assert lines[-1].startswith(b'{"label": "\\ud83c\\udf08"')
    assert content.isascii()


def test_the_teaching_apps_line_comes_back_byte_for_byte(api):
    original = TEACHING_APP_SAMPLES.read_bytes()
    upload = SimpleUploadedFile("samples.txt", original)
    assert api.post("/api/import/", {"file": upload}, format="multipart").status_code == 201
    _, content = download(api)
    assert content == original


def test_export_then_import_into_a_fresh_account_gives_the_same_samples(
    trained, alice, bob, api_for
):
    _, content = download(trained)
    as_bob = api_for(bob)
    upload = SimpleUploadedFile("samples.txt", content)
    assert as_bob.post("/api/import/", {"file": upload}, format="multipart").status_code == 201

    def samples(user):
        rows = Sample.objects.filter(user=user).order_by("created_at", "id")
        return [(s.label.name, s.features.tobytes()) for s in rows]

    assert samples(bob) == samples(alice)
    assert download(as_bob)[1] == content


def test_it_exports_only_the_users_own_samples(trained, bob, api_for):
    _, content = download(api_for(bob))
    assert content == b""


def test_it_answers_the_file_whatever_the_client_accepts(trained):
    response = trained.get("/api/export/", HTTP_ACCEPT="text/plain")
    assert response.status_code == 200
    assert b"".join(response.streaming_content).count(b"\n") == 4
