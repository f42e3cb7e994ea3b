"""What the exercise page serves a learner: its context, and its plain form's actions.

`ExercisePage.get_context` and `ExercisePage.serve` call this module. Without
JavaScript the form posts to the page itself (save the draft, submit, agree,
share, ask for peers) and redirects back with a message; a refused form comes
back with the learner's text and the reason, passed as a `FormState`. What
differs between the kinds comes from the page's kind (exercises/kinds/). In a week
that has not opened yet for the learner (course/release.py) the draft is written and
saved ahead, and submitted from the day the week opens.
"""

from dataclasses import dataclass, field

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts import ratelimit
from accounts.confirmation import has_confirmed_email
from course import learning, release
from discussions.counts import comment_counts
from exercises import answers as answer_forms
from exercises import peers, rules, services
from exercises.choices import Agreement, Visibility
from exercises.kinds import kind_of
from exercises.models import PeerAssignment, Submission


@dataclass
class FormState:
    """What a refused post brings back to the page: the answer as typed (None: the saved
    draft), why it was refused, the server's draft it met, an opinion not recorded."""

    answer: answer_forms.Answer | None = None
    errors: list = field(default_factory=list)
    conflict: dict | None = None
    opinion: tuple[str, str] | None = None


def exercise_context(page, request, context: dict, state: FormState) -> dict:
    """The learner's submission, feedback, peers and results; constant queries."""
    user = request.user
    kind = kind_of(page)
    extra = {
        "exercise_kind": kind,
        "submission": None,
        "assigned": [],
        "visibility_choices": Visibility.choices,
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
        counts = comment_counts(
            Submission, [s.pk for s in visible] + ([submission.pk] if submission else [])
        )
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

    if submission is not None and state.opinion:
        # A refused opinion (too many in a row) comes back as typed, unsaved.
        submission.agreement, submission.agreement_reason = state.opinion
    answer = state.answer
    if answer is None:
        answer = answer_forms.Answer(
            **({k: getattr(submission, k) for k in answer_forms.DRAFT_FIELDS} if submission else {})
        )
    extra["answer"] = answer
    extra["exercise_opens_on"] = release.shown_step_opens_on(context)
    extra["form_errors"] = state.errors
    extra["conflict"] = state.conflict
    extra["draft_version"] = (
        state.conflict["version"] if state.conflict else (submission.version if submission else 0)
    )
    extra.update(kind.form_context(page, answer))
    last = submission.last_version if submission else None
    if last is not None:
        learner = context.get("learner")
        session_id = learner.enrolment.session_id if learner and learner.enrolment else None
        extra.update(kind.result_context(page, last, session_id))
    return extra


def render_page(page, request, status: int, state: FormState):
    """The exercise page again, with what a refused post brings back."""
    context = page.get_context(request, form_state=state)
    return TemplateResponse(request, page.get_template(request), context, status=status)


def _too_fast(page, request, answer, message):
    """429: the page again, with what the learner typed (`answer`; None: the saved draft)."""
    return render_page(page, request, 429, FormState(answer=answer, errors=[message]))


def _back(page, request, fragment=""):
    return HttpResponseRedirect(page.get_url(request) + fragment, status=303)


def post_to_exercise(page, request):
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
            opinion = (
                request.POST.get("agreement", ""),
                request.POST.get("agreement_reason", "")[:2000],
            )
            state = FormState(errors=[ratelimit.TOO_FAST], opinion=opinion)
            return render_page(page, request, 429, state)
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
        opens_on = release.opens_later(
            release.step_opens_on(page, learning.enrolment_for_step(request.user, page)),
            timezone.localdate(),
        )
        if opens_on is not None:
            message = release.not_open_message(opens_on, release.SUBMIT_THEN)
            return _keep_draft(page, request, based_on, answer, message, status=403)
        problems = answer_forms.submission_problems(page, answer)
        if not has_confirmed_email(request.user):
            problems.append(_("Confirm your email address before you submit: we sent you a link."))
        if problems:
            return _keep_draft(page, request, based_on, answer, *problems)
        services.submit(page, request.user, answer, request.POST.get("visibility", ""))
        messages.success(request, _("Your answer is submitted. Well done!"))
        return _back(page, request, "#result")
    saved = services.save_draft(page, request.user, based_on, answer)
    if not saved.saved:
        message = _(
            "This draft was changed elsewhere (another tab?). Your text is below and the "
            "saved one beside it: keep what you want, then save again."
        )
        state = FormState(answer=answer, errors=[message], conflict=saved.server)
        return render_page(page, request, 409, state)
    messages.success(request, _("Your draft is saved."))
    return _back(page, request, "#exercise-form")


def _keep_draft(page, request, based_on, answer, *problems, status=400):
    """A submission refused for `problems`: the answer is saved as the draft instead."""
    saved = services.save_draft(page, request.user, based_on, answer)
    conflict = saved.server if not saved.saved else None
    state = FormState(
        answer=answer, errors=[*problems, _("Your draft is saved.")], conflict=conflict
    )
    return render_page(page, request, status, state)


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
                "No peer has shared an answer yet: come back later to give feedback. Your "
                "progress does not wait for your peers' comments: you can go on with the course."
            ),
        )
    return _back(page, request, "#peers")
