"""Moderation in the Wagtail admin: the comments listing, its filters and bulk actions.

People with the "discussions.moderate_comment" permission (the trainers'
group) see the listing, change a comment's status and use the bulk actions
approve / hide / remove; nobody creates comments from the admin. The moderation
screen (the comment's edit view) shows the comment in context: its author, where
it stands, every report and the history of decisions (discussions.moderation).
"""

import django_filters
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import EditView, SnippetViewSet

from accounts.admin_language import FormInTheTrainersLanguageMixin
from discussions import moderation
from discussions.access import MODERATE_PERMISSION, is_moderator
from discussions.admin_panels import ModerationContextPanel
from discussions.models import Comment, CommentStatus


@hooks.register("register_log_actions")
def register_moderation_log_actions(actions):
    moderation.register_log_actions(actions)


class ModerationPermissionPolicy(ModelPermissionPolicy):
    """Moderators view and change comments; nobody adds them here; deleting stays explicit."""

    def user_has_permission(self, user, action):
        if action == "add":
            return False
        if action in ("view", "change") and user.is_active and user.has_perm(MODERATE_PERMISSION):
            return True
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


register_permission_policy(Comment, ModerationPermissionPolicy(Comment), exact_class=True)


class CommentFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=CommentStatus.choices)
    reported = django_filters.BooleanFilter(label=_("Reported"), method="filter_reported")
    created_at = django_filters.DateFromToRangeFilter(label=_("Date"), widget=DateRangePickerWidget)

    class Meta:
        model = Comment
        fields = ["status", "reported", "created_at"]

    def filter_reported(self, queryset, name, value):
        if value is None:
            return queryset
        return queryset.filter(report_count__gt=0) if value else queryset.filter(report_count=0)


class CommentModerationView(EditView):
    """Saving the moderation screen is a decision: logged, and the open reports dealt with."""

    def save_instance(self):
        comment = self.form.instance
        moderation.decide([comment], self.form.cleaned_data["status"], self.request.user)
        comment.refresh_from_db()
        return comment


class CommentViewSet(FormInTheTrainersLanguageMixin, SnippetViewSet):
    model = Comment
    icon = "comment"
    menu_label = _("Comments")
    menu_name = "discussion-comments"
    menu_order = 300
    add_to_admin_menu = True
    copy_view_enabled = False
    add_to_reference_index = False  # comments reference nothing an editor needs to track
    # The moderation screen (edit view) shows the comment in context; an inspect view
    # would only list its raw fields (content type, object id, anchor, depth).
    inspect_view_enabled = False
    edit_view_class = CommentModerationView
    filterset_class = CommentFilterSet
    list_display = [
        "__str__",
        Column("author", label=_("Author")),
        Column("get_status_display", label=_("Status")),
        Column("report_count", label=_("Open reports"), sort_key="report_count"),
        DateColumn("created_at", label=_("Date"), sort_key="created_at"),
    ]
    list_per_page = 50
    ordering = ["-created_at"]
    search_fields = ["body"]
    search_backend_name = None  # comments are not in the search index: the ORM searches
    panels = [
        FieldPanel("body", read_only=True),
        ModerationContextPanel(heading=_("In context")),
        FieldPanel("status", heading=_("Decision")),
    ]

    def get_queryset(self, request):
        return Comment.objects.select_related("author").annotate(
            report_count=Count("reports", filter=Q(reports__resolved_at__isnull=True))
        )


register_snippet(CommentViewSet)


class CommentStatusBulkAction(SnippetBulkAction):
    """Set the status of the selected comments."""

    models = [Comment]
    template_name = "discussions/admin/confirm_bulk_status.html"
    new_status = CommentStatus.PUBLISHED

    def check_perm(self, obj):
        return is_moderator(self.request.user)

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "action": self}

    def get_execution_context(self):
        return {"user": self.request.user}

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        return moderation.decide(objects, cls.new_status, user), 0


@hooks.register("register_bulk_action")
class ApproveCommentsBulkAction(CommentStatusBulkAction):
    display_name = _("Approve")
    action_type = "approve"
    aria_label = _("Approve the selected comments")
    action_priority = 10
    new_status = CommentStatus.PUBLISHED

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d comment approved.", "%(count)d comments approved.", num_parent_objects
        ) % {"count": num_parent_objects}


@hooks.register("register_bulk_action")
class HideCommentsBulkAction(CommentStatusBulkAction):
    display_name = _("Hide")
    action_type = "hide"
    aria_label = _("Hide the selected comments")
    action_priority = 20
    new_status = CommentStatus.HIDDEN

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d comment hidden.", "%(count)d comments hidden.", num_parent_objects
        ) % {"count": num_parent_objects}


@hooks.register("register_bulk_action")
class RemoveCommentsBulkAction(CommentStatusBulkAction):
    display_name = _("Remove")
    action_type = "remove"
    aria_label = _("Remove the selected comments")
    action_priority = 30
    classes = {"serious"}
    new_status = CommentStatus.REMOVED

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d comment removed.", "%(count)d comments removed.", num_parent_objects
        ) % {"count": num_parent_objects}
