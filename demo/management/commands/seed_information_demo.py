"""Load the demo information pages and schools' answers for the fictional council.

Safe to run again: pages and answers that already exist (by slug or organisation)
are left as they are, so officers' edits survive. Prints each page's reading ease.
"""

from datetime import timedelta

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from demo.information_content import IAS_LINK, PAGES, SETTING_OFFERS
from directory.models import Organisation, Service
from information.models import (
    READING_EASE_TARGET,
    InformationPage,
    Schedule2Item,
    Section,
    SettingOffer,
)
from information.services import page_save, setting_offer_save

# Services tagged by hand as covering an item (beyond those counted automatically).
SERVICE_TAGS = {
    "disagreement-mediation": ["common-ground-mediation"],
    "ehc-assessment": ["brindlemoor-council-send-team"],
}


class Command(BaseCommand):
    help = "Load demo information pages and schools' local offer answers (invented content)."

    @transaction.atomic
    def handle(self, *args, **options):
        sections = {s.slug: s for s in Section.objects.all()}
        items = {i.code: i for i in Schedule2Item.objects.all()}
        existing = set(InformationPage.objects.values_list("slug", flat=True))
        today = timezone.localdate()
        created, scores = 0, []
        for number, (section, slug, title, summary, keywords, covers, body, options) in enumerate(
            PAGES, start=1
        ):
            if slug in existing:
                continue
            reviewed = today - timedelta(days=400) if options.get("overdue") else today
            page = InformationPage(
                section=sections[section],
                slug=slug,
                title=title,
                summary=summary,
                keywords=keywords,
                body=body.strip().replace("%(ias)s", IAS_LINK),
                order=number * 10,
                status=options.get("status", InformationPage.Status.PUBLISHED),
                last_reviewed=reviewed,
            )
            page_save(page=page)
            page.covers.set([items[code] for code in covers])
            created += 1
            scores.append((page.reading_ease, title))
            self.stdout.write(f"  [{created}] {title}: reading ease {page.reading_ease}")

        tagged = 0
        for code, org_slugs in SERVICE_TAGS.items():
            services = Service.objects.filter(organisation__slug__in=org_slugs)
            if code in items and services:
                items[code].services.add(*services)
                tagged += len(services)

        offers = 0
        for org_slug, answers in SETTING_OFFERS.items():
            organisation = Organisation.objects.filter(slug=org_slug).first()
            if organisation is None or SettingOffer.objects.filter(organisation=organisation):
                continue
            setting_offer_save(offer=SettingOffer(organisation=organisation, **answers))
            offers += 1

        below = [
            title for score, title in scores if score is not None and score < READING_EASE_TARGET
        ]
        lowest = min((s for s, _ in scores if s is not None), default=None)
        self.stdout.write(
            self.style.SUCCESS(
                f"Information demo: {created} page(s) added ({len(existing)} already there), "
                f"{offers} school or setting answer set(s), {tagged} service tag(s). "
                + (
                    f"Lowest reading ease {lowest}; "
                    f"{len(below)} page(s) below {READING_EASE_TARGET}."
                    if scores
                    else ""
                )
            )
        )
