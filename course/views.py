"""Learner-facing views of the course app: progress, enrolment, dashboard, certificates.

Every view that changes something takes POST with CSRF and works without
JavaScript (it redirects back); with JavaScript the page updates in place.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST
from wagtail.models import Page

from accounts import ratelimit
from accounts.confirmation import has_confirmed_email
from config.http import wants_json
from course import dashboard as learner_dashboard
from course import learning, release, steps
from course.models import (
    CertificateAction,
    CertificateEvent,
    CoursePage,
    Enrolment,
)
from course.restrictions import page_view_restrictions, restrictions_accept


def _back(request, fallback: str):
    target = request.POST.get("next") or fallback
    if not url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        target = fallback
    return HttpResponseRedirect(target, status=303)


def _too_fast_or_none(request, action: str, back_url):
    """429 once the learner's writes of `action` pass their limit (accounts/ratelimit.py).

    `back_url` is a callable: a page's URL costs the site's queries, paid only when refused.
    """
    if ratelimit.allow(action, request.user):
        return None
    message = ratelimit.TOO_FAST_NOTHING_TYPED
    if wants_json(request):
        return JsonResponse({"error": str(message)}, status=429)
    return ratelimit.too_fast_page(request, message, back_url())


def _email_verified_or_refuse(request):
    """Posting anything needs a confirmed email address (reading stays open)."""
    if has_confirmed_email(request.user):
        return None
    message = _("Please confirm your email address first: we sent you a link.")
    if wants_json(request):
        return JsonResponse({"error": message}, status=403)
    messages.error(request, message)
    return redirect("account_email")


@login_required
@require_POST
def mark_step(request, page_id: int):
    """Mark a step done (done=1) or not done (done=0). Idempotent."""
    step = (
        release.with_module_release(Page.objects.live().filter(pk=page_id, depth__gte=4))
        .only("pk", "path", "depth", "url_path", "title", "content_type_id")
        .annotate(done_when=steps.chosen_rule())
        .first()
    )
    if step is None:
        raise Http404
    # Only a step its rule lets the learner mark (a quiz is done by passing it, an
    # exercise by submitting it), and only on a page Wagtail's privacy lets them read.
    if not steps.marked_by_learner(step) or not restrictions_accept(
        page_view_restrictions(step, request), request.user, request
    ):
        raise Http404
    enrolment = learning.enrolment_for_step(request.user, step)
    if enrolment is None:
        message = _("Enrol in the course to keep track of your progress.")
        if wants_json(request):
            return JsonResponse({"error": message}, status=403)
        messages.info(request, message)
        return _back(request, step.get_url(request) or "/")
    too_fast = _too_fast_or_none(request, "course_progress", lambda: step.get_url(request) or "/")
    if too_fast:
        return too_fast
    done = request.POST.get("done", "1") == "1"
    # Read ahead, but done only once the week is open (undoing is always possible).
    opens_on = done and release.opens_later(
        release.step_opens_on(step, enrolment), timezone.localdate()
    )
    if opens_on:
        message = release.not_open_message(opens_on)
        if wants_json(request):
            return JsonResponse({"error": message}, status=403)
        messages.error(request, message)
        return _back(request, step.get_url(request) or "/")
    learning.set_step_done(enrolment, step, done)
    if wants_json(request):
        return JsonResponse({"page": step.pk, "done": done})
    response = _back(request, step.get_url(request) or "/")
    # Back where the learner clicked, the new state in sight (the button ends a long page).
    response["Location"] += "#step-done"
    return response


@login_required
@require_POST
def enrol(request, course_id: int):
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    refused = _email_verified_or_refuse(request)
    if refused:
        return refused
    chosen = request.POST.get("session", "")
    too_fast = _too_fast_or_none(request, "course_enrolment", lambda: course.get_url(request))
    if too_fast:
        return too_fast
    try:
        learning.enrol(request.user, course, int(chosen) if chosen.isdigit() else None)
    except learning.EnrolmentClosed:
        messages.error(request, _("Enrolment is closed for this course."))
    else:
        messages.success(request, _("You are enrolled. Welcome to the course!"))
    return _back(request, course.get_url(request))


@login_required
@require_http_methods(["GET", "POST"])
def leave(request, course_id: int):
    """Leaving takes two steps: this page says what leaving means (GET, or a post that is
    not the confirmation, such as an old page's one-click form); its confirming post leaves."""
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    enrolments = list(
        Enrolment.objects.active()
        .filter(user=request.user, session__course=course)
        .select_related("session")
    )
    if not enrolments:
        if request.method == "POST":
            messages.info(request, _("You are not enrolled in this course."))
        return HttpResponseRedirect(course.get_url(request), status=303)
    if request.method != "POST" or request.POST.get("confirm") != "1":
        context = {"course": course, "enrolment": enrolments[0]}
        return TemplateResponse(request, "course/leave.html", context)
    too_fast = _too_fast_or_none(request, "course_enrolment", lambda: course.get_url(request))
    if too_fast:
        return too_fast
    for enrolment in enrolments:
        learning.leave(enrolment)
    messages.info(
        request,
        _("You have left the course. Your progress is kept if you come back."),
    )
    return _back(request, course.get_url(request))


@login_required
def dashboard(request):
    """ "My learning": each course the learner follows, its progress and next step
    (course/dashboard.py)."""
    return learner_dashboard.serve(request)


@login_required
def certificate(request, enrolment_id: int):
    """The learner's own certificate, printable on A4."""
    enrolment = get_object_or_404(
        Enrolment.objects.select_related("session", "session__course", "user"),
        pk=enrolment_id,
        user=request.user,
        completed_at__isnull=False,
        certificate_revoked_at__isnull=True,
    )
    return TemplateResponse(request, "course/certificate.html", {"enrolment": enrolment})


def verify_certificate(request, code: str):
    """Public: says whether a code is a real certificate, and of which course, nothing more."""
    enrolment = (
        Enrolment.objects.filter(
            certificate_code=code.upper()[:14],
            completed_at__isnull=False,
            certificate_revoked_at__isnull=True,
        )
        .select_related("session", "session__course")
        .first()
    )
    revoked = None
    if enrolment is None:
        revoked = (
            CertificateEvent.objects.filter(
                code=code.upper()[:14], action=CertificateAction.REVOKED
            )
            .select_related("enrolment__session__course")
            .order_by("-at")
            .first()
        )
    return TemplateResponse(
        request,
        "course/certificate_verify.html",
        {"enrolment": enrolment, "revoked": revoked, "code": code[:14]},
        status=200 if enrolment or revoked else 404,
    )
