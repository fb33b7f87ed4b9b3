"""The feedback app's lines on the officers' compliance dashboard (regulation 56)."""

from django.urls import reverse
from django.utils import timezone

from core.hooks import DashboardLine, DashboardSection
from feedback.models import Comment, ReportingPeriod
from feedback.selectors import REPORT_INTERVAL


def comments_section() -> DashboardSection:
    """Days since the last published report and comments waiting for moderation (two queries)."""
    now = timezone.now()
    last = (
        ReportingPeriod.objects.published()
        .order_by("-published_at")
        .values_list("published_at", flat=True)
        .first()
    )
    waiting = Comment.objects.awaiting_moderation().count()
    if last is None:
        days, overdue = "No report published yet", True
    else:
        age = (now - last).days
        days, overdue = f"{age} days", now - last > REPORT_INTERVAL
    return DashboardSection(
        key="comments",
        heading="Comments (regulation 56)",
        lines=[
            DashboardLine(
                "Since the last published 'you said, we did' report (at least once a year)",
                days,
                reverse("admin:feedback_reportingperiod_changelist"),
                "Reporting periods",
                flagged=overdue,
            ),
            DashboardLine(
                "Comments waiting for moderation",
                str(waiting),
                reverse("admin:feedback_commenttomoderate_changelist"),
                "Moderation queue",
                flagged=waiting > 0,
            ),
        ],
    )
