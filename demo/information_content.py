"""Demo information pages and schools' answers for the fictional Brindlemoor Council.

Every word here was written for this project in plain English. Names, phone
numbers and places are invented (01632 and 07700 900 numbers are reserved for
drama). Nothing is copied from a real council.
"""

SENDIASS = "Brindlemoor SENDIASS"
IAS_LINK = "/services/brindlemoor-send-information-advice-and-support-service-sendiass/"

# (section slug, page slug, title, summary, keywords, statutory item codes, body, options)
PAGES = [
    # ------------------------------------------------------------ Getting support
    (
        "getting-support",
        "spotting-needs-early",
        "How needs are spotted",
        "What to do if you think your child needs extra help, and who can help you find out.",
        "worried, development, delay, diagnosis, SEN",
        ["identifying-sen"],
        """
Some children take longer to learn, talk, move or make friends. This is common. Help is
easier to give when a need is spotted early.

## If you are worried

Talk to someone who knows your child well:

- your health visitor or GP, if your child is under 5
- staff at your child's nursery or childminder
- your child's teacher or the school's special educational needs coordinator (SENCo)

You do not need a diagnosis to get help. A school must give support based on what your
child needs, not on a label.

## What happens next

The school or nursery will watch how your child is doing. They will talk with you and
your child. They may ask a specialist, such as a speech and language therapist, for advice.

> If you are not sure where to start, you can phone our Local Offer team on 01632 960000.
> They can tell you who to talk to.
""",
        {},
    ),
    (
        "getting-support",
        "sen-support-in-school",
        "SEN support in school",
        "The extra help schools, nurseries and colleges must give, without an EHC plan.",
        "SEN support, SENCo, school help, IEP, support plan",
        ["identifying-sen", "settings-and-funding"],
        """
Most children with special educational needs get help from their school without an
education, health and care (EHC) plan. This help is called **SEN support**.

## What SEN support looks like

The school works with you in four steps. They:

1. look at what your child finds hard
2. plan the help your child will get, and say what it should change
3. give the help
4. check how well it worked, with you, and change the plan if needed

They should do this at least three times a year.

## Who to talk to

Every school has a special educational needs coordinator, called the SENCo. Ask the
school office how to contact them.

Every school must also publish an SEN information report on its website. It says how the
school helps children with SEN. You can read what each school has told us in our
[list of schools and settings](/services/?area=education).

## If the help is not enough

If your child still struggles after good support, you or the school can ask us for an
[EHC needs assessment](/information/getting-support/ask-for-an-ehc-needs-assessment/).
""",
        {},
    ),
    (
        "getting-support",
        "ask-for-an-ehc-needs-assessment",
        "Ask for an EHC needs assessment",
        "How to ask the council to look at your child's needs in detail, and what happens in the "
        "20 weeks after you ask.",
        "EHCP, EHC plan, EHCNA, statutory assessment, statement, needs assessment, request",
        ["ehc-assessment"],
        """
An education, health and care (EHC) needs assessment is a close look at your child's
needs. It helps us decide if your child needs an EHC plan.

## Who can ask

- a parent or carer
- a young person aged 16 to 25, for themselves
- a school, college or nursery, after talking to you

You can ask even if the school does not agree.

## How to ask

Write to the council's SEND Team. Say:

- what your child finds hard
- what help they get now
- why you think it is not enough

Email send.team@brindlemoor.example.org or write to SEND Team, Brindlemoor Council,
Civic Centre, Brindlemoor BM1 1AA. You can also phone 01632 960101 and we will help you.

## What happens next

| When | What happens |
| --- | --- |
| Within 6 weeks | We tell you if we will do the assessment. |
| Weeks 6 to 16 | We ask you, your child and professionals for advice. |
| By week 16 | If a plan is needed, we send you a draft plan. You have 15 days to comment. |
| By week 20 | We send you the final plan. |

Warning: If we say no at any stage, our letter will tell you how to appeal and by when.

You can get free help with the process from [Brindlemoor SENDIASS](%(ias)s). They work
separately from the council.
""",
        {},
    ),
    (
        "getting-support",
        "ehc-plans-and-annual-reviews",
        "EHC plans and annual reviews",
        "What an EHC plan says, how it is checked each year, and how you take part.",
        "EHCP, EHC plan, annual review, review meeting, statement",
        ["ehc-assessment", "transitions"],
        """
An EHC plan is a legal document. It says what your child needs and the help they must get.
It covers education, health and social care.

## What is in a plan

- your child's views, hopes and dreams
- their needs
- the outcomes everyone is working towards
- the help they will get to reach them
- the school or college they will go to

## Annual reviews

We must check the plan at least once a year. This is called the annual review. It is
usually a meeting at school. You and your child are invited. Reports are sent out at
least two weeks before.

After the meeting, we have 4 weeks to tell you if we will change the plan.

## Key review years

Reviews before your child changes school need to happen in good time. For a move to
secondary school, the plan must name the new school by 15 February of Year 6. For a move
to college, it must be named by 31 March.
""",
        {},
    ),
    (
        "getting-support",
        "personal-budgets",
        "Personal budgets",
        "A personal budget is money you can use to buy some of the help in an EHC plan, in a way "
        "that suits your family.",
        "personal budget, direct payment, direct payments, money, funding, budget",
        ["personal-budgets"],
        """
A personal budget is an amount of money to pay for some of the help in an EHC plan. It
lets you choose how some of that help is given.

## Who can have one

You can ask for a personal budget when:

- we are writing an EHC plan for your child, or
- the plan is being reviewed

## How you can use it

There are four ways to have a personal budget:

- **direct payments**: we pay the money to you, and you buy the help
- **an arrangement**: we, the school or the NHS hold the money and buy the help you choose
- **a third party**: someone else holds the money and buys the help for you
- **a mix** of these

A personal budget can pay for things like a support worker, therapy sessions or help to
join clubs. It cannot pay for a school place.

## How to ask

Tell the SEND Team you want a personal budget. Phone 01632 960101. We will explain what
can be included and check it works for you.

Short breaks and some health support can also be paid as a personal budget. Ask your
social worker or health team.
""",
        {},
    ),
    # ------------------------------------------------------------ Education
    (
        "education",
        "schools-colleges-and-funding",
        "Schools, colleges and how we pay for extra help",
        "The kinds of school and college in Brindlemoor, and how the council pays for extra "
        "help for children with SEN.",
        "funding, high needs, notional SEN budget, special school, resource base, school place",
        ["settings-and-funding", "in-area", "out-of-area"],
        """
Most children with SEN go to their local nursery, school or college. Some need a place
with more specialist help.

## Kinds of place

- **mainstream** nurseries, schools and colleges
- **resource bases**: small units inside a mainstream school, for children with one kind
  of need, such as deafness or speech and language needs
- **special schools**, for children with complex needs
- **short stay schools** (pupil referral units), for children who cannot be at school
  for a while
- **specialist colleges**, some outside Brindlemoor, for young people aged 16 to 25

## How we pay for extra help

Every school gets money for SEN support as part of its budget. Schools pay for the first
part of a child's extra help from this money.

When a child has an EHC plan and needs more, we pay the school extra money. This is called
**top-up funding**. We pay for special school places and specialist colleges in the same way.

The rules are agreed each year with schools. You can ask the SEND Team for a copy.
""",
        {},
    ),
    (
        "education",
        "moving-school-or-college",
        "Moving to a new nursery, school or college",
        "How to plan a move between nursery, school, college and adult life.",
        "transition, moving school, year 6, secondary transfer, starting school",
        ["transitions"],
        """
Changes can be hard for children and young people with SEN. Good planning helps.

## Start early

Talk to the SENCo a year before the move. Ask what the new place offers. Visit with your
child if you can.

## With an EHC plan

The new school or college is named in the plan. This must happen by a set date:

- moving to secondary school: by 15 February in Year 6
- moving to college: by 31 March in the year your child leaves school

## Without an EHC plan

The old and new schools should share what works for your child. Ask them to do this.
Ask if your child can have extra visits before the start.
""",
        {},
    ),
    # ------------------------------------------------------------ Health
    (
        "health",
        "health-services-for-children-with-send",
        "Health services for children with SEND",
        "Therapies, nursing and other NHS services for children and young people with SEND, and "
        "how to get them.",
        "NHS, therapy, speech therapy, physiotherapy, occupational therapy, nursing, CAMHS",
        ["health"],
        """
All children can use their GP, health visitor and school nurse. Some children with SEND
need more help from the NHS.

## Services you may use

- speech and language therapy
- physiotherapy and occupational therapy
- children's community nursing
- help with eating, drinking or sleeping
- mental health support
- equipment, such as wheelchairs

Search the [list of health services](/services/?area=health) to find them.

## How to get them

Some services let you refer yourself. Others need a referral from your GP, health visitor
or school. Each service page tells you how.

## Health in an EHC plan

If your child has an EHC plan, it must list the health help they need. The NHS must give
the help the plan lists.
""",
        {},
    ),
    # ------------------------------------------------------------ Social care
    (
        "social-care",
        "short-breaks",
        "Short breaks",
        "Short breaks give disabled children a chance to have fun and give families a rest. Find "
        "out who can have one and how to ask.",
        "respite, short break, holiday club, overnight, sitting service, short breaks statement",
        ["social-care"],
        """
A short break gives a disabled child or young person time away from their family to do
something fun. It gives parents and carers a rest.

## Kinds of short break

- clubs and activities after school, at weekends and in the holidays
- a support worker to help your child join in
- time with a trained carer in their home
- overnight stays

## Who can have one

Many clubs are open to any family: just ask the club. You do not need an assessment.

For more help, such as overnight stays, your child needs an assessment by the Children
with Disabilities Team. Phone 01632 960104.

## Our short breaks statement

Each year we publish a statement. It says what short breaks there are, who can use them
and how to ask. Ask us for a printed copy on 01632 960000.
""",
        {},
    ),
    (
        "social-care",
        "moving-to-adult-services",
        "Moving to adults' social care",
        "How help from social care changes when your child turns 18, and when to start planning.",
        "transition, adult social care, turning 18, Care Act",
        ["adult-services", "care-act-advice"],
        """
Children's social care stops at 18. Some young people then get help from adults' social
care. Planning starts from age 14.

## What happens

From Year 9, reviews should look at life after school. At around 17, adults' social care
can assess your child's needs. This is called a **Care Act assessment**.

If your child can get help, they will have a care and support plan. They may get a
personal budget.

## Advice about adults' care

The council runs a free advice line about care for adults and carers. Phone 01632 960300.
It can explain what help there is and how to pay for it.
""",
        {"status": "draft"},
    ),
    # ------------------------------------------------------------ Preparing for adulthood
    (
        "preparing-for-adulthood",
        "planning-for-adult-life",
        "Planning for adult life",
        "Help for young people aged 14 to 25 with work, training, housing, friends and living "
        "independently.",
        "preparing for adulthood, PfA, independent living, housing, employment, work, job",
        ["adulthood", "training"],
        """
Growing up means thinking about work, where to live, friends and health. Young people with
SEND should get help to plan for all of these.

## Four things to plan for

- **work**: jobs, supported internships and apprenticeships
- **living independently**: cooking, money, travel and choosing where to live
- **friends and community**: clubs, volunteering and staying safe
- **health**: moving to adult health services and looking after yourself

## Who can help

Our Preparing for Adulthood Team works with young people from 14 to 25. Phone 01632 960109.

Brindlemoor College runs courses to help young people get ready for work. Search the
[training services](/services/?area=training-and-apprenticeships).
""",
        {},
    ),
    (
        "preparing-for-adulthood",
        "supported-internships-and-apprenticeships",
        "Supported internships and apprenticeships",
        "Ways for young people with SEND to learn at work and get a job.",
        "supported internship, apprenticeship, job coach, traineeship, training, employment",
        ["training"],
        """
A **supported internship** is a year of learning at work, for young people aged 16 to 24
with an EHC plan. A job coach helps you at work. Most of your time is spent in the
workplace.

An **apprenticeship** is a real job with training. You earn a wage. Some apprenticeships
have extra help for people with SEND.

## How to find one

Talk to your school or college careers adviser. You can also phone our Preparing for
Adulthood Team on 01632 960109.
""",
        {"overdue": True},
    ),
    # ------------------------------------------------------------ Travel
    (
        "travel-and-transport",
        "travel-and-transport-policy",
        "Travel and transport policy",
        "Who can get help to travel to school or college, what help there is, and how to apply.",
        "transport policy, school transport, home to school transport, taxi, bus pass, travel "
        "assistance",
        ["travel"],
        """
Most children walk, cycle or take a bus to school. Some children with SEND need help to
get there.

## Who can get help

Your child may get help if they:

- go to their nearest suitable school, and
- cannot walk there, even with an adult, because of their needs or disability

Children who live far from their nearest suitable school can also get help. An EHC plan
does not mean free transport on its own.

## What help there is

- a bus pass
- money for petrol, if you drive your child
- a shared taxi or minibus with a trained escort
- **travel training**, to learn to travel alone safely

## Young people aged 16 to 25

There is a separate policy for students at college. Ask for a copy. Some students pay
part of the cost.

## How to apply

Phone the Travel Assistance Team on 01632 960106, or ask for a form. Apply by 31 May for
a place starting in September.

Warning: If we say no, you can ask us to look again within 20 working days of our letter.
""",
        {},
    ),
    # ------------------------------------------------------------ Advice and support
    (
        "advice-and-support",
        "free-impartial-advice-sendiass",
        "Free, impartial advice: Brindlemoor SENDIASS",
        "Brindlemoor SENDIASS gives free, confidential advice about SEND. It works separately "
        "from the council.",
        "SENDIASS, IASS, impartial, advice, advocate, independent, help with forms",
        ["advice"],
        """
Brindlemoor SEND Information, Advice and Support Service (SENDIASS) gives free advice to
parents, children and young people up to 25.

It works at arm's length from the council. Its advice is **impartial**: it is on your side
of the facts, not the council's. What you tell it stays private.

## How it can help

- explain the law and your choices in plain words
- help you write letters and fill in forms
- come to meetings with you
- help you through an EHC needs assessment, a review or an appeal

## Contact SENDIASS

- Phone: 01632 960190 (Monday to Thursday 9:30am to 4:30pm, Friday 9:30am to 1pm)
- Email: hello@brindlemoor-sendiass.example.org
- [Read more about SENDIASS](%(ias)s)

> The council's Local Offer team (01632 960000) can help you find services. For impartial
> advice about your rights, contact SENDIASS.
""",
        {},
    ),
    (
        "advice-and-support",
        "parent-carer-forum-and-support-groups",
        "Parent carer forum and support groups",
        "Meet other families, share what works and help shape local services.",
        "parent carer forum, support group, peer support, coffee morning",
        ["advice"],
        """
Talking to other parents can help a lot. Brindlemoor has a parent carer forum and many
support groups.

## Brindlemoor Parent Carer Forum

The forum is run by parents of disabled children. It tells the council and the NHS what
families need. It runs coffee mornings, online chats and a yearly event. It is free to
join. Phone 07700 900201.

## Support groups

There are groups for families of autistic children, children with ADHD, deaf children and
more. Find them in the
[list of advice and support services](/services/?area=information-advice-and-support).
""",
        {},
    ),
    # ------------------------------------------------------------ Disagree or complain
    (
        "if-you-disagree-or-want-to-complain",
        "how-to-complain",
        "How to complain",
        "How to complain about a school, the council, the NHS or social care, and what to do if "
        "you are still unhappy.",
        "complain, complaint, complaints, unhappy, ombudsman, not happy",
        ["complaints"],
        """
If you are unhappy, talk to the people involved first. Most problems are sorted out this
way. If not, use the right complaints route.

## A school or college

Use the school's complaints procedure. It is on the school's website. For an academy,
you can then go to the Department for Education.

## The council

Phone 01632 960000 or email complaints@brindlemoor.example.org. We will reply within 20
working days. If you are still unhappy, you can go to the Local Government and Social
Care Ombudsman. Do this within 12 months.

## Social care

Tell us it is about social care. There are three stages. At the end you can go to the
Ombudsman.

## The NHS

Complain to the NHS service, or to the integrated care board. Do this within 12 months.
If you are still unhappy, go to the Parliamentary and Health Service Ombudsman.

You can get free help to make a complaint from [Brindlemoor SENDIASS](%(ias)s).
""",
        {},
    ),
    (
        "if-you-disagree-or-want-to-complain",
        "mediation-and-disagreement-resolution",
        "Mediation and disagreement resolution",
        "Free, independent ways to sort out a disagreement about SEN support or an EHC plan.",
        "mediation, disagreement resolution, mediator, certificate, dispute",
        ["disagreement-mediation"],
        """
If you disagree with the council, a school or the NHS about SEN, there are free ways to
sort it out. Both are run by Common Ground SEND Mediation, which does not work for the
council.

## Disagreement resolution

A meeting with an independent person to help you and the other side agree. You can ask
for it at any time, about any SEN matter.

## Mediation

Mediation is for decisions about EHC needs assessments and plans. An independent mediator
helps you and the council talk. You choose whether to take part.

Before you can appeal to the Tribunal, you must contact the mediation service. If you do
not want mediation, they give you a certificate within 3 working days. If you do want it,
it must happen within 30 days.

## Contact

Phone Common Ground SEND Mediation on 01632 960193.
""",
        {},
    ),
    (
        "if-you-disagree-or-want-to-complain",
        "appeal-to-the-send-tribunal",
        "Appeal to the SEND Tribunal",
        "How to appeal against a decision about an EHC needs assessment or plan, and the time "
        "limits.",
        "appeal, tribunal, SENDIST, first-tier tribunal, refusal to assess",
        ["tribunal"],
        """
The SEND Tribunal is an independent court. It can change some council decisions about
EHC needs assessments and plans.

## What you can appeal about

- we will not do an EHC needs assessment
- we will not make an EHC plan
- what the plan says about your child's needs or the help they get
- the school or college named in the plan
- we decide to stop the plan

## Time limits

Warning: You must appeal within 2 months of the date on our decision letter, or 1 month
from the date on your mediation certificate, whichever is later.

## Before you appeal

You must contact the mediation service first, unless your appeal is only about the school
or college named in the plan.

## How to appeal

Fill in the form on the [Tribunal's web page](https://www.gov.uk/courts-tribunals/first-tier-tribunal-special-educational-needs-and-disability).
It is free. [Brindlemoor SENDIASS](%(ias)s) can help you.
""",
        {},
    ),
    # ------------------------------------------------------------ Accessibility strategy
    (
        "accessibility-strategy",
        "our-accessibility-strategy",
        "Our accessibility strategy for schools",
        "How the council plans to make its schools easier for disabled pupils to use, learn in "
        "and find information from.",
        "accessibility strategy, accessibility plan, disabled pupils, Equality Act",
        ["accessibility-strategy"],
        """
Every council must have a plan to make its schools better for disabled pupils. We call
it our accessibility strategy. It covers three things:

- helping disabled pupils take part in lessons
- making school buildings easy to get around
- giving pupils information in a way they can use, such as large print

Each school must also have its own plan. Ask the school for it.

We look at the strategy again every three years, with parents and schools. Ask for a
printed copy on 01632 960000.
""",
        {"status": "draft"},
    ),
    (
        "getting-support",
        "getting-this-information-in-other-ways",
        "Getting this information in other ways",
        "How to get the Local Offer without the internet, in print, large print or easy read.",
        "print, large print, easy read, phone, post, no internet, accessible",
        ["without-internet"],
        """
You do not need the internet to use the Local Offer.

- **Phone** our Local Offer team on 01632 960000, Monday to Friday, 9am to 5pm.
- **Ask for a printed copy** of any page. We can post it to you.
- **Large print and easy read**: tell us what you need.
- **Visit a library**: staff at every Brindlemoor library can look things up for you.

If you use British Sign Language, you can contact us by video call. Ask for this by email
at localoffer@example.org.
""",
        {},
    ),
]

# Schools' and settings' answers (Schedule 2 paragraph 5). Some settings have not
# answered, and some answers are missing, so the coverage figures have gaps to show.
SETTING_OFFERS = {
    "hollowbrook-primary-school": {
        "teaching": "Teachers plan lessons so every child can take part. We use pictures, "
        "objects and short steps. Small groups get extra help with reading and maths.",
        "adaptations": "We change how work is set out, give extra time and use quiet spaces. "
        "Some children have their own visual timetable.",
        "extra_support": "Teaching assistants run short sessions on reading, speech and "
        "social skills. The SENCo plans them with you.",
        "progress": "We meet parents three times a year to look at progress and agree the "
        "next steps. Children share their views too.",
        "evaluation": "The SENCo checks each support plan every term. Governors look at the "
        "results each year.",
        "facilities": "The school is on one level with an accessible toilet and a lift to the "
        "library.",
        "activities": "All clubs and trips are open to every child. We plan extra help so "
        "children can take part.",
        "wellbeing": "We have a calm room, a school counsellor one day a week and a buddy "
        "scheme at break times.",
        "staff_expertise": "All staff have training in autism, speech and language needs and "
        "dyslexia. The SENCo has the national SENCo award.",
        "sen_report_url": "https://example.org/hollowbrook-primary-school/sen-report",
        "senco_contact": "senco@hollowbrook-primary-school.example.org",
        "accessibility_plan_url": "https://example.org/hollowbrook-primary-school/access-plan",
    },
    "brindlemoor-high-school": {
        "teaching": "Teachers are told about each pupil's needs and how to help. Lessons use "
        "clear steps and visual prompts.",
        "adaptations": "Pupils in the resource base learn in small groups for part of the day "
        "and join main classes for the rest.",
        "extra_support": "Speech and language support, literacy catch-up and a homework club.",
        "progress": "Progress is checked each term and shared in reports and meetings.",
        "wellbeing": "A pastoral team, a quiet room at lunch and a mentor for pupils who need one.",
        "staff_expertise": "Resource base staff have specialist training in communication needs.",
        "sen_report_url": "https://example.org/brindlemoor-high-school/sen-report",
        "senco_contact": "01632 960150, ask for the SENCo",
    },
    "meadowside-school": {
        "teaching": "Classes of up to eight pupils with a teacher and two assistants. Lessons "
        "use sensory activities, signing and symbols.",
        "adaptations": "Every room is designed for pupils with complex needs, with hoists and "
        "sensory spaces.",
        "extra_support": "Therapists work in school every day.",
        "progress": "Each pupil has small steps of progress, reviewed with families every "
        "term and at the annual review.",
        "evaluation": "We ask families each year what works and what should change.",
        "facilities": "Hydrotherapy pool, sensory room, soft play and a garden.",
        "activities": "Swimming, music, horse riding and trips every term.",
        "wellbeing": "Staff know each pupil well. We have a family support worker.",
        "staff_expertise": "All staff learn signing and moving and handling. Many have "
        "specialist qualifications.",
        "sen_report_url": "https://example.org/meadowside-school/sen-report",
        "senco_contact": "office@meadowside-school.example.org",
        "accessibility_plan_url": "https://example.org/meadowside-school/access-plan",
    },
    "brindlemoor-college": {
        "teaching": "Tutors plan courses so every student can take part, with learning support "
        "in class where needed.",
        "extra_support": "A learning support team, exam access arrangements and study skills "
        "sessions.",
        "progress": "Students meet their tutor every half term to review progress.",
        "wellbeing": "A student wellbeing team and a counselling service.",
        "sen_report_url": "https://example.org/brindlemoor-college/send-support",
        "senco_contact": "learning.support@brindlemoor-college.example.org",
    },
    "little-otters-day-nursery": {
        "teaching": "We learn through play. Staff follow each child's interests and plan small "
        "next steps.",
        "adaptations": "We use picture cards, quiet corners and simple routines.",
        "progress": "Key workers share progress with parents every month.",
        "senco_contact": "01632 960170, ask for the nursery SENCo",
    },
}
