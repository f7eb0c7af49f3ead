"""The account's API, under /api/ beside the other apps' (emojisite/urls.py)."""

from django.urls import include, path
from rest_framework.routers import SimpleRouter

from accounts import api

router = SimpleRouter(use_regex_path=False)
router.register("tokens", api.TokenViewSet, basename="api-tokens")

urlpatterns = [
    path("token/", api.ObtainTokenView.as_view(), name="api-token"),
    path("account/", api.AccountView.as_view(), name="api-account"),
    path("", include(router.urls)),
]
