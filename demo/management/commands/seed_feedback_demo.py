"""Load demo feedback: one published year of comments and a "you said, we did" report.

The content is in demo/feedback_data.py. Safe to run again: when the demo report
exists, nothing is added.
"""

from datetime import date, datetime, time, timedelta

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from demo.feedback_data import ABUSE, COMMENTS, DEMO_SLUG, DUP, ENTRIES, OWN, PUB, TERMS
from feedback.anonymise import redact
from feedback.models import Comment, RedactionTerm, ReportingPeriod, YouSaidWeDid
from feedback.services import next_comment_id


class Command(BaseCommand):
    help = (
        "Create a published demo 'you said, we did' report for the last year with about 30 "
        "invented comments. Does nothing if the demo report already exists."
    )

    @transaction.atomic
    def handle(self, *args, **options):
        if ReportingPeriod.objects.filter(slug=DEMO_SLUG).exists():
            self.stdout.write("The demo feedback report already exists: nothing to do.")
            return
        now = timezone.now()
        today = timezone.localdate()
        starts, ends = today - timedelta(days=365), today - timedelta(days=1)
        period = ReportingPeriod.objects.create(
            title=f"{starts:%B %Y} to {ends:%B %Y}",
            slug=DEMO_SLUG,
            starts=starts,
            ends=ends,
            how_we_sought_comments=(
                "We asked for comments through a link on every page of the Local Offer, and "
                "by phone and post for people who do not use the internet.\n\n"
                "We held six drop-in sessions with the parent carer forum, two workshops "
                "with young people at the youth council, and a stall at the SEND information "
                "day run with the information, advice and support service (SENDIASS).\n\n"
                "Schools, colleges and health services shared the link in their newsletters."
            ),
            published_at=now,
        )
        for term in TERMS:
            RedactionTerm.objects.get_or_create(term=term)
        entries = [
            YouSaidWeDid.objects.create(
                period=period,
                topic=e["topic"],
                what_people_said=e["what_people_said"],
                response_and_action=e["response_and_action"],
                status=e["status"],
                reason_not_possible=e.get("reason_not_possible", ""),
                team_responsible=e["team_responsible"],
                action_date=starts + timedelta(days=e["days_after_start"]),
                order=index,
            )
            for index, e in enumerate(ENTRIES)
        ]
        for index, (entry, theme, role, age, decision, example, text) in enumerate(COMMENTS):
            self._comment(
                period_start=starts,
                index=index,
                topic=entries[entry] if entry is not None else None,
                theme=theme,
                role=role,
                age=age or "",
                decision=decision,
                example=example,
                text=text,
                now=now,
            )
        self.stdout.write(
            f"Created the demo report '{period}' with {len(ENTRIES)} entries and "
            f"{len(COMMENTS)} comments."
        )

    def _comment(
        self, *, period_start: date, index, topic, theme, role, age, decision, example, text, now
    ):
        submitted = timezone.make_aware(
            datetime.combine(period_start + timedelta(days=5 + index * 11), time(10 + index % 8))
        )
        comment_id = next_comment_id()
        comment = Comment(
            id=comment_id,
            reference=f"LO-{submitted.year}-{comment_id:05d}",
            about=Comment.About.GENERAL,
            theme=theme,
            text=text,
            commenter_role=role,
            child_age_group=age,
            submitted_at=submitted,
            anonymised_text=redact(text, TERMS),
            topic=topic,
            moderated_at=now,
        )
        if decision == PUB:
            comment.status = Comment.Status.FOR_PUBLICATION
            comment.anonymised_approved_at = now
            comment.is_example = example
        else:
            comment.status = Comment.Status.NOT_FOR_PUBLICATION
            comment.not_published_reason = {
                OWN: Comment.NotPublishedReason.OWN_CASE,
                ABUSE: Comment.NotPublishedReason.ABUSIVE,
                DUP: Comment.NotPublishedReason.DUPLICATE,
            }[decision]
            comment.pointed_to_complaints = decision == OWN
            comment.topic = topic if decision == DUP else None
        comment.full_clean()
        comment.save(force_insert=True)
