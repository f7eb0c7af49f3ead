from django.urls import path
from rest_framework.routers import SimpleRouter

from classrooms import api, views

router = SimpleRouter()
router.register("api/classes", api.ClassroomViewSet, basename="api-classes")

urlpatterns = [
    path("classes/", views.index, name="classrooms"),
    path("classes/join/", views.join, name="classroom-join"),
    path("classes/join/<str:code>/", views.join_link, name="classroom-join-link"),
    path("classes/<int:pk>/", views.classroom, name="classroom"),
    path("classes/<int:pk>/labels/", views.labels, name="classroom-labels"),
    path("classes/<int:pk>/join-code/", views.join_code, name="classroom-join-code"),
    path("classes/<int:pk>/delete/", views.delete, name="classroom-delete"),
    path("classes/<int:pk>/leave/", views.leave, name="classroom-leave"),
    path("classes/<int:pk>/privacy/", views.privacy, name="classroom-privacy"),
    path("classes/<int:pk>/export/", views.export, name="classroom-export"),
    path("classes/<int:pk>/accounts/", views.accounts, name="classroom-accounts"),
    path(
        "classes/<int:pk>/pupils/<int:pupil_id>/password/",
        views.pupil_password,
        name="classroom-pupil-password",
    ),
    path(
        "classes/<int:pk>/pupils/<int:pupil_id>/remove/",
        views.remove_pupil,
        name="classroom-remove-pupil",
    ),
    path(
        "classes/<int:pk>/pupils/<int:pupil_id>/gallery/",
        views.pupil_gallery,
        name="classroom-pupil-gallery",
    ),
    path(
        "classes/<int:pk>/pupils/<int:pupil_id>/model/",
        views.pupil_model,
        name="classroom-pupil-model",
    ),
    *router.urls,
]
