from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "accounts"

    def ready(self):
        # Connected on import: the chosen language kept on sign-in, and a change to a token, a
        # session or a user announced to every process that keeps what it checked.
        from accounts import language, signals  # noqa: F401
