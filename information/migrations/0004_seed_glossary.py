"""Seed the glossary with plain-English explanations (written for this project; officers can edit)."""

from django.db import migrations

TERMS = [
    ("Annual review", "annual-review", "A meeting, at least once a year, to check that an EHC plan still describes a child's needs and the help they get.", ""),
    ("CAMHS", "camhs", "Child and adolescent mental health services: NHS teams that help children and young people with their mental health.", "Child and adolescent mental health services, CYPMHS"),
    ("Direct payment", "direct-payment", "Money paid to you, so you can buy some of the help your child needs yourself, instead of the council arranging it.", "direct payments"),
    ("EHC needs assessment", "ehc-needs-assessment", "A close look at a child's needs by the council, to decide if they need an EHC plan. It should take no more than 20 weeks from asking to a final plan.", "EHCNA, needs assessment, statutory assessment"),
    ("EHC plan", "ehc-plan", "An education, health and care plan: a legal document that says what a child or young person needs and the help they must get. It can last up to age 25.", "EHCP, education, health and care plan"),
    ("IAS service", "ias-service", "A free, confidential information, advice and support service about SEND. It works at arm's length from the council, so its advice is impartial.", "SENDIASS, IASS, information, advice and support service"),
    ("Mediation", "mediation", "A meeting with an independent person who helps you and the council try to agree about an EHC needs assessment or plan. You must ask about it before most appeals.", "mediator"),
    ("Parent carer forum", "parent-carer-forum", "A group of parents and carers of disabled children who tell the council and the NHS what families need.", ""),
    ("Personal budget", "personal-budget", "An amount of money to pay for some of the help in an EHC plan, so you can choose how some of that help is given.", "personal budgets"),
    ("Preparing for adulthood", "preparing-for-adulthood", "Help for young people from about age 14 to plan for work, where to live, friends and health as adults.", "PfA"),
    ("SALT", "salt", "Speech and language therapy: help for children who find talking, understanding, eating or drinking hard.", "SLT, speech and language therapy"),
    ("SEMH", "semh", "Social, emotional and mental health needs: one of the four broad areas of need. It covers things like anxiety and ADHD.", "social, emotional and mental health"),
    ("SEN", "sen", "Special educational needs: when a child finds learning much harder than most children of the same age and needs extra help.", "special educational needs"),
    ("SEN support", "sen-support", "The extra help a nursery, school or college gives a child with SEN without an EHC plan.", ""),
    ("SENCo", "senco", "The special educational needs coordinator: the member of staff in a nursery, school or college who organises help for children with SEN.", "SENDCo, special educational needs coordinator"),
    ("SEND", "send", "Short for special educational needs and disabilities. It covers children who need extra help to learn, and disabled children.", "special educational needs and disabilities"),
    ("SEND Tribunal", "send-tribunal", "An independent court that can change some council decisions about EHC needs assessments and plans. Its full name is the First-tier Tribunal (Special Educational Needs and Disability).", "Tribunal, SENDIST, First-tier Tribunal"),
    ("Short breaks", "short-breaks", "Time for a disabled child to do something fun away from their family, which also gives parents and carers a rest.", "short break, respite"),
    ("Local Offer", "local-offer", "The council's information about support for children and young people aged 0 to 25 with SEND, in one place.", ""),
    ("Transition", "transition", "A move from one stage of life to the next, such as from primary to secondary school, or from children's to adults' services.", "transitions"),
]


def seed(apps, schema_editor):
    Term = apps.get_model("information", "GlossaryTerm")
    for term, slug, definition, also in TERMS:
        Term.objects.get_or_create(
            slug=slug, defaults={"term": term, "definition": definition, "also_called": also}
        )


class Migration(migrations.Migration):
    dependencies = [("information", "0003_booklet_glossary_format_requests")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
