"""The identity of a discussion thread, as one value: what it is on (a content type
and the object's integer id) and which part of it (`anchor`, "" for the whole object).

Comments and thread follows carry it in three columns; everything that looks a
thread up goes through `ThreadKey` and `ThreadQuerySet` (discussions.models).
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType


def target_type_id(target) -> int:
    """The content type a target's threads are filed under (a model or an instance).

    A Wagtail page listed as a plain Page still knows its specific type, which is
    the type its comments are filed under.
    """
    content_type_id = getattr(target, "content_type_id", None)
    if isinstance(content_type_id, int) and hasattr(target, "specific_class"):
        return content_type_id
    return ContentType.objects.get_for_model(target).pk


@dataclass(frozen=True)
class ThreadKey:
    content_type_id: int
    object_id: int
    anchor: str = ""

    @classmethod
    def of(cls, target, anchor: str = "") -> "ThreadKey":
        """The thread on `target` (one part of it with `anchor`)."""
        return cls(target_type_id(target), int(target.pk), anchor)

    @classmethod
    def of_comment(cls, comment) -> "ThreadKey":
        """The thread a comment (or a thread follow) belongs to."""
        # int(): a row built in memory with the id as text holds it as given until saved and read.
        return cls(comment.content_type_id, int(comment.object_id), comment.anchor)

    @property
    def target_key(self) -> tuple[int, int]:
        """(content type id, object id): the object, whatever the part."""
        return self.content_type_id, self.object_id

    def lookups(self) -> dict:
        """The filter that finds the thread's rows (or creates one in it)."""
        return {
            "content_type_id": self.content_type_id,
            "object_id": self.object_id,
            "anchor": self.anchor,
        }
