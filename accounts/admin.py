from django.contrib import admin
from django.contrib.auth import admin as auth_admin
from django.contrib.auth import get_user_model

from accounts.models import ApiToken, delete_account


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


User = get_user_model()
admin.site.unregister(User)


@admin.register(User)
class UserAdmin(auth_admin.UserAdmin):
    """Django's user admin, deleting through delete_account as the page and the API do. An app
    that shows more of a user here subclasses it and registers that instead (drawings.admin)."""

    # What deleting one user removes, in the confirmation's words.
    deleted_description = "the account, its API tokens, sessions and sign-in records"

    def deleted_counts(self, users):
        """{what: how many} deleting `users` removes."""
        return {
            "users": len(users),
            "API tokens": ApiToken.objects.filter(user__in=users).count(),
        }

    def get_deleted_objects(self, objs, request):
        """What deleting users removes, counted rather than listed row by row; the delete
        permission on users is all it takes, as deleting one's own account takes none."""
        users = list(objs)
        counts = self.deleted_counts(users)
        summary = [f"{user}: {self.deleted_description}" for user in users]
        return summary, {name: n for name, n in counts.items() if n}, set(), []

    def delete_model(self, request, user):
        delete_account(user)

    def delete_queryset(self, request, queryset):
        for user in queryset:
            delete_account(user)
