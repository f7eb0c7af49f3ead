from django.contrib import admin

from accounts.models import ApiToken


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    """Who has a token and since when; deleting one revokes it. Keys exist only as hashes."""

    list_display = ["user", "created"]
    search_fields = ["user__username"]
    list_select_related = ["user"]
    fields = ["user", "created"]
    readonly_fields = fields

    def has_add_permission(self, request):
        return False  # issued to their owner, on the account page or by POST /api/token/

    def has_change_permission(self, request, obj=None):
        return False
