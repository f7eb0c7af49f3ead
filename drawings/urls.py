from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView
from rest_framework.authtoken.views import obtain_auth_token
from rest_framework.routers import SimpleRouter

from drawings import api, views

router = SimpleRouter(use_regex_path=False)
router.register("samples", api.SampleViewSet, basename="api-samples")
router.register("labels", api.LabelViewSet, basename="api-labels")

api_urls = [
    path("token/", obtain_auth_token, name="api-token"),
    path("train/", api.TrainView.as_view(), name="api-train"),
    path("predict/", api.PredictView.as_view(), name="api-predict"),
    path("delete/", api.DeleteView.as_view(), name="api-delete"),
    path("model/", api.ModelView.as_view(), name="api-model"),
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("", include(router.urls)),
]

urlpatterns = [
    path("", views.draw, name="draw"),
    path("api/", include(api_urls)),
]
