"""The MOOC page tree: course > module > lesson or testimonial.

Each page type declares where it may live, so that trainers can only build
courses of the expected shape in the admin.
"""

import uuid

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Q
from django.http import Http404
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.blocks import StreamValue
from wagtail.fields import StreamField
from wagtail.models import Page, PagePermissionTester
from wagtail.search import index

from course.blocks import ContentStreamBlock, RoundTableQuestionBlock, SnippetChooserBlock
from course.choices import LessonFormat, TestimonialFormat, TestimonialLayout
from course.learning import learner_state
from course.navigation import course_navigation
from course.restrictions import page_view_restrictions, restrictions_accept
from course.round_tables import seat_answers, speakers_in_order
from course.sessions import next_session, open_sessions
from course.steps import StepRules

MAX_OPENS_AFTER_DAYS = 366


class ContentPage(Page):
    """What every page of the site shares: a summary for listings and search."""

    summary = models.TextField(
        _("summary"),
        blank=True,
        max_length=500,
        help_text=_("One or two sentences shown in outlines, listings and search results."),
    )

    search_fields = Page.search_fields + [index.SearchField("summary")]
    content_panels = Page.content_panels + [FieldPanel("summary")]

    class Meta:
        abstract = True

    def route(self, request, path_components):
        # Wagtail checks only the last page's live flag: a page under this one is not
        # reachable while this one is unpublished (course.reachability).
        if path_components and not self.live:
            raise Http404
        return super().route(request, path_components)

    def accepts_viewer(self, user, request=None) -> bool:
        """Whether Wagtail's privacy settings let `user` see this page (course/restrictions.py).

        The restrictions are kept by the process beside the outline until a page or
        any page's privacy changes, never on the page instance (which the process may
        share): setting privacy does not save the page.
        """
        return restrictions_accept(page_view_restrictions(self, request), user, request)

    # What discussions asks of a thread's page (discussions/access.py): the page's readers.
    def discussion_can_read(self, user, request=None) -> bool:
        return self.accepts_viewer(user, request)


class CourseStepMixin:
    """Breadcrumbs, outline, previous and next, and the learner's progress."""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(course_navigation(self))
        if context.get("outline") is not None:
            learner = learner_state(request.user, context["course"], context["outline"])
            context["learner"] = learner
            context["step_done"] = self.pk in learner.done_ids
        return context


class CopyWhereAllowedTester(PagePermissionTester):
    """Copy is offered only to who may add the copy beside the original.

    A trainer may edit a course but not add pages under the home page: Wagtail
    offered "Copy" for a course, then refused it on the only place a course can go.
    """

    def can_copy(self):
        parent = self.page.get_parent()
        return (
            super().can_copy()
            and parent is not None
            and parent.permissions_for_user(self.user).can_add_subpage()
        )


class TestimonialPageForm(WagtailAdminPageForm):
    """A round table written before it had a list of speakers opens with its speakers
    listed, in order of first answer (what saving it would record)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        page = self.instance
        if not self.is_bound and page.pk and page.is_round_table and not page.speakers:
            self.initial["speakers"] = StreamValue(
                page.speakers.stream_block,
                [("speaker", person) for person in page.participants],
            )


class CoursePage(CourseStepMixin, ContentPage):
    def permissions_for_user(self, user):
        return CopyWhereAllowedTester(user, self)

    intro = models.TextField(_("introduction"), blank=True, max_length=1000)
    body = StreamField(ContentStreamBlock(), verbose_name=_("presentation"), blank=True)
    effort = models.CharField(
        _("effort"),
        max_length=120,
        blank=True,
        help_text=_("For example: 4 weeks, about 2 hours a week"),
    )
    audience = models.CharField(_("for whom"), max_length=250, blank=True)
    certificate_min_average = models.PositiveSmallIntegerField(
        _("minimum average score for the certificate (%)"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(100)],
        help_text=_(
            "Optional: the average of the learner's scores over the course's quizzes (a quiz "
            "not taken counts 0). Blank: the required steps are enough."
        ),
    )

    parent_page_types = ["home.HomePage"]
    subpage_types = ["course.ModulePage"]
    template = "pages/course_page.html"

    search_fields = ContentPage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    content_panels = ContentPage.content_panels + [
        FieldPanel("intro"),
        FieldRowPanel([FieldPanel("effort"), FieldPanel("audience")]),
        FieldPanel("body"),
        FieldPanel("certificate_min_average"),
    ]

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        today = timezone.localdate()
        sessions = list(self.sessions.all())
        context["open_sessions"] = open_sessions(sessions, today)
        context["open_session"] = next(iter(context["open_sessions"]), None)
        context["next_session"] = next_session(sessions, today)
        return context


class ModulePage(CourseStepMixin, ContentPage):
    release_date = models.DateField(
        _("release date"),
        null=True,
        blank=True,
        help_text=_(
            "The same for every session: the day this module opens. Leave empty if it is open."
        ),
    )
    opens_after_days = models.PositiveSmallIntegerField(
        _("opens after (days)"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(MAX_OPENS_AFTER_DAYS)],
        help_text=_(
            "For each session: the number of days after the session starts when this module "
            "opens (0: on the first day, 7: a week later). Each learner sees the date of their "
            "own session. Leave empty if it opens with the course."
        ),
    )
    intro = models.TextField(_("introduction"), blank=True, max_length=1000)
    objectives = StreamField(
        ContentStreamBlock(),
        verbose_name=_("objectives"),
        blank=True,
        help_text=_("What the learner will be able to do after this module."),
    )

    parent_page_types = ["course.CoursePage"]
    subpage_types = [
        "course.LessonPage",
        "course.TestimonialPage",
        "exercises.ExercisePage",
        "practice.PracticePage",
    ]
    template = "pages/module_page.html"

    search_fields = ContentPage.search_fields + [index.SearchField("intro")]
    content_panels = ContentPage.content_panels + [
        FieldRowPanel([FieldPanel("release_date"), FieldPanel("opens_after_days")]),
        FieldPanel("intro"),
        FieldPanel("objectives"),
    ]

    class Meta:
        verbose_name = _("module")
        verbose_name_plural = _("modules")
        constraints = [
            models.CheckConstraint(
                condition=Q(opens_after_days__lte=MAX_OPENS_AFTER_DAYS),
                name="course_module_opens_within_a_year",
            ),
        ]


class SharedForLearnersMixin:
    """Served to a signed-in learner from the page's shared HTML, their parts filled in
    (course/signed_in.py), when no view restriction applies to the page."""

    def serve(self, request, *args, **kwargs):
        from config.signed_in_pages import may_share
        from course import signed_in

        if not may_share(request) or page_view_restrictions(self, request):
            return super().serve(request, *args, **kwargs)
        return signed_in.serve(self, request)


class LessonPage(SharedForLearnersMixin, CourseStepMixin, StepRules, ContentPage):
    format = models.CharField(
        _("format"), max_length=20, choices=LessonFormat.choices, default=LessonFormat.LESSON
    )
    reading_minutes = models.PositiveSmallIntegerField(
        _("reading time (minutes)"), null=True, blank=True
    )
    body = StreamField(ContentStreamBlock(), verbose_name=_("body"))

    parent_page_types = ["course.ModulePage"]
    subpage_types = []
    template = "pages/lesson_page.html"

    search_fields = ContentPage.search_fields + [index.SearchField("body")]
    content_panels = ContentPage.content_panels + [
        FieldRowPanel([FieldPanel("format"), FieldPanel("reading_minutes")]),
        FieldPanel("body"),
        *StepRules.step_rules_panels,
    ]

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(format__in=LessonFormat.values),
                name="course_lesson_format_valid",
            ),
        ]

    @property
    def step_type_label(self):
        return self.get_format_display()


class TestimonialTag(TaggedItemBase):
    content_object = ParentalKey(
        "course.TestimonialPage", related_name="tagged_items", on_delete=models.CASCADE
    )


class TestimonialPage(SharedForLearnersMixin, CourseStepMixin, StepRules, ContentPage):
    """A round table (participants x questions) or one person's testimony."""

    # Its discussions, filled per reader, read the page itself (course/signed_in.py).
    learner_parts_read_the_page = True

    format = models.CharField(
        _("format"),
        max_length=20,
        choices=TestimonialFormat.choices,
        default=TestimonialFormat.ROUND_TABLE,
    )
    layout = models.CharField(
        _("layout"),
        max_length=20,
        choices=TestimonialLayout.choices,
        default=TestimonialLayout.SIDE_BY_SIDE,
        help_text=_("How a round table shows the answers to each question."),
    )
    intro = models.TextField(_("introduction"), blank=True, max_length=2000)
    speakers = StreamField(
        [("speaker", SnippetChooserBlock("course.Participant", label=_("Speaker")))],
        verbose_name=_("speakers"),
        blank=True,
        help_text=_(
            "Round table only: pick the speakers once, in the order they answer. "
            "On saving, each question gets a text box per speaker."
        ),
    )
    questions = StreamField(
        [("question", RoundTableQuestionBlock())],
        verbose_name=_("questions and answers"),
        blank=True,
        help_text=_("Round table only: each question with the speakers' answers."),
    )
    witness = models.ForeignKey(
        "course.Participant",
        verbose_name=_("witness"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="testimonies",
        help_text=_("Single testimony only: the person who tells their story."),
    )
    body = StreamField(
        ContentStreamBlock(),
        verbose_name=_("testimony"),
        blank=True,
        help_text=_("Single testimony only: the story itself."),
    )
    tags = ClusterTaggableManager(through=TestimonialTag, blank=True, verbose_name=_("themes"))

    parent_page_types = ["course.ModulePage"]
    subpage_types = []
    template = "pages/testimonial_page.html"
    base_form_class = TestimonialPageForm

    search_fields = ContentPage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("questions"),
        index.SearchField("body"),
        index.FilterField("format"),
    ]
    content_panels = ContentPage.content_panels + [
        FieldRowPanel([FieldPanel("format"), FieldPanel("layout")]),
        FieldPanel("intro"),
        FieldPanel("tags"),
        MultiFieldPanel(
            [FieldPanel("speakers"), FieldPanel("questions")], heading=_("Round table")
        ),
        MultiFieldPanel([FieldPanel("witness"), FieldPanel("body")], heading=_("Single testimony")),
        *StepRules.step_rules_panels,
    ]

    class Meta:
        verbose_name = _("testimonial")
        verbose_name_plural = _("testimonials")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(format__in=TestimonialFormat.values),
                name="course_testimonial_format_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(layout__in=TestimonialLayout.values),
                name="course_testimonial_layout_valid",
            ),
        ]

    def clean(self):
        super().clean()
        if self.format == TestimonialFormat.ROUND_TABLE:
            self.seat_round_table()
        if self.format == TestimonialFormat.TESTIMONY and self.witness_id is None:
            raise ValidationError({"witness": _("A single testimony needs its witness.")})
        if self.format == TestimonialFormat.ROUND_TABLE and not self.questions:
            raise ValidationError({"questions": _("A round table needs at least one question.")})

    def seat_round_table(self):
        """Give each answer typed without a speaker to the next one of the table, and
        each speaker an empty answer to every question (course/round_tables.py)."""
        questions = [
            {
                "type": "question",
                "id": block.id,
                "value": {
                    "question": block.value["question"],
                    "answers": [
                        {
                            "_id": item.id,
                            "participant": item.value["participant"].pk
                            if item.value["participant"] is not None
                            else None,
                            "answer": item.value["answer"].source if item.value["answer"] else "",
                        }
                        for item in block.value["answers"].bound_blocks
                    ],
                },
            }
            for block in self.questions
        ]
        answers = [q["value"]["answers"] for q in questions]
        speaker_ids = [block.value.pk for block in self.speakers if block.value is not None]
        if not speaker_ids:
            # A table written before it had a list of speakers: the people who answer.
            speaker_ids = speakers_in_order(answers)
            self.speakers = [{"type": "speaker", "value": pk} for pk in speaker_ids]
        unseated = 0
        for question in questions:
            seating = seat_answers(speaker_ids, question["value"]["answers"])
            unseated += seating.unseated
            question["value"]["answers"] = [
                {
                    "type": "item",
                    "id": answer.pop("_id", None) or str(uuid.uuid4()),
                    "value": answer,
                }
                for answer in seating.answers
            ]
        self.questions = questions
        if unseated:
            raise ValidationError(
                {
                    "questions": _(
                        "Some answers have no speaker and every speaker of the table has "
                        "answered: add the speaker to the table, or pick them in the answer."
                    )
                }
            )

    @property
    def is_round_table(self) -> bool:
        return self.format == TestimonialFormat.ROUND_TABLE

    @property
    def step_type_label(self):
        return self.get_format_display()

    @cached_property
    def participants(self) -> list:
        """Everyone who speaks on the page, in order of first appearance."""
        if not self.is_round_table:
            return [self.witness] if self.witness else []
        seen = {}
        for question in self.questions:
            for answer in question.value["answers"]:
                person = answer["participant"]
                if person is not None and answer["answer"] and person.pk not in seen:
                    seen[person.pk] = person
        return list(seen.values())
