"""What the quiz page serves a learner: its context, its plain form and its checks.

`QuizPage.get_context` and `QuizPage.serve` call this module. Without JavaScript the
form holds every question and posts once ("submit"): the attempt is scored and the
page shows it with each choice's feedback and each question's explanation. With
JavaScript each question also has a "check" button that posts that question alone
and gets its feedback as JSON; checking the last one submits the attempt. A checked
question is kept (a reload shows it) and can no longer change within its attempt.
A refused post comes back with what the learner chose and why, as a `QuizState`.

Only enrolled learners (and those who may edit the quiz) answer; a visitor reads the
questions with an invitation to enrol. A learner reads the quiz of a week that has not
opened yet for their session, its questions read-only: answers wait for that day
(course/release.py). The page costs a fixed number of queries whatever the number of
questions, attempts or learners.
"""

from dataclasses import dataclass, field

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.db import IntegrityError, transaction
from django.http import Http404, HttpResponseRedirect, JsonResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts import ratelimit
from config.http import wants_json
from course import learning, release
from course.choices import DoneWhen
from quizzes import questions, scoring
from quizzes.choices import QuestionType
from quizzes.models import QuizAttempt, QuizResponse


@dataclass
class QuizState:
    """What a refused post brings back: the answers as chosen, by question id, and why."""

    typed: dict = field(default_factory=dict)
    errors: list = field(default_factory=list)
    bad: dict = field(default_factory=dict)  # question id -> its own message
    retry: bool = False


@dataclass
class AttemptsSummary:
    attempts: list
    open: QuizAttempt | None
    submitted: list
    counted: QuizAttempt | None
    left: int | None

    @property
    def used(self) -> int:
        return len(self.attempts)

    @property
    def next_number(self) -> int:
        return (self.attempts[-1].number + 1) if self.attempts else 1

    @property
    def counted_score(self) -> int | None:
        return self.counted.score if self.counted else None


def summarise(page, attempts: list) -> AttemptsSummary:
    """The learner's attempts at `page`, in order: which is open, which counts."""
    submitted = [a for a in attempts if a.is_submitted]
    open_attempt = next((a for a in reversed(attempts) if not a.is_submitted), None)
    index = scoring.counted_index([a.score for a in submitted], page.counts)
    counted = submitted[index] if index is not None else None
    return AttemptsSummary(
        attempts,
        open_attempt,
        submitted,
        counted,
        scoring.attempts_left(len(attempts), page.attempts_allowed),
    )


def _attempts_of(page, user) -> list:
    if not user.is_authenticated or page.pk is None:  # a new page previewed in the admin
        return []
    return list(QuizAttempt.objects.filter(page=page, user=user).order_by("number"))


def may_answer(page, user, enrolment) -> bool:
    """Enrolled learners answer; so do those who may edit the quiz (trainers trying it)."""
    if not user.is_authenticated:
        return False
    return enrolment is not None or page.permissions_for_user(user).can_edit()


def quiz_context(page, request, context: dict, state) -> dict:
    """The learner's attempts and the questions as they show them; constant queries."""
    state = state or QuizState(retry="retry" in request.GET)
    user = request.user
    learner = context.get("learner")
    enrolment = learner.enrolment if learner is not None else None
    summary = summarise(page, _attempts_of(page, user))
    answering = may_answer(page, user, enrolment)
    opens_on = release.shown_step_opens_on(context) if enrolment is not None else None
    # The attempt the page shows: the open one; else, unless the learner asked to try
    # again, the last submitted one, with its feedback.
    # A refused post shows the open attempt (or a new one) again, with what was chosen.
    retry = state.retry or bool(state.typed)
    shown = summary.open
    if shown is None and summary.submitted and not (retry and summary.left != 0):
        shown = summary.submitted[-1]
    responses = (
        {r.question_id: r for r in QuizResponse.objects.filter(attempt=shown)}
        if shown is not None
        else {}
    )
    results = shown is not None and shown.is_submitted
    reveal = results and scoring.reveals_answers(
        summary.used, page.attempts_allowed, summary.open is not None, page.show_answers_after_last
    )
    number = shown.number if shown is not None else summary.next_number
    views = []
    for position, child in enumerate(page.questions, start=1):
        response = responses.get(child.id)
        view = questions.question_view(
            child,
            position,
            answer=response.answer if response is not None else None,
            typed=state.typed.get(child.id),
            seed=f"{user.pk or 0}:{page.pk}:{number}:{child.id}",
            reveal=reveal,
        )
        view.error = state.bad.get(child.id, "")
        views.append(view)
    form_open = answering and opens_on is None and not results and summary.left != 0 and bool(views)
    return {
        "quiz_questions": views,
        "quiz_summary": summary,
        "quiz_shown": shown,
        "quiz_results": results,
        "quiz_reveal": reveal,
        "quiz_may_answer": answering,
        "quiz_form_open": form_open,
        "quiz_opens_on": opens_on,
        "quiz_attempt_number": number,
        "quiz_errors": state.errors,
        "quiz_passed": scoring.has_passed(summary.counted_score, page.pass_threshold),
    }


def render_page(page, request, status: int, state: QuizState):
    context = page.get_context(request, quiz_state=state)
    return TemplateResponse(request, page.get_template(request), context, status=status)


def _back(page, request, fragment=""):
    return HttpResponseRedirect(page.get_url(request) + fragment, status=303)


def _refuse(page, request, status, message, state=None):
    if wants_json(request):
        return JsonResponse({"ok": False, "error": str(message)}, status=status)
    state = state or QuizState()
    state.errors.append(message)
    return render_page(page, request, status, state)


def post_to_quiz(page, request):
    """ "submit" (the plain form: every question) or "check" (one question, JSON)."""
    user = request.user
    if not user.is_authenticated:
        return redirect_to_login(page.get_url(request))
    if not page.accepts_viewer(user, request):
        raise Http404
    enrolment = learning.enrolment_for_step(user, page)
    if not may_answer(page, user, enrolment):
        return _refuse(page, request, 403, _("Enrol in the course to answer this quiz."))
    if enrolment is not None:
        opens_on = release.opens_later(release.step_opens_on(page, enrolment), timezone.localdate())
        if opens_on is not None:
            message = release.not_open_message(opens_on)
            return _refuse(page, request, 403, message, _typed_state(page, request))
    checking = request.POST.get("action") == "check"
    if not ratelimit.allow("quiz_check" if checking else "quiz_submit", user):
        return _refuse(page, request, 429, ratelimit.TOO_FAST, _typed_state(page, request))

    children = list(page.questions)
    if not children:
        return _refuse(page, request, 400, _("This quiz has no questions yet."))
    by_id = {child.id: child for child in children}
    if checking:
        child = by_id.get(request.POST.get("question", ""))
        if child is None:
            return _refuse(page, request, 400, _("This question is no longer in the quiz."))
        asked = [child]
    else:
        asked = children
    summary = summarise(page, _attempts_of(page, user))
    raw_number = request.POST.get("attempt", "")
    number = int(raw_number) if raw_number.isdigit() and len(raw_number) < 6 else None
    expected = summary.open.number if summary.open else summary.next_number
    if number != expected:
        message = _(
            "These answers belong to an attempt already submitted (in another tab?). "
            "Here is the quiz as it stands: your choices are kept below."
        )
        return _refuse(page, request, 409, message, _typed_state(page, request))
    if summary.open is None and summary.left == 0:
        return _refuse(page, request, 403, _("You have used every attempt at this quiz."))

    attempt = summary.open
    done = set()
    if attempt is not None:
        done = set(
            QuizResponse.objects.filter(attempt=attempt).values_list("question_id", flat=True)
        )
    state = _typed_state(page, request)
    asked_ids = {child.id for child in asked}
    answers, missing, unreadable = {}, [], []
    for position, child in enumerate(children, start=1):
        if child.id not in asked_ids or child.id in done:
            continue
        typed = state.typed.get(child.id)
        if questions.is_blank(typed):
            missing.append(position)
            state.bad[child.id] = _("Answer this question.")
            continue
        try:
            answers[child.id] = questions.answer_from_typed(child, typed)
        except scoring.BadAnswer:
            unreadable.append(position)
            state.bad[child.id] = (
                _("Give each item a different place.")
                if child.block_type == QuestionType.ORDER
                else _("This answer could not be read: choose again.")
            )
    if checking and (missing or unreadable):
        return JsonResponse({"ok": False, "error": next(iter(state.bad.values()))}, status=400)
    if missing:
        state.errors.append(
            _("Answer every question before you submit: %(numbers)s.")
            % {"numbers": ", ".join(str(n) for n in missing)}
        )
    if unreadable:
        state.errors.append(
            _("Some answers could not be read: see questions %(numbers)s.")
            % {"numbers": ", ".join(str(n) for n in unreadable)}
        )
    if state.errors:
        return render_page(page, request, 400, state)

    try:
        with transaction.atomic():
            if attempt is None:
                attempt = QuizAttempt.objects.create(user=user, page=page, number=number)
            QuizResponse.objects.bulk_create(
                [
                    QuizResponse(
                        attempt=attempt,
                        question_id=question_id,
                        answer=answer,
                        correct=marked.correct,
                        points=marked.points,
                    )
                    for question_id, answer in answers.items()
                    for marked in [scoring.mark(questions.answer_key(by_id[question_id]), answer)]
                ],
                ignore_conflicts=True,
            )
    except IntegrityError:
        # The same attempt started twice at once (two tabs): the other one stands.
        return _refuse(page, request, 409, _("This attempt was started in another tab."))

    finished = not checking or done | set(answers) >= set(by_id)
    if finished:
        _submit(page, attempt, len(children), enrolment)
    if checking:
        return _check_answer(page, request, by_id[asked[0].id], attempt, finished)
    messages.success(
        request,
        _("Attempt %(number)d submitted: your score is %(score)d%%.")
        % {"number": attempt.number, "score": attempt.score},
    )
    return _back(page, request, "#quiz-result")


def _typed_state(page, request) -> QuizState:
    return QuizState(
        typed={child.id: questions.read_typed(child, request.POST) for child in page.questions}
    )


def _submit(page, attempt, question_count: int, enrolment) -> None:
    """Score the attempt, then record the learner's counted score (for the certificate's
    minimum average) and, when it reaches the pass mark, that the step is done (unless
    the trainer made the step one the learner marks done)."""
    points = QuizResponse.objects.filter(attempt=attempt).values_list("points", flat=True)
    attempt.score = scoring.attempt_score(list(points), question_count)
    attempt.submitted_at = timezone.now()
    QuizAttempt.objects.filter(pk=attempt.pk, submitted_at__isnull=True).update(
        score=attempt.score, submitted_at=attempt.submitted_at
    )
    if enrolment is None:
        return
    scores = list(
        QuizAttempt.objects.filter(page=page, user_id=attempt.user_id, submitted_at__isnull=False)
        .order_by("number")
        .values_list("score", flat=True)
    )
    counted = scoring.counted_score(scores, page.counts)
    learning.record_score(enrolment, page, counted)
    if page.completion_rule == DoneWhen.QUIZ_PASSED and scoring.has_passed(
        counted, page.pass_threshold
    ):
        learning.set_step_done(enrolment, page, True)


def _check_answer(page, request, child, attempt, finished: bool):
    """One question checked: its feedback as HTML, and what the live region says."""
    response = QuizResponse.objects.get(attempt=attempt, question_id=child.id)
    position = next(i for i, c in enumerate(page.questions, start=1) if c.id == child.id)
    view = questions.question_view(child, position, answer=response.answer)
    context = {"q": view, "page": page, "request": request, "quiz_form_open": True}
    html = child.block.render(child.value, context)
    status = _("Question %(number)d: %(verdict)s") % {"number": position, "verdict": view.verdict}
    data = {"ok": True, "html": html, "status": status, "finished": finished}
    if finished:
        data["status"] += " " + _("Attempt %(number)d submitted: your score is %(score)d%%.") % {
            "number": attempt.number,
            "score": attempt.score,
        }
        data["url"] = page.get_url(request) + "#quiz-result"
    return JsonResponse(data)
