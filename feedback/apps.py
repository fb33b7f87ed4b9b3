from django.apps import AppConfig

from core.roles import ALL, MODERATOR


class FeedbackConfig(AppConfig):
    name = "feedback"
    verbose_name = "Feedback on the Local Offer"
    role_permissions = {MODERATOR: ALL}
    # Moderators decide what happens to a comment; they never delete one. A comment
    # not for publication still counts in the report, and retention deletes what is
    # personal. (The moderation queue is a proxy of Comment with its own permissions.)
    # Reports are a public record: a moderator withdraws nothing once published and
    # deletes no report (only a superuser can, and it is audited).
    role_withheld = {
        MODERATOR: [
            "delete_comment",
            "delete_commenttomoderate",
            "delete_reportingperiod",
            "add_reportcorrection",
            "change_reportcorrection",
            "delete_reportcorrection",
        ]
    }

    def ready(self):
        from core import hooks, links
        from feedback import checks  # noqa: F401  (registers the system checks)
        from feedback.dashboard import comments_section
        from feedback.links import SOURCE

        links.register(SOURCE)
        hooks.register_dashboard(comments_section)
