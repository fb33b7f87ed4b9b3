from django.apps import AppConfig


class FeedbackConfig(AppConfig):
    name = "feedback"
    verbose_name = "Feedback on the Local Offer"

    def ready(self):
        from feedback import checks  # noqa: F401  (registers the system checks)
