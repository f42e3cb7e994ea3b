"""The content blocks of lessons, testimonies and course pages.

Every StructBlock declares its template, icon, description and preview value, so
that trainers see in the admin what a block will look like before using it. The
models use these blocks, so previews reach the models through the app registry.
"""

from django.apps import apps
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock as BaseImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock as BaseSnippetChooserBlock

from course.text import POST_MAX_LENGTH, highlight_post, post_length


def per_language(build):
    """A block's widget or form field kept per language, not once per process.

    Wagtail builds a chooser block's widget, and its "Choose a page (Testimonial)"
    text, on the first request that shows it and keeps it: an English editor then
    read the French of whoever opened a page first.
    """

    def get(self):
        cache = self.__dict__.setdefault("_per_language", {})
        key = (build.__name__, translation.get_language())
        if key not in cache:
            cache[key] = build(self)
        return cache[key]

    return property(get)


# Migrations name Wagtail's own blocks: these differ only in the admin's language.
class PageChooserBlock(blocks.PageChooserBlock):
    canonical_module_path = "wagtail.blocks.PageChooserBlock"
    widget = per_language(blocks.PageChooserBlock.widget.func)
    field = per_language(blocks.ChooserBlock.field.func)


class SnippetChooserBlock(BaseSnippetChooserBlock):
    canonical_module_path = "wagtail.snippets.blocks.SnippetChooserBlock"
    widget = per_language(BaseSnippetChooserBlock.widget.func)
    field = per_language(blocks.ChooserBlock.field.func)


class ImageChooserBlock(BaseImageChooserBlock):
    canonical_module_path = "wagtail.images.blocks.ImageChooserBlock"
    widget = per_language(BaseImageChooserBlock.widget.func)
    field = per_language(blocks.ChooserBlock.field.func)


RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3", "h4"]
INLINE_FEATURES = ["bold", "italic", "link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=160)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section heading")), ("h3", _("Sub-heading"))],
        default="h2",
        label=_("Level"),
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading_block.html"
        description = _("A section heading that also appears in the page's table of contents.")
        preview_value = {"text": "Une bio qui dit qui vous êtes", "level": "h2"}


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=160)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote_block.html"
        description = _("A quotation set apart from the text, with who said it.")
        preview_value = {
            "quote": "Ma bio, c'est ma carte de visite : trois secondes pour convaincre.",
            "attribution": "Une participante de la table ronde",
        }


class CalloutTone:
    TIP = "tip"
    WARNING = "warning"
    KEY_IDEA = "key_idea"
    CHOICES = [(TIP, _("Tip")), (WARNING, _("Warning")), (KEY_IDEA, _("Key idea"))]


class CalloutBlock(blocks.StructBlock):
    tone = blocks.ChoiceBlock(choices=CalloutTone.CHOICES, default=CalloutTone.TIP, label=_("Tone"))
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    text = blocks.RichTextBlock(label=_("Text"), features=INLINE_FEATURES + ["ul"])

    class Meta:
        icon = "help"
        label = _("Callout")
        template = "blocks/callout_block.html"
        description = _("A tip, a warning or a key idea, framed so that it stands out.")
        preview_value = {
            "tone": CalloutTone.TIP,
            "title": "Astuce",
            "text": "<p>Relisez votre bio à voix haute : si elle sonne comme un CV, coupez.</p>",
        }


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        required=False,
        max_length=250,
        help_text=_(
            "What the image shows, for people who cannot see it. Leave empty if decorative."
        ),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)
    credit = blocks.CharBlock(label=_("Credit"), required=False, max_length=120)

    def get_preview_value(self):
        # The preview shows the latest image of the library, when there is one.
        image = get_image_model().objects.order_by("-created_at").first()
        return self.to_python(
            {"image": image.pk if image else None, "caption": "Légende", "credit": "Crédit"}
        )

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image_block.html"
        description = _("An image with its caption and credit.")


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("Video URL"), max_width=960)
    title = blocks.CharBlock(label=_("Title"), max_length=160)
    transcript = blocks.RichTextBlock(
        label=_("Transcript"), required=False, features=INLINE_FEATURES + ["ul"]
    )

    class Meta:
        icon = "media"
        label = _("Video")
        preview_value = {
            "video": "https://peertube.example.org/w/demo",
            "title": "Présenter son compte en trente secondes",
            "transcript": "<p>Bonjour, je suis documentaliste et je partage ma veille.</p>",
        }
        template = "blocks/video_block.html"
        description = _("A video from a hosting service, with a link and an optional transcript.")


class ExamplePostValue(blocks.StructValue):
    @cached_property
    def highlighted_text(self):
        return mark_safe(highlight_post(self.get("text", "")))  # noqa: S308 - escaped by highlight_post

    @cached_property
    def handle_display(self):
        handle = (self.get("handle") or "").lstrip("@")
        return f"@{handle}" if handle else ""


class ExamplePostBlock(blocks.StructBlock):
    author = blocks.CharBlock(label=_("Author"), max_length=80)
    handle = blocks.RegexBlock(
        label=_("Handle"),
        regex=r"^@?[A-Za-z0-9_]{1,30}$",
        error_messages={"invalid": _("A handle has letters, digits and underscores only.")},
    )
    text = blocks.TextBlock(
        label=_("Text"),
        help_text=_("Up to 280 characters. Hashtags and mentions are highlighted."),
    )
    posted_on = blocks.CharBlock(
        label=_("When"), required=False, max_length=40, help_text=_("For example: 14 mars")
    )
    comment = blocks.CharBlock(
        label=_("What to notice"),
        required=False,
        max_length=300,
        help_text=_("A short remark shown under the post."),
    )

    def clean(self, value):
        value = super().clean(value)
        length = post_length(value.get("text"))
        if length > POST_MAX_LENGTH:
            raise StructBlockValidationError(
                block_errors={
                    "text": ValidationError(
                        _("%(length)d characters: a post has at most %(limit)d.")
                        % {"length": length, "limit": POST_MAX_LENGTH}
                    )
                }
            )
        return value

    class Meta:
        icon = "comment"
        label = _("Example post")
        template = "blocks/example_post_block.html"
        value_class = ExamplePostValue
        description = _(
            "A post shown as on a social network, with hashtags and mentions highlighted."
        )
        preview_value = {
            "author": "Léa Fontanel",
            "handle": "lea_fontanel",
            "text": "Atelier #BioPro avec @mediatheque_vry : trois phrases, pas une de plus.",
            "posted_on": "14 mars",
        }


class KeyPointsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    points = blocks.ListBlock(blocks.CharBlock(max_length=300), label=_("Points"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Key points")
        template = "blocks/key_points_block.html"
        description = _("The few things to remember from a page, as a short list.")
        preview_value = {
            "title": "À retenir",
            "points": ["Qui vous êtes", "Ce que vous faites", "Pour qui vous parlez"],
        }


class TestimonialLinkBlock(blocks.StructBlock):
    page = PageChooserBlock(page_type="course.TestimonialPage", label=_("Testimonial"))
    text = blocks.CharBlock(
        label=_("Why read it"),
        required=False,
        max_length=250,
        help_text=_("One sentence that tells the learner what they will find there."),
    )

    def get_preview_value(self):
        page = apps.get_model("course", "TestimonialPage").objects.live().order_by("path").first()
        return self.to_python(
            {"page": page.pk if page else None, "text": "Six façons de se présenter."}
        )

    class Meta:
        icon = "group"
        label = _("Link to a testimonial")
        template = "blocks/testimonial_link_block.html"
        description = _("A card that sends the learner to a round table or a testimony.")


class ThinkAboutBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=300)
    hint = blocks.TextBlock(label=_("Hint"), required=False)

    class Meta:
        icon = "help"
        label = _("Question to think about")
        template = "blocks/think_about_block.html"
        description = _("A question the learner answers for themselves before reading on.")
        preview_value = {
            "question": "Si un inconnu lit votre bio, sait-il pour qui vous parlez ?",
            "hint": "Pensez à votre employeur, à vos collègues, à vos élèves.",
        }


class PositionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Position"), max_length=160)
    author = blocks.CharBlock(label=_("Held by"), required=False, max_length=120)
    argument = blocks.RichTextBlock(label=_("Argument"), features=INLINE_FEATURES + ["ul"])


class DebateBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question debated"), max_length=250)
    first = PositionBlock(label=_("First position"))
    second = PositionBlock(label=_("Second position"))

    class Meta:
        icon = "resubmit"
        label = _("Debate")
        template = "blocks/debate_block.html"
        description = _("Two positions on one question, side by side.")
        preview_value = {
            "question": "Faut-il séparer vie pro et vie perso en ligne ?",
            "first": {
                "title": "Tout mélanger",
                "author": "Rémi",
                "argument": "<p>Je suis une seule personne.</p>",
            },
            "second": {
                "title": "Tout séparer",
                "author": "Inès",
                "argument": "<p>L'outil sert mon métier.</p>",
            },
        }


class ContentStreamBlock(blocks.StreamBlock):
    """The shared body of every content page."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Rich text"),
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        template="blocks/paragraph_block.html",
        description=_("Paragraphs with emphasis, links and lists."),
        preview_value=mark_safe(
            "<p>Une bio se lit en trois secondes : dites <b>qui</b> vous êtes "
            "et <i>pour qui</i> vous parlez.</p>"
        ),
    )
    quote = QuoteBlock()
    callout = CalloutBlock()
    image = ImageBlock()
    video = VideoBlock()
    example_post = ExamplePostBlock()
    key_points = KeyPointsBlock()
    testimonial_link = TestimonialLinkBlock()
    think_about = ThinkAboutBlock()
    debate = DebateBlock()

    class Meta:
        template = "blocks/content_stream.html"


class AnswerBlock(blocks.StructBlock):
    # Both optional in the editor: the page seats an answer typed without a speaker
    # and gives every speaker an empty one to fill (course/round_tables.py).
    participant = SnippetChooserBlock(
        "course.Participant",
        label=_("Speaker"),
        required=False,
        help_text=_("Empty: the next speaker of the table who has not answered yet."),
    )
    answer = blocks.RichTextBlock(
        label=_("Answer"), features=INLINE_FEATURES + ["ul"], required=False
    )


class RoundTableQuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=300)
    # May start empty: the page gives it an answer per speaker of the table on saving.
    answers = blocks.ListBlock(AnswerBlock(), label=_("Answers"))

    def get_preview_value(self):
        people = apps.get_model("course", "Participant").objects.all()[:3]
        return self.to_python(
            {
                "question": "Que dit votre bio de vous ?",
                "answers": [
                    {"participant": p.pk, "answer": "<p>Mon métier d'abord.</p>"} for p in people
                ],
            }
        )

    class Meta:
        icon = "help"
        label = _("Question and answers")
        template = "blocks/round_table_question_block.html"
        description = _("One question of the round table with each speaker's answer.")
