from django.apps import AppConfig


class EmojisiteConfig(AppConfig):
    name = "emojisite"

    def ready(self):
        from emojisite import checks  # noqa: F401  (registers the system checks)
