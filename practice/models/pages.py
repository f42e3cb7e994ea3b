"""The practice timeline step: a trainer's instructions and goal, a timeline per session."""

from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from course.blocks import ContentStreamBlock
from course.choices import DoneWhen
from course.models.pages import ContentPage, CourseStepMixin
from course.steps import StepRules
from practice.transcript import validate_transcript


class PracticePage(CourseStepMixin, StepRules, ContentPage):
    # Done when the goal's counts are met (practice/goals.py), or marked by the learner.
    default_done_when = DoneWhen.GOAL_MET
    allowed_done_when = (DoneWhen.GOAL_MET, DoneWhen.MARKED)

    instructions = StreamField(
        ContentStreamBlock(),
        verbose_name=_("instructions"),
        blank=True,
        help_text=_("The scenario: what learners are asked to post, and why."),
    )
    goal_posts = models.PositiveSmallIntegerField(
        _("posts"), default=0, help_text=_("Posts to write (replies included). 0: no goal.")
    )
    goal_replies = models.PositiveSmallIntegerField(
        _("replies"), default=0, help_text=_("Replies to other learners' posts. 0: no goal.")
    )
    goal_mentions = models.PositiveSmallIntegerField(
        _("mentions"),
        default=0,
        help_text=_("Posts that mention another learner by their handle. 0: no goal."),
    )
    goal_hashtags = models.PositiveSmallIntegerField(
        _("hashtags"), default=0, help_text=_("Posts with at least one hashtag. 0: no goal.")
    )
    hashtag = models.CharField(
        _("hashtag"),
        max_length=100,
        blank=True,
        help_text=_("Optional: the scenario's hashtag, without #. Shown to learners."),
    )
    recording_url = models.URLField(
        _("recording"),
        blank=True,
        help_text=_("Live-tweet: the address of a video file of the recorded event."),
    )
    transcript = models.TextField(
        _("timed transcript"),
        blank=True,
        help_text=_('Live-tweet: one line per moment, "mm:ss text" (for example "01:30 Hello").'),
        validators=[validate_transcript],
    )

    parent_page_types = ["course.ModulePage"]
    subpage_types = []
    template = "pages/practice_page.html"

    search_fields = ContentPage.search_fields + [index.SearchField("instructions")]
    content_panels = ContentPage.content_panels + [
        FieldPanel("instructions"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("goal_posts"),
                        FieldPanel("goal_replies"),
                        FieldPanel("goal_mentions"),
                        FieldPanel("goal_hashtags"),
                    ]
                ),
                FieldPanel("hashtag"),
            ],
            heading=_("Goal"),
        ),
        MultiFieldPanel(
            [FieldPanel("recording_url"), FieldPanel("transcript")],
            heading=_("Live-tweet"),
        ),
        *StepRules.step_rules_panels,
    ]

    class Meta:
        verbose_name = _("practice timeline")
        verbose_name_plural = _("practice timelines")
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(hashtag__startswith="#"),
                name="practice_page_hashtag_without_sign",
            ),
        ]

    @property
    def done_by_goal(self) -> bool:
        return self.completion_rule == DoneWhen.GOAL_MET

    @property
    def step_type_label(self):
        return self._meta.verbose_name

    def get_context(self, request, *args, form_state=None, **kwargs):
        from practice import timeline_page

        context = super().get_context(request, *args, **kwargs)
        context.update(timeline_page.timeline_context(self, request, context, form_state))
        return context

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            from practice import timeline_page

            return timeline_page.post_to_timeline(self, request)
        if request.method not in ("GET", "HEAD"):
            raise Http404
        return super().serve(request, *args, **kwargs)
