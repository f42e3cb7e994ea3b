"""What learners do with an exercise: save a draft, submit, agree or not, share.

Drafts carry a version counter: a save names the version it was based on and
only applies if the draft is still at that version, so that a stale tab or a
replayed request can never overwrite a newer draft. The caller gets the
server's draft back instead, and the learner keeps both texts: the server keeps
them too (`KeptDraft`), so that typing on in one tab, reloading or closing it
loses neither; the page offers them to restore.
"""

import hashlib
import json
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import Count, F
from django.utils import timezone
from django.utils.translation import gettext as _

from config import generations
from course import learning
from course.choices import DoneWhen
from discussions import services as discussion_services
from exercises import rules
from exercises.answers import DRAFT_FIELDS, FORM_FIELDS, Answer
from exercises.choices import SubmissionStatus, Visibility
from exercises.kinds import kind_of
from exercises.models import KeptDraft, RevisionRequest, Submission, SubmissionVersion
from exercises.models.submissions import MAX_NOTE_LENGTH


@dataclass
class SaveResult:
    saved: bool
    version: int
    server: dict | None = None  # the server's draft, when the save was refused


def server_draft(submission: Submission | None) -> dict:
    """The draft as the exercise form shows it (FORM_FIELDS), with its version."""
    source = submission if submission is not None else Answer()
    return {
        "version": submission.version if submission is not None else 0,
        **{name: getattr(source, name) for name in FORM_FIELDS},
    }


def draft_values(source) -> dict:
    """The draft fields of an answer, a submission or a kept draft's dict, as a dict."""
    get = source.get if isinstance(source, dict) else lambda name, default: getattr(source, name)
    return {name: get(name, {} if name == "answers" else "") for name in DRAFT_FIELDS}


def draft_digest(values: dict) -> str:
    canonical = json.dumps(draft_values(values), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


def keep_drafts(submission_id: int, drafts: list) -> None:
    """Keep each of these drafts, once per text; one query (none if all are blank)."""
    rows, seen = [], set()
    for source in drafts:
        values = draft_values(source)
        digest = draft_digest(values)
        if digest in seen or not any(values.values()):
            continue
        seen.add(digest)
        rows.append(KeptDraft(submission_id=submission_id, answer=values, digest=digest))
    if rows:
        KeptDraft.objects.bulk_create(rows, ignore_conflicts=True)


def kept_drafts_to_offer(submission: Submission | None, limit: int = 10) -> list[KeptDraft]:
    """The newest kept drafts that differ from the current draft: one query."""
    if submission is None:
        return []
    current = draft_digest(draft_values(submission))
    return list(submission.kept_drafts.exclude(digest=current)[:limit])


def restore_kept_draft(exercise, user, kept_id: int, typed: Answer) -> bool:
    """Make a kept draft the current one; what it replaces (the draft saved and the
    text on the learner's screen) is kept in its turn. False: no such kept draft."""
    with transaction.atomic():
        submission = (
            Submission.objects.select_for_update().filter(exercise=exercise, user=user).first()
        )
        kept = submission.kept_drafts.filter(pk=kept_id).first() if submission else None
        if kept is None:
            return False
        keep_drafts(submission.pk, [typed.values(), draft_values(submission)])
        for name, value in draft_values(kept.answer).items():
            setattr(submission, name, value)
        submission.version += 1
        submission.updated_at = timezone.now()
        submission.save(update_fields=[*DRAFT_FIELDS, "version", "updated_at"])
    return True


def autosave(exercise_id: int, user, based_on: int, answer: Answer) -> SaveResult:
    """Save the draft if it is still at `based_on` (0: there is none yet).

    One query when it applies: the conditional update (or the insert). When it
    does not, two more: reading the server's draft, and keeping both texts.
    """
    now = timezone.now()
    values = answer.values()
    if based_on > 0:
        updated = Submission.objects.filter(
            exercise_id=exercise_id, user_id=user.pk, version=based_on
        ).update(**values, version=F("version") + 1, updated_at=now)
        if updated:
            return SaveResult(True, based_on + 1)
    else:
        existing = (
            Submission.objects.filter(exercise_id=exercise_id, user_id=user.pk)
            .only(*DRAFT_FIELDS, "version")
            .first()
        )
        if existing is None:
            try:
                # Outside a transaction on purpose: a savepoint would cost two more queries,
                # and a failed insert only means another tab created the draft first.
                Submission.objects.create(
                    exercise_id=exercise_id, user_id=user.pk, version=1, updated_at=now, **values
                )
            except IntegrityError:
                return SaveResult(False, 0, server_draft(None))
            return SaveResult(True, 1)
        keep_drafts(existing.pk, [values, existing])
        return SaveResult(False, existing.version, server_draft(existing))
    current = (
        Submission.objects.filter(exercise_id=exercise_id, user_id=user.pk)
        .only(*DRAFT_FIELDS, "version")
        .first()
    )
    if current is not None:
        keep_drafts(current.pk, [values, current])
    return SaveResult(False, current.version if current else 0, server_draft(current))


def save_draft(exercise, user, based_on: int | None, answer: Answer) -> SaveResult:
    """The plain form's "save the draft": like an autosave, but a form without a
    version (an old page) still saves, since a person pressed the button."""
    if based_on is None:
        current = Submission.objects.filter(exercise=exercise, user=user).first()
        based_on = current.version if current else 0
    return autosave(exercise.pk, user, based_on, answer)


@transaction.atomic
def submit(exercise, user, answer: Answer, visibility: str) -> Submission:
    """Submit the answer (a new version), complete the step, follow the feedback thread.

    The caller has checked the answer (`answers.submission_problems`).
    """
    submission, _created = Submission.objects.select_for_update().get_or_create(
        exercise=exercise, user=user
    )
    for name, value in answer.values().items():
        setattr(submission, name, value)
    kind_of(exercise).on_submit(exercise, submission)
    number = (submission.versions.order_by("-number").values_list("number", flat=True).first()) or 0
    now = timezone.now()
    version = SubmissionVersion.objects.create(
        submission=submission,
        number=number + 1,
        submitted_at=now,
        **submission.answer_values(),
    )
    submission.version += 1
    submission.submitted_version = submission.version
    submission.status = SubmissionStatus.SUBMITTED
    submission.visibility = visibility if visibility in Visibility.values else Visibility.PRIVATE
    submission.last_version = version
    submission.submitted_at = now
    submission.updated_at = now
    submission.save()
    # The version answers the trainer's open request, if any: the dialogue keeps both.
    RevisionRequest.objects.open().filter(submission=submission).update(
        answered_version=version, answered_at=now
    )
    generations.bump_learner(submission.user_id)  # their dashboard lists open requests

    enrolment = learning.enrolment_for_step(user, exercise)
    if enrolment is not None and exercise.completion_rule == DoneWhen.SUBMITTED:
        learning.set_step_done(enrolment, exercise, True)
    # The author hears of feedback through the discussions' own notifications.
    discussion_services.set_following(user=user, target=submission, anchor="", follow=True)
    return submission


def revision_request_changed(sender, instance, **kwargs) -> None:
    """A revision request asked, answered or deleted: its learner's dashboard lists it."""
    generations.bump_learner(instance.submission.user_id)


class RevisionRefused(Exception):
    pass


@transaction.atomic
def request_revision(submission: Submission, trainer, note: str) -> RevisionRequest:
    """A trainer asks for a revision of the last submitted version.

    The step is done no longer (a certificate already issued is kept), the note is
    shown to the learner on the exercise page and on "Mon parcours", and the
    learner's next submitted version answers the request.
    """
    if submission.last_version_id is None:
        raise RevisionRefused(_("There is no submitted answer to revise yet."))
    note = rules.clean_text(note).strip()
    if not note:
        raise RevisionRefused(_("Say what the learner should revise."))
    if len(note) > MAX_NOTE_LENGTH:
        raise RevisionRefused(
            _("Keep the note under %(limit)s characters.") % {"limit": MAX_NOTE_LENGTH}
        )
    locked = Submission.objects.select_for_update().get(pk=submission.pk)
    if RevisionRequest.objects.open().filter(submission=locked).exists():
        raise RevisionRefused(_("A revision is already requested: wait for the learner's answer."))
    revision = RevisionRequest.objects.create(
        submission=locked,
        requested_by=trainer,
        note=note,
        about_version_id=locked.last_version_id,
    )
    learning.reopen_step(locked.user, locked.exercise)
    return revision


def set_agreement(submission: Submission, agreement: str, reason: str) -> None:
    """Agree or not with the recommendation: recorded on the draft and the last version."""
    submission.agreement = agreement
    submission.agreement_reason = reason
    submission.version += 1
    if submission.submitted_version == submission.version - 1:
        submission.submitted_version = submission.version
    submission.save(update_fields=["agreement", "agreement_reason", "version", "submitted_version"])
    if submission.last_version_id:
        SubmissionVersion.objects.filter(pk=submission.last_version_id).update(
            agreement=agreement, agreement_reason=reason
        )


def set_visibility(submission: Submission, visibility: str) -> None:
    if visibility in Visibility.values and visibility != submission.visibility:
        submission.visibility = visibility
        submission.save(update_fields=["visibility"])


def class_distribution(exercise, session_id: int | None) -> list[dict]:
    """How the learners of the session (all learners without a session) split
    between the positions, by their last submitted version: one query."""
    submissions = Submission.objects.filter(exercise=exercise, last_version__isnull=False)
    if session_id is not None:
        submissions = submissions.filter(
            user__enrolments__session_id=session_id, user__enrolments__left_at__isnull=True
        )
    counts = {
        row["last_version__stand"]: row["n"]
        for row in submissions.values("last_version__stand").annotate(n=Count("pk"))
    }
    labels = dict(exercise.position_choices)
    return [
        {"key": key, "label": labels[key], "count": count, "percent": percent}
        for key, count, percent in rules.distribution(counts, labels)
    ]
