"""The blocks a trainer configures an exercise with: bio checklist rules, example
bios, the questions of "one account or two", its outcomes, and the positions of a
reflection."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from course.blocks import PageChooserBlock
from exercises.choices import AccountChoice
from exercises.rules import Rule, split_phrases

PHRASES_HELP = _("One phrase a line (or separated by commas). Case and accents do not matter.")


class PhraseRuleBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("What the learner reads"), max_length=120)
    phrases = blocks.TextBlock(label=_("Phrases that tick it"), help_text=PHRASES_HELP)

    class Meta:
        icon = "tick"
        form_classname = "struct-block"

    def clean(self, value):
        value = super().clean(value)
        if not split_phrases(value["phrases"]):
            raise StructBlockValidationError(
                {"phrases": ValidationError(_("Give at least one phrase."))}
            )
        return value


class DisclaimerRuleBlock(PhraseRuleBlock):
    only_with_organisation = blocks.BooleanBlock(
        label=_("Only needed when the bio names an organisation"),
        required=False,
        default=True,
    )


class MaxHashtagsRuleBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("What the learner reads"), max_length=120)
    maximum = blocks.IntegerBlock(label=_("Maximum of hashtags"), min_value=0, default=2)

    class Meta:
        icon = "tag"


class LinkRuleBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("What the learner reads"), max_length=120)

    class Meta:
        icon = "link"


class BioRulesBlock(blocks.StreamBlock):
    role = PhraseRuleBlock(label=_("Says their role"))
    organisation = PhraseRuleBlock(label=_("Names the organisation"))
    audience = PhraseRuleBlock(label=_("Says for whom they speak"))
    disclaimer = DisclaimerRuleBlock(label=_("Carries a disclaimer"))
    max_hashtags = MaxHashtagsRuleBlock(label=_("Few hashtags"))
    link = LinkRuleBlock(label=_("Has a link"))


def rules_from_stream(stream) -> list[Rule]:
    """The pure rules (exercises.rules.Rule) of a page's checklist StreamField."""
    rules = []
    for block in stream:
        value = block.value
        rules.append(
            Rule(
                check=block.block_type,
                label=value.get("label", ""),
                phrases=split_phrases(value.get("phrases", "")),
                maximum=int(value.get("maximum") or 0),
                only_with_organisation=bool(value.get("only_with_organisation")),
            )
        )
    return rules


class ExampleBioBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"), max_length=80)
    handle = blocks.CharBlock(label=_("Handle"), max_length=40, required=False)
    bio = blocks.TextBlock(label=_("Bio"))
    comment = blocks.TextBlock(label=_("Why it works (or not)"), required=False)

    class Meta:
        icon = "user"
        # Named here, not by the stream's "example": the editor would show that English word.
        label = _("Example bio")
        template = "exercises/blocks/example_bio.html"


class AnswerBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Answer"), max_length=200)
    one = blocks.IntegerBlock(label=_("Weight towards one account"), default=0, min_value=0)
    two = blocks.IntegerBlock(label=_("Weight towards two accounts"), default=0, min_value=0)
    organisation = blocks.IntegerBlock(
        label=_("Weight towards an organisation's account"), default=0, min_value=0
    )
    reason = blocks.CharBlock(
        label=_("Reasoning shown with the result"), max_length=300, required=False
    )

    class Meta:
        icon = "list-ul"


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=200)
    answers = blocks.ListBlock(AnswerBlock(), label=_("Answers"), min_num=2)

    class Meta:
        icon = "help"


class OutcomeBlock(blocks.StructBlock):
    choice = blocks.ChoiceBlock(choices=AccountChoice.choices, label=_("Recommendation"))
    explanation = blocks.TextBlock(label=_("Explanation"))
    testimonials = blocks.ListBlock(
        PageChooserBlock(page_type="course.TestimonialPage"),
        label=_("Testimonials of people who chose this way"),
        required=False,
    )

    class Meta:
        icon = "pick"
        label = _("Result")


class PositionBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Position"), max_length=120)
    description = blocks.TextBlock(label=_("In a sentence"), required=False)

    class Meta:
        icon = "radio-full"
