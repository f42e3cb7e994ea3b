"""The trainers' screens for following learners, in the Wagtail admin.

Every screen needs the reports permission and only reaches learners of the
courses the trainer may edit (trainers.follow.access): another learner is a 404.
Changes are POSTs (CSRF-protected by Django's middleware); a GET changes nothing.
A form with a mistake is shown again with what was typed and a message.
"""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from course import learning
from course.models import CourseSession
from course.sessions import SessionState
from trainers.follow import access
from trainers.follow.forms import EnrolForm, MoveForm, ReasonForm, WriteForm
from trainers.follow.record import learner_record
from trainers.models import AnnouncementRecipient, Audience

REFUSALS = {
    "other_course": gettext_lazy("This session belongs to another course."),
    "already_in_session": gettext_lazy(
        "This learner once followed that session and left it: their progress there would "
        "be mixed with this one. Ask an administrator."
    ),
    "no_certificate": gettext_lazy("There is no valid certificate to revoke."),
    "not_completed": gettext_lazy("The course is not completed: there is no certificate."),
}
WRITE_PREVIEW = 30


def as_id(value: str) -> int:
    """A row id typed in a URL or a form, or 0 (no row) for anything else."""
    return int(value) if value.isascii() and value.isdigit() and len(value) < 19 else 0


def learner_url(user_id: int) -> str:
    return reverse("trainers_follow:learner", args=[user_id])


class FollowerMixin:
    """The reports permission, and the courses this trainer may follow."""

    def dispatch(self, request, *args, **kwargs):
        access.require_follower(request.user)
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def course_ids(self) -> list[int]:
        return access.followed_course_ids(self.request.user)

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {"url": reverse("trainers_reports:learners"), "label": _("Learners")},
            {"url": "", "label": self.get_page_title()},
        ]


class LearnerView(FollowerMixin, WagtailAdminTemplateMixin, TemplateView):
    """One learner: identity, enrolments, progress per step, work, certificate and its log."""

    template_name = "trainers/admin/learner.html"
    header_icon = "user"
    actions = {"move", "unenrol", "revoke", "reissue"}

    @cached_property
    def learner(self):
        learner = get_object_or_404(get_user_model(), pk=self.kwargs["user_id"])
        if (
            not access.followed_enrolments(self.request.user, self.course_ids)
            .filter(user=learner)
            .exists()
        ):
            raise Http404
        return learner

    def get_page_title(self):
        return self.learner.get_public_name()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        record = learner_record(self.learner, self.course_ids)
        bound = kwargs.get("bound")  # (enrolment id, action, form) of a refused post
        for item in record.enrolments:
            item.move_form = MoveForm(sessions=item.other_sessions, prefix=f"e{item.enrolment.pk}")
            item.reason_form = ReasonForm(prefix=f"e{item.enrolment.pk}")
            if bound and bound[0] == item.enrolment.pk:
                setattr(item, "move_form" if bound[1] == "move" else "reason_form", bound[2])
                item.failed_action = bound[1]
        context.update(
            learner=self.learner,
            record=record,
            write_url=reverse("trainers_follow:write") + f"?learner={self.learner.pk}",
            # Writing reaches enrolled learners only (WriteView): no button that finds nobody.
            can_write=any(item.enrolment.is_active for item in record.enrolments),
        )
        return context

    def post(self, request, *args, **kwargs):
        action = request.POST.get("action")
        if action not in self.actions:
            raise Http404
        enrolment = get_object_or_404(
            access.followed_enrolments(request.user, self.course_ids).select_related(
                "session", "user"
            ),
            pk=as_id(request.POST.get("enrolment", "")),
            user=self.learner,
        )
        prefix = f"e{enrolment.pk}"
        try:
            if action == "unenrol":
                learning.leave(enrolment)
                messages.success(
                    request,
                    _("%(name)s no longer follows the course.")
                    % {"name": self.learner.get_public_name()},
                )
            elif action == "move":
                sessions = [
                    s
                    for s in CourseSession.objects.filter(course_id=enrolment.session.course_id)
                    if s.pk != enrolment.session_id and s.state != SessionState.ARCHIVED
                ]
                form = MoveForm(request.POST, sessions=sessions, prefix=prefix)
                if not form.is_valid():
                    return self.refused(enrolment, action, form)
                learning.move_enrolment(enrolment, form.cleaned_data["session"])
                messages.success(
                    request,
                    _("Moved to the session “%(session)s”.")
                    % {"session": form.cleaned_data["session"].title},
                )
            else:
                form = ReasonForm(request.POST, prefix=prefix)
                if not form.is_valid():
                    return self.refused(enrolment, action, form)
                reason = form.cleaned_data["reason"]
                if action == "revoke":
                    learning.revoke_certificate(enrolment, request.user, reason)
                    messages.success(request, _("The certificate is revoked."))
                else:
                    learning.reissue_certificate(enrolment, request.user, reason)
                    messages.success(
                        request,
                        _("A new certificate is issued, code %(code)s.")
                        % {"code": enrolment.certificate_code},
                    )
        except learning.EnrolmentRefused as refusal:
            messages.error(request, REFUSALS[str(refusal)])
        return HttpResponseRedirect(learner_url(self.learner.pk))

    def refused(self, enrolment, action, form):
        messages.error(self.request, _("The change was not made: see the message below."))
        context = self.get_context_data(bound=(enrolment.pk, action, form))
        return self.render_to_response(context, status=400)


class EnrolView(FollowerMixin, WagtailAdminTemplateMixin, TemplateView):
    """Enrol a person who has an account in a session, by their email address."""

    template_name = "trainers/admin/enrol.html"
    header_icon = "user"
    page_title = gettext_lazy("Enrol a learner")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form"] = kwargs.get("form") or EnrolForm(course_ids=self.course_ids)
        return context

    def post(self, request, *args, **kwargs):
        form = EnrolForm(request.POST, course_ids=self.course_ids)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        enrolment = learning.enrol_by_trainer(form.user, form.cleaned_data["session"])
        messages.success(
            request,
            _("%(name)s is enrolled in the session “%(session)s”.")
            % {"name": form.user.get_public_name(), "session": enrolment.session.title},
        )
        return HttpResponseRedirect(learner_url(form.user.pk))


def sent_message(shown: int, emailed: int) -> str:
    """What the trainer reads once a message is sent: counted in words, opt-outs named only
    when there are some (a message for everyone never speaks of "the others")."""
    text = ngettext(
        "Message published for %(shown)s learner on their “My learning” page "
        "and emailed to %(emailed)s.",
        "Message published for %(shown)s learners on their “My learning” page "
        "and emailed to %(emailed)s.",
        shown,
    ) % {"shown": shown, "emailed": emailed}
    skipped = shown - emailed
    if skipped > 0:
        text += " " + ngettext(
            "%(skipped)s learner turned these emails off.",
            "%(skipped)s learners turned these emails off.",
            skipped,
        ) % {"skipped": skipped}
    return text


class WriteView(FollowerMixin, WagtailAdminTemplateMixin, TemplateView):
    """Write to one learner (?learner=id) or to the learners the report's filters select.

    The announcement is stored with its chosen recipients, published at once (which
    emails it, once, as background tasks) and shown on those learners' dashboard only.
    """

    template_name = "trainers/admin/write.html"
    header_icon = "mail"
    page_title = gettext_lazy("Write to learners")

    def selected_enrolments(self):
        from trainers.reports.learners import LearnersReportView

        learner_id = self.request.GET.get("learner", "")
        followed = access.followed_enrolments(self.request.user, self.course_ids).filter(
            left_at__isnull=True
        )
        if learner_id:
            return followed.filter(user_id=as_id(learner_id))
        report = LearnersReportView()
        report.setup(self.request)
        return report.get_filtered_queryset().filter(pk__in=followed.values("pk"))

    def recipients(self, course_id=None):
        enrolments = self.selected_enrolments()
        if course_id is not None:
            enrolments = enrolments.filter(session__course_id=course_id)
        return enrolments.select_related("user", "session").order_by("user__email")

    def selection_courses(self) -> list[int]:
        return list(
            self.selected_enrolments().order_by().values_list("session__course_id", flat=True)
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        course_ids = set(self.selection_courses())
        form = kwargs.get("form") or WriteForm(course_ids=course_ids)
        preview = list(self.recipients()[: WRITE_PREVIEW + 1])
        context.update(
            form=form,
            preview=preview[:WRITE_PREVIEW],
            more=len(preview) > WRITE_PREVIEW,
            count=len(set(self.selected_enrolments().values_list("user_id", flat=True))),
            querystring=self.request.GET.urlencode(),
            back_url=reverse("trainers_reports:learners")
            + ("?" + self.request.GET.urlencode() if "learner" not in self.request.GET else ""),
        )
        return context

    def post(self, request, *args, **kwargs):
        form = WriteForm(request.POST, course_ids=set(self.selection_courses()))
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        course = form.cleaned_data["course"]
        user_ids = sorted(set(self.recipients(course.pk).values_list("user_id", flat=True)))
        if not user_ids:
            messages.error(request, _("No learner is selected: nothing was sent."))
            return self.render_to_response(self.get_context_data(form=form), status=400)
        announcement = form.save(commit=False)
        announcement.audience = Audience.CHOSEN
        announcement.author = request.user
        announcement.live = False
        announcement.save()
        AnnouncementRecipient.objects.bulk_create(
            AnnouncementRecipient(announcement=announcement, user_id=pk) for pk in user_ids
        )
        # Publishing sends it (trainers.announcements.on_published), once.
        announcement.save_revision(user=request.user).publish(user=request.user)
        announcement.refresh_from_db()
        messages.success(request, sent_message(len(user_ids), announcement.recipient_count))
        if "learner" in request.GET:  # written from the learner's page: back to it
            return HttpResponseRedirect(learner_url(user_ids[0]))
        return HttpResponseRedirect(
            reverse("trainers_reports:learners") + "?" + request.GET.urlencode()
        )
