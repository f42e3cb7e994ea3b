"""The practice timeline's models: the step page, and the posts of each session."""

from practice.models.pages import PracticePage
from practice.models.posts import MAX_BODY_CHARS, MAX_NOTE_LENGTH, Like, Mention, Post, Tag
from practice.models.reports import PostReport

__all__ = [
    "MAX_BODY_CHARS",
    "MAX_NOTE_LENGTH",
    "Like",
    "Mention",
    "Post",
    "PostReport",
    "PracticePage",
    "Tag",
]
