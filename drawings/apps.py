from django.apps import AppConfig


class DrawingsConfig(AppConfig):
    name = "drawings"

    def ready(self):
        from drawings import signals  # noqa: F401
