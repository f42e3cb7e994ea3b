"""The live-tweet and the trainers' pieces of the practice timeline, for its templates.

- `{{ seconds|moment }}`: a moment of the recording as it is shown ("2:05").
- `{% live_recording page %}`: the recording (a <video> when the page has one), its
  transcript with each cue a button that seeks it, and the hashtag.
- `{% moment_field page %}`: the post form's moment: a choice of cues without script,
  set by practice.js from the video's current time.
- `{% trainer_note post %}`: the trainer's note through the one sanitiser.
"""

from django import template
from django.utils.http import urlencode

from config.typography import content_language
from discussions.sanitize import render_comment
from practice.transcript import TranscriptError, format_moment, parse_transcript

register = template.Library()


def page_cues(page):
    """The page's cues; none for a transcript the editor would now refuse."""
    try:
        return parse_transcript(getattr(page, "transcript", ""))
    except TranscriptError:
        return []


@register.filter
def moment(seconds):
    return "" if seconds is None else format_moment(seconds)


@register.inclusion_tag("practice/live_recording.html", takes_context=True)
def live_recording(context, page):
    request = context.get("request")
    session = request.GET.get("session", "") if request is not None else ""
    # A trainer reading another session's timeline stays on it.
    query = urlencode({"session": session}) + "&" if session.isdigit() else ""
    return {
        "page": page,
        "cues": page_cues(page),
        "recording_url": page.recording_url,
        "content_language": content_language(),
        "query": query,
        "replay_query": f"?{query[:-1]}" if query else "",
    }


@register.inclusion_tag("practice/moment_field.html")
def moment_field(page, chosen=None, field_id="post-moment"):
    cues = page_cues(page)
    chosen = str(chosen) if chosen not in (None, "") else ""
    return {
        "cues": cues,
        "chosen": chosen,
        "field_id": field_id,
        "live": bool(cues),
        "content_language": content_language(),
    }


@register.simple_tag
def transcript_language():
    return content_language()


@register.filter
def trainer_note(post):
    return render_comment(post.highlight_note) if post.highlight_note else ""


@register.filter
def post_body(post):
    """A post's text as HTML, through the one sanitiser."""
    return render_comment(post.body)
