from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("", include("drawings.urls")),
    path("", include("classrooms.urls")),
    path("accounts/", include("accounts.urls")),
    path("admin/", admin.site.urls),
]

handler404 = "emojisite.views.page_not_found"
