from django.apps import AppConfig


class DrawingsConfig(AppConfig):
    name = "drawings"

    def ready(self):
        from accounts.models import account_deleted
        from drawings import signals

        account_deleted.connect(signals.forget_deleted_account, dispatch_uid="drawings")
