"""The exercises' own addresses: the autosave, a submission and its thread, a
trainer's revision request.

The exercise page itself (its context and its plain form) is served by
exercises/learner_page.py, which the page model calls. With JavaScript the draft
also autosaves to `autosave` (JSON) and to the browser.
"""

import json

from django.contrib import messages
from django.http import Http404, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from accounts import ratelimit
from config.generations import memo
from exercises import answers as answer_forms
from exercises import services
from exercises.access import can_read_submission, is_trainer
from exercises.choices import AccountChoice
from exercises.models import ExercisePage, Submission
from exercises.notifications import notify_revision_requested

MAX_AUTOSAVE_BYTES = 256 * 1024


def _json_error(message, status, **data):
    return JsonResponse({"ok": False, "error": str(message), **data}, status=status)


@require_POST
def autosave(request, page_id: int):
    """Save the draft sent as JSON {"version": n, "text": ..., ...}; five queries at most.

    200 {"ok": true, "version": n+1}, or 409 with the server's draft when the draft
    changed since version n (another tab, a replayed request).
    """
    if not request.user.is_authenticated:
        return _json_error(_("Sign in to save your draft."), 403)
    if not ratelimit.allow("exercise_autosave", request.user):
        # The script keeps the text in the page and the browser's storage.
        return _json_error(ratelimit.TOO_FAST, 429)
    if len(request.body) > MAX_AUTOSAVE_BYTES:
        return _json_error(_("This text is far too long to be an answer: nothing was saved."), 413)
    try:
        payload = json.loads(request.body or b"{}")
    except (ValueError, UnicodeDecodeError):
        return _json_error(_("This save could not be read."), 400)
    if not isinstance(payload, dict):
        return _json_error(_("This save could not be read."), 400)
    version = payload.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or not 0 <= version < 2**31:
        return _json_error(_("This save could not be read."), 400)
    # Saves come every few seconds from every learner writing: the exercise is read
    # from this process's copy for the content generation (config/generations.py).
    page = memo(
        (page_id, "exercise"), lambda: ExercisePage.objects.live().filter(pk=page_id).first()
    )
    if page is None or not page.accepts_viewer(request.user, request):
        raise Http404
    try:
        answer = answer_forms.read_answer(page, payload)
    except answer_forms.TooLarge:
        return _json_error(_("This text is far too long to be an answer: nothing was saved."), 413)
    result = services.autosave(page.pk, request.user, version, answer)
    if not result.saved:
        return _json_error(
            _("This draft was changed elsewhere (another tab?): both texts are kept."),
            409,
            server=result.server,
        )
    return JsonResponse({"ok": True, "version": result.version})


def _readable_submission(request, pk: int) -> Submission:
    submission = get_object_or_404(
        Submission.objects.select_related("user", "exercise", "last_version"), pk=pk
    )
    if not submission.exercise.live or not can_read_submission(submission, request.user):
        raise Http404
    if not submission.exercise.accepts_viewer(request.user, request):  # Wagtail page privacy
        raise Http404
    if submission.last_version is None and submission.user_id != request.user.pk:
        raise Http404
    return submission


def _submission_page(request, submission, status=200, **extra):
    exercise = submission.exercise
    shown = submission.last_version or submission
    revisions = list(
        submission.revision_requests.select_related(
            "requested_by", "about_version", "answered_version"
        )
    )
    context = {
        "submission": submission,
        "shown": shown,
        "exercise": exercise,
        "is_own": submission.user_id == request.user.pk,
        "may_request_revision": is_trainer(request.user)
        and submission.user_id != request.user.pk
        and submission.last_version_id is not None,
        "revisions": revisions,
        "open_revision": next((r for r in revisions if r.is_open), None),
        "stand_label": dict(exercise.position_choices).get(shown.stand, ""),
        "choice_label": AccountChoice(shown.choice).label if shown.choice else "",
        **extra,
    }
    return TemplateResponse(request, "exercises/submission.html", context, status=status)


@require_GET
def submission_detail(request, pk: int):
    """One submission and its feedback thread, for those who may read it (404 otherwise)."""
    return _submission_page(request, _readable_submission(request, pk))


@require_POST
def request_revision(request, pk: int):
    """A trainer asks the learner to revise their answer, with a note (trainers only)."""
    if not is_trainer(request.user):
        raise Http404
    submission = _readable_submission(request, pk)
    if submission.user_id == request.user.pk:
        raise Http404
    note = request.POST.get("note", "")
    try:
        revision = services.request_revision(submission, request.user, note)
    except services.RevisionRefused as refused:
        return _submission_page(
            request, submission, 400, revision_note=note[:20_000], revision_error=str(refused)
        )
    notify_revision_requested(revision, request)
    messages.success(
        request,
        _("Your request is sent to %(name)s: the exercise is open again for them.")
        % {"name": submission.user.get_public_name()},
    )
    return HttpResponseRedirect(
        reverse("exercises:submission", args=[submission.pk]) + "#revisions", status=303
    )
