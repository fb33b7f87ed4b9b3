"""Factories for feedback. Every name, address and number here is invented."""

from datetime import date, timedelta

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from feedback.models import Comment, CommentContact, RedactionTerm, ReportingPeriod, YouSaidWeDid


class ReportingPeriodFactory(DjangoModelFactory):
    class Meta:
        model = ReportingPeriod

    title = factory.Sequence(lambda n: f"Reporting year {n}")
    slug = factory.Sequence(lambda n: f"reporting-year-{n}")
    starts = factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=364))
    ends = factory.LazyFunction(timezone.localdate)
    how_we_sought_comments = (
        "We asked for comments on every page of the Local Offer.\n\n"
        "We held four drop-in sessions with the parent carer forum and the information, "
        "advice and support service."
    )

    class Params:
        published = factory.Trait(published_at=factory.LazyFunction(timezone.now))


class YouSaidWeDidFactory(DjangoModelFactory):
    class Meta:
        model = YouSaidWeDid

    period = factory.SubFactory(ReportingPeriodFactory)
    topic = factory.Sequence(lambda n: f"Short breaks {n}")
    what_people_said = "It was hard to find out which short breaks my child could use."
    response_and_action = "We added a short breaks page with who can use each one."
    status = YouSaidWeDid.Status.DONE
    team_responsible = "Short Breaks Team"
    action_date = date(2026, 3, 1)


class CommentFactory(DjangoModelFactory):
    class Meta:
        model = Comment

    reference = factory.Sequence(lambda n: f"LO-2026-{n + 90000:05d}")
    about = Comment.About.GENERAL
    theme = Comment.Theme.CONTENT
    text = "The short breaks page does not say who can use each service."
    commenter_role = Comment.Role.PARENT_CARER
    anonymised_text = factory.LazyAttribute(lambda c: c.text)

    class Params:
        publishable = factory.Trait(
            status=Comment.Status.FOR_PUBLICATION,
            anonymised_approved_at=factory.LazyFunction(timezone.now),
        )


class CommentContactFactory(DjangoModelFactory):
    class Meta:
        model = CommentContact

    comment = factory.SubFactory(CommentFactory)
    name = "Priya Quennell"
    email = "priya.quennell@example.org"
    phone = "07700 900461"


class RedactionTermFactory(DjangoModelFactory):
    class Meta:
        model = RedactionTerm

    term = factory.Sequence(lambda n: f"Larkspur Primary {n}")
