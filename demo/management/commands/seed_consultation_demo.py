"""Demo data for consultation: invented consultees and two review rounds.

One round is complete; the other has deliberate gaps (no bodies outside the
area, no youth offending team, no evidence on one regulation 55 matter), so
the gaps report has something to show. Safe to run again: existing demo
rounds are left alone unless --reset is given.
"""

from datetime import datetime, time, timedelta

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from consultation.models import (
    Change,
    ConsultationRound,
    Consultee,
    ConsulteeCategory,
    Invitation,
    InvolvementEvidence,
)
from consultation.services import round_publish
from core import links
from core.services import content_changed
from demo import consultation_data as data


class Command(BaseCommand):
    help = "Load invented consultees and two review rounds (one with deliberate gaps)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset", action="store_true", help="Delete the demo rounds first and load them again."
        )

    def handle(self, *args, reset=False, **options):
        slugs = [data.COMPLETE["slug"], data.WITH_GAPS["slug"]]
        with transaction.atomic():
            if reset:
                deleted, _ = ConsultationRound.objects.filter(slug__in=slugs).delete()
                self.stdout.write(f"Deleted the demo review rounds ({deleted} rows).")
            if ConsultationRound.objects.filter(slug__in=slugs).exists():
                self.stdout.write("The demo review rounds are already loaded; nothing to do.")
                return
            consultees = self._consultees()
            today = timezone.localdate()
            gaps_ends = today - timedelta(days=60)
            complete_ends = gaps_ends - timedelta(days=365)
            self._round(data.COMPLETE, consultees, complete_ends)
            self._round(data.WITH_GAPS, consultees, gaps_ends)
            content_changed()
        self.stdout.write(
            self.style.SUCCESS(
                f"Loaded {len(consultees)} consultees and 2 review rounds (one complete, one "
                "with gaps to show in the gaps report)."
            )
        )

    def _consultees(self) -> list[Consultee]:
        categories = {c.slug: c for c in ConsulteeCategory.objects.all()}
        consultees = []
        for name, category, where, reason, voice, contact, email in data.CONSULTEES:
            consultee = Consultee.objects.filter(name__iexact=name).first()
            if consultee is None:
                consultee = Consultee(
                    name=name,
                    category=categories[category],
                    where=where,
                    out_of_area_reason=reason,
                    voice=voice,
                    contact_name=contact,
                    contact_email=email,
                )
                consultee.full_clean()
                consultee.save()
            consultees.append(consultee)
        self.stdout.write(f"Consultees ready: {len(consultees)}.")
        return consultees

    def _round(self, spec: dict, consultees: list[Consultee], ends) -> ConsultationRound:
        starts = ends - timedelta(days=75)
        round = ConsultationRound(
            slug=spec["slug"],
            title=spec["title"].format(year=ends.year),
            purpose=spec["purpose"],
            starts=starts,
            ends=ends,
            methods=spec["methods"],
            other_methods=spec["other_methods"],
            what_we_heard=spec["what_we_heard"],
        )
        round.full_clean()
        round.save()

        invited = [
            c
            for c in consultees
            if c.category.slug not in spec["skip_categories"]
            and not (spec["skip_outside"] and c.where == Consultee.Where.OUT_OF_AREA)
        ]
        for index, consultee in enumerate(invited):
            # Most take part; every fifth does not reply.
            took_part = index % 5 != 4
            invitation = Invitation(
                round=round,
                consultee=consultee,
                invited_on=starts,
                responded=took_part,
                responded_on=starts + timedelta(days=10 + index) if took_part else None,
                how=("forum_meetings" if consultee.voice else "survey") if took_part else "",
            )
            invitation.full_clean()
            invitation.save()

        for offset, (matter, (text, young, parents)) in enumerate(data.EVIDENCE.items()):
            if matter == spec["missing_matter"]:
                continue
            piece = InvolvementEvidence(
                round=round,
                matter=matter,
                description=text,
                starts=starts + timedelta(days=7 * offset),
                ends=starts + timedelta(days=7 * offset + 2),
                children_young_people=young,
                parents_carers=parents,
            )
            piece.full_clean()
            piece.save()

        entries = {
            label.split(": ", 1)[-1]: pk for pk, label in links.choices(links.YOU_SAID_WE_DID)
        }
        for order, (text, entry_topic) in enumerate(spec["changes"]):
            change = Change(
                round=round,
                description=text,
                you_said_we_did_id=entries.get(entry_topic) if entry_topic else None,
                order=order,
            )
            change.full_clean()
            change.save()

        published = timezone.make_aware(datetime.combine(ends + timedelta(days=21), time(10)))
        round_publish(round=round, by=None, now=published)
        self.stdout.write(
            f"Review round '{round.title}': {len(invited)} invited, published "
            f"{published:%-d %B %Y}."
        )
        return round
