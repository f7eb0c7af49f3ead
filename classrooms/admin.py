from django.contrib import admin, messages
from django.db.models import Count

from classrooms.models import Classroom, Membership


class MembershipInline(admin.TabularInline):
    model = Membership
    raw_id_fields = ["pupil"]
    readonly_fields = ["joined_at"]
    extra = 0


@admin.register(Classroom)
class ClassroomAdmin(admin.ModelAdmin):
    """Classes with their pupils; the join code can be renewed or turned off here too."""

    list_display = ["name", "teacher", "join_code", "pupil_count", "created_at"]
    list_filter = ["created_at"]
    search_fields = ["name", "teacher__username", "join_code"]
    list_select_related = ["teacher"]
    raw_id_fields = ["teacher"]
    inlines = [MembershipInline]
    actions = ["renew_join_codes", "turn_off_joining"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(pupil_count=Count("memberships"))

    @admin.display(ordering="pupil_count", description="pupils")
    def pupil_count(self, classroom):
        return classroom.pupil_count

    def save_model(self, request, classroom, form, change):
        super().save_model(request, classroom, form, change)
        if "labels" in form.changed_data:
            classroom.set_labels(classroom.labels)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        for pupil in form.instance.pupils():  # pupils added here get the class's labels too
            form.instance.give_labels_to(pupil)

    @admin.action(
        permissions=["change"], description="Renew the join codes (old ones stop working)"
    )
    def renew_join_codes(self, request, queryset):
        for classroom in queryset:
            classroom.renew_join_code()
        self.message_user(request, f"Renewed {len(queryset)} join codes.", messages.SUCCESS)

    @admin.action(permissions=["change"], description="Turn joining off")
    def turn_off_joining(self, request, queryset):
        count = queryset.update(join_code=None)
        self.message_user(request, f"Turned joining off in {count} classes.", messages.SUCCESS)


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["pupil", "classroom", "joined_at", "shares_other_labels"]
    list_filter = ["shares_other_labels", "joined_at"]
    search_fields = ["pupil__username", "classroom__name"]
    list_select_related = ["pupil", "classroom"]
    raw_id_fields = ["pupil", "classroom"]
    readonly_fields = ["joined_at"]

    def save_model(self, request, membership, form, change):
        super().save_model(request, membership, form, change)
        membership.classroom.give_labels_to(membership.pupil)
