from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "accounts"

    def ready(self):
        from accounts import language  # noqa: F401  (keeps the chosen language on sign-in)
