from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView
from rest_framework.routers import SimpleRouter

from drawings import api, views

router = SimpleRouter(use_regex_path=False)
router.register("samples", api.SampleViewSet, basename="api-samples")
router.register("labels", api.LabelViewSet, basename="api-labels")

api_urls = [
    path("train/", api.TrainView.as_view(), name="api-train"),
    path("predict/", api.PredictView.as_view(), name="api-predict"),
    path("delete/", api.DeleteSamplesView.as_view(), name="api-delete"),
    path("model/", api.ModelView.as_view(), name="api-model"),
    path("model/history/", api.ModelHistoryView.as_view(), name="api-model-history"),
    path("labels/order/", api.LabelOrderView.as_view(), name="api-labels-order"),
    path("import/", api.ImportView.as_view(), name="api-import"),
    path("quiz/", api.QuizView.as_view(), name="api-quiz"),
    path("export/", api.ExportView.as_view(), name="api-export"),
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("", include(router.urls)),
]

urlpatterns = [
    path("", views.draw, name="draw"),
    path("gallery/", views.gallery, name="gallery"),
    path("gallery/<int:pk>/", views.gallery_sample, name="gallery-sample"),
    path("model/", views.model, name="model"),
    path("model/retrain/", views.retrain_now, name="retrain"),
    path("api/", include(api_urls)),
]
