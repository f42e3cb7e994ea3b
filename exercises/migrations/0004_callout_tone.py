"""A callout has a tone (tip, warning, key idea): "kind" is kept for the kinds of exercise.
The stored blocks are renamed in the pages and in every revision."""

import wagtail.fields
from django.db import migrations
from wagtail.blocks.migrations.migrate_operation import MigrateStreamData
from wagtail.blocks.migrations.operations import RenameStructChildrenOperation


class Migration(migrations.Migration):

    dependencies = [
        ('exercises', '0003_merge_0002_kept_drafts_0002_revision_requests'),
    ]

    operations = [
        migrations.AlterField(
            model_name='exercisepage',
            name='instructions',
            field=wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('quote', 6), ('callout', 10), ('image', 15), ('video', 19), ('example_post', 25), ('key_points', 28), ('testimonial_link', 31), ('think_about', 34), ('debate', 41)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Heading', 'max_length': 160}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Section heading'), ('h3', 'Sub-heading')], 'label': 'Level'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'description': 'Paragraphs with emphasis, links and lists.', 'features': ['bold', 'italic', 'link', 'ol', 'ul', 'h3', 'h4'], 'icon': 'pilcrow', 'label': 'Rich text', 'preview_value': '<p>Une bio se lit en trois secondes : dites <b>qui</b> vous êtes et <i>pour qui</i> vous parlez.</p>', 'template': 'blocks/paragraph_block.html'}), 4: ('wagtail.blocks.TextBlock', (), {'label': 'Quote'}), 5: ('wagtail.blocks.CharBlock', (), {'label': 'Attribution', 'max_length': 160, 'required': False}), 6: ('wagtail.blocks.StructBlock', [[('quote', 4), ('attribution', 5)]], {}), 7: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('tip', 'Tip'), ('warning', 'Warning'), ('key_idea', 'Key idea')], 'label': 'Tone'}), 8: ('wagtail.blocks.CharBlock', (), {'label': 'Title', 'max_length': 120, 'required': False}), 9: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link', 'ul'], 'label': 'Text'}), 10: ('wagtail.blocks.StructBlock', [[('tone', 7), ('title', 8), ('text', 9)]], {}), 11: ('wagtail.images.blocks.ImageChooserBlock', (), {'label': 'Image'}), 12: ('wagtail.blocks.CharBlock', (), {'help_text': 'What the image shows, for people who cannot see it. Leave empty if decorative.', 'label': 'Alternative text', 'max_length': 250, 'required': False}), 13: ('wagtail.blocks.CharBlock', (), {'label': 'Caption', 'max_length': 250, 'required': False}), 14: ('wagtail.blocks.CharBlock', (), {'label': 'Credit', 'max_length': 120, 'required': False}), 15: ('wagtail.blocks.StructBlock', [[('image', 11), ('alt_text', 12), ('caption', 13), ('credit', 14)]], {}), 16: ('wagtail.embeds.blocks.EmbedBlock', (), {'label': 'Video URL', 'max_width': 960}), 17: ('wagtail.blocks.CharBlock', (), {'label': 'Title', 'max_length': 160}), 18: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link', 'ul'], 'label': 'Transcript', 'required': False}), 19: ('wagtail.blocks.StructBlock', [[('video', 16), ('title', 17), ('transcript', 18)]], {}), 20: ('wagtail.blocks.CharBlock', (), {'label': 'Author', 'max_length': 80}), 21: ('wagtail.blocks.RegexBlock', (), {'error_messages': {'invalid': 'A handle has letters, digits and underscores only.'}, 'label': 'Handle', 'regex': '^@?[A-Za-z0-9_]{1,30}$'}), 22: ('wagtail.blocks.TextBlock', (), {'help_text': 'Up to 280 characters. Hashtags and mentions are highlighted.', 'label': 'Text'}), 23: ('wagtail.blocks.CharBlock', (), {'help_text': 'For example: 14 mars', 'label': 'When', 'max_length': 40, 'required': False}), 24: ('wagtail.blocks.CharBlock', (), {'help_text': 'A short remark shown under the post.', 'label': 'What to notice', 'max_length': 300, 'required': False}), 25: ('wagtail.blocks.StructBlock', [[('author', 20), ('handle', 21), ('text', 22), ('posted_on', 23), ('comment', 24)]], {}), 26: ('wagtail.blocks.CharBlock', (), {'max_length': 300}), 27: ('wagtail.blocks.ListBlock', (26,), {'label': 'Points', 'min_num': 1}), 28: ('wagtail.blocks.StructBlock', [[('title', 8), ('points', 27)]], {}), 29: ('wagtail.blocks.PageChooserBlock', (), {'label': 'Testimonial', 'page_type': ['course.TestimonialPage']}), 30: ('wagtail.blocks.CharBlock', (), {'help_text': 'One sentence that tells the learner what they will find there.', 'label': 'Why read it', 'max_length': 250, 'required': False}), 31: ('wagtail.blocks.StructBlock', [[('page', 29), ('text', 30)]], {}), 32: ('wagtail.blocks.CharBlock', (), {'label': 'Question', 'max_length': 300}), 33: ('wagtail.blocks.TextBlock', (), {'label': 'Hint', 'required': False}), 34: ('wagtail.blocks.StructBlock', [[('question', 32), ('hint', 33)]], {}), 35: ('wagtail.blocks.CharBlock', (), {'label': 'Question debated', 'max_length': 250}), 36: ('wagtail.blocks.CharBlock', (), {'label': 'Position', 'max_length': 160}), 37: ('wagtail.blocks.CharBlock', (), {'label': 'Held by', 'max_length': 120, 'required': False}), 38: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link', 'ul'], 'label': 'Argument'}), 39: ('wagtail.blocks.StructBlock', [[('title', 36), ('author', 37), ('argument', 38)]], {'label': 'First position'}), 40: ('wagtail.blocks.StructBlock', [[('title', 36), ('author', 37), ('argument', 38)]], {'label': 'Second position'}), 41: ('wagtail.blocks.StructBlock', [[('question', 35), ('first', 39), ('second', 40)]], {})}, verbose_name='instructions'),
        ),
        MigrateStreamData(
            app_name="exercises",
            model_name="exercisepage",
            field_name="instructions",
            operations_and_block_paths=[
                (RenameStructChildrenOperation(old_name="kind", new_name="tone"), "callout"),
            ],
        ),
    ]
