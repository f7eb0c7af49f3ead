from rest_framework.test import APIClient


def test_a_token_authenticates_scripts(alice):
    client = APIClient()
    response = client.post(
        "/api/token/", {"username": "alice", "password": "draw-a-rainbow-42"}, format="json"
    )
    assert response.status_code == 200
    client.credentials(HTTP_AUTHORIZATION=f"Token {response.json()['token']}")
    assert client.get("/api/labels/").status_code == 200


def test_a_wrong_password_gets_no_token(alice):
    response = APIClient().post("/api/token/", {"username": "alice", "password": "nope"})
    assert response.status_code == 401
    assert "Unable to log in" in response.json()["detail"]


def test_a_bad_token_is_refused(db):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION="Token not-a-token")
    assert client.get("/api/labels/").status_code == 401
