from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from accounts.admin_language import FormInTheTrainersLanguageMixin
from course.models import CourseSession, Participant


class ParticipantViewSet(FormInTheTrainersLanguageMixin, SnippetViewSet):
    model = Participant
    icon = "user"
    menu_label = _("Speakers")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["display_name", "handle", "role"]
    search_fields = ["display_name", "handle", "role"]


register_snippet(ParticipantViewSet)


class CourseSessionViewSet(FormInTheTrainersLanguageMixin, SnippetViewSet):
    model = CourseSession
    icon = "date"
    menu_label = _("Sessions")
    menu_order = 220
    add_to_admin_menu = True
    list_display = ["title", "course", "enrolment_opens_on", "starts_on", "ends_on"]
    list_filter = ["course"]


register_snippet(CourseSessionViewSet)
