"""Invented consultees and review rounds for the fictional council (Brindlemoor).

Every body, forum and number here is made up. The second round has gaps on
purpose (no bodies outside the area, no youth offending team, and no
evidence on one regulation 55 matter) so the gaps report has something to show.
"""

#: (name, category slug, where, out-of-area reason, voice, contact name, contact email)
CONSULTEES = [
    (
        "Brindlemoor Parent Carer Forum",
        "children-young-people-sen",
        "in_area",
        "",
        "parents_carers",
        "Forum coordinator",
        "forum@example.org",
    ),
    (
        "Brindlemoor Young Voices SEND Group",
        "children-young-people-sen",
        "in_area",
        "",
        "children_young_people",
        "",
        "",
    ),
    (
        "Speak Out Brindlemoor (disabled young people's group)",
        "disabled-children-young-people",
        "in_area",
        "",
        "both",
        "",
        "",
    ),
    (
        "Governing body of Hollin Lane Primary School",
        "maintained-schools",
        "in_area",
        "",
        "",
        "Clerk to the governors",
        "clerk@hollinlane.example.org",
    ),
    ("Governing body of Marsh End Nursery School", "maintained-schools", "in_area", "", "", "", ""),
    ("Brindlemoor Learning Partnership (academy trust)", "academies", "in_area", "", "", "", ""),
    ("Brindlemoor College", "post-16-institutions", "in_area", "", "", "", ""),
    ("Westcombe College", "post-16-institutions", "out_of_area", "attended", "", "", ""),
    (
        "Ashgrove House School",
        "non-maintained-special-schools",
        "out_of_area",
        "attended",
        "",
        "",
        "",
    ),
    (
        "Meadowbank School for Deaf Children",
        "non-maintained-special-schools",
        "in_area",
        "",
        "",
        "",
        "",
    ),
    (
        "Tolland Road Learning Centre management committee",
        "pupil-referral-units",
        "in_area",
        "",
        "",
        "",
        "",
    ),
    ("Northside Family Hub advisory board", "childrens-centres", "in_area", "", "", "", ""),
    ("Little Acorns Pre-school", "early-years-providers", "in_area", "", "", "", ""),
    ("Brindlemoor Childminders Network", "early-years-providers", "in_area", "", "", "", ""),
    ("Brindlemoor Youth Justice Service", "youth-offending-teams", "in_area", "", "", "", ""),
    ("Fernside Specialist Teaching Service", "other-sen-providers", "in_area", "", "", "", ""),
    (
        "Kestrel Valley Specialist College",
        "other-sen-providers",
        "out_of_area",
        "attended",
        "",
        "",
        "",
    ),
    (
        "Steps to Work Brindlemoor (supported internships)",
        "preparing-for-adulthood",
        "in_area",
        "",
        "",
        "",
        "",
    ),
    ("Brindlemoor Council SEND Assessment Team", "council-officers", "in_area", "", "", "", ""),
    ("Brindlemoor Council Adult Social Care", "council-officers", "in_area", "", "", "", ""),
    (
        "Brindlemoor Information, Advice and Support Service",
        "others-appropriate",
        "in_area",
        "",
        "",
        "",
        "",
    ),
    ("Brindlemoor Community Health NHS Trust", "nhs-trusts", "in_area", "", "", "", ""),
    (
        "Westcombe Children's Hospital NHS Foundation Trust",
        "nhs-trusts",
        "out_of_area",
        "functions",
        "",
        "",
        "",
    ),
    ("Moorlands Integrated Care Board", "integrated-care-boards", "in_area", "", "", "", ""),
    (
        "Brindlemoor Health and Wellbeing Board",
        "health-wellbeing-boards",
        "in_area",
        "",
        "",
        "",
        "",
    ),
]

COMPLETE = {
    "slug": "demo-review-complete",
    "title": "Local Offer review {year}",
    "purpose": (
        "A full review of the Local Offer: whether it lists the services families need, "
        "whether they can find and understand them, and what is missing.\n\n"
        "We worked with the parent carer forum and the Young Voices group from the start."
    ),
    "methods": ["survey", "events", "forum_meetings", "school_visits", "easy_read", "workshops"],
    "other_methods": "A stall at the summer family fun day.",
    "what_we_heard": (
        "Families told us the old website was hard to search and used too much jargon. Young "
        "people wanted to see what a service is like before they go.\n\n"
        "Schools asked for one place to check what the council funds and what they must "
        "provide themselves."
    ),
    "changes": [
        ("We rebuilt search so it understands everyday words and spelling mistakes.", None),
        ("Every service page now says who it is for and how to get it, in plain English.", None),
        (
            "Easy read summaries are being written with young people.",
            "Easy read and printed information",
        ),
    ],
    "skip_categories": [],
    "skip_outside": False,
    "missing_matter": None,
}

WITH_GAPS = {
    "slug": "demo-review-with-gaps",
    "title": "Local Offer review {year}",
    "purpose": (
        "A lighter review to check the changes made last year and to ask about preparing "
        "for adulthood."
    ),
    "methods": ["survey", "forum_meetings", "online_comments"],
    "other_methods": "",
    "what_we_heard": (
        "Young people aged 16 and over said information about work, housing and independent "
        "living was spread across too many pages."
    ),
    "changes": [
        ("A new 'Preparing for adulthood' section brings that information together.", None),
    ],
    # The gaps on purpose: no youth offending team, nobody outside the area, and no
    # evidence on how the information reaches people without the internet.
    "skip_categories": ["youth-offending-teams"],
    "skip_outside": True,
    "missing_matter": "without_internet",
}

#: matter -> (description, children and young people, parents and carers)
EVIDENCE = {
    "services_needed": (
        "Workshops with the Young Voices group and the parent carer forum on which services "
        "are missing, and an online survey.",
        34,
        118,
    ),
    "how_set_out": (
        "Families tried out new page designs in three drop-in sessions and chose the layout "
        "of the service pages.",
        12,
        27,
    ),
    "without_internet": (
        "Sessions at two libraries and a family hub on printed copies and a phone line, with "
        "families who do not use the internet.",
        0,
        19,
    ),
    "accessible": (
        "Young people with learning disabilities checked easy read pages with the Speak Out "
        "group; a parent who uses a screen reader tested the website.",
        9,
        6,
    ),
    "how_to_comment": (
        "The feedback form was tested with young people and parents, who asked for a shorter "
        "form and a reference number.",
        7,
        15,
    ),
}
