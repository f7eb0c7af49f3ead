def test_the_openapi_schema_describes_the_api(api):
    response = api.get("/api/schema/", {"format": "json"})
    assert response.status_code == 200
    schema = response.json()
    assert schema["openapi"].startswith("3.")
    for path in ("/api/train/", "/api/predict/", "/api/delete/", "/api/model/", "/api/samples/"):
        assert path in schema["paths"]
    features = schema["components"]["schemas"]["TrainRequest"]["properties"]["features"]
    assert features["minItems"] == features["maxItems"] == 28


def test_the_browsable_api_renders(api):
    response = api.get("/api/labels/", HTTP_ACCEPT="text/html")
    assert response.status_code == 200
    assert b"Label List" in response.content
