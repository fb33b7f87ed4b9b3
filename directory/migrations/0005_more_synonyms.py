"""Words families use that the first taxonomy missed (officers can edit them in admin)."""

from django.db import migrations

SYNONYMS = {
    "social-emotional-and-mental-health": ["SEMH", "behaviour"],
    "autism": ["PDA", "pathological demand avoidance"],
    "specific-learning-difficulties": ["dyslexic"],
}
AREA_DESCRIPTIONS = {
    "leisure-and-short-breaks": "Clubs, activities, holidays and short breaks (sometimes called respite).",
}


def add(apps, schema_editor):
    Need = apps.get_model("directory", "Need")
    NeedSynonym = apps.get_model("directory", "NeedSynonym")
    AreaOfProvision = apps.get_model("directory", "AreaOfProvision")
    for slug, terms in SYNONYMS.items():
        need = Need.objects.filter(slug=slug).first()
        if need is None:
            continue
        for term in terms:
            if not NeedSynonym.objects.filter(term__iexact=term).exists():
                NeedSynonym.objects.create(need=need, term=term)
    for slug, description in AREA_DESCRIPTIONS.items():
        AreaOfProvision.objects.filter(slug=slug).update(description=description)


class Migration(migrations.Migration):
    dependencies = [("directory", "0004_service_facets_index")]

    operations = [migrations.RunPython(add, migrations.RunPython.noop)]
