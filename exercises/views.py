"""The learner's side of an exercise: the page, the plain form, the autosave, a submission.

Without JavaScript the exercise page's form posts to the page itself (save the
draft, submit, agree, share, ask for peers) and redirects back with a message;
a refused form comes back with the learner's text and the reason. With
JavaScript the draft also autosaves to `autosave` (JSON) and to the browser.
"""

import json

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count
from django.http import Http404, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from accounts import ratelimit
from accounts.confirmation import has_confirmed_email
from config.generations import memo
from discussions.models import Comment
from exercises import answers as answer_forms
from exercises import peers, rules, services
from exercises.access import can_read_submission
from exercises.choices import AccountChoice, Agreement, ExerciseKind, Visibility
from exercises.models import ExercisePage, PeerAssignment, Submission
from exercises.models.submissions import is_trainer
from exercises.notifications import notify_revision_requested

MAX_AUTOSAVE_BYTES = 256 * 1024


def _comment_counts(submission_ids) -> dict[int, int]:
    if not submission_ids:
        return {}
    rows = (
        Comment.objects.published()
        .filter(
            content_type=ContentType.objects.get_for_model(Submission),
            object_id__in=[str(pk) for pk in submission_ids],
        )
        .values("object_id")
        .annotate(total=Count("pk"))
    )
    return {int(row["object_id"]): row["total"] for row in rows}


def rules_config(page: ExercisePage) -> dict:
    """What static/js/exercises.js needs to give the same feedback as the server."""
    return {
        "kind": page.kind,
        "limit": page.char_limit,
        "minWords": page.min_words,
        "maxWords": page.max_words,
        "rules": [
            {
                "kind": r.kind,
                "label": r.label,
                "phrases": r.phrases,
                "maximum": r.maximum,
                "only_with_organisation": r.only_with_organisation,
            }
            for r in page.rules
        ],
    }


def exercise_context(page: ExercisePage, request, context: dict) -> dict:
    """The learner's submission, feedback, peers and results; constant queries."""
    user = request.user
    extra = {
        "submission": None,
        "assigned": [],
        "visibility_choices": Visibility.choices,
        "agreement_choices": Agreement.choices,
        "rules_config": rules_config(page),
        "autosave_url": reverse("exercises:autosave", args=[page.pk]),
    }
    submission = None
    if user.is_authenticated:
        submission = (
            Submission.objects.filter(exercise=page, user=user)
            .select_related("last_version")
            .first()
        )
        extra["submission"] = submission
        extra["kept_drafts"] = services.kept_drafts_to_offer(submission)
        assigned = list(
            PeerAssignment.objects.filter(exercise=page, reviewer=user)
            .select_related("submission__user", "submission__last_version")
            .order_by("created_at", "pk")
        )
        visible = [a.submission for a in assigned if a.submission.is_shared]
        counts = _comment_counts([s.pk for s in visible] + ([submission.pk] if submission else []))
        for peer in visible:
            peer.feedback_count = counts.get(peer.pk, 0)
        extra["assigned"] = visible
        extra["own_feedback_count"] = counts.get(submission.pk, 0) if submission else 0
        revisions = (
            list(
                submission.revision_requests.select_related(
                    "requested_by", "about_version", "answered_version"
                )
            )
            if submission is not None and submission.last_version_id
            else []
        )
        extra["revisions"] = revisions
        extra["open_revision"] = next((r for r in revisions if r.is_open), None)

    refused_opinion = getattr(request, "_exercise_opinion", None)
    if submission is not None and refused_opinion:
        # A refused opinion (too many in a row) comes back as typed, unsaved.
        submission.agreement, submission.agreement_reason = refused_opinion
    answer = getattr(request, "_exercise_answer", None)
    if answer is None:
        answer = answer_forms.Answer(
            **({k: getattr(submission, k) for k in services.DRAFT_FIELDS} if submission else {})
        )
    extra["answer"] = answer
    extra["form_errors"] = getattr(request, "_exercise_errors", [])
    extra["conflict"] = getattr(request, "_exercise_conflict", None)
    extra["draft_version"] = (
        request._exercise_conflict["version"]
        if extra["conflict"]
        else (submission.version if submission else 0)
    )
    if page.kind == ExerciseKind.BIO:
        extra["feedback"] = rules.check_bio(answer.text, page.rules, page.char_limit)
    elif page.kind == ExerciseKind.REFLECTION:
        extra["word_count"] = rules.word_count(answer.text)
    extra["questions"] = page.question_list() if page.kind == ExerciseKind.ONE_OR_TWO else []
    last = submission.last_version if submission else None
    if last is not None and page.kind == ExerciseKind.ONE_OR_TWO and last.choice:
        chosen = []
        for question in extra["questions"]:
            index = last.answers.get(question["key"])
            if index is not None:
                chosen.append(question["answers"][index])
        extra["recommendation"] = rules.recommend(chosen)
        extra["choice_label"] = AccountChoice(last.choice).label
        extra["outcome"] = page.outcome_for(last.choice)
        extra["other_outcomes"] = [
            {"label": AccountChoice(block.value["choice"]).label, "value": block.value}
            for block in page.outcomes
            if block.value["choice"] != last.choice and block.value["testimonials"]
        ]
    if last is not None and page.kind == ExerciseKind.REFLECTION and page.positions:
        learner = context.get("learner")
        session_id = learner.enrollment.session_id if learner and learner.enrollment else None
        extra["distribution"] = services.class_distribution(page, session_id)
        extra["stand_label"] = dict(page.position_choices).get(last.stand, "")
    return extra


def _render_refused(page, request, answer, errors, status, conflict=None):
    request._exercise_answer = answer
    request._exercise_errors = errors
    request._exercise_conflict = conflict
    context = page.get_context(request)
    return TemplateResponse(request, page.get_template(request), context, status=status)


def _too_fast(page, request, answer, message):
    """429: the page again, with what the learner typed (`answer`; None: the saved draft)."""
    return _render_refused(page, request, answer, [message], 429)


def _back(page, request, fragment=""):
    return HttpResponseRedirect(page.get_url(request) + fragment, status=303)


def post_to_exercise(page: ExercisePage, request):
    """The plain form: save, submit, agree, share or ask for peers; no JavaScript needed."""
    if not request.user.is_authenticated:
        return redirect_to_login(page.get_url(request))
    if "restore" in request.POST:
        return _restore(page, request)
    action = request.POST.get("action", "save")
    if action == "peers":
        if not ratelimit.allow("peer_request", request.user):
            return _too_fast(page, request, None, ratelimit.TOO_FAST_NOTHING_TYPED)
        return _give_feedback(page, request)
    if action in ("agree", "visibility"):
        if not ratelimit.allow("exercise_opinion", request.user):
            request._exercise_opinion = (
                request.POST.get("agreement", ""),
                request.POST.get("agreement_reason", "")[:2000],
            )
            return _too_fast(page, request, None, ratelimit.TOO_FAST)
        return _update_submitted(page, request, action)
    try:
        answer = answer_forms.read_answer(page, request.POST)
    except answer_forms.TooLarge:
        messages.error(request, _("This text is far too long to be an answer: nothing was saved."))
        return _back(page, request)
    if not ratelimit.allow(
        "exercise_submit" if action == "submit" else "exercise_save", request.user
    ):
        return _too_fast(page, request, answer, ratelimit.TOO_FAST)
    raw_version = request.POST.get("version", "")
    based_on = int(raw_version) if raw_version.isdigit() and len(raw_version) < 10 else None
    if action == "submit":
        problems = answer_forms.submission_problems(page, answer)
        if not has_confirmed_email(request.user):
            problems.append(_("Confirm your email address before you submit: we sent you a link."))
        if problems:
            saved = services.save_draft(page, request.user, based_on, answer)
            conflict = saved.server if not saved.saved else None
            problems.append(_("Your draft is saved."))
            return _render_refused(page, request, answer, problems, 400, conflict)
        services.submit(page, request.user, answer, request.POST.get("visibility", ""))
        messages.success(request, _("Your answer is submitted. Well done!"))
        return _back(page, request, "#result")
    saved = services.save_draft(page, request.user, based_on, answer)
    if not saved.saved:
        message = _(
            "This draft was changed elsewhere (another tab?). Your text is below and the "
            "saved one beside it: keep what you want, then save again."
        )
        return _render_refused(page, request, answer, [message], 409, saved.server)
    messages.success(request, _("Your draft is saved."))
    return _back(page, request, "#exercise-form")


def _restore(page, request):
    """Bring back a kept draft; the text on screen and the saved draft are kept in turn."""
    raw = request.POST.get("restore", "")
    try:
        typed = answer_forms.read_answer(page, request.POST)
    except answer_forms.TooLarge:
        typed = answer_forms.Answer()
    restored = (
        raw.isdigit()
        and len(raw) < 10
        and services.restore_kept_draft(page, request.user, int(raw), typed)
    )
    if restored:
        messages.success(
            request,
            _("The kept text is back in your draft. The text it replaced is kept below."),
        )
    else:
        messages.error(request, _("This kept text no longer exists: nothing was changed."))
    return _back(page, request, "#exercise-form")


def _update_submitted(page, request, action):
    submission = Submission.objects.filter(exercise=page, user=request.user).first()
    if submission is None or submission.last_version_id is None:
        messages.error(request, _("Submit your answer first."))
        return _back(page, request)
    if action == "visibility":
        services.set_visibility(submission, request.POST.get("visibility", ""))
        messages.success(request, _("Who can see your answer is updated."))
        return _back(page, request, "#result")
    agreement = request.POST.get("agreement", "")
    if agreement not in Agreement.values:
        messages.error(request, _("Say whether you agree or not."))
        return _back(page, request, "#result")
    reason = rules.clean_text(request.POST.get("agreement_reason", ""))[:2000]
    services.set_agreement(submission, agreement, reason)
    messages.success(request, _("Thank you: your opinion is recorded."))
    return _back(page, request, "#result")


def _give_feedback(page, request):
    if page.peer_reviews == 0:
        raise Http404
    session_id = peers.reviewer_session_id(page, request.user)
    if session_id is None:
        # Peers are the learners of one's session: without one there is nobody to read.
        messages.info(request, _("Enrol in the course to exchange feedback with your peers."))
        return _back(page, request, "#peers")
    handed = peers.assign_peers(page, request.user, session_id)
    if handed:
        messages.success(request, _("Here are your peers' answers: say what works and why."))
    else:
        messages.info(
            request,
            _(
                "No peer has shared an answer yet. Come back later: your own progress "
                "does not wait for them."
            ),
        )
    return _back(page, request, "#peers")


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
