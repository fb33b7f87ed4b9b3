"""Seed the areas of provision and the needs taxonomy (officers can edit both)."""

from django.db import migrations

AREAS = [
    ("education", "Education", "Nurseries, schools, colleges and extra help with learning."),
    ("health", "Health", "Therapies, nursing, and health services for children and young people."),
    ("social-care", "Social care", "Help at home, short breaks and support for families."),
    (
        "preparing-for-adulthood",
        "Preparing for adulthood and independent living",
        "Work, housing, friendships and community life after school.",
    ),
    ("travel-and-transport", "Travel and transport", "Getting to school, college and activities."),
    (
        "information-advice-and-support",
        "Information, advice and support",
        "Impartial advice, parent groups and help with the SEND system.",
    ),
    (
        "leisure-and-short-breaks",
        "Leisure and short breaks",
        "Clubs, activities, holidays and breaks for families.",
    ),
    ("childcare", "Childcare", "Childminders, nurseries and holiday care."),
    (
        "training-and-apprenticeships",
        "Training and apprenticeships",
        "Traineeships, supported internships and apprenticeships.",
    ),
]

# Broad area -> (slug, name, [(specific slug, name, [synonyms])])
NEEDS = [
    (
        "communication-and-interaction",
        "Communication and interaction",
        [
            ("autism", "Autism", ["ASD", "ASC", "autistic", "autistic spectrum", "Asperger"]),
            (
                "speech-language-and-communication",
                "Speech, language and communication needs",
                ["SLCN", "speech delay", "language delay", "speech therapy", "stammer"],
            ),
        ],
    ),
    (
        "cognition-and-learning",
        "Cognition and learning",
        [
            ("moderate-learning-difficulties", "Moderate learning difficulties", ["MLD"]),
            ("severe-learning-difficulties", "Severe learning difficulties", ["SLD"]),
            (
                "profound-and-multiple-learning-difficulties",
                "Profound and multiple learning difficulties",
                ["PMLD"],
            ),
            (
                "specific-learning-difficulties",
                "Specific learning difficulties",
                ["SpLD", "dyslexia", "dyscalculia", "dyspraxia", "DCD"],
            ),
        ],
    ),
    (
        "social-emotional-and-mental-health",
        "Social, emotional and mental health",
        [
            (
                "adhd",
                "Attention deficit hyperactivity disorder",
                ["ADHD", "ADD", "attention deficit", "hyperactivity"],
            ),
            ("anxiety", "Anxiety", ["worry", "school refusal", "emotionally based school avoidance"]),
            ("attachment", "Attachment difficulties", ["attachment disorder", "trauma"]),
            ("mental-health", "Mental health", ["CAMHS", "low mood", "depression", "wellbeing"]),
        ],
    ),
    (
        "sensory-and-physical",
        "Sensory and physical needs",
        [
            ("hearing-impairment", "Hearing impairment", ["deaf", "HI", "hard of hearing"]),
            ("visual-impairment", "Visual impairment", ["VI", "blind", "sight loss", "partially sighted"]),
            ("multi-sensory-impairment", "Multi-sensory impairment", ["MSI", "deafblind"]),
            (
                "physical-disability",
                "Physical disability",
                ["PD", "wheelchair user", "cerebral palsy", "mobility"],
            ),
            ("medical-needs", "Medical needs", ["epilepsy", "diabetes", "long-term condition"]),
        ],
    ),
]


def seed(apps, schema_editor):
    AreaOfProvision = apps.get_model("directory", "AreaOfProvision")
    Need = apps.get_model("directory", "Need")
    NeedSynonym = apps.get_model("directory", "NeedSynonym")
    for order, (slug, name, description) in enumerate(AREAS):
        AreaOfProvision.objects.update_or_create(
            slug=slug, defaults={"name": name, "description": description, "order": order}
        )
    for order, (slug, name, specifics) in enumerate(NEEDS):
        broad, _ = Need.objects.update_or_create(slug=slug, defaults={"name": name, "order": order})
        for sub_order, (sub_slug, sub_name, synonyms) in enumerate(specifics):
            need, _ = Need.objects.update_or_create(
                slug=sub_slug,
                defaults={"name": sub_name, "order": sub_order, "broad_area": broad},
            )
            for term in synonyms:
                if not NeedSynonym.objects.filter(term__iexact=term).exists():
                    NeedSynonym.objects.create(need=need, term=term)


class Migration(migrations.Migration):
    dependencies = [("directory", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
