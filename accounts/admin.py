from django.contrib import admin

from accounts.models import ApiToken


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    """Who has which tokens, since when, and when each was last used (within a minute); deleting
    one revokes it alone. Keys exist only as hashes."""

    list_display = ["name", "user", "created", "last_used"]
    search_fields = ["user__username", "name"]
    list_select_related = ["user"]
    fields = ["user", "name", "created", "last_used"]
    readonly_fields = fields

    def has_add_permission(self, request):
        return False  # issued to their owner, on the account page or by POST /api/token/

    def has_change_permission(self, request, obj=None):
        return False
