"""Invented feedback for the demo: a year of comments and a "you said, we did" report.

Every name, address, number and school here is invented.
"""

from feedback.models import YouSaidWeDid

DEMO_SLUG = "demo-year"

TERMS = ["Larkspur Primary", "Hollin Bank Academy"]

ENTRIES = [
    {
        "topic": "Finding short breaks",
        "what_people_said": (
            "Parents told us it was hard to find out which short breaks their child could "
            "use, and that eligibility was explained in different ways on different pages."
        ),
        "response_and_action": (
            "We wrote one short breaks page with a table of who can use each break, checked "
            "with the parent carer forum."
        ),
        "status": YouSaidWeDid.Status.DONE,
        "team_responsible": "Short Breaks Team",
        "days_after_start": 200,
    },
    {
        "topic": "Support for autistic teenagers in the holidays",
        "what_people_said": (
            "Several families said there are no holiday clubs for autistic teenagers in the "
            "north of the borough."
        ),
        "response_and_action": (
            "We are commissioning two holiday schemes for 11 to 18 year olds, starting next summer."
        ),
        "status": YouSaidWeDid.Status.IN_PROGRESS,
        "team_responsible": "SEND Commissioning",
        "days_after_start": 420,
    },
    {
        "topic": "Easy read and printed information",
        "what_people_said": (
            "Young people asked for easy read versions, and some parents asked for printed "
            "copies because they do not use the internet."
        ),
        "response_and_action": (
            "Easy read summaries are being written with a group of young people. Printed "
            "copies are available from every library."
        ),
        "status": YouSaidWeDid.Status.PLANNED,
        "team_responsible": "Local Offer Team",
        "days_after_start": 450,
    },
    {
        "topic": "Out-of-date service details",
        "what_people_said": ("People found phone numbers and opening times that were wrong."),
        "response_and_action": (
            "Every service is now asked to check its entry once a year, and entries past "
            "their review date show a warning."
        ),
        "status": YouSaidWeDid.Status.DONE,
        "team_responsible": "Local Offer Team",
        "days_after_start": 300,
    },
    {
        "topic": "A specialist swimming pool",
        "what_people_said": "Some families asked for a hydrotherapy pool in the borough.",
        "response_and_action": (
            "We looked at this with the NHS trust. The nearest pool, 12 miles away, now has "
            "sessions for our families on Saturday mornings."
        ),
        "status": YouSaidWeDid.Status.NOT_POSSIBLE,
        "reason_not_possible": (
            "Building and running a new pool costs more than the whole short breaks budget."
        ),
        "team_responsible": "SEND Commissioning",
        "days_after_start": 330,
    },
]

# (entry index or None, theme, role, age group, decision, example, text)
PUB, OWN, ABUSE, DUP = "publish", "own_case", "abusive", "duplicate"
COMMENTS = [
    (
        0,
        "content",
        "parent_carer",
        "5-10",
        PUB,
        True,
        "I spent an evening trying to work out if my son can go to the Saturday club. The page "
        "says 'eligible children' but never says who they are.",
    ),
    (
        0,
        "content",
        "parent_carer",
        "11-15",
        PUB,
        False,
        "Short breaks information is spread over four pages. Please put it in one place. You can "
        "reach me on 07700 900461 if you want to talk.",
    ),
    (
        0,
        "accessibility",
        "on_behalf",
        "5-10",
        PUB,
        False,
        "As a grandparent I found the short breaks eligibility very confusing.",
    ),
    (
        0,
        "content",
        "professional",
        None,
        PUB,
        False,
        "Families I work with at Larkspur Primary keep asking me what the short breaks criteria "
        "are. A clear table would help.",
    ),
    (
        0,
        "content",
        "parent_carer",
        "0-4",
        PUB,
        True,
        "Mrs Okafor from the children's centre had to explain short breaks to me because the "
        "website did not.",
    ),
    (
        0,
        "content",
        "parent_carer",
        "5-10",
        DUP,
        False,
        "I spent an evening trying to work out if my son can go to the Saturday club.",
    ),
    (
        1,
        "missing",
        "parent_carer",
        "11-15",
        PUB,
        True,
        "There is nothing for autistic teenagers in the summer holidays near us. Everything is "
        "for under 11s.",
    ),
    (
        1,
        "missing",
        "young_person",
        "16-18",
        PUB,
        True,
        "I am 16 and autistic. I would like a holiday club where I am not the oldest by years.",
    ),
    (
        1,
        "missing",
        "parent_carer",
        "11-15",
        PUB,
        False,
        "We live at 14 Heron Close, BM3 7QT and the nearest holiday scheme is two buses away.",
    ),
    (
        1,
        "missing",
        "parent_carer",
        "11-15",
        PUB,
        False,
        "Holiday provision for teenagers with autism is the biggest gap. Email me at "
        "d.ashworth@example.org.",
    ),
    (
        1,
        "missing",
        "on_behalf",
        "16-18",
        PUB,
        False,
        "My nephew has nothing to do in August. Please look at older age groups.",
    ),
    (
        2,
        "accessibility",
        "young_person",
        "16-18",
        PUB,
        True,
        "The pages have too many long words. An easy read version would help me.",
    ),
    (
        2,
        "accessibility",
        "parent_carer",
        "5-10",
        PUB,
        False,
        "I do not use the internet much. Could you send printed copies to the library?",
    ),
    (
        2,
        "accessibility",
        "parent_carer",
        "0-4",
        PUB,
        False,
        "English is my second language. Simpler words and pictures would help.",
    ),
    (
        2,
        "accessibility",
        "professional",
        None,
        PUB,
        False,
        "The PDFs do not work with my screen reader.",
    ),
    (
        2,
        "development",
        "parent_carer",
        "11-15",
        PUB,
        False,
        "Parents should help write the pages. The forum would be glad to help.",
    ),
    (
        3,
        "content",
        "parent_carer",
        "5-10",
        PUB,
        True,
        "The phone number for the speech and language drop-in was wrong. I rang 01632 960123 "
        "and it was a dentist.",
    ),
    (
        3,
        "content",
        "professional",
        None,
        PUB,
        False,
        "Several entries still list a group at Hollin Bank Academy that closed last year.",
    ),
    (
        3,
        "content",
        "parent_carer",
        "11-15",
        PUB,
        False,
        "Opening times for the toy library are out of date.",
    ),
    (
        4,
        "missing",
        "parent_carer",
        "5-10",
        PUB,
        False,
        "We need a hydrotherapy pool. The nearest one is miles away.",
    ),
    (
        4,
        "missing",
        "parent_carer",
        "0-4",
        PUB,
        True,
        "Physio told us swimming would help my daughter, but there is no warm pool nearby.",
    ),
    (
        4,
        "missing",
        "on_behalf",
        "5-10",
        PUB,
        False,
        "A pool with a hoist would make a huge difference to lots of families.",
    ),
    (
        None,
        "development",
        "parent_carer",
        "11-15",
        PUB,
        True,
        "I did not know I could comment on the Local Offer until the forum told me. Please "
        "advertise it more.",
    ),
    (
        None,
        "other",
        "professional",
        None,
        PUB,
        False,
        "Thank you for the new search. It is much quicker to find services now.",
    ),
    (
        None,
        "accessibility",
        "young_person",
        "19-25",
        PUB,
        False,
        "The site works well on my phone.",
    ),
    (
        None,
        "development",
        "professional",
        None,
        PUB,
        False,
        "It would help to know when each page was last checked.",
    ),
    (
        None,
        "content",
        "parent_carer",
        "11-15",
        OWN,
        False,
        "My daughter's EHC plan review is three months late and nobody answers my emails. "
        "Her NHS number is 943 476 5919.",
    ),
    (
        None,
        "content",
        "parent_carer",
        "5-10",
        OWN,
        False,
        "The transport team will not give my son a place on the bus. I want this sorted.",
    ),
    (
        None,
        "other",
        "other",
        None,
        ABUSE,
        False,
        "This is a waste of time and you are all useless.",
    ),
    (
        None,
        "other",
        "parent_carer",
        "16-18",
        PUB,
        False,
        "Please tell us what happens when young people move to adult services.",
    ),
]
