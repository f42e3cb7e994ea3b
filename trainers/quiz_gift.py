"""Importing a quiz's questions from a GIFT file, and exporting them, in the page's admin.

On a quiz the trainer may edit, the page's "More" menu (and the explorer's) offers
"Import questions (GIFT)" and "Export questions (GIFT)". Importing is three steps, each
a plain form: paste the text or choose a .gift/.txt file; read the preview (each
question as the learner will see it, the right answers and feedback beside it, and
every question that cannot be imported with its number, line and why); confirm, which
appends the questions to a new draft of the page. Nothing is published: the trainer
reviews the draft, previews it with Wagtail's preview, and publishes (or submits it for
review) as for any other change. The file is read by quizzes/gift.py; each question is
then checked by its block, as the page editor would, so that a draft never holds a
question its form would refuse.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import FormView
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from accounts import ratelimit
from quizzes.gift import GiftImport, GiftProblem, parse_gift, to_gift
from quizzes.models import QuizPage
from quizzes.questions import question_view
from trainers.reports.base import REPORTS_PERMISSION

MAX_GIFT_BYTES = 512 * 1024
MAX_IMPORTED_QUESTIONS = 100
GIFT_EXTENSIONS = (".gift", ".txt")
RATE_LIMIT_ACTION = "quiz_import"


def edit_url(quiz) -> str:
    return reverse("wagtailadmin_pages:edit", args=[quiz.pk])


def stream_block():
    return QuizPage._meta.get_field("questions").stream_block


def stored_form(questions: list[dict]) -> list[dict]:
    """Questions as a page stores them: every question and every choice with its id.

    Wagtail gives a list item read without an id a new one each time it is read: the
    learners' answers, which point at choices by id, would lose their choice.
    """
    block = stream_block()
    stream = block.to_python(questions)
    list(stream)  # read each question: a question left as read would keep its items bare
    return block.get_prep_value(stream)


def error_messages(error) -> list[str]:
    """The messages of a block's validation error, however deep in its fields."""
    found = []
    for inner in getattr(error, "non_block_errors", None) or []:
        found += error_messages(inner)
    block_errors = getattr(error, "block_errors", None) or {}
    for inner in block_errors.values() if isinstance(block_errors, dict) else block_errors:
        if inner:
            found += error_messages(inner)
    if not found and not hasattr(error, "block_errors"):
        found = list(error.messages)
    return found


def checked(result: GiftImport) -> GiftImport:
    """The questions that their block accepts; the others become problems."""
    block = stream_block()
    questions, problems, origins = [], list(result.problems), []
    for raw, (number, line) in zip(result.questions, result.origins, strict=True):
        child = block.child_blocks[raw["type"]]
        try:
            child.clean(child.to_python(raw["value"]))
        except ValidationError as error:
            message = " ".join(error_messages(error)) or _("this question is not valid.")
            problems.append(GiftProblem(number=number, line=line, message=message))
            continue
        questions.append(raw)
        origins.append((number, line))
    problems.sort(key=lambda problem: problem.number)
    return GiftImport(questions=questions, problems=problems, origins=origins)


class GiftSourceForm(forms.Form):
    text = forms.CharField(
        label=gettext_lazy("GIFT text"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 14, "spellcheck": "false"}),
        max_length=MAX_GIFT_BYTES,
        help_text=gettext_lazy("Paste the questions here, or choose a file below."),
    )
    file = forms.FileField(
        label=gettext_lazy("GIFT file"),
        required=False,
        help_text=gettext_lazy("A .gift or .txt file in UTF-8, up to 512 KB."),
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(GIFT_EXTENSIONS)}),
    )

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not upload:
            return ""
        if not upload.name.lower().endswith(GIFT_EXTENSIONS):
            raise ValidationError(_("Choose a .gift or .txt file."))
        if upload.size > MAX_GIFT_BYTES:
            raise ValidationError(_("This file is larger than 512 KB: split it in several."))
        data = upload.read(MAX_GIFT_BYTES + 1)
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise ValidationError(
                _(
                    "This file is not in UTF-8 (the byte %(position)d is not): save it "
                    "again as UTF-8 from your text editor, then choose it again."
                )
                % {"position": error.start + 1}
            ) from None

    def clean(self):
        data = super().clean()
        text, upload = data.get("text", ""), data.get("file", "")
        if self.errors:
            return data
        if text.strip() and upload:
            raise ValidationError(_("Paste a text or choose a file, not both."))
        data["gift"] = upload or text
        if not data["gift"].strip():
            raise ValidationError(_("Paste the questions or choose a file."))
        return data


class GiftConfirmForm(forms.Form):
    gift = forms.CharField(widget=forms.HiddenInput, max_length=MAX_GIFT_BYTES)


class QuizEditorMixin:
    """A quiz page this person may edit; anyone else is refused."""

    @cached_property
    def quiz(self) -> QuizPage:
        quiz = get_object_or_404(QuizPage, pk=self.kwargs["page_id"])
        if not quiz.permissions_for_user(self.request.user).can_edit():
            raise PermissionDenied
        return quiz

    def dispatch(self, request, *args, **kwargs):
        self.quiz  # noqa: B018 - refused before anything is read or written
        return super().dispatch(request, *args, **kwargs)


class GiftImportView(QuizEditorMixin, WagtailAdminTemplateMixin, FormView):
    template_name = "trainers/admin/quiz_gift_import.html"
    form_class = GiftSourceForm
    header_icon = "upload"
    page_title = gettext_lazy("Import questions (GIFT)")

    def get_page_subtitle(self):
        return self.quiz.title

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {"url": edit_url(self.quiz), "label": self.quiz.title},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            quiz=self.quiz,
            edit_url=edit_url(self.quiz),
            max_questions=MAX_IMPORTED_QUESTIONS,
        )
        return context

    def post(self, request, *args, **kwargs):
        if not ratelimit.allow(RATE_LIMIT_ACTION, request.user):
            form = self.get_form()
            form.is_valid()
            form.add_error(None, ratelimit.TOO_FAST)
            return self.render_to_response(self.get_context_data(form=form), status=429)
        if "confirm" in request.POST:
            return self.confirm(GiftConfirmForm(request.POST))
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        result = checked(parse_gift(form.cleaned_data["gift"]))
        if len(result.questions) > MAX_IMPORTED_QUESTIONS:
            form.add_error(
                None,
                _("This file has %(count)d questions: import at most %(max)d at a time.")
                % {"count": len(result.questions), "max": MAX_IMPORTED_QUESTIONS},
            )
            return self.form_invalid(form)
        return self.render_to_response(
            self.get_context_data(
                form=form,
                result=result,
                preview=preview(result.questions),
                confirm_form=GiftConfirmForm(initial={"gift": form.cleaned_data["gift"]}),
            )
        )

    def confirm(self, confirm_form):
        if not confirm_form.is_valid():
            messages.error(self.request, _("The questions to import were lost: paste them again."))
            return redirect(self.request.path)
        result = checked(parse_gift(confirm_form.cleaned_data["gift"]))
        if not result.questions or len(result.questions) > MAX_IMPORTED_QUESTIONS:
            messages.error(self.request, _("There is no question to import."))
            return redirect(self.request.path)
        lock = self.quiz.get_lock()
        if lock and lock.for_user(self.request.user):
            messages.error(self.request, lock.get_message(self.request.user))
            return redirect(self.request.path)
        draft = self.quiz.get_latest_revision_as_object()
        block = stream_block()
        draft.questions = block.get_prep_value(draft.questions) + stored_form(result.questions)
        draft.save_revision(user=self.request.user, log_action=True)
        count = len(result.questions)
        messages.success(
            self.request,
            ngettext(
                "%(count)d question added to a draft of “%(title)s”: preview it, then publish.",
                "%(count)d questions added to a draft of “%(title)s”: preview them, then publish.",
                count,
            )
            % {"count": count, "title": self.quiz.title},
        )
        return redirect("wagtailadmin_pages:edit", self.quiz.pk)


def preview(questions: list[dict]) -> list[str]:
    """Each question as the learner's page shows it, then its right answers and feedback."""
    stream = stream_block().to_python(stored_form(questions))
    shown = []
    for number, child in enumerate(stream, start=1):
        view = question_view(child, number, seed="preview", reveal=True)
        learner_html = child.render(context={"q": view, "quiz_form_open": False})
        shown.append(
            render_to_string(
                "trainers/admin/quiz_gift_question.html",
                {"question": learner_html, "q": view, "right_order": view.right_order},
            )
        )
    return shown


def export_gift(request, page_id):
    """The live questions of a quiz this person may edit, or the draft's if newer, as GIFT."""
    quiz = get_object_or_404(QuizPage, pk=page_id)
    if not quiz.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    draft = quiz.get_latest_revision_as_object()
    block = stream_block()
    text = to_gift(block.get_prep_value(draft.questions))
    response = HttpResponse(text, content_type="text/plain; charset=utf-8")
    filename = f"{slugify(quiz.title) or 'quiz'}.gift"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


class QuizGiftMenuItem(PageMenuItem):
    """An entry of a quiz's "More" menu, for whoever may edit the page."""

    def is_shown(self, user):
        return (
            self.page.specific_class is QuizPage and self.page.permissions_for_user(user).can_edit()
        )


class ImportGiftMenuItem(QuizGiftMenuItem):
    label = gettext_lazy("Import questions (GIFT)")
    icon_name = "upload"
    url_name = "trainers_quizzes:gift_import"


class ExportGiftMenuItem(QuizGiftMenuItem):
    label = gettext_lazy("Export questions (GIFT)")
    icon_name = "download"
    url_name = "trainers_quizzes:gift_export"


class QuizStatsMenuItem(QuizGiftMenuItem):
    label = gettext_lazy("Question statistics")
    icon_name = "table"
    url_name = "trainers_reports:quiz_stats"

    def is_shown(self, user):
        return user.has_perm(REPORTS_PERMISSION) and super().is_shown(user)


def quiz_menu_items(page, user, next_url=None, view_name=None):
    if page.specific_class is not QuizPage:
        return []
    return [
        ImportGiftMenuItem(page=page, priority=80),
        ExportGiftMenuItem(page=page, priority=81),
        QuizStatsMenuItem(page=page, priority=82),
    ]


urlpatterns = [
    path("<int:page_id>/gift/import/", GiftImportView.as_view(), name="gift_import"),
    path("<int:page_id>/gift/export/", export_gift, name="gift_export"),
]
