from django.contrib import admin
from django.urls import include, path

from accounts.language import set_language

urlpatterns = [
    path("api/", include("accounts.api_urls")),
    path("", include("drawings.urls")),
    path("", include("classrooms.urls")),
    path("accounts/", include("accounts.urls")),
    path("i18n/setlang/", set_language, name="set_language"),
    path("admin/", admin.site.urls),
]

handler404 = "emojisite.views.page_not_found"
