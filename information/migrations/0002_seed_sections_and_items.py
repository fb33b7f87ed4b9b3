"""Seed the sections families navigate by and the statutory items (officers can edit both).

Legal references name the instrument; paragraph numbers are given only where
they were checked (Schedule 2, paragraphs 1, 2, 3 and 5). Confirm the others
against legislation.gov.uk before quoting them.
"""

from django.db import migrations

SECTIONS = [
    ("getting-support", "Getting support", "How needs are spotted, SEN support in school, EHC needs assessments and plans, and personal budgets."),
    ("education", "Education", "Nurseries, schools and colleges, how the council pays for extra help, and moving between them."),
    ("health", "Health", "Health services for children and young people with SEND, beyond what every child gets."),
    ("social-care", "Social care", "Short breaks, help at home, and moving on to adults' services."),
    ("preparing-for-adulthood", "Preparing for adulthood", "Work, training, housing, living independently and being part of the community."),
    ("travel-and-transport", "Travel and transport", "The travel policy, help getting to school or college, and how to apply."),
    ("advice-and-support", "Advice and support", "Free impartial advice, the parent carer forum and support groups."),
    ("if-you-disagree-or-want-to-complain", "If you disagree or want to complain", "Complaints about schools, the council, the NHS and social care, mediation and appeals."),
    ("accessibility-strategy", "Accessibility strategy", "How the council is making schools easier to use for disabled pupils."),
]

SCH2 = "SEND Regulations 2014, Schedule 2"
COP = "SEND Code of Practice 2015, chapter 4"
ITEMS = [
    ("in-area", "Provision in the area", f"{SCH2}, paragraph 1", "Special educational and training provision the council expects to be available in its area, from early years providers, schools, academies, special schools, colleges, pupil referral units and anyone the council commissions.", "in_area"),
    ("out-of-area", "Provision outside the area", f"{SCH2}, paragraph 2", "The same kinds of provision outside the area that the area's children and young people are likely to use, such as a college in a neighbouring area or national specialist provision.", "out_of_area"),
    ("settings-and-funding", "Schools, colleges and how the council funds SEN provision", f"{SCH2}, paragraph 3", "Mainstream and special schools and colleges, provision the council secures in mainstream settings, pupil referral units and alternative provision, and how the council funds it.", ""),
    ("setting-offers", "What each school, college and setting offers", f"{SCH2}, paragraph 5", "For each setting: its approach to teaching, adapting the curriculum and environment, extra support, reviewing progress with families, checking its provision works, facilities, activities, wellbeing support and staff expertise.", "setting_offers"),
    ("identifying-sen", "Identifying special educational needs", SCH2, "How the council, schools and settings identify children and young people with SEN, and SEN support in school.", ""),
    ("ehc-assessment", "Requesting an EHC needs assessment", SCH2, "How to ask for an education, health and care needs assessment, and what happens next.", ""),
    ("personal-budgets", "Personal budgets", SCH2, "Who can have a personal budget, what it can be used for and how to ask for one.", "personal_budget"),
    ("health", "Health provision", SCH2, "Health services for children and young people with SEN or disabilities, beyond those every child gets.", "health"),
    ("social-care", "Social care provision and short breaks", SCH2, "Social care services, including short breaks for disabled children and their families.", "social_care"),
    ("adult-services", "Moving from children's to adults' services", SCH2, "How social care and health support changes when a young person becomes an adult.", ""),
    ("care-act-advice", "Care Act information and advice", SCH2, "Where to find the information and advice service the council provides under the Care Act 2014.", ""),
    ("other-education", "Other educational provision", SCH2, "Educational provision outside school and college, such as sports, arts or music activities.", ""),
    ("training", "Training and apprenticeships", SCH2, "Training provision, traineeships, supported internships and apprenticeships.", "training"),
    ("travel", "Travel arrangements", SCH2, "Help to get to school, college and early years settings: the travel policy, specialist transport and help with costs.", "travel"),
    ("transitions", "Moving between phases of education", SCH2, "Support when a child or young person moves between nursery, school, college and adult life.", ""),
    ("adulthood", "Preparing for adulthood", SCH2, "Support to find work, find somewhere to live, live independently and be part of the community.", "adulthood"),
    ("advice", "Sources of information, advice and support", SCH2, "The impartial information, advice and support service, the parent carer forum, support groups and other advice.", "advice"),
    ("childcare", "Childcare", SCH2, "Childcare for children with SEN or disabilities, including help with costs.", "childcare"),
    ("leisure", "Leisure activities", SCH2, "Clubs, activities and leisure for children and young people with SEN or disabilities.", "leisure"),
    ("accessibility-strategy", "The accessibility strategy", SCH2, "Where to find the council's strategy for making schools more accessible to disabled pupils.", ""),
    ("eligibility", "Eligibility criteria", f"{SCH2}; {COP}", "Who can use each service, stated clearly.", "eligibility"),
    ("complaints", "How to complain", f"{SCH2}; {COP}", "How to complain about schools, the council, health and social care services.", ""),
    ("disagreement-mediation", "Disagreement resolution and mediation", SCH2, "How to resolve disagreements, and how mediation works.", ""),
    ("tribunal", "Appealing to the SEND Tribunal", SCH2, "How to appeal to the First-tier Tribunal (Special Educational Needs and Disability), with the time limits.", ""),
    ("universal", "Universal services", COP, "Services every child and young person can use, such as schools and GPs.", "universal"),
    ("targeted", "Targeted services", COP, "Short-term extra support for some children and young people.", "targeted"),
    ("specialist", "Specialist services", COP, "Longer-term specialised support.", "specialist"),
    ("without-internet", "Getting the information without the internet or in accessible formats", "SEND Regulations 2014, regulation 57", "How people without the internet, and people with SEN or disabilities, can get the Local Offer: print, large print, easy read, phone or post.", ""),
]


def seed(apps, schema_editor):
    Section = apps.get_model("information", "Section")
    Item = apps.get_model("information", "Schedule2Item")
    for order, (slug, title, summary) in enumerate(SECTIONS, start=1):
        Section.objects.get_or_create(
            slug=slug, defaults={"title": title, "summary": summary, "order": order * 10}
        )
    for order, (code, title, reference, description, rule) in enumerate(ITEMS, start=1):
        Item.objects.get_or_create(
            code=code,
            defaults={
                "title": title,
                "legal_reference": reference,
                "description": description,
                "order": order * 10,
                "auto_rule": rule,
            },
        )


class Migration(migrations.Migration):
    dependencies = [("information", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
