from django.apps import AppConfig


class DrawingsConfig(AppConfig):
    name = "drawings"

    def ready(self):
        from accounts import parts
        from accounts.models import account_deleted
        from drawings import signals
        from drawings.account_part import PART

        account_deleted.connect(signals.forget_deleted_account, dispatch_uid="drawings")
        parts.register(PART)
