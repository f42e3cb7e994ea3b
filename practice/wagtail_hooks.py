"""The practice timeline in Wagtail: the log actions of the trainers' decisions on posts."""

from wagtail import hooks

from practice import moderation


@hooks.register("register_log_actions")
def register_post_decision_log_actions(actions):
    moderation.register_log_actions(actions)
