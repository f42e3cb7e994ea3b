"""A learner's posts, likes and mentions are in "export my data" and go with the account;
other learners' replies and quotes stay, without the post they answered."""

import pytest

from accounts import privacy
from practice import posting
from practice.models import Like, Mention, Post

pytestmark = pytest.mark.django_db


def test_deleting_a_learner_removes_their_posts_and_keeps_others_replies(
    practice, session, enrolment, peer
):
    learner = enrolment.user
    (mine,) = posting.publish(practice, session, learner, ["Le mien @julesm"])
    (reply,) = posting.publish(practice, session, peer, ["Ma réponse"], reply_to_id=mine.pk)
    (quote,) = posting.publish(practice, session, peer, ["Je cite"], quote_of_id=mine.pk)
    posting.set_like(reply, learner, True)
    posting.publish(practice, session, peer, ["Coucou @awa_d"])
    exported = privacy.export_user_data(learner)
    assert [p["text"] for p in exported["practice_posts"]] == ["Le mien @julesm"]
    assert [like["post"] for like in exported["practice_likes"]] == [reply.pk]
    assert len(exported["practice_mentions"]) == 1
    privacy.erase_user_data(learner)
    learner.delete()
    assert not Post.objects.filter(pk=mine.pk).exists()
    assert not Like.objects.exists()
    assert not Mention.objects.filter(user_id=learner.pk).exists()
    reply.refresh_from_db()
    quote.refresh_from_db()
    assert reply.reply_to_id is None and quote.quote_of_id is None
