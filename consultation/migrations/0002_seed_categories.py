"""The consultee categories: each limb of regulation 54(1), plus the health bodies.

Letters follow the project's summary of regulation 54 (docs: statutory notes);
officers can correct a reference or description in admin without a migration.
"""

from django.db import migrations

CATEGORIES = [
    (
        "children-young-people-sen",
        "Children and young people with special educational needs, and their parents",
        "Regulation 54(1)(a)",
        "Children and young people who have special educational needs, and the parents of "
        "children with special educational needs. Ask children and young people themselves, "
        "not only their parents.",
        True,
    ),
    (
        "disabled-children-young-people",
        "Disabled children and young people, and their parents",
        "Regulation 54(1)(b)",
        "Children and young people who are disabled, and the parents of disabled children.",
        True,
    ),
    (
        "maintained-schools",
        "Governing bodies of maintained schools and maintained nursery schools",
        "Regulation 54(1)(c)",
        "The governors of the council's maintained schools, including maintained nursery "
        "schools.",
        True,
    ),
    (
        "academies",
        "Proprietors of academies",
        "Regulation 54(1)(d)",
        "The trusts that run academies and free schools, including special academies.",
        True,
    ),
    (
        "post-16-institutions",
        "Post-16 institutions",
        "Regulation 54(1)(e)",
        "The governing bodies, proprietors or principals of further education colleges, sixth "
        "form colleges and other post-16 institutions.",
        True,
    ),
    (
        "non-maintained-special-schools",
        "Non-maintained special schools",
        "Regulation 54(1)(f)",
        "The governing bodies of special schools run by charities rather than the council.",
        True,
    ),
    (
        "pupil-referral-units",
        "Pupil referral units",
        "Regulation 54(1)(g)",
        "The management committees of pupil referral units.",
        True,
    ),
    (
        "childrens-centres",
        "Children's centre advisory boards",
        "Regulation 54(1)(h)",
        "The advisory boards of children's centres (and family hubs where they have one).",
        True,
    ),
    (
        "early-years-providers",
        "Early years providers",
        "Regulation 54(1)(i)",
        "Nurseries, pre-schools and childminders providing funded early education.",
        True,
    ),
    (
        "youth-offending-teams",
        "Youth offending teams",
        "Regulation 54(1)(j)",
        "Youth offending (youth justice) teams with functions for children and young people "
        "from our area.",
        True,
    ),
    (
        "other-sen-providers",
        "Others making special educational provision, and their advisers",
        "Regulation 54(1)(k)",
        "Anyone else who makes special educational provision for children and young people "
        "from our area, such as independent special schools and commissioned services, and "
        "the people who advise them.",
        True,
    ),
    (
        "preparing-for-adulthood",
        "Preparation for adulthood providers",
        "Regulation 54(1)(l)",
        "Those who help young people prepare for adult life and independent living: work, "
        "housing, health and being part of the community.",
        True,
    ),
    (
        "council-officers",
        "The council's own officers",
        "Regulation 54(1)(m)",
        "The council's officers for education, training, social care and preparing for "
        "adulthood.",
        True,
    ),
    (
        "others-appropriate",
        "Others the council thinks appropriate",
        "Regulation 54(1)(n)",
        "Anyone else the council decides to consult, such as voluntary groups, the "
        "information, advice and support service or neighbouring councils.",
        False,
    ),
    (
        "nhs-trusts",
        "NHS trusts and NHS foundation trusts",
        "Regulation 54 (health bodies)",
        "The NHS trusts and foundation trusts that provide health services for children and "
        "young people from our area: hospitals, community and mental health services.",
        True,
    ),
    (
        "integrated-care-boards",
        "Integrated care boards",
        "Regulation 54 (health bodies)",
        "The NHS integrated care board that plans and pays for health services in our area.",
        True,
    ),
    (
        "health-wellbeing-boards",
        "Health and wellbeing boards",
        "Regulation 54 (health bodies)",
        "The health and wellbeing board that brings together the council, the NHS and local "
        "people.",
        True,
    ),
]


def seed(apps, schema_editor):
    Category = apps.get_model("consultation", "ConsulteeCategory")
    for order, (slug, name, reference, description, must_consult) in enumerate(CATEGORIES):
        Category.objects.update_or_create(
            slug=slug,
            defaults={
                "name": name,
                "legal_reference": reference,
                "description": description,
                "must_consult": must_consult,
                "order": order,
            },
        )


def unseed(apps, schema_editor):
    Category = apps.get_model("consultation", "ConsulteeCategory")
    Category.objects.filter(slug__in=[c[0] for c in CATEGORIES], consultees=None).delete()


class Migration(migrations.Migration):
    dependencies = [("consultation", "0001_initial")]

    operations = [migrations.RunPython(seed, unseed)]
