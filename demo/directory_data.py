"""Demo content for the Local Offer of Brindlemoor Council, a FICTIONAL local authority.

Everything here is invented for demonstrations and tests: the council, its towns
(Brindlemoor, Hollowbrook, Aldermere, Fenwick Cross, Stallbridge), its neighbours
(Northwold, Kestrel Vale), the regional city of Wrenmouth, every organisation, school,
venue and person. Phone numbers come from Ofcom's ranges kept for drama (01632 960xxx
and 07700 900xxx), email addresses use example.org and websites https://example.org/.
Postcodes have the right shape but use made-up postcode areas (BM, HB, AM, FX, SB, NH,
KV, WQ, TY).

The module is pure data plus pure functions: nothing here touches the database.
`build_services(seed, total)` returns plain dicts that the `seed_demo` management
command turns into rows. The same seed always gives the same services, because every
random choice comes from one `random.Random(seed)` and every date is worked out from
`REFERENCE_DATE`, never from today's date.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, time, timedelta

from django.utils.text import slugify

from directory.models import default_review_due
from directory.validators import normalise_postcode

REFERENCE_DATE = date(2026, 11, 1)
COUNCIL = "Brindlemoor Council"
DEFAULT_SEED = 2026

# --------------------------------------------------------------------------------------
# Taxonomy short names. The slugs are the ones seeded by directory/migrations/0002.
# --------------------------------------------------------------------------------------

AREAS = {
    "edu": "education",
    "health": "health",
    "care": "social-care",
    "pfa": "preparing-for-adulthood",
    "travel": "travel-and-transport",
    "iass": "information-advice-and-support",
    "leisure": "leisure-and-short-breaks",
    "childcare": "childcare",
    "training": "training-and-apprenticeships",
}

NEEDS = {
    # The four broad areas of need.
    "ci": "communication-and-interaction",
    "cl": "cognition-and-learning",
    "semh": "social-emotional-and-mental-health",
    "sp": "sensory-and-physical",
    # Specific needs.
    "autism": "autism",
    "slcn": "speech-language-and-communication",
    "mld": "moderate-learning-difficulties",
    "sld": "severe-learning-difficulties",
    "pmld": "profound-and-multiple-learning-difficulties",
    "spld": "specific-learning-difficulties",
    "adhd": "adhd",
    "anxiety": "anxiety",
    "attachment": "attachment",
    "mh": "mental-health",
    "hi": "hearing-impairment",
    "vi": "visual-impairment",
    "msi": "multi-sensory-impairment",
    "pd": "physical-disability",
    "medical": "medical-needs",
}

WHERE = {
    "in": "in_area",
    "out": "out_of_area",
    "regional": "regional_national",
    "remote": "remote",
}

LEVELS = ("universal", "targeted", "specialist")

# --------------------------------------------------------------------------------------
# Places
# --------------------------------------------------------------------------------------

# In-area localities: name -> (town, postcode district, streets)
LOCALITIES = {
    "Brindlemoor": ("Brindlemoor", "BM1", ["Market Street", "Guildhall Walk", "Lantern Street"]),
    "Easterby": ("Brindlemoor", "BM2", ["Anvil Yard", "Moorside Way", "Easterby Road"]),
    "Millgate": ("Brindlemoor", "BM3", ["Tannery Row", "Canal Street", "Orchard Road"]),
    "Copper Hill": ("Brindlemoor", "BM4", ["Quarry Lane", "Copper Hill Road", "Slate Row"]),
    "Ravensholt": ("Brindlemoor", "BM5", ["Meadowside Lane", "Rook Street", "Holly Bank"]),
    "Hollowbrook": ("Hollowbrook", "HB1", ["Mill Race", "Station Road", "The Green"]),
    "Sedge End": ("Hollowbrook", "HB4", ["Reed Lane", "School Lane", "Bittern Close"]),
    "Marsh Farthing": ("Hollowbrook", "HB8", ["Causeway Road", "Dyke Lane"]),
    "Aldermere": ("Aldermere", "AM2", ["Osier Street", "Church Walk", "Lakeside Drive"]),
    "Pennyfield": ("Aldermere", "AM3", ["Ridgeway", "Pennyfield Road", "Tithe Close"]),
    "Fenwick Cross": ("Fenwick Cross", "FX1", ["Cross Street", "Green Lane", "Pump Lane"]),
    "Bramblewick": ("Fenwick Cross", "FX2", ["Bramblewick Road", "Tannery Business Park"]),
    "Stallbridge": ("Stallbridge", "SB6", ["Market Hill", "Bridge End Road", "Tithe Barn Lane"]),
    "Wharfside": ("Stallbridge", "SB7", ["Towpath Road", "Canal Basin", "Lock Keeper's Row"]),
    "Tollerby": ("Stallbridge", "SB9", ["Ferny Bottom", "Chapel Row"]),
}
TOWNS = ["Brindlemoor", "Hollowbrook", "Aldermere", "Fenwick Cross", "Stallbridge"]

# Neighbouring areas (services there are "outside our area").
NEIGHBOURS = {
    "Northwold": ("Northwold", "NH1", ["Ropewalk", "Upper Northwold Road", "Ferry Lane"]),
    "Northwold Quay": ("Northwold", "NH3", ["Quayside", "Sailmakers Way"]),
    "Kestrel Vale": ("Kestrel Vale", "KV2", ["Heronsgate", "Fallow Road", "Vale Parade"]),
    "Hawkridge": ("Kestrel Vale", "KV5", ["Hawkridge Lane", "Beacon Road"]),
}

# Regional centres (regional or national specialist provision).
REGIONAL = {
    "Wrenmouth": ("Wrenmouth", "WQ1", ["Harbour Road", "Saltmarsh Lane", "Lighthouse Walk"]),
    "Thistlebury": ("Thistlebury", "TY4", ["Linden Park", "Abbey Close", "Weir Road"]),
}

# --------------------------------------------------------------------------------------
# Organisations
# --------------------------------------------------------------------------------------

# How decisions are made and how to complain, by type of organisation. Placeholders:
# {org}, {phone}, {email}.
ACCOUNTABILITY = {
    "council": (
        "{org} is part of Brindlemoor Council. The team decides who is offered support "
        "using the criteria on this page, and a senior manager checks decisions that "
        "families disagree with. The council's Director of Children's Services is "
        "accountable for the service, and councillors look at how well it is doing each year."
    ),
    "nhs": (
        "{org} provides this service for the NHS in Brindlemoor. Clinicians decide what "
        "care to offer after an assessment and talk it through with you. The trust's board "
        "is accountable for the quality and safety of care, and the service is inspected by "
        "the Care Quality Commission."
    ),
    "school": (
        "The headteacher and the special educational needs coordinator (SENCo) decide how "
        "support is organised, working with you and your child. The governing body is "
        "accountable for making sure the school meets its duties to pupils with special "
        "educational needs and disabilities, and the school is inspected by Ofsted."
    ),
    "academy": (
        "The principal and the special educational needs coordinator (SENCo) decide how "
        "support is organised, working with you and your child. The academy trust's board "
        "is accountable for the academy meeting its duties to pupils with special "
        "educational needs and disabilities, and the academy is inspected by Ofsted."
    ),
    "college": (
        "The learning support manager decides what help to offer, based on an assessment "
        "with you and on your education, health and care (EHC) plan if you have one. The "
        "governors are accountable for the quality of support, and the college is inspected "
        "by Ofsted."
    ),
    "early_years": (
        "The manager and the setting's special educational needs coordinator (SENCo) decide "
        "how to support your child, with you and, where needed, Brindlemoor's Early Years "
        "Inclusion Team. The setting is registered with and inspected by Ofsted."
    ),
    "charity": (
        "{org} is a charity run by a board of volunteer trustees, several of them parents "
        "of disabled children. Staff and volunteers decide day to day who can take part, "
        "and the trustees are responsible for the service and its safeguarding."
    ),
    "commissioned": (
        "{org} runs this service under a contract with Brindlemoor Council. The provider "
        "decides who can use it in line with that contract, and the council checks the "
        "quality of the service and publishes a report on it every year."
    ),
    "private": (
        "{org} is a private business. The practitioner working with your child decides "
        "what to offer after talking with you, and is a member of their professional body. "
        "The owner is responsible for the quality of the service."
    ),
}

COMPLAINTS = {
    "council": (
        "Please tell the team first, as most problems can be put right quickly. If you are "
        "still unhappy, use Brindlemoor Council's complaints form at "
        "https://example.org/brindlemoor-council/complaints or phone 01632 960100. If the "
        "council cannot put things right, you can ask the Local Government and Social Care "
        "Ombudsman to look at your complaint."
    ),
    "nhs": (
        "Talk to the person looking after your child first. If that does not help, contact "
        "the trust's Patient Advice and Liaison Service (PALS) on {phone} or at {email}. "
        "You can then make a formal complaint to the trust, and if you are still not "
        "satisfied, to the Parliamentary and Health Service Ombudsman."
    ),
    "school": (
        "Speak to your child's class teacher or the SENCo first. If you are still unhappy, "
        "follow the school's complaints policy, which you can ask for at the school office "
        "or read on the school website. If your concern is about an EHC plan, you can also "
        "contact Brindlemoor Council's SEND Team."
    ),
    "academy": (
        "Speak to your child's tutor or the SENCo first. If you are still unhappy, follow "
        "the academy's complaints policy, available from the office or the website. If the "
        "trust cannot resolve it, you can contact the Department for Education."
    ),
    "college": (
        "Speak to your tutor or the learning support team first. You can then use the "
        "college's complaints procedure by emailing {email}. If your concern is about an "
        "EHC plan, contact the local authority that looks after the plan."
    ),
    "early_years": (
        "Talk to your child's key person or the manager first. The setting has a written "
        "complaints procedure that you can ask for at any time. If you are worried about "
        "the care your child receives, you can also contact Ofsted."
    ),
    "charity": (
        "Let a member of staff or a volunteer know if something is not right. You can also "
        "write to the chair of trustees at {email}. We aim to reply within 10 working days."
    ),
    "commissioned": (
        "Tell {org} first, by phone on {phone} or by email at {email}. If you are not happy "
        "with the answer, you can complain to Brindlemoor Council, which pays for the service."
    ),
    "private": (
        "Please raise any concern with us by phone on {phone} or by email at {email}, and we "
        "will reply within 10 working days. If you are not happy with our reply, you can "
        "contact our professional body or Citizens Advice."
    ),
}

# key (slug) -> name, Organisation.Kind value, style (for the texts above), home place,
# phone, description.
ORGANISATIONS = [
    # Local authority teams
    (
        "brindlemoor-council-send-team",
        "Brindlemoor Council SEND Team",
        "la_team",
        "council",
        "Brindlemoor",
        "01632 960101",
        "The council team that carries out education, health and care (EHC) needs assessments "
        "and looks after EHC plans for children and young people in Brindlemoor.",
    ),
    (
        "brindlemoor-educational-psychology-service",
        "Brindlemoor Educational Psychology Service",
        "la_team",
        "council",
        "Brindlemoor",
        "01632 960102",
        "Educational psychologists who help schools, nurseries and families understand how a "
        "child learns and what support will help.",
    ),
    (
        "brindlemoor-sensory-support-service",
        "Brindlemoor Sensory Support Service",
        "la_team",
        "council",
        "Brindlemoor",
        "01632 960103",
        "Specialist teachers of deaf children and of children with vision impairment, and "
        "habilitation specialists.",
    ),
    (
        "brindlemoor-children-with-disabilities-team",
        "Brindlemoor Children with Disabilities Team",
        "la_team",
        "council",
        "Brindlemoor",
        "01632 960104",
        "Social workers and family support workers for disabled children and their families.",
    ),
    (
        "brindlemoor-family-hubs",
        "Brindlemoor Family Hubs",
        "la_team",
        "council",
        "Brindlemoor",
        "01632 960105",
        "Five family hubs across the borough offering drop-ins, groups and advice for families "
        "with children and young people up to 19, or 25 with SEND.",
    ),
    (
        "brindlemoor-travel-assistance-team",
        "Brindlemoor Council Travel Assistance Team",
        "la_team",
        "council",
        "Brindlemoor",
        "01632 960106",
        "Help with getting to school or college for children and young people who need it.",
    ),
    (
        "brindlemoor-libraries",
        "Brindlemoor Libraries",
        "la_team",
        "council",
        "Brindlemoor",
        "01632 960107",
        "The council's five libraries and the home library service.",
    ),
    (
        "brindlemoor-early-years-inclusion-team",
        "Brindlemoor Early Years Inclusion Team",
        "la_team",
        "council",
        "Brindlemoor",
        "01632 960108",
        "Early years specialists who support babies and young children with SEND, their "
        "families and the nurseries and childminders who look after them.",
    ),
    (
        "brindlemoor-preparing-for-adulthood-team",
        "Brindlemoor Preparing for Adulthood Team",
        "la_team",
        "council",
        "Brindlemoor",
        "01632 960109",
        "Helps young people with SEND from 14 to 25 plan for work, housing, health and a full "
        "life in the community.",
    ),
    (
        "brindlemoor-medical-needs-education-service",
        "Brindlemoor Medical Needs Education Service",
        "la_team",
        "council",
        "Brindlemoor",
        "01632 960110",
        "Teaching for children who cannot go to school for a long time because of their health.",
    ),
    # NHS
    (
        "brindlemoor-community-health-nhs-trust",
        "Brindlemoor Community Health NHS Trust",
        "nhs",
        "nhs",
        "Brindlemoor",
        "01632 960120",
        "Community health services for children: therapies, nursing and community paediatrics.",
    ),
    (
        "brindlemoor-and-hollowbrook-hospitals-nhs-foundation-trust",
        "Brindlemoor and Hollowbrook Hospitals NHS Foundation Trust",
        "nhs",
        "nhs",
        "Millgate",
        "01632 960121",
        "Runs Brindlemoor General Hospital and its children's outpatient clinics.",
    ),
    (
        "brindlemoor-healthy-minds-nhs-foundation-trust",
        "Brindlemoor Healthy Minds NHS Foundation Trust",
        "nhs",
        "nhs",
        "Brindlemoor",
        "01632 960122",
        "Mental health services for children, young people and adults.",
    ),
    (
        "wrenmouth-childrens-hospital-nhs-foundation-trust",
        "Wrenmouth Children's Hospital NHS Foundation Trust",
        "nhs",
        "nhs",
        "Wrenmouth",
        "01632 960123",
        "The regional children's hospital, with specialist services for children from across "
        "the region.",
    ),
    (
        "northwold-and-kestrel-vale-community-health-nhs-trust",
        "Northwold and Kestrel Vale Community Health NHS Trust",
        "nhs",
        "nhs",
        "Northwold",
        "01632 960128",
        "Community health services for children in the neighbouring areas of Northwold and "
        "Kestrel Vale.",
    ),
    # Maintained schools
    (
        "hollowbrook-primary-school",
        "Hollowbrook Primary School",
        "maintained_school",
        "school",
        "Sedge End",
        "01632 960130",
        "A community primary school for children aged 4 to 11.",
    ),
    (
        "aldermere-primary-school",
        "Aldermere Primary School",
        "maintained_school",
        "school",
        "Aldermere",
        "01632 960131",
        "A primary school with a nursery class, for ages 3 to 11.",
    ),
    (
        "fenwick-cross-primary-school",
        "Fenwick Cross Primary School",
        "maintained_school",
        "school",
        "Bramblewick",
        "01632 960132",
        "A small village primary school for ages 4 to 11.",
    ),
    (
        "stallbridge-infant-school",
        "Stallbridge Infant School",
        "maintained_school",
        "school",
        "Stallbridge",
        "01632 960133",
        "An infant school for children aged 4 to 7.",
    ),
    (
        "stallbridge-junior-school",
        "Stallbridge Junior School",
        "maintained_school",
        "school",
        "Stallbridge",
        "01632 960134",
        "A junior school for children aged 7 to 11.",
    ),
    (
        "brindlemoor-high-school",
        "Brindlemoor High School",
        "maintained_school",
        "school",
        "Copper Hill",
        "01632 960135",
        "A secondary school for ages 11 to 16 with an enhanced resource base for autistic pupils.",
    ),
    (
        "meadowside-school",
        "Meadowside School",
        "maintained_school",
        "school",
        "Ravensholt",
        "01632 960136",
        "A special school for pupils aged 2 to 19 with severe, profound or complex learning "
        "disabilities.",
    ),
    # Academies
    (
        "stallbridge-academy",
        "Stallbridge Academy",
        "academy",
        "academy",
        "Stallbridge",
        "01632 960140",
        "A secondary academy for ages 11 to 18 with a resource base for deaf pupils.",
    ),
    (
        "aldermere-ridge-academy",
        "Aldermere Ridge Academy",
        "academy",
        "academy",
        "Pennyfield",
        "01632 960141",
        "A secondary academy for ages 11 to 16.",
    ),
    (
        "easterby-primary-academy",
        "Easterby Primary Academy",
        "academy",
        "academy",
        "Easterby",
        "01632 960142",
        "A primary academy for ages 4 to 11 with a speech and language base.",
    ),
    # Non-maintained special schools
    (
        "kestrel-vale-school-for-deaf-children",
        "Kestrel Vale School for Deaf Children",
        "non_maintained_special",
        "academy",
        "Kestrel Vale",
        "01632 960150",
        "A non-maintained special school for deaf children aged 3 to 19, with day and weekly "
        "boarding places.",
    ),
    (
        "linden-park-school",
        "Linden Park School",
        "non_maintained_special",
        "academy",
        "Thistlebury",
        "01632 960151",
        "A non-maintained special school and therapy centre for children with physical "
        "disabilities, aged 4 to 19.",
    ),
    # Post-16
    (
        "brindlemoor-college",
        "Brindlemoor College",
        "post_16",
        "college",
        "Brindlemoor",
        "01632 960160",
        "The borough's further education college, with sites in Brindlemoor and Stallbridge.",
    ),
    (
        "hollowbrook-sixth-form-centre",
        "Hollowbrook Sixth Form Centre",
        "post_16",
        "college",
        "Hollowbrook",
        "01632 960161",
        "A sixth form centre for students aged 16 to 19.",
    ),
    # Section 41 independent institutions
    (
        "northwold-independent-specialist-college",
        "Northwold Independent Specialist College",
        "section_41",
        "college",
        "Northwold Quay",
        "01632 960170",
        "An independent specialist college for young people aged 16 to 25 with learning "
        "disabilities or autism.",
    ),
    (
        "thistlebury-college",
        "Thistlebury College",
        "section_41",
        "college",
        "Thistlebury",
        "01632 960171",
        "A national residential college for young people aged 16 to 25 who are blind, deaf or "
        "deafblind.",
    ),
    # Pupil referral units
    (
        "the-bridge-learning-centre",
        "The Bridge Learning Centre",
        "pru",
        "school",
        "Millgate",
        "01632 960180",
        "Brindlemoor's pupil referral unit for secondary-age pupils.",
    ),
    (
        "stallbridge-short-stay-school",
        "Stallbridge Short Stay School",
        "pru",
        "school",
        "Wharfside",
        "01632 960181",
        "A short stay school for primary-age pupils.",
    ),
    # Commissioned by the local authority
    (
        "brindlemoor-sendiass",
        "Brindlemoor SEND Information, Advice and Support Service",
        "commissioned",
        "commissioned",
        "Brindlemoor",
        "01632 960190",
        "Free, impartial and confidential information, advice and support about SEND for "
        "children, young people and parents.",
    ),
    (
        "pathways-travel-training",
        "Pathways Travel Training",
        "commissioned",
        "commissioned",
        "Brindlemoor",
        "01632 960191",
        "Teaches young people to travel on their own safely.",
    ),
    (
        "cedar-care-partnership",
        "Cedar Care Partnership",
        "commissioned",
        "commissioned",
        "Copper Hill",
        "01632 960192",
        "Runs Willow House short breaks and the shared care scheme for the council.",
    ),
    (
        "common-ground-mediation",
        "Common Ground SEND Mediation",
        "commissioned",
        "commissioned",
        "Wrenmouth",
        "01632 960193",
        "Independent mediation and disagreement resolution for families across the region.",
    ),
    (
        "talk-it-through",
        "Talk It Through",
        "commissioned",
        "commissioned",
        "Brindlemoor",
        "01632 960194",
        "Free online and phone counselling for young people aged 11 to 25.",
    ),
    # Voluntary and community organisations
    (
        "brindlemoor-parent-carer-forum",
        "Brindlemoor Parent Carer Forum",
        "voluntary",
        "charity",
        "Brindlemoor",
        "07700 900201",
        "Parents and carers of disabled children working with the council and NHS to improve "
        "services.",
    ),
    (
        "brindlemoor-autism-family-network",
        "Brindlemoor Autism Family Network",
        "voluntary",
        "charity",
        "Hollowbrook",
        "07700 900202",
        "Support, friendship and activities for autistic children and their families.",
    ),
    (
        "brindlemoor-adhd-parents-circle",
        "Brindlemoor ADHD Parents' Circle",
        "voluntary",
        "charity",
        "Aldermere",
        "07700 900203",
        "Peer support for families living with ADHD.",
    ),
    (
        "stallbridge-deaf-childrens-club",
        "Stallbridge Deaf Children's Club",
        "voluntary",
        "charity",
        "Stallbridge",
        "07700 900204",
        "A family club for deaf children, their brothers and sisters and parents.",
    ),
    (
        "hoofbeats-riding-therapy",
        "Hoofbeats Riding Therapy",
        "voluntary",
        "charity",
        "Tollerby",
        "07700 900205",
        "Riding and carriage driving for disabled children and adults.",
    ),
    (
        "open-door-youth-trust",
        "Open Door Youth Trust",
        "voluntary",
        "charity",
        "Easterby",
        "01632 960210",
        "Youth clubs and holiday schemes where disabled young people belong.",
    ),
    (
        "brindlemoor-young-carers",
        "Brindlemoor Young Carers Project",
        "voluntary",
        "charity",
        "Millgate",
        "01632 960211",
        "Breaks, clubs and a listening ear for young people who look after someone at home.",
    ),
    (
        "kestrel-vale-wheelchair-sports-club",
        "Kestrel Vale Wheelchair Sports Club",
        "voluntary",
        "charity",
        "Kestrel Vale",
        "07700 900206",
        "Wheelchair basketball, tennis and racing for all ages and abilities.",
    ),
    (
        "saltmarsh-house-childrens-hospice",
        "Saltmarsh House Children's Hospice",
        "voluntary",
        "charity",
        "Wrenmouth",
        "01632 960212",
        "Care and short breaks for children with life-limiting conditions and their families.",
    ),
    (
        "kestrel-vale-family-link",
        "Kestrel Vale Family Link",
        "voluntary",
        "charity",
        "Kestrel Vale",
        "01632 960218",
        "Clubs, groups and a family support line for disabled children in Kestrel Vale.",
    ),
    (
        "northwold-family-support-trust",
        "Northwold Family Support Trust",
        "voluntary",
        "charity",
        "Northwold",
        "01632 960213",
        "A family centre and support groups in Northwold.",
    ),
    (
        "soundbridge-family-support",
        "Soundbridge Family Support",
        "voluntary",
        "charity",
        "Wrenmouth",
        "01632 960214",
        "A national helpline and online groups for families of deaf and deafblind children.",
    ),
    (
        "fairways-benefits-advice",
        "Fairways Benefits Advice",
        "voluntary",
        "charity",
        "Brindlemoor",
        "01632 960215",
        "Free advice on benefits and grants for families of disabled children.",
    ),
    # Private providers
    (
        "tideway-therapy-practice",
        "Tideway Therapy Practice",
        "private",
        "private",
        "Aldermere",
        "01632 960220",
        "Independent speech and language therapists and occupational therapists.",
    ),
    (
        "word-wise-learning-centre",
        "Word Wise Learning Centre",
        "private",
        "private",
        "Hollowbrook",
        "01632 960221",
        "Dyslexia assessments and specialist tuition.",
    ),
    (
        "otterpool-swim-school",
        "Otterpool Swim School",
        "private",
        "private",
        "Wharfside",
        "01632 960222",
        "Small-group and one-to-one swimming lessons.",
    ),
    (
        "moorlight-cinema",
        "Moorlight Cinema",
        "private",
        "private",
        "Brindlemoor",
        "01632 960223",
        "An independent cinema in Brindlemoor town centre.",
    ),
    (
        "bluebell-music-therapy",
        "Bluebell Music Therapy",
        "private",
        "private",
        "Fenwick Cross",
        "07700 900207",
        "Music therapy for children, young people and families.",
    ),
    (
        "cragside-climbing-wall",
        "Cragside Climbing Wall",
        "private",
        "private",
        "Bramblewick",
        "01632 960224",
        "An indoor climbing centre.",
    ),
    # Early years providers
    (
        "kingfisher-pre-school",
        "Kingfisher Pre-school",
        "early_years",
        "early_years",
        "Sedge End",
        "01632 960230",
        "A pre-school in Sedge End village hall for ages 2 to 4.",
    ),
    (
        "little-otters-day-nursery",
        "Little Otters Day Nursery",
        "early_years",
        "early_years",
        "Pennyfield",
        "01632 960231",
        "A day nursery for babies and children up to 5.",
    ),
    (
        "stallbridge-childminding-network",
        "Stallbridge Childminding Network",
        "early_years",
        "early_years",
        "Stallbridge",
        "01632 960232",
        "Registered childminders in Stallbridge and Tollerby who work together.",
    ),
    (
        "copper-hill-tiny-steps-nursery",
        "Copper Hill Tiny Steps Nursery",
        "early_years",
        "early_years",
        "Copper Hill",
        "01632 960233",
        "A day nursery open all year.",
    ),
]

# Organisations that run generated services in each neighbouring or regional place.
PLACE_PROVIDERS = {
    "Northwold": ["northwold-family-support-trust", "northwold-independent-specialist-college"],
    "Northwold Quay": [
        "northwold-independent-specialist-college",
        "northwold-family-support-trust",
    ],
    "Kestrel Vale": [
        "kestrel-vale-wheelchair-sports-club",
        "kestrel-vale-school-for-deaf-children",
    ],
    "Hawkridge": ["kestrel-vale-wheelchair-sports-club", "kestrel-vale-school-for-deaf-children"],
    "Wrenmouth": [
        "wrenmouth-childrens-hospital-nhs-foundation-trust",
        "saltmarsh-house-childrens-hospice",
        "common-ground-mediation",
        "soundbridge-family-support",
    ],
    "Thistlebury": ["thistlebury-college", "linden-park-school"],
}


def organisation_specs() -> list[dict]:
    """The demo organisations as dicts of Organisation field values (plus `style`)."""
    specs = []
    for slug, name, kind, style, place, phone, description in ORGANISATIONS:
        specs.append(
            {
                "slug": slug,
                "name": name,
                "kind": kind,
                "style": style,
                "place": place,
                "phone": phone,
                "email": f"hello@{slug}.example.org",
                "website": f"https://example.org/{slug}",
                "description": description,
            }
        )
    return specs


ORGS_BY_SLUG = {o["slug"]: o for o in organisation_specs()}

# --------------------------------------------------------------------------------------
# Venues used by the hand-written services
# --------------------------------------------------------------------------------------

STEP_FREE = "Step-free entrance, lift to all floors and an accessible toilet."

# key -> (name, address without postcode, postcode, accessibility)
VENUES = {
    "lantern": (
        "Lantern Street Community Centre",
        "14 Lantern Street\nBrindlemoor",
        "BM1 4LS",
        "Level access from the street, an accessible toilet and a hearing loop in the "
        "main hall. A quiet room is available if you ask.",
    ),
    "civic": (
        "Brindlemoor Civic Offices",
        "1 Market Square\nBrindlemoor",
        "BM1 1AA",
        STEP_FREE + " Blue Badge parking behind the building; the reception desk has a "
        "hearing loop.",
    ),
    "library_bm": (
        "Brindlemoor Central Library",
        "Guildhall Walk\nBrindlemoor",
        "BM1 2DW",
        STEP_FREE + " A sensory corner in the children's library and a Changing "
        "Places toilet on the ground floor.",
    ),
    "college_bm": (
        "Brindlemoor College, Weaver Street campus",
        "40 Weaver Street\nBrindlemoor",
        "BM1 5JN",
        STEP_FREE + " A calm room in the learning support centre and accessible "
        "parking next to the main entrance.",
    ),
    "cinema": (
        "Moorlight Cinema",
        "18 High Street\nBrindlemoor",
        "BM1 3EY",
        "Step-free access to screens 1 and 2, wheelchair spaces and an accessible toilet. "
        "Screen 3 is up a flight of stairs.",
    ),
    "forge": (
        "The Forge Youth Centre",
        "7 Anvil Yard\nEasterby\nBrindlemoor",
        "BM2 4UL",
        "All on one level with an accessible toilet and a changing bench. A chill-out room "
        "with low lighting is open every session.",
    ),
    "leisure_bm": (
        "Moorside Leisure Centre",
        "Moorside Way\nEasterby\nBrindlemoor",
        "BM2 8TH",
        "Pool hoist, accessible changing rooms and a Changing Places toilet. Quiet "
        "sessions have the music turned off and the lights dimmed.",
    ),
    "easterby_primary": (
        "Easterby Primary Academy",
        "Easterby Road\nBrindlemoor",
        "BM2 6RN",
        "Step-free site with ramps to every classroom and an accessible toilet with a hoist.",
    ),
    "hospital": (
        "Brindlemoor General Hospital, children's outpatients",
        "Orchard Road\nMillgate\nBrindlemoor",
        "BM3 6PR",
        STEP_FREE + " Wheelchairs to borrow at the main entrance and a quiet waiting "
        "area; tell reception if your child finds waiting hard.",
    ),
    "cdc": (
        "Brindlemoor Child Development Centre",
        "Orchard Road\nMillgate\nBrindlemoor",
        "BM3 6PQ",
        "Single-storey building with wide doors, accessible parking and a Changing Places "
        "toilet. The sensory room can be used while you wait.",
    ),
    "millgate_health": (
        "Millgate Health Centre",
        "2 Tannery Row\nMillgate\nBrindlemoor",
        "BM3 2NW",
        "Step-free entrance, an accessible toilet and a hearing loop at "
        "reception. Parking is limited, so allow extra time.",
    ),
    "bridge": (
        "The Bridge Learning Centre",
        "Canal Street\nMillgate\nBrindlemoor",
        "BM3 1HT",
        "Ground floor classrooms are step-free; the first floor has a lift. There is a "
        "calm room on each floor.",
    ),
    "high_school": (
        "Brindlemoor High School",
        "Copper Hill Road\nBrindlemoor",
        "BM4 3RG",
        "Lifts in both teaching blocks, accessible toilets and a hygiene room. The "
        "resource base has its own entrance and a quiet garden.",
    ),
    "willow": (
        "Willow House",
        "Quarry Lane\nCopper Hill\nBrindlemoor",
        "BM4 9AZ",
        "A single-storey house with ceiling hoists in four bedrooms, a wet room, a sensory "
        "room and an enclosed garden.",
    ),
    "adventure": (
        "Copper Hill Adventure Playground",
        "Slate Row\nCopper Hill\nBrindlemoor",
        "BM4 7SB",
        "Wide paths, a wheelchair-accessible roundabout and swing, a Changing Places "
        "toilet and a sheltered quiet den.",
    ),
    "tiny_steps": (
        "Copper Hill Tiny Steps Nursery",
        "31 Copper Hill Road\nBrindlemoor",
        "BM4 2DE",
        "Ground floor rooms, an accessible toilet and a small sensory room.",
    ),
    "meadowside": (
        "Meadowside School",
        "Meadowside Lane\nRavensholt\nBrindlemoor",
        "BM5 2FE",
        "Fully accessible: hoists, hydrotherapy pool, sensory rooms and accessible minibuses.",
    ),
    "hub_hb": (
        "Hollowbrook Family Hub",
        "Brookside Centre, 3 Mill Race\nHollowbrook",
        "HB1 2AB",
        "Step-free entrance, baby changing and an accessible toilet. There is a sensory "
        "room you can book for your family.",
    ),
    "library_hb": (
        "Hollowbrook Library",
        "The Green\nHollowbrook",
        "HB1 4GJ",
        "Ramp at the side entrance, accessible toilet and large-print and audio books. "
        "There is no lift to the local history room upstairs.",
    ),
    "memorial_hall": (
        "Hollowbrook Memorial Hall",
        "9 Station Road\nHollowbrook",
        "HB1 3PL",
        "Step-free access to the main hall and an accessible toilet. The hall can "
        "be echoey when busy; ear defenders are available.",
    ),
    "sixth_form": (
        "Hollowbrook Sixth Form Centre",
        "Abbey Fields\nHollowbrook",
        "HB1 6DU",
        STEP_FREE + " A study support room that is quiet all day.",
    ),
    "hollowbrook_primary": (
        "Hollowbrook Primary School",
        "School Lane\nSedge End\nHollowbrook",
        "HB4 7QT",
        "One level, with ramps at both entrances and an accessible toilet.",
    ),
    "kingfisher": (
        "Kingfisher Pre-school",
        "Sedge End Village Hall, Reed Lane\nHollowbrook",
        "HB4 2WS",
        "One level with a ramp at the front door; accessible toilet in the hall.",
    ),
    "hub_am": (
        "Aldermere Family Hub",
        "Pennyfield Road\nAldermere",
        "AM3 5BX",
        "Step-free, with an accessible toilet, baby changing and a small quiet room.",
    ),
    "aldermere_primary": (
        "Aldermere Primary School",
        "Church Walk\nAldermere",
        "AM2 1HF",
        "Older building: the main entrance has two steps, but there is a ramp "
        "by the nursery gate. Accessible toilet on the ground floor.",
    ),
    "ridge": (
        "Aldermere Ridge Academy",
        "Ridgeway\nPennyfield\nAldermere",
        "AM3 8EN",
        STEP_FREE + " A nurture room and a sensory-friendly dining area.",
    ),
    "lakeside_pool": (
        "Aldermere Lakeside Pool",
        "Lakeside Drive\nAldermere",
        "AM2 9LR",
        "Pool hoist, ramped entry to the learner pool and accessible changing. The "
        "car park is next to the entrance.",
    ),
    "youth_am": (
        "Aldermere Youth and Community Centre",
        "16 Osier Street\nAldermere",
        "AM2 3TY",
        "All on one level with an accessible toilet and a kitchen with a lowered worktop.",
    ),
    "otters": (
        "Little Otters Day Nursery",
        "4 Tithe Close\nPennyfield\nAldermere",
        "AM3 4JQ",
        "Step-free, with an accessible toilet and a garden with level paths.",
    ),
    "tideway": (
        "Tideway Therapy Practice",
        "Unit 2, Osier Court, Osier Street\nAldermere",
        "AM2 3UB",
        "Ground floor clinic rooms with step-free access and an accessible toilet.",
    ),
    "hub_fx": (
        "Fenwick Cross Family Hub",
        "The Old Post Office, Cross Street\nFenwick Cross",
        "FX1 2HP",
        "Step-free entrance at the back of the building, accessible toilet and a small garden.",
    ),
    "fx_hall": (
        "Fenwick Cross Village Hall",
        "Green Lane\nFenwick Cross",
        "FX1 5NE",
        "Level access, an accessible toilet and a hearing loop. Parking on the green.",
    ),
    "fenwick_primary": (
        "Fenwick Cross Primary School",
        "Bramblewick Road\nFenwick Cross",
        "FX2 6SA",
        "Single-storey school with an accessible toilet.",
    ),
    "cragside": (
        "Cragside Climbing Wall",
        "Unit 4, Tannery Business Park\nFenwick Cross",
        "FX2 9DL",
        "Step-free entry, an accessible toilet and adapted harnesses. The café is up a "
        "flight of stairs.",
    ),
    "hub_sb": (
        "Stallbridge Family Hub",
        "Wharfside House, Canal Basin\nStallbridge",
        "SB7 1UA",
        STEP_FREE + " A sensory room and a garden by the canal.",
    ),
    "library_sb": (
        "Stallbridge Library",
        "Market Hill\nStallbridge",
        "SB6 3EU",
        "Step-free, with a hearing loop, an accessible toilet and a quiet reading room.",
    ),
    "academy_sb": (
        "Stallbridge Academy",
        "Bridge End Road\nStallbridge",
        "SB6 4GW",
        STEP_FREE + " Classrooms in the deaf resource base have sound-field systems "
        "and soft furnishings to cut echo.",
    ),
    "infant_sb": (
        "Stallbridge Infant School",
        "Tithe Barn Lane\nStallbridge",
        "SB6 2PJ",
        "Single-storey building with level access and an accessible toilet.",
    ),
    "junior_sb": (
        "Stallbridge Junior School",
        "Tithe Barn Lane\nStallbridge",
        "SB6 2PL",
        "Ramps to the playground and hall, and a lift to the upper floor.",
    ),
    "short_stay": (
        "Stallbridge Short Stay School",
        "8 Lock Keeper's Row\nWharfside\nStallbridge",
        "SB7 3HN",
        "Ground floor only, with an accessible toilet and a calm room.",
    ),
    "leisure_sb": (
        "Stallbridge Leisure Centre",
        "Towpath Road\nWharfside\nStallbridge",
        "SB7 5RF",
        "Pool hoist, accessible changing rooms, a Changing Places toilet and accessible parking.",
    ),
    "otterpool": (
        "Otterpool Swim School at Stallbridge Leisure Centre",
        "Towpath Road\nWharfside\nStallbridge",
        "SB7 5RF",
        "Pool hoist and accessible changing. Teachers can meet you in the foyer.",
    ),
    "college_sb": (
        "Brindlemoor College, Stallbridge campus",
        "Wharf Street\nStallbridge",
        "SB7 2EW",
        STEP_FREE,
    ),
    "hoofbeats": (
        "Hoofbeats Riding Centre",
        "Ferny Bottom Farm\nTollerby\nStallbridge",
        "SB9 4LD",
        "Mounting ramp and hoist, level paths to the indoor arena and an accessible "
        "toilet. The farm track is bumpy; there is parking by the yard.",
    ),
    "nw_family_centre": (
        "Northwold Family Centre",
        "4 Ropewalk\nNorthwold",
        "NH1 5SJ",
        "Step-free, with an accessible toilet and a family room.",
    ),
    "nw_college": (
        "Northwold Independent Specialist College",
        "Greystone Manor, Upper Northwold Road\nNorthwold",
        "NH3 7WE",
        "Accessible campus with lifts, hoists, sensory rooms and accessible residential flats.",
    ),
    "kv_school": (
        "Kestrel Vale School for Deaf Children",
        "Heronsgate\nKestrel Vale",
        "KV2 8BN",
        "Accessible buildings with sound-field systems, visual fire alarms and flashing "
        "door bells in the boarding houses.",
    ),
    "kv_arena": (
        "Kestrel Vale Sports Arena",
        "Fallow Road\nKestrel Vale",
        "KV5 3HA",
        "Step-free, sports wheelchairs to borrow, accessible changing and parking.",
    ),
    "wr_hospital": (
        "Wrenmouth Children's Hospital",
        "Harbour Road\nWrenmouth",
        "WQ1 4AD",
        STEP_FREE + " Family rooms, a quiet room and a Changing Places toilet.",
    ),
    "saltmarsh": (
        "Saltmarsh House",
        "Saltmarsh Lane\nWrenmouth",
        "WQ7 2HN",
        "Fully accessible, with hoists, a hydrotherapy pool, family flats and gardens.",
    ),
    "thistlebury": (
        "Thistlebury College",
        "Linden Park\nThistlebury",
        "TY4 6DP",
        "Campus designed with blind and deafblind students: tactile paths, audio "
        "signs, good lighting and hearing loops.",
    ),
    "linden_park": (
        "Linden Park School",
        "Abbey Close\nThistlebury",
        "TY4 2AZ",
        "Fully accessible, with hoists in every classroom and a hydrotherapy pool.",
    ),
}

# --------------------------------------------------------------------------------------
# Opening times
# --------------------------------------------------------------------------------------

_DAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}

# Common exceptions, written once.
BANK = "Closed on bank holidays."
TERM = "Term time only. Closed on bank holidays."
XMAS = "Closed on bank holidays and from 24 December to 1 January."
HOLS = "School holidays only."


def _clock(text: str) -> time:
    hours, _, minutes = text.partition(":")
    return time(int(hours), int(minutes or 0))


def parse_hours(spec: str) -> list[tuple[int, time, time]]:
    """Turn "Mon-Fri 9:00-17:00; Sat 10-12" into (weekday, opens, closes) triples."""
    result = []
    for part in filter(None, (p.strip() for p in spec.split(";"))):
        days_text, _, times_text = part.partition(" ")
        opens_text, _, closes_text = times_text.strip().partition("-")
        opens, closes = _clock(opens_text), _clock(closes_text)
        if closes <= opens:
            raise ValueError(f"Closing time must be after opening time in {spec!r}")
        for chunk in days_text.split(","):
            first, _, last = chunk.lower().partition("-")
            start = _DAYS[first[:3]]
            end = _DAYS[last[:3]] if last else start
            result.extend((day, opens, closes) for day in range(start, end + 1))
    return result


OFFICE = "Mon-Fri 9:00-17:00"
OFFICE_FRI = "Mon-Thu 9:00-17:00; Fri 9:00-16:30"
CLINIC = "Mon-Fri 8:30-17:00"

# --------------------------------------------------------------------------------------
# Building a service spec
# --------------------------------------------------------------------------------------


def _location(venue: str, hours: str = "", exceptions: str = "") -> dict:
    name, address, postcode, accessibility = VENUES[venue]
    return {
        "name": name,
        "address": address,
        "postcode": normalise_postcode(postcode),
        "accessibility": accessibility,
        "opening_exceptions": exceptions,
        "hours": parse_hours(hours) if hours else [],
    }


def S(  # noqa: N802 - reads like a record constructor in the data below
    name: str,
    org: str,
    summary: str,
    description: str,
    *,
    areas: str,
    needs: str = "",
    level: str = "targeted",
    ages: tuple[int, int] = (0, 25),
    where: str = "in",
    eligibility: str = "",
    ehc_required: bool = False,
    diagnosis_required: bool = False,
    referral: str = "self",
    access: str,
    cost: str = "",
    budget: bool = False,
    at: tuple = (),
    status: str = "published",
    overdue: bool = False,
    slug: str = "",
    phone: str = "",
    email: str = "",
    website: str = "",
    decisions: str = "",
    complain: str = "",
) -> dict:
    """One service, written compactly. `areas` and `needs` are space-separated short names."""
    if org not in ORGS_BY_SLUG:
        raise KeyError(f"Unknown organisation {org!r} for {name!r}")
    if level not in LEVELS:
        raise ValueError(f"Unknown level {level!r} for {name!r}")
    referrals = referral.split()
    organisation = ORGS_BY_SLUG[org]
    slug = slug or slugify(name)
    context = {
        "org": organisation["name"],
        "phone": phone or organisation["phone"],
        "email": email or organisation["email"],
    }
    return {
        "slug": slug,
        "name": name,
        "organisation": org,
        "summary": summary,
        "description": description,
        "areas": [AREAS[a] for a in areas.split()],
        "needs": [NEEDS[n] for n in needs.split()],
        "level": level,
        "min_age": ages[0],
        "max_age": ages[1],
        "where_offered": WHERE[where],
        "eligibility": eligibility,
        "ehc_plan_required": ehc_required,
        "diagnosis_required": diagnosis_required,
        "self_referral": "self" in referrals,
        "professional_referral": "professional" in referrals,
        "ehc_plan_referral": "ehc" in referrals,
        "how_to_access": access,
        "is_free": not cost,
        "cost_details": cost,
        "personal_budget": budget,
        "decisions_and_accountability": decisions
        or ACCOUNTABILITY[organisation["style"]].format(**context),
        "how_to_complain": complain or COMPLAINTS[organisation["style"]].format(**context),
        "contact_phone": context["phone"],
        "contact_email": context["email"],
        "website": website or f"https://example.org/{org}/{slug}",
        "status": status,
        "overdue": overdue,
        "locations": [_location(*loc) for loc in at],
    }


# --------------------------------------------------------------------------------------
# The hand-written services
# --------------------------------------------------------------------------------------

CORE_SERVICES = [
    # ---------------------------------------------------------------- speech and language
    S(
        "Chatterbox speech and language therapy",
        "brindlemoor-community-health-nhs-trust",
        "Speech and language therapy for children aged 5 to 11 who find it hard to talk, "
        "understand words or be understood. You can refer your child yourself.",
        "Chatterbox is the NHS speech and language therapy service for primary school "
        "children in Brindlemoor. A therapist first meets you and your child to find out what "
        "is hard for them, such as saying sounds clearly, understanding instructions, "
        "stammering or joining in conversations. Together you agree a plan, which may be "
        "a block of weekly sessions at a clinic, visits to your child's school, or activities "
        "for you and the school to practise at home and in class. Sessions are playful and "
        "usually last 30 to 45 minutes. The therapist reviews progress with you at the end of "
        "each block.",
        areas="health edu",
        needs="slcn ci autism",
        level="targeted",
        ages=(5, 11),
        eligibility="Children aged 5 to 11 who live in Brindlemoor or go to a Brindlemoor "
        "school and have difficulties with speech, language, communication or stammering. "
        "Your child does not need a diagnosis.",
        referral="self professional ehc",
        access="Fill in the Chatterbox request form on our website or phone us, and we will "
        "send you an appointment for a first assessment, usually within 8 weeks. Your child's "
        "school SENCo, GP or health visitor can also refer your child with your agreement.",
        at=(
            ("millgate_health", "Mon-Fri 8:30-16:30", BANK),
            ("hub_sb", "Tue,Thu 9:00-15:00", TERM),
        ),
        phone="01632 960125",
        email="chatterbox@brindlemoor-community-health-nhs-trust.example.org",
    ),
    S(
        "Speech and language therapy",
        "brindlemoor-community-health-nhs-trust",
        "NHS speech and language therapy for children and young people up to 18 who have "
        "difficulties with talking, understanding, eating, drinking or swallowing.",
        "Our speech and language therapists help children and young people with speech, "
        "language and communication needs, and with eating and drinking difficulties. After "
        "an assessment we agree goals with you and explain what will happen next. Support "
        "might be therapy sessions at a clinic, advice and training for your child's nursery "
        "or school, or help with communication aids such as picture symbols or a speech "
        "device. Children aged 5 to 11 are usually seen through our Chatterbox service.",
        areas="health",
        needs="slcn ci autism pmld",
        level="targeted",
        ages=(0, 18),
        eligibility="Children and young people aged 0 to 18 with a Brindlemoor GP who have "
        "speech, language, communication, eating, drinking or swallowing needs. Young people "
        "up to 19 can stay with us if they are still at school.",
        referral="self professional ehc",
        access="Parents can phone us to ask for an assessment. Health visitors, GPs, nursery "
        "and school staff can refer with your permission using the NHS referral form. If your "
        "child has an EHC plan that includes therapy, we will contact you.",
        at=(
            ("millgate_health", "Mon-Fri 8:30-17:00", BANK),
            ("cdc", "Mon,Wed,Fri 9:00-16:00", BANK),
        ),
        phone="01632 960124",
    ),
    S(
        "Talk Time drop-in for under-fives",
        "brindlemoor-family-hubs",
        "A relaxed drop-in where you can chat to a speech and language practitioner about how "
        "your baby or toddler is learning to talk. No appointment needed.",
        "If you are wondering whether your child's talking is on track, come along to Talk "
        "Time. A practitioner will listen to your questions, play with your child and give "
        "you simple ideas to try at home. If they think your child needs more help, they can "
        "refer you to speech and language therapy there and then. Brothers and sisters are "
        "welcome, and there are toys and books to borrow.",
        areas="health childcare iass",
        needs="slcn",
        level="universal",
        ages=(0, 5),
        access="Just turn up during the session. If you would rather book a time slot, phone "
        "the family hub.",
        at=(("hub_hb", "Mon 9:30-11:30", TERM), ("hub_am", "Thu 13:30-15:00", TERM)),
    ),
    S(
        "Stammering support group online",
        "brindlemoor-community-health-nhs-trust",
        "An online group for young people aged 8 to 16 who stammer, where you can build "
        "confidence and meet others who understand.",
        "The group meets by video call once a fortnight after school. It is led by a speech "
        "and language therapist who specialises in stammering, and each session mixes games, "
        "talking about what helps and practising things like ordering food or answering the "
        "register. Nobody is made to speak before they are ready. Parents can join a separate "
        "online evening once a term.",
        areas="health iass",
        needs="slcn",
        level="targeted",
        ages=(8, 16),
        where="remote",
        eligibility="Young people aged 8 to 16 who stammer and are registered with a "
        "Brindlemoor GP.",
        referral="self professional",
        access="Email the speech and language therapy team with your child's name, date of "
        "birth and school. We will call you to talk about the group before your child joins.",
        phone="01632 960124",
        overdue=True,
    ),
    # ---------------------------------------------------------------- council SEND services
    S(
        "Education, health and care needs assessments",
        "brindlemoor-council-send-team",
        "Find out how to ask for an education, health and care (EHC) needs assessment and what "
        "happens during the 20 weeks it takes to decide on a plan.",
        "An EHC needs assessment looks in detail at your child's needs and the support they "
        "require. Parents, young people aged 16 to 25 and schools can all ask for one. We "
        "decide within 6 weeks whether to carry out the assessment, then gather advice from "
        "you, your child, their school and health and care professionals. If we decide a plan "
        "is needed, you will see a draft and can ask for a particular school or college. The "
        "whole process should take no more than 20 weeks.",
        areas="edu iass",
        needs="ci cl semh sp",
        level="specialist",
        ages=(0, 25),
        eligibility="Children and young people aged 0 to 25 who live in Brindlemoor and may "
        "have special educational needs that cannot be met from the support a nursery, school "
        "or college normally provides.",
        referral="self professional",
        access="Write to us or use the online request form, saying why you think an assessment "
        "is needed. Your child's school or nursery can help you fill it in, and Brindlemoor "
        "SENDIASS can give you free, impartial advice.",
        at=(("civic", OFFICE_FRI, XMAS),),
        overdue=True,
    ),
    S(
        "Annual reviews of EHC plans",
        "brindlemoor-council-send-team",
        "Every EHC plan is reviewed at least once a year. Find out how you and your child can "
        "take part and what happens afterwards.",
        "The annual review is a meeting, usually held at your child's school or college, to "
        "look at progress and check the plan still describes your child's needs and support. "
        "You will be sent reports at least two weeks before the meeting. Your child's views "
        "are an important part of the review, and staff can help them share them in a way that "
        "suits them. After the meeting we decide within 4 weeks whether to keep, change or end "
        "the plan and write to tell you.",
        areas="edu iass",
        needs="ci cl semh sp",
        level="specialist",
        ages=(0, 25),
        eligibility="Children and young people who have an EHC plan maintained by Brindlemoor "
        "Council.",
        ehc_required=True,
        referral="ehc",
        access="Your child's school or college arranges the review meeting and invites you. If "
        "your child is not in school, the SEND Team will arrange it. Contact your SEND "
        "caseworker if you have not heard about a review.",
        at=(("civic", OFFICE_FRI, XMAS),),
    ),
    S(
        "Educational psychology service",
        "brindlemoor-educational-psychology-service",
        "Educational psychologists help you, your child's school and other professionals "
        "understand how your child learns and what will help them make progress.",
        "Our educational psychologists work with children and young people from birth to 25. "
        "They may observe your child in class, talk with you and your child, and carry out "
        "assessments of learning, thinking and wellbeing. Most of our work is done through "
        "schools and nurseries, who can talk any concern through with their link "
        "psychologist. We also give psychological advice for EHC needs assessments and run "
        "training for staff.",
        areas="edu",
        needs="cl semh ci mld spld",
        level="specialist",
        ages=(0, 25),
        eligibility="Children and young people aged 0 to 25 who go to a Brindlemoor nursery, "
        "school or college, or live in Brindlemoor and are not in education, where staff have "
        "concerns that have not been resolved by support already in place.",
        referral="professional ehc",
        access="Talk to your child's SENCo, who can request educational psychology involvement "
        "through the school's allocated time. Families cannot refer directly, but you can phone "
        "our duty psychologist on Wednesday afternoons for advice.",
        at=(("civic", OFFICE, XMAS),),
    ),
    S(
        "Hearing support for children and young people",
        "brindlemoor-sensory-support-service",
        "Specialist teachers who support deaf children from diagnosis until 25, at home, in "
        "nursery, at school and at college.",
        "If your baby is diagnosed as deaf, a teacher of the deaf will visit you at home, "
        "usually within two weeks, to explain what the diagnosis means and help you "
        "communicate with your baby. As your child grows we support their nursery, school and "
        "college with advice, training, checks on hearing aids and radio aids, and help with "
        "exam arrangements. We can teach you and your family to sign, and put you in touch "
        "with other families and deaf adults.",
        areas="edu iass",
        needs="hi msi sp",
        level="specialist",
        ages=(0, 25),
        eligibility="Children and young people aged 0 to 25 who live in Brindlemoor and have "
        "a permanent hearing loss confirmed by an audiologist.",
        diagnosis_required=True,
        referral="self professional ehc",
        access="Audiology usually refers babies and children to us with your permission. You "
        "can also contact us yourself if your child has a hearing loss and we are not yet "
        "involved.",
        at=(("civic", OFFICE, BANK),),
    ),
    S(
        "Vision support for children and young people",
        "brindlemoor-sensory-support-service",
        "Specialist teachers and a habilitation specialist for blind and partially sighted "
        "children and young people, from birth to 25.",
        "Our qualified teachers of children with vision impairment visit young children at "
        "home and support pupils in nursery, school and college. They advise on large print, "
        "braille, lighting, technology and exam access, and can teach braille to your child "
        "and to you. Our habilitation specialist helps children and young people learn to move "
        "around safely and independently, use a long cane and develop everyday living skills.",
        areas="edu pfa",
        needs="vi msi sp",
        level="specialist",
        ages=(0, 25),
        eligibility="Children and young people aged 0 to 25 living in Brindlemoor with a "
        "vision impairment that cannot be fully corrected by glasses.",
        diagnosis_required=True,
        referral="self professional ehc",
        access="The eye clinic usually refers children to us. Parents, schools and health "
        "professionals can also contact us directly.",
        at=(("civic", OFFICE, BANK),),
    ),
    S(
        "Autism outreach team",
        "brindlemoor-council-send-team",
        "Specialist teachers who help schools understand and support autistic pupils, so your "
        "child can feel settled and learn well.",
        "The autism outreach team works alongside school staff to support autistic pupils "
        "aged 4 to 16, with or without a diagnosis. They observe your child, talk with you and "
        "suggest practical changes, such as visual timetables, quieter spaces at lunchtime or "
        "help with changes of routine. They also run training for school staff and a short "
        "course for parents on understanding autism.",
        areas="edu",
        needs="autism ci",
        level="targeted",
        ages=(4, 16),
        eligibility="Pupils aged 4 to 16 at a Brindlemoor school who are autistic or are on "
        "the pathway for an autism assessment.",
        referral="professional",
        access="Ask your child's SENCo to request support from the autism outreach team. "
        "Parents can book a place on the parent course themselves.",
        at=(("civic", OFFICE, TERM),),
    ),
    S(
        "Home visits for young children with SEND (Portage)",
        "brindlemoor-early-years-inclusion-team",
        "A trained home visitor comes to your home to help you support your young child's play, "
        "communication and learning, one small step at a time.",
        "Portage is a home visiting service for pre-school children with significant "
        "developmental delays or disabilities. Your home visitor comes every one or two weeks, "
        "plays with your child and works with you to set small, achievable goals. You will "
        "get ideas to fit into everyday routines like bath time and meals. The visitor can also "
        "help you plan for starting nursery and put you in touch with other families.",
        areas="edu childcare",
        needs="cl sld pmld ci",
        level="specialist",
        ages=(0, 4),
        eligibility="Children under school age who live in Brindlemoor and have significant "
        "delays in two or more areas of development.",
        referral="professional",
        access="Your health visitor, paediatrician, therapist or GP can refer your child to "
        "the Early Years Inclusion Team. Talk to them if you think Portage would help.",
        at=(("lantern", OFFICE, BANK),),
    ),
    S(
        "Early years inclusion support for nurseries and childminders",
        "brindlemoor-early-years-inclusion-team",
        "Advice, training and extra funding for nurseries and childminders, so your child with "
        "SEND can enjoy their early education place.",
        "Our early years advisers visit nurseries, pre-schools and childminders to help them "
        "include children with SEND. They can help the setting plan support, set up visual "
        "aids or adapt the room, and apply for inclusion funding to pay for extra staff time. "
        "We also help families and settings get ready for the move to school.",
        areas="childcare edu",
        needs="ci cl semh sp",
        level="targeted",
        ages=(0, 5),
        eligibility="Children aged 0 to 5 with SEND who attend, or are about to start, an early "
        "years setting in Brindlemoor.",
        referral="professional",
        access="Your child's nursery or childminder can ask us for support with your agreement. "
        "If your child is not yet in a setting, your health visitor can contact us.",
        at=(("lantern", OFFICE, BANK),),
    ),
    S(
        "Free early education for two-year-olds",
        "brindlemoor-early-years-inclusion-team",
        "Your two-year-old can get up to 15 hours a week of free early education if your family "
        "gets certain benefits or your child gets Disability Living Allowance.",
        "Free places for two-year-olds are offered at nurseries, pre-schools and childminders "
        "across Brindlemoor. A good early education place helps children with SEND to play, "
        "talk and make friends before they start school. Your child can start the term after "
        "their second birthday. We can help you find a setting that suits your child's needs.",
        areas="childcare edu",
        needs="ci cl semh sp",
        level="targeted",
        ages=(2, 2),
        eligibility="Two-year-olds living in Brindlemoor whose family gets certain benefits, or "
        "who get Disability Living Allowance, have an EHC plan or are looked after by the "
        "council.",
        access="Check and apply online using your National Insurance number, or phone the "
        "Early Years Inclusion Team and we will check for you.",
        at=(("lantern", OFFICE, BANK),),
    ),
    S(
        "Newborn hearing follow-up clinic",
        "brindlemoor-and-hollowbrook-hospitals-nhs-foundation-trust",
        "If your baby's newborn hearing check needs a second look, this clinic carries out a "
        "fuller hearing test, usually while your baby sleeps.",
        "Some babies do not show a clear response in the newborn hearing check, often because "
        "they were unsettled or had fluid in their ears. At this clinic an audiologist tests "
        "your baby's hearing more fully, which takes about an hour. You will get the results "
        "straight away. If your baby is found to be deaf, we will explain what happens next and "
        "introduce you to the Sensory Support Service.",
        areas="health",
        needs="hi",
        level="targeted",
        ages=(0, 0),
        eligibility="Babies born in or living in Brindlemoor who have been referred by the "
        "newborn hearing screening programme.",
        referral="professional",
        access="The newborn hearing screener will book your appointment before you leave the "
        "hospital or contact you by phone.",
        at=(("hospital", "Tue,Thu 9:00-13:00", BANK),),
    ),
    S(
        "Children's hearing and audiology clinic",
        "brindlemoor-and-hollowbrook-hospitals-nhs-foundation-trust",
        "Hearing tests, hearing aids and regular check-ups for children and young people up to "
        "18, in a child-friendly clinic.",
        "Our children's audiologists test hearing using games and play, so children of every "
        "age and ability can be assessed. If your child needs hearing aids, we fit them, show "
        "you how to look after them and see your child regularly to check they are working "
        "well. We work closely with teachers of the deaf and with ear, nose and throat "
        "doctors.",
        areas="health",
        needs="hi sp",
        level="targeted",
        ages=(0, 18),
        eligibility="Children and young people aged 0 to 18 registered with a GP in "
        "Brindlemoor or Hollowbrook.",
        referral="professional",
        access="Ask your GP, health visitor or school nurse to refer your child. If your child "
        "already has hearing aids, you can phone us directly for repairs and batteries.",
        at=(("hospital", CLINIC, BANK),),
    ),
    S(
        "Children's eye clinic",
        "brindlemoor-and-hollowbrook-hospitals-nhs-foundation-trust",
        "Eye tests, glasses prescriptions and treatment for squints and lazy eyes for children "
        "up to 16, including children who cannot read letters.",
        "The children's eye clinic is run by orthoptists, optometrists and eye doctors. They "
        "check how well your child can see and how their eyes work together, using pictures, "
        "lights and toys rather than letters where needed. They can treat lazy eyes, prescribe "
        "glasses and refer your child to the Sensory Support Service if they have a lasting "
        "vision impairment. Children at Meadowside School can be seen at school.",
        areas="health",
        needs="vi sp",
        level="targeted",
        ages=(0, 16),
        eligibility="Children aged 0 to 16 registered with a Brindlemoor or Hollowbrook GP who "
        "have been referred with a possible eye problem.",
        referral="professional",
        access="Your GP, health visitor, school nurse or high street optician can refer your "
        "child. We will send you an appointment letter.",
        at=(("hospital", "Mon-Fri 9:00-16:30", BANK),),
    ),
    S(
        "Children's occupational therapy",
        "brindlemoor-community-health-nhs-trust",
        "Help for children and young people who find everyday tasks hard, such as dressing, "
        "writing, eating or playing, because of a disability or developmental difficulty.",
        "Occupational therapists look at what your child needs to do each day and what makes "
        "it difficult. They may suggest new ways of doing things, exercises, or equipment such "
        "as special seating, cutlery or pencil grips. We also give advice about sensory "
        "differences, for example when noise, touch or movement is overwhelming. Most support "
        "is given as a short block of sessions and a plan for home and school.",
        areas="health",
        needs="pd spld autism sp",
        level="targeted",
        ages=(0, 18),
        eligibility="Children and young people aged 0 to 18 with a Brindlemoor GP whose "
        "difficulties with daily activities affect their independence, learning or play.",
        referral="professional ehc",
        access="Ask your GP, paediatrician, health visitor or your child's SENCo to refer your "
        "child. The school can download our referral form from our website.",
        at=(("cdc", CLINIC, BANK),),
    ),
    S(
        "Children's physiotherapy",
        "brindlemoor-community-health-nhs-trust",
        "Physiotherapy for babies, children and young people with movement difficulties, to "
        "help them be as active and comfortable as possible.",
        "Our physiotherapists assess how your child moves, sits, stands and walks. They teach "
        "you and your child exercises and stretches, advise on activities and sports, and "
        "arrange equipment such as standing frames, walkers or splints. Children with complex "
        "physical needs may also have hydrotherapy sessions. We see children at the Child "
        "Development Centre, at home and in school.",
        areas="health",
        needs="pd sp medical",
        level="targeted",
        ages=(0, 18),
        eligibility="Children and young people aged 0 to 18 registered with a Brindlemoor GP "
        "who have difficulties with movement, posture or balance.",
        referral="professional ehc",
        access="Your GP, paediatrician or health visitor can refer your child. If your child "
        "has been seen by us in the last year, you can phone us directly.",
        at=(("cdc", CLINIC, BANK),),
    ),
    S(
        "Children's wheelchair service",
        "brindlemoor-community-health-nhs-trust",
        "Assessment, provision, repairs and reviews of wheelchairs and buggies for children and "
        "young people who cannot walk far.",
        "Our therapists and engineers assess your child's posture, how they move and where they "
        "need to go, then agree with you the right wheelchair or special buggy. We may also "
        "offer a personal wheelchair budget if you want to buy a different chair. We repair "
        "and service chairs and review your child as they grow. Young people move to the adult "
        "wheelchair service at 18 with help from us.",
        areas="health",
        needs="pd sp",
        level="specialist",
        ages=(0, 18),
        eligibility="Children and young people aged 0 to 18 registered with a GP in "
        "Brindlemoor who have a long-term difficulty with walking.",
        referral="professional",
        access="A GP, physiotherapist, occupational therapist or consultant can refer your "
        "child. For repairs, phone our repair line any weekday.",
        budget=True,
        at=(("cdc", "Mon-Fri 8:30-16:30", BANK),),
        phone="01632 960126",
    ),
    S(
        "Child development centre assessments",
        "brindlemoor-community-health-nhs-trust",
        "If your young child is not developing as expected, a team at the Child Development "
        "Centre can assess them together and explain what help they need.",
        "At the Child Development Centre, a paediatrician, therapists and a nursery nurse see "
        "your child together over one or more visits. They watch your child play, talk with "
        "you about your worries and carry out checks. Afterwards you will meet to talk through "
        "what the team has found and agree a plan. The team can also start the process for an "
        "autism assessment if needed.",
        areas="health",
        needs="ci cl sp autism pd",
        level="specialist",
        ages=(0, 5),
        eligibility="Children under 5 registered with a Brindlemoor GP who have delays in more "
        "than one area of development.",
        referral="professional",
        access="Your health visitor, GP or paediatrician can refer your child to the centre.",
        at=(("cdc", "Mon-Thu 9:00-16:30; Fri 9:00-13:00", BANK),),
    ),
    S(
        "Community paediatrics",
        "brindlemoor-community-health-nhs-trust",
        "Children's doctors who assess and care for children and young people with "
        "developmental, neurological and complex health needs.",
        "Community paediatricians see children and young people with conditions like "
        "cerebral palsy, epilepsy, developmental delay, autism and ADHD, and those with complex "
        "needs. They work closely with therapists, schools and social care, and write the "
        "health advice for EHC needs assessments. Appointments are at clinics, special schools "
        "and sometimes at home.",
        areas="health",
        needs="medical pd autism adhd cl",
        level="specialist",
        ages=(0, 18),
        eligibility="Children and young people up to 18 with a Brindlemoor GP who have "
        "developmental, neurological or complex health needs.",
        referral="professional",
        access="Your GP, health visitor or school nurse can refer your child.",
        at=(("cdc", CLINIC, BANK), ("meadowside", "Wed 9:00-12:30", TERM)),
    ),
    S(
        "Autism assessment service for children",
        "brindlemoor-community-health-nhs-trust",
        "A team that finds out whether your child is autistic, and explains what that means for "
        "them and for you.",
        "The autism assessment team includes a paediatrician, a speech and language therapist "
        "and a psychologist. We gather information from you and your child's nursery or "
        "school, then see your child, often more than once. After the assessment we meet you "
        "to explain the outcome and give you a written report. Whatever the result, we will "
        "point you to support, including the family network and the autism outreach team. "
        "Please do not wait for a diagnosis before asking for help at school.",
        areas="health",
        needs="autism ci",
        level="specialist",
        ages=(2, 18),
        eligibility="Children and young people aged 2 to 18 with a Brindlemoor GP where there "
        "are signs of autism at home and in nursery or school.",
        referral="professional",
        access="Your child's SENCo, GP, health visitor or paediatrician can refer, and must "
        "include information from both home and school. Waiting times are on our website.",
        at=(("cdc", "Mon-Fri 9:00-16:30", BANK),),
    ),
    S(
        "ADHD assessment and medication clinic",
        "brindlemoor-healthy-minds-nhs-foundation-trust",
        "Assessment for attention deficit hyperactivity disorder (ADHD), and reviews for "
        "children and young people who take ADHD medicine.",
        "If your child finds it very hard to pay attention, sit still or think before acting, "
        "both at home and at school, our clinic can assess whether they have ADHD. We use "
        "questionnaires from you and school, an observation and an appointment with a "
        "specialist nurse or doctor. If your child is diagnosed, we talk through all the "
        "options, including parent programmes, changes at school and medication. Children "
        "who take medication are reviewed at least twice a year.",
        areas="health",
        needs="adhd semh",
        level="specialist",
        ages=(6, 18),
        eligibility="Children and young people aged 6 to 18 with a Brindlemoor GP who show "
        "signs of ADHD in more than one setting.",
        referral="professional",
        access="Your child's school or your GP can refer. The school will need to send a "
        "completed questionnaire with the referral.",
        at=(("millgate_health", "Mon-Fri 9:00-17:00", BANK),),
    ),
    S(
        "Children and young people's mental health service",
        "brindlemoor-healthy-minds-nhs-foundation-trust",
        "Mental health assessment and treatment for children and young people up to 18 with "
        "low mood, anxiety, self-harm, eating difficulties or other mental health needs.",
        "Our service includes psychologists, nurses, psychiatrists and family therapists. "
        "After a first assessment we agree with you and your child what would help, such as "
        "talking therapy, family work, group sessions or, sometimes, medicine. We can see "
        "children and young people at our clinic, at school or online. If you are worried "
        "that your child is in immediate danger, go to A&E or call 999.",
        areas="health",
        needs="mh anxiety semh attachment",
        level="specialist",
        ages=(0, 18),
        eligibility="Children and young people up to 18 with a Brindlemoor GP who have "
        "moderate to severe mental health difficulties.",
        referral="self professional",
        access="Young people aged 14 and over and parents can refer themselves using our online "
        "form or by phone. GPs, schools and other professionals can also refer.",
        at=(("millgate_health", "Mon-Fri 9:00-17:00; Sat 10:00-14:00", BANK),),
        phone="01632 960127",
    ),
    S(
        "Talk It Through online counselling",
        "talk-it-through",
        "Free, confidential counselling by chat, phone or video for young people aged 11 to 25. "
        "You can talk about anything that is worrying you.",
        "Talk It Through gives you a safe space to talk with a trained counsellor without "
        "anyone else needing to know. You can drop in to chat online any evening, or book up to "
        "eight weekly sessions with the same counsellor. Counsellors can help with worries, "
        "friendships, family, exams, feelings about your body or identity, and low mood. "
        "The service is designed to be easy to use if you are autistic, deaf or have a "
        "learning disability: you can choose text-only chat and ask for easy read materials.",
        areas="health iass",
        needs="mh anxiety semh",
        level="universal",
        ages=(11, 25),
        where="remote",
        access="Sign up on our website with a nickname. No referral is needed and you do not "
        "have to give your real name.",
        phone="01632 960194",
    ),
    S(
        "Special school nursing team",
        "brindlemoor-community-health-nhs-trust",
        "Nurses based in Meadowside School who look after pupils' health needs during the "
        "school day and train staff to do the same.",
        "The special school nurses care for pupils with complex health needs, such as tube "
        "feeding, epilepsy, breathing support and medicines. They write health care plans with "
        "families, train school staff and attend reviews. They are a familiar face for children "
        "and can link with hospital teams so that parents do not have to repeat their child's "
        "story.",
        areas="health edu",
        needs="medical pmld pd",
        level="specialist",
        ages=(2, 19),
        eligibility="Pupils at Meadowside School, and pupils with complex health needs in other "
        "Brindlemoor special resource bases.",
        referral="professional ehc",
        access="All Meadowside pupils are known to the team. For other pupils, the school nurse "
        "or paediatrician can refer.",
        at=(("meadowside", "Mon-Fri 8:30-16:00", TERM),),
    ),
    S(
        "Children's epilepsy nurse service",
        "brindlemoor-and-hollowbrook-hospitals-nhs-foundation-trust",
        "Specialist nurses who support children and young people with epilepsy, their families "
        "and their schools.",
        "After a diagnosis of epilepsy, our nurses help you understand the condition and your "
        "child's medicines, and write a care plan with you. They train school and nursery staff "
        "in giving rescue medicine, and run a phone advice line on weekdays. Teenagers can "
        "have their own appointments to talk about things like driving, exams and going out.",
        areas="health",
        needs="medical",
        level="specialist",
        ages=(0, 18),
        eligibility="Children and young people under 18 with a diagnosis of epilepsy who are "
        "under the care of a Brindlemoor paediatrician.",
        diagnosis_required=True,
        referral="professional",
        access="Your child's paediatrician will refer you. Families already known to the team "
        "can phone the advice line.",
        at=(("hospital", "Mon-Fri 9:00-17:00", BANK),),
    ),
    S(
        "Children's diabetes team",
        "brindlemoor-and-hollowbrook-hospitals-nhs-foundation-trust",
        "Care and education for children and young people with type 1 diabetes, including a "
        "24-hour phone line for urgent advice.",
        "The team includes doctors, nurses, dietitians and a psychologist. They see your child "
        "in clinic every three months, help you manage insulin and technology such as pumps "
        "and sensors, and visit schools to train staff. There are fun education days for "
        "children and teenagers, and a support group for parents.",
        areas="health",
        needs="medical",
        level="specialist",
        ages=(0, 19),
        eligibility="Children and young people aged 0 to 19 with diabetes who are registered "
        "with a GP in Brindlemoor or Hollowbrook.",
        diagnosis_required=True,
        referral="professional",
        access="Children are referred by their GP or the children's ward when diabetes is "
        "diagnosed.",
        at=(("hospital", "Mon-Fri 9:00-17:00", BANK),),
    ),
    S(
        "Bladder and bowel service for children",
        "brindlemoor-community-health-nhs-trust",
        "Help with toilet training, bedwetting, constipation and continence products for "
        "children and young people, including those with disabilities.",
        "Our nurses assess your child's bladder and bowel and give practical advice you can "
        "use at home and school. Many disabled children can learn to use the toilet with the "
        "right approach and time. Where continence products are needed, we assess your child "
        "and arrange home delivery.",
        areas="health",
        needs="medical pd sld",
        level="targeted",
        ages=(2, 19),
        eligibility="Children and young people aged 2 to 19 registered with a Brindlemoor GP "
        "with bladder or bowel problems.",
        referral="self professional",
        access="Phone us or ask your health visitor, school nurse or GP to refer your child.",
        at=(("millgate_health", "Mon,Wed,Fri 9:00-16:00", BANK),),
        overdue=True,
    ),
    S(
        "Community dental service for children with additional needs",
        "brindlemoor-community-health-nhs-trust",
        "Gentle dental care for children and young people who find a high street dentist "
        "difficult because of a disability, anxiety or medical condition.",
        "Our dentists and dental nurses take extra time and adapt visits to suit your child, "
        "for example with a quiet first appointment, visual stories or treatment in a "
        "wheelchair. Some treatment can be done under sedation or general anaesthetic at the "
        "hospital. We also visit special schools to check teeth and give advice.",
        areas="health",
        needs="autism sld pmld pd anxiety",
        level="targeted",
        ages=(0, 25),
        eligibility="Children and young people aged 0 to 25 living in Brindlemoor who cannot be "
        "treated by a high street dentist because of their needs.",
        referral="professional",
        access="Your dentist, GP, health visitor or school nurse can refer your child.",
        at=(("millgate_health", "Tue,Thu 9:00-16:30", BANK),),
    ),
    S(
        "Sleep support for families",
        "brindlemoor-family-hubs",
        "Practical help if your disabled child or your child with SEND has trouble getting to "
        "sleep or staying asleep.",
        "Sleep problems are common for children with autism, ADHD and learning disabilities, "
        "and can leave the whole family exhausted. A trained sleep practitioner will talk with "
        "you, ask you to keep a short sleep diary, and help you build a plan that fits your "
        "child and your home. Support is by phone or video over about six weeks, with a "
        "workshop you can attend at a family hub.",
        areas="health iass",
        needs="autism adhd sld",
        level="targeted",
        ages=(2, 16),
        where="remote",
        eligibility="Families in Brindlemoor with a child aged 2 to 16 who has SEND and a sleep "
        "problem lasting more than three months.",
        referral="self professional",
        access="Fill in the family hub contact form and choose sleep support, or ask any "
        "professional who knows your family to refer you.",
        status="draft",
    ),
    S(
        "Young adults' health transition clinic",
        "brindlemoor-and-hollowbrook-hospitals-nhs-foundation-trust",
        "A clinic that helps young people with long-term health conditions or disabilities move "
        "from children's to adult health services.",
        "Moving to adult health care can feel like a big change. In this clinic you meet your "
        "new adult doctors and nurses while your children's team is still involved. We will "
        "help you learn to manage your own appointments and medicines, and talk about the "
        "things that matter to you, such as college, work, relationships and living away from "
        "home.",
        areas="health pfa",
        needs="medical pd sld",
        level="specialist",
        ages=(16, 25),
        eligibility="Young people aged 16 to 25 under the care of a Brindlemoor paediatric team "
        "who will need adult health services.",
        referral="professional",
        access="Your paediatrician or specialist nurse will refer you from age 16.",
        at=(("hospital", "Wed 13:00-17:00", BANK),),
    ),
    S(
        "Regional cochlear implant programme",
        "wrenmouth-childrens-hospital-nhs-foundation-trust",
        "Assessment, surgery and long-term support for deaf children who may benefit from a "
        "cochlear implant.",
        "The regional programme at Wrenmouth Children's Hospital assesses children who get "
        "little benefit from hearing aids. If an implant is right for your child, the team "
        "supports you before and after surgery, tunes the implant and offers listening and "
        "speech therapy. Families travel to Wrenmouth for appointments, and some follow-up "
        "happens by video or at your child's school.",
        areas="health",
        needs="hi msi",
        level="specialist",
        ages=(0, 18),
        where="regional",
        eligibility="Children and young people up to 18 with severe to profound deafness, "
        "referred by an audiologist.",
        diagnosis_required=True,
        referral="professional",
        access="Your child's audiologist will discuss a referral with you.",
        at=(("wr_hospital", "Mon-Fri 8:30-17:00", BANK),),
    ),
    S(
        "Saltmarsh House hospice care and short breaks",
        "saltmarsh-house-childrens-hospice",
        "Specialist care, short breaks and family support for children and young people with "
        "life-limiting conditions, at the hospice or in your home.",
        "Saltmarsh House offers short stays where your child is cared for by nurses while you "
        "rest, or stay together in a family flat. There is a hydrotherapy pool, music and art, "
        "and a team who support brothers and sisters. The hospice care team also visits "
        "families at home and supports you through every stage of your child's illness, "
        "including end of life care and bereavement.",
        areas="health care leisure",
        needs="medical pmld pd",
        level="specialist",
        ages=(0, 25),
        where="regional",
        eligibility="Children and young people aged 0 to 25 with a life-limiting or "
        "life-threatening condition, living in the region.",
        referral="self professional",
        access="Phone the hospice to talk about a referral. Families can refer themselves, and "
        "professionals can refer with your permission.",
        at=(
            (
                "saltmarsh",
                "Mon-Sun 8:00-20:00",
                "Open every day of the year; care is "
                "available day and night for families staying at the hospice.",
            ),
        ),
    ),
    S(
        "Hydrotherapy sessions",
        "meadowside-school",
        "Warm-water therapy sessions for children and young people with physical disabilities, "
        "in the pool at Meadowside School.",
        "The hydrotherapy pool is kept at a warm temperature which helps muscles relax and "
        "makes movement easier. After school and on Saturday mornings the school opens the "
        "pool for families, with a trained helper and changing rooms with hoists. "
        "Physiotherapists can give you a programme to follow in the water.",
        areas="health leisure",
        needs="pd pmld sp",
        level="targeted",
        ages=(2, 25),
        eligibility="Children and young people aged 2 to 25 with a physical disability or "
        "complex needs whose physiotherapist says hydrotherapy is safe for them.",
        referral="professional",
        access="Ask your child's physiotherapist for a referral letter, then phone the school "
        "office to book a regular slot.",
        cost="£8 for a 30-minute family session. Free for Meadowside pupils.",
        budget=True,
        at=(("meadowside", "Tue,Thu 16:00-18:00; Sat 9:00-12:00", TERM),),
    ),
    S(
        "Soundbridge family helpline",
        "soundbridge-family-support",
        "A national helpline and online groups for families of deaf and deafblind children, "
        "staffed by people who understand.",
        "Whether your child was diagnosed last week or you need advice about school, benefits "
        "or technology, our helpline team can help. Many of them are deaf or parents of deaf "
        "children. You can contact us by phone, text, email or British Sign Language video "
        "call. We also run online groups for parents of babies, teenagers and deafblind "
        "children.",
        areas="iass",
        needs="hi msi",
        level="universal",
        ages=(0, 25),
        where="regional",
        access="Phone, text or email us; no referral needed. BSL users can use the video link "
        "on our website.",
        at=(("saltmarsh", "Mon-Fri 9:30-17:00", BANK),),
    ),
    S(
        "Rare conditions family line",
        "soundbridge-family-support",
        "A phone and email line for families of children with rare or undiagnosed conditions, "
        "to help you find information and others in a similar situation.",
        "If your child has a rare condition, or doctors have not yet found the cause of their "
        "difficulties, it can feel lonely. Our family line can help you understand tests and "
        "appointments, find reliable information and connect with families whose children "
        "have similar needs. We can also send you a hospital passport template and tips for "
        "keeping track of appointments.",
        areas="iass health",
        needs="medical pmld",
        level="universal",
        ages=(0, 25),
        where="remote",
        access="Phone or email us; you do not need a diagnosis or referral.",
        phone="01632 960216",
        status="draft",
    ),
]

CORE_SERVICES += [
    # ---------------------------------------------------------------- schools and colleges
    S(
        "Brindlemoor High School autism resource base",
        "brindlemoor-high-school",
        "A base inside Brindlemoor High School for 24 autistic pupils aged 11 to 16, who learn "
        "in mainstream lessons with support and have a calm base to return to.",
        "Pupils in the resource base are part of the whole school. They go to mainstream "
        "lessons with support from teaching assistants who know them well, and spend time in "
        "the base for small-group teaching, social communication sessions and breaks. The base "
        "has its own entrance, a quiet garden and a sensory room. Staff work closely with "
        "families, and each pupil has a key worker.",
        areas="edu",
        needs="autism ci",
        level="specialist",
        ages=(11, 16),
        eligibility="Autistic pupils aged 11 to 16 with an EHC plan naming the resource base, "
        "who can take part in mainstream lessons with support.",
        ehc_required=True,
        diagnosis_required=True,
        referral="ehc",
        access="Places are agreed by the SEND Team through the EHC plan process. You can visit "
        "the base before asking for it to be named in your child's plan: phone the school to "
        "arrange this.",
        at=(("high_school", "Mon-Fri 8:30-15:20", TERM),),
    ),
    S(
        "Meadowside School",
        "meadowside-school",
        "A special school for pupils aged 2 to 19 with severe, profound or complex learning "
        "disabilities, with therapies and nursing on site.",
        "Meadowside teaches pupils in small classes with a high number of staff. The curriculum "
        "focuses on communication, independence, physical development and enjoying learning, "
        "with sensory approaches for pupils with profound and multiple learning disabilities. "
        "Speech and language therapists, physiotherapists and nurses work in the school every "
        "day. Older students learn life and work skills in the school café and garden.",
        areas="edu",
        needs="sld pmld cl msi",
        level="specialist",
        ages=(2, 19),
        eligibility="Children and young people aged 2 to 19 with severe or profound learning "
        "disabilities whose EHC plan names Meadowside School.",
        ehc_required=True,
        referral="ehc",
        access="Places are agreed through the EHC plan process. Parents are welcome to visit; "
        "phone the school office to book a tour.",
        at=(("meadowside", "Mon-Fri 9:00-15:00", TERM),),
    ),
    S(
        "Stallbridge Academy deaf resource base",
        "stallbridge-academy",
        "A resource base where deaf students aged 11 to 18 learn in mainstream classes with "
        "teachers of the deaf and communication support workers.",
        "Deaf students at Stallbridge Academy are taught in mainstream lessons with support "
        "from communication support workers who can sign. Teachers of the deaf teach some "
        "lessons in the base, pre-teach new vocabulary and check hearing technology every day. "
        "Deaf awareness is part of life for the whole school, and there is a lunchtime signing "
        "club open to everyone.",
        areas="edu",
        needs="hi msi",
        level="specialist",
        ages=(11, 18),
        eligibility="Deaf students aged 11 to 18 with an EHC plan that names the resource base.",
        ehc_required=True,
        diagnosis_required=True,
        referral="ehc",
        access="Places are agreed by the SEND Team through the EHC plan. Contact the academy to "
        "arrange a visit.",
        at=(("academy_sb", "Mon-Fri 8:40-15:30", TERM),),
    ),
    S(
        "Easterby Primary Academy speech and language base",
        "easterby-primary-academy",
        "Ten places for children aged 4 to 11 with significant speech and language needs, who "
        "spend part of each day in small-group teaching with a therapist.",
        "Children in the base belong to a mainstream class and spend mornings in the base, "
        "where a specialist teacher and speech and language therapist teach language, "
        "vocabulary and social communication. Afternoons are usually spent in their own class "
        "with support. Parents are invited to a monthly session to see what their child is "
        "learning and how to help at home.",
        areas="edu health",
        needs="slcn ci",
        level="specialist",
        ages=(4, 11),
        eligibility="Children aged 4 to 11 whose main need is a speech and language disorder "
        "and whose EHC plan names the base.",
        ehc_required=True,
        referral="ehc",
        access="Places are agreed through the EHC plan process after advice from speech and "
        "language therapy.",
        at=(("easterby_primary", "Mon-Fri 8:45-15:15", TERM),),
    ),
    S(
        "The Bridge Learning Centre",
        "the-bridge-learning-centre",
        "Full-time education in small groups for secondary pupils who have been permanently "
        "excluded or cannot attend school because of their behaviour or wellbeing.",
        "The Bridge teaches English, maths, science and practical subjects in groups of up to "
        "eight, with mentors who help pupils manage their feelings and relationships. Many "
        "pupils have social, emotional and mental health needs, and some have ADHD. The aim is "
        "for most pupils to return to a mainstream school or move on to college. Families "
        "meet staff every half term.",
        areas="edu",
        needs="semh adhd mh attachment",
        level="specialist",
        ages=(11, 16),
        eligibility="Pupils aged 11 to 16 placed by Brindlemoor Council after exclusion, or "
        "referred by their school with the council's agreement.",
        referral="professional",
        access="Places are arranged by the council's Fair Access Panel. Your child's school or "
        "the SEND Team can explain the process.",
        at=(("bridge", "Mon-Fri 9:00-14:30", TERM),),
        overdue=True,
    ),
    S(
        "Stallbridge Short Stay School",
        "stallbridge-short-stay-school",
        "A short-term place for primary pupils at risk of exclusion, to help them feel safe, "
        "learn and return to their own school.",
        "Pupils usually spend up to two terms at the short stay school while remaining on their "
        "own school's roll. Each child has a plan with clear steps to return to school, and "
        "staff visit the home school to share what works. Lessons are in groups of six, and "
        "there are daily sessions on emotions, friendships and calming strategies.",
        areas="edu",
        needs="semh attachment adhd anxiety",
        level="specialist",
        ages=(5, 11),
        eligibility="Primary pupils aged 5 to 11 at a Brindlemoor school who are at risk of "
        "permanent exclusion.",
        referral="professional",
        access="Your child's headteacher can refer with your agreement.",
        at=(("short_stay", "Mon-Fri 9:00-14:45", TERM),),
    ),
    S(
        "Medical needs education service",
        "brindlemoor-medical-needs-education-service",
        "Teaching at home, in hospital or in small groups for children who cannot go to school "
        "for more than 15 days because of illness.",
        "If your child cannot go to school because of a physical or mental health condition, "
        "our teachers can keep their education going. Teaching might happen at home, online, "
        "in hospital or at our small teaching centre. We work with your child's school so that "
        "they stay on the school roll and can return as soon as they are well enough.",
        areas="edu health",
        needs="medical mh anxiety",
        level="targeted",
        ages=(5, 16),
        eligibility="Children aged 5 to 16 living in Brindlemoor who will miss more than 15 "
        "school days because of illness, with medical evidence.",
        referral="professional",
        access="Your child's school applies to us with a letter from a doctor. Talk to the "
        "school's SENCo or pastoral lead first.",
        at=(("lantern", "Mon-Fri 9:00-15:00", TERM),),
    ),
    S(
        "Learning support at Brindlemoor College",
        "brindlemoor-college",
        "Help with learning, exams and college life for students aged 16 to 25 with SEND, on "
        "any course at Brindlemoor College.",
        "When you apply to the college, tell us about your needs and we will invite you to a "
        "transition meeting. Support might include a learning support assistant in class, "
        "specialist study skills, note-takers or British Sign Language interpreters, extra time "
        "in exams, and a quiet room at breaks. If you use a wheelchair or have a physical "
        "disability, we arrange step-free rooms, adapted equipment, personal care and time "
        "for physiotherapy in your college day. Your support is reviewed every term.",
        areas="edu pfa",
        needs="cl spld autism hi vi mld pd sp",
        level="targeted",
        ages=(16, 25),
        eligibility="Students aged 16 to 25 enrolled at Brindlemoor College who have SEND, with "
        "or without an EHC plan.",
        referral="self ehc",
        access="Tick the learning support box on your application, or contact the learning "
        "support team at any time. If you have an EHC plan, please bring a copy.",
        at=(
            ("college_bm", "Mon-Thu 8:30-18:00; Fri 8:30-16:30", TERM),
            ("college_sb", "Mon-Fri 9:00-16:00", TERM),
        ),
    ),
    S(
        "Foundation learning at Brindlemoor College",
        "brindlemoor-college",
        "Courses for young people aged 16 to 25 with learning difficulties, building skills for "
        "work, independence and friendships.",
        "Foundation learning courses are taught in small groups at entry level. You will learn "
        "English and maths for everyday life, cooking, travel, using money and being part of "
        "the community. There are work tasters in the college café and gardens. Each student "
        "has a personal tutor and a plan that builds towards their goals for adult life.",
        areas="edu pfa",
        needs="mld sld autism cl",
        level="specialist",
        ages=(16, 25),
        eligibility="Young people aged 16 to 25 with moderate or severe learning difficulties, "
        "usually with an EHC plan.",
        referral="self ehc",
        access="Apply online or at a college open evening. The learning support team will "
        "invite you for an interview and taster day.",
        at=(("college_bm", "Mon-Fri 9:30-15:00", TERM),),
    ),
    S(
        "Hollowbrook Sixth Form study support",
        "hollowbrook-sixth-form-centre",
        "Support for sixth form students with SEND, including study skills, exam arrangements "
        "and a quiet study room.",
        "Our study support team helps students with dyslexia, autism, anxiety, physical "
        "disabilities and other needs to manage A levels and vocational courses. You can have "
        "regular one-to-one study skills sessions, use assistive technology, and get help "
        "planning for university, apprenticeships or work.",
        areas="edu",
        needs="spld autism anxiety pd",
        level="targeted",
        ages=(16, 19),
        eligibility="Students aged 16 to 19 at Hollowbrook Sixth Form Centre with SEND.",
        referral="self ehc",
        access="Tell us about your needs on your application form, or drop into the study "
        "support room.",
        at=(("sixth_form", "Mon-Fri 8:30-16:00", TERM),),
    ),
    S(
        "Kestrel Vale School for Deaf Children",
        "kestrel-vale-school-for-deaf-children",
        "A school for deaf children aged 3 to 19 where you can learn in British Sign Language "
        "and English, with day and weekly boarding places.",
        "Kestrel Vale School teaches the national curriculum in small classes of deaf pupils, "
        "using British Sign Language and spoken and written English. Audiologists, speech and "
        "language therapists and deaf role models work on site. Weekly boarders go home every "
        "weekend. The school is just outside Brindlemoor, and transport can be arranged through "
        "an EHC plan.",
        areas="edu",
        needs="hi msi",
        level="specialist",
        ages=(3, 19),
        where="out",
        eligibility="Deaf children and young people aged 3 to 19 whose EHC plan names the school.",
        ehc_required=True,
        diagnosis_required=True,
        referral="ehc",
        access="Ask for the school to be named in your child's EHC plan. Visits are welcome: "
        "phone the admissions officer.",
        at=(("kv_school", "Mon-Fri 8:45-15:30", TERM),),
        phone="01632 960150",
    ),
    S(
        "Linden Park School",
        "linden-park-school",
        "A regional special school for children aged 4 to 19 with physical disabilities, where "
        "therapy is part of every school day.",
        "Linden Park combines education with physiotherapy, occupational therapy, speech and "
        "language therapy and nursing. Pupils follow an adapted curriculum and use "
        "communication aids, powered wheelchairs and eye-gaze technology. There is a "
        "residential house for pupils who live too far away to travel each day.",
        areas="edu health",
        needs="pd msi medical sp",
        level="specialist",
        ages=(4, 19),
        where="regional",
        eligibility="Children and young people aged 4 to 19 with significant physical "
        "disabilities whose EHC plan names the school.",
        ehc_required=True,
        referral="ehc",
        access="Through the EHC plan process; families can visit before asking for the school.",
        at=(("linden_park", "Mon-Fri 8:45-15:30", TERM),),
    ),
    S(
        "Northwold Independent Specialist College",
        "northwold-independent-specialist-college",
        "A specialist college for young people aged 16 to 25 with learning disabilities or "
        "autism, with day and residential places.",
        "Students follow personalised programmes in communication, independent living, work "
        "skills and leisure. The college has its own farm shop, bakery and printing business "
        "where students do real work. Residential students live in shared houses with support "
        "and learn to cook, clean and plan their week.",
        areas="edu pfa training",
        needs="sld autism mld cl",
        level="specialist",
        ages=(16, 25),
        where="out",
        eligibility="Young people aged 16 to 25 with learning disabilities or autism whose EHC "
        "plan names the college.",
        ehc_required=True,
        referral="ehc",
        access="Visit on an open day, then ask for the college to be named in your EHC plan. The "
        "college will assess whether it can meet your needs.",
        cost="Fees are paid by the local authority through the EHC plan; there is no cost to "
        "families.",
        at=(("nw_college", "Mon-Fri 9:00-16:00", TERM),),
    ),
    S(
        "Thistlebury College",
        "thistlebury-college",
        "A national college for young people aged 16 to 25 who are blind, partially sighted, "
        "deaf or deafblind, with residential places.",
        "Thistlebury College teaches vocational courses alongside independence skills, mobility, "
        "braille, British Sign Language and tactile signing. Students live in accessible "
        "flats with support, and the college has specialist staff for multi-sensory "
        "impairment. Many students move on to work, university or supported living.",
        areas="edu pfa",
        needs="vi hi msi",
        level="specialist",
        ages=(16, 25),
        where="regional",
        eligibility="Young people aged 16 to 25 with a sensory impairment whose EHC plan names "
        "the college.",
        ehc_required=True,
        diagnosis_required=True,
        referral="ehc",
        access="Book an assessment visit through the admissions team and talk to your SEND "
        "caseworker about naming the college.",
        cost="Fees are paid through the EHC plan by the young person's local authority.",
        at=(("thistlebury", "Mon-Fri 9:00-16:30", TERM),),
    ),
    S(
        "Word Wise dyslexia assessments and tuition",
        "word-wise-learning-centre",
        "Private dyslexia assessments and one-to-one lessons with a specialist teacher, for "
        "children and young people aged 6 to 18.",
        "A full diagnostic assessment looks at reading, spelling, writing, memory and speed of "
        "processing, and takes about three hours. You will get a written report with "
        "recommendations for home and school. Our specialist teachers also offer weekly "
        "tuition using structured, multi-sensory methods, in person or online.",
        areas="edu",
        needs="spld cl",
        level="targeted",
        ages=(6, 18),
        eligibility="Children and young people aged 6 to 18 who find reading, spelling or "
        "writing much harder than other things.",
        access="Phone or email to book a free 15-minute call to talk about your child.",
        cost="Full assessment £450. Weekly tuition £42 for 50 minutes. Discounts for families "
        "who get benefits.",
        at=(
            (
                "library_hb",
                "Mon-Thu 15:30-19:30; Sat 9:00-13:00",
                "Closed on bank holidays and for two weeks in August.",
            ),
        ),
    ),
    S(
        "Dyslexia-friendly library resources",
        "brindlemoor-libraries",
        "Books, audiobooks and reading apps that make reading easier and more enjoyable if you "
        "or your child are dyslexic.",
        "All Brindlemoor libraries have collections of books printed on tinted paper in clear "
        "fonts, high-interest stories for older readers who are still learning, and "
        "audiobooks. With a free library card you can borrow eBooks and audiobooks from home "
        "and use the reading pens in any library. Library staff can help you find something "
        "your child will enjoy.",
        areas="edu leisure",
        needs="spld",
        level="universal",
        ages=(4, 25),
        access="Join for free at any library or online. Children under 16 need a parent to "
        "sign the form.",
        at=(
            ("library_bm", "Mon-Fri 9:00-19:00; Sat 9:00-16:00", BANK),
            ("library_sb", "Tue,Thu 9:30-17:00; Sat 9:30-13:00", BANK),
        ),
    ),
    S(
        "Elective home education advice for families of children with SEND",
        "brindlemoor-council-send-team",
        "Advice if you are thinking about educating your child with SEND at home, or already "
        "do, including what happens to an EHC plan.",
        "Our elective home education adviser can explain your rights and responsibilities, "
        "talk through your reasons and what else might help, and share local groups and "
        "resources. If your child has an EHC plan, we will still review it every year and "
        "check the support is being provided. If your child attends a special school, we must "
        "agree before you take them off roll.",
        areas="edu iass",
        needs="ci cl semh sp",
        level="universal",
        ages=(5, 16),
        access="Email or phone the SEND Team and ask for the elective home education adviser.",
        at=(("civic", OFFICE, XMAS),),
        overdue=True,
    ),
    # ---------------------------------------------------------------- social care
    S(
        "Children with disabilities social work team",
        "brindlemoor-children-with-disabilities-team",
        "Social workers who assess what your disabled child and your family need, and arrange "
        "support such as short breaks or help at home.",
        "If your child has a severe or profound disability, a social worker can carry out a "
        "child and family assessment. This looks at your child's needs and how the family is "
        "managing, and may lead to support such as short breaks, a personal assistant, direct "
        "payments or help with equipment. Social workers also support families who are going "
        "through a difficult time, and plan with young people for adult care.",
        areas="care",
        needs="sld pmld pd msi autism",
        level="specialist",
        ages=(0, 18),
        eligibility="Disabled children aged 0 to 18 living in Brindlemoor whose disability has "
        "a substantial and long-term effect on their daily life.",
        referral="self professional",
        access="Phone the council's family front door or fill in the online request form. Any "
        "professional can also refer with your agreement.",
        at=(("civic", OFFICE, XMAS),),
    ),
    S(
        "Willow House overnight short breaks",
        "cedar-care-partnership",
        "Overnight short breaks for disabled children aged 8 to 18 in a homely, fully adapted "
        "house, so they can have fun and you can rest.",
        "Willow House has six bedrooms, a sensory room, a games room and a large garden. "
        "Children stay for one or more nights, usually once or twice a month, with friends "
        "they get to know over time. Staff are trained in personal care, epilepsy and "
        "medicines, and follow each child's routines. Outings include swimming, the cinema and "
        "the adventure playground.",
        areas="care leisure",
        needs="sld pmld autism pd",
        level="specialist",
        ages=(8, 18),
        eligibility="Disabled children aged 8 to 18 who live in Brindlemoor and have been "
        "assessed by the Children with Disabilities Team as needing overnight short breaks.",
        referral="professional",
        access="You need a social care assessment from the Children with Disabilities Team "
        "first: phone the council's family front door to ask for one. If the assessment finds "
        "your child needs overnight short breaks, their social worker will discuss Willow "
        "House with you. You are welcome to visit before your child stays.",
        budget=True,
        at=(
            (
                "willow",
                "Mon-Sun 8:00-22:00",
                "Open all year, including bank holidays; staff are awake through the night.",
            ),
        ),
    ),
    S(
        "Shared care short breaks with foster carers",
        "cedar-care-partnership",
        "Short breaks where your disabled child spends time with an approved shared carer "
        "family, from a few hours to overnight stays.",
        "Shared carers are local people who have been trained and approved to look after "
        "disabled children in their own homes. We match your child with a carer who suits "
        "their needs and interests, and you meet them before breaks begin. Many families and "
        "shared carers stay in touch for years.",
        areas="care",
        needs="sld autism pd",
        level="specialist",
        ages=(0, 18),
        eligibility="Disabled children under 18 in Brindlemoor who have an assessed need for "
        "short breaks.",
        referral="professional",
        access="You need a social care assessment from the Children with Disabilities Team "
        "first. If your child already has a social worker, ask them about shared care; if not, "
        "phone the council's family front door to ask for an assessment.",
        budget=True,
        at=(("willow", OFFICE, BANK),),
    ),
    S(
        "Direct payments for families of disabled children",
        "brindlemoor-children-with-disabilities-team",
        "Money from the council that you can use to arrange your child's support yourself, for "
        "example employing a personal assistant.",
        "A direct payment is one way to receive a personal budget. If your child is assessed "
        "as needing social care support, you can choose to have a direct payment instead "
        "of services arranged by the council. You can use it flexibly "
        "to meet the outcomes in your child's plan, such as paying for a personal assistant, "
        "an activity club or a short break. A support service helps you with payroll, "
        "recruiting and keeping records.",
        areas="care iass",
        needs="sld pmld autism pd msi",
        level="specialist",
        ages=(0, 25),
        eligibility="Families of disabled children and young people who have an assessed "
        "social care need and a support plan from Brindlemoor Council.",
        referral="professional ehc",
        access="Direct payments follow a social care assessment from the Children with "
        "Disabilities Team, or an EHC plan's personal budget. Talk to your social worker or "
        "SEND caseworker; if you have neither, phone the council's family front door to ask "
        "for an assessment.",
        cost="Direct payments are not a service with a price. They are the council's money, "
        "paid to you, to arrange the support your child has been assessed as needing. How "
        "much you get depends on that assessment.",
        at=(("civic", OFFICE, XMAS),),
    ),
    S(
        "Parent carer needs assessment",
        "brindlemoor-children-with-disabilities-team",
        "If you care for a disabled child, you have the right to an assessment of your own "
        "needs as a carer, including time for yourself.",
        "A parent carer needs assessment looks at how caring affects your health, work, sleep "
        "and relationships, and what would help. It can lead to support such as short breaks, "
        "a carer's grant, counselling or help to return to work. You can have an assessment "
        "even if your child is not known to social care.",
        areas="care iass",
        needs="ci cl semh sp",
        level="targeted",
        ages=(0, 18),
        eligibility="Parents and carers of a disabled child under 18 living in Brindlemoor.",
        referral="self professional",
        access="Phone or email the Children with Disabilities Team and ask for a parent carer "
        "needs assessment.",
        at=(("civic", OFFICE, XMAS),),
    ),
    S(
        "Brindlemoor Young Carers Project",
        "brindlemoor-young-carers",
        "Clubs, trips and someone to talk to if you help look after a disabled brother or "
        "sister or a parent at home.",
        "Being a young carer can mean less time for friends, homework and fun. The project "
        "runs weekly clubs for 8 to 12 year olds and 13 to 18 year olds, holiday trips and "
        "one-to-one support. We can also talk to your school so that teachers understand your "
        "situation.",
        areas="care leisure",
        needs="",
        level="targeted",
        ages=(8, 18),
        eligibility="Young people aged 8 to 18 who live in Brindlemoor and care for a family "
        "member who is disabled, ill or has a mental health problem or addiction.",
        referral="self professional",
        access="Phone or email us, or ask a teacher or social worker to refer you.",
        at=(("lantern", "Tue 16:30-18:30; Thu 17:00-19:00", TERM),),
    ),
    S(
        "Brothers and sisters group",
        "brindlemoor-autism-family-network",
        "A fortnightly group for children aged 7 to 14 who have a disabled or autistic brother "
        "or sister, with games, art and a chance to talk.",
        "Siblings of disabled children often have big feelings and not many people to share "
        "them with. At this group they meet others in the same situation, have fun and learn "
        "about their brother's or sister's needs in a way that makes sense to them.",
        areas="care leisure",
        needs="autism",
        level="targeted",
        ages=(7, 14),
        eligibility="Children aged 7 to 14 with a disabled or autistic brother or sister.",
        access="Email us to book a free place.",
        at=(("memorial_hall", "Wed 16:30-18:00", TERM),),
        phone="07700 900202",
    ),
    S(
        "Home equipment and adaptations for disabled children",
        "brindlemoor-children-with-disabilities-team",
        "Occupational therapists who assess whether your home needs equipment or adaptations, "
        "such as hoists, ramps or a level-access shower.",
        "Our occupational therapists visit your home to see how your child manages everyday "
        "tasks like bathing, getting upstairs and getting in and out of the house. They can "
        "provide equipment on loan and recommend larger adaptations, which may be funded by a "
        "Disabled Facilities Grant. They will also advise on safe moving and handling as your "
        "child grows.",
        areas="care",
        needs="pd pmld sp",
        level="specialist",
        ages=(0, 25),
        eligibility="Disabled children and young people aged 0 to 25 living in Brindlemoor who "
        "have difficulty with everyday tasks at home.",
        referral="self professional",
        access="Phone the council's family front door and ask for an occupational therapy "
        "assessment.",
        at=(("civic", OFFICE, XMAS),),
    ),
    # ---------------------------------------------------------------- preparing for adulthood
    S(
        "Preparing for adulthood reviews",
        "brindlemoor-preparing-for-adulthood-team",
        "From Year 9, your child's EHC plan reviews look at what they want for adult life: "
        "work, where to live, friends and health.",
        "Preparing for adulthood reviews focus on the young person's hopes for the future. A "
        "member of our team can attend the review to help plan the steps to get there, for "
        "example a college course, supported internship, travel training or a move to adult "
        "social care. We make sure young people are at the centre of decisions from age 16.",
        areas="pfa iass",
        needs="ci cl semh sp",
        level="specialist",
        ages=(14, 25),
        eligibility="Young people aged 14 to 25 with an EHC plan maintained by Brindlemoor "
        "Council.",
        ehc_required=True,
        referral="ehc",
        access="Ask for a preparing for adulthood adviser to come to your next review, through "
        "your SEND caseworker.",
        at=(("civic", OFFICE, XMAS),),
    ),
    S(
        "Moving to adult social care",
        "brindlemoor-preparing-for-adulthood-team",
        "Help for disabled young people and their families to plan the move from children's to "
        "adult social care, starting from age 14.",
        "We work with young people who are likely to need care and support as adults. A "
        "transition worker gets to know you, carries out a Care Act assessment before you turn "
        "18, and helps you plan support such as a personal assistant, day opportunities or "
        "supported living. We also explain how decisions are made if you need support to make "
        "them.",
        areas="care pfa",
        needs="sld pmld autism pd msi",
        level="specialist",
        ages=(14, 25),
        eligibility="Young people aged 14 to 25 in Brindlemoor who are likely to have eligible "
        "care needs as adults.",
        referral="professional",
        access="Your social worker or SEND caseworker will refer you at around age 14.",
        at=(("civic", OFFICE, XMAS),),
    ),
    S(
        "Life after your EHC plan ends",
        "brindlemoor-preparing-for-adulthood-team",
        "Advice for young people aged 24 and 25 whose EHC plan is ending, about the support "
        "you can still get for learning, work and daily life.",
        "EHC plans end at 25, or earlier when you finish education. Our advisers meet you in "
        "the year before your plan ends to make sure you know where to turn next: adult "
        "social care, adult learning, employment support, health services and community "
        "groups. You will leave with a simple plan written in your words.",
        areas="pfa iass",
        needs="cl ci sp semh",
        level="targeted",
        ages=(24, 25),
        eligibility="Young people aged 24 or 25 with a Brindlemoor EHC plan that is ending.",
        ehc_required=True,
        referral="self ehc",
        access="Phone the Preparing for Adulthood Team or ask your college to contact us.",
        at=(("civic", OFFICE, XMAS),),
    ),
    S(
        "Independent living skills course",
        "brindlemoor-college",
        "A one-year course where young people aged 18 to 25 practise cooking, cleaning, "
        "shopping and budgeting in a training flat.",
        "The course is taught in a real flat at the college, where you learn to plan meals, "
        "cook, keep your home clean and safe, pay bills and use public transport. You will "
        "also learn about staying safe online and in relationships. At the end you may be "
        "ready to move into your own place with the right support.",
        areas="pfa edu",
        needs="mld sld autism",
        level="specialist",
        ages=(18, 25),
        eligibility="Young people aged 18 to 25 with learning difficulties who want to live "
        "more independently.",
        referral="self ehc",
        access="Apply to the college and ask for an interview with the foundation learning team.",
        at=(("college_bm", "Mon-Thu 10:00-15:00", TERM),),
    ),
    S(
        "Supported housing advice for young people",
        "brindlemoor-preparing-for-adulthood-team",
        "Advice on your housing options as a young disabled adult, from living with family to "
        "supported living or your own tenancy.",
        "Our housing advisers explain the different options and what support comes with them, "
        "help you apply for housing, and work with adult social care if you need support at "
        "home. We can visit supported living schemes with you so you can see what they are "
        "like.",
        areas="pfa iass",
        needs="sld mld autism pd mh",
        level="targeted",
        ages=(17, 25),
        eligibility="Young people aged 17 to 25 with SEND who live in Brindlemoor and want to "
        "plan where they will live.",
        referral="self professional",
        access="Phone the Preparing for Adulthood Team and ask for a housing appointment.",
        at=(("civic", "Tue,Thu 9:30-16:00", XMAS),),
        status="archived",
    ),
    S(
        "Friends Together social club",
        "open-door-youth-trust",
        "A Friday evening social club for young adults aged 18 to 25 with learning "
        "disabilities, with music, games, trips and new friends.",
        "Friends Together is run by young adults with learning disabilities with support from "
        "Open Door staff. Members choose the activities, which have included karaoke, bowling, "
        "cooking competitions and trips to the coast. The club is a safe place to make "
        "friends and learn about relationships.",
        areas="pfa leisure",
        needs="sld mld autism",
        level="targeted",
        ages=(18, 25),
        eligibility="Young adults aged 18 to 25 with learning disabilities. Support workers "
        "are welcome to come along.",
        access="Come along for a free taster session; phone first so we can welcome you.",
        cost="£3 a session; trips cost extra.",
        budget=True,
        at=(("forge", "Fri 18:30-21:00", "Closed on bank holidays and over Christmas."),),
    ),
    S(
        "Money skills workshops for young adults",
        "fairways-benefits-advice",
        "Free workshops that help young people aged 16 to 25 with SEND manage money, bank "
        "accounts and benefits.",
        "Over four weekly sessions you will learn how bank cards work, how to keep track of "
        "what you spend, how to stay safe from scams and what benefits you might be able to "
        "claim. Workshops use easy read handouts and real-life practice, and a parent or "
        "support worker can come too.",
        areas="pfa iass",
        needs="mld sld autism",
        level="targeted",
        ages=(16, 25),
        eligibility="Young people aged 16 to 25 with SEND living in Brindlemoor.",
        access="Book your place by phone or email.",
        at=(("library_bm", "Wed 14:00-16:00", "Runs four times a year; dates on our website."),),
    ),
    # ---------------------------------------------------------------- travel
    S(
        "Home to school travel assistance",
        "brindlemoor-travel-assistance-team",
        "Help getting to school for children aged 4 to 16 who cannot walk there because of "
        "their SEND, disability or mobility problems.",
        "Travel assistance might be a bus pass, a seat on a school minibus with a passenger "
        "assistant, a mileage allowance so you can drive your child, or independent travel "
        "training. We decide what is suitable after looking at your child's needs and the "
        "distance to school. Drivers and assistants are trained in supporting children with "
        "SEND.",
        areas="travel",
        needs="pd sld autism pmld",
        level="targeted",
        ages=(4, 16),
        eligibility="Children aged 4 to 16 living in Brindlemoor who attend their nearest "
        "suitable school and cannot reasonably walk there because of SEND, disability or "
        "mobility problems, or who live beyond walking distance.",
        referral="self",
        access="Apply online by 31 May for a September start. You can also apply at any time "
        "if your circumstances change.",
        at=(("civic", OFFICE, XMAS),),
    ),
    S(
        "Post-16 travel support",
        "brindlemoor-travel-assistance-team",
        "Help with travel to college for students aged 16 to 25 with SEND, such as a bus pass, "
        "a travel grant or shared transport.",
        "Students with SEND can apply for help with getting to school, college or a training "
        "provider. We encourage independent travel where possible and may offer travel "
        "training. For students who cannot travel independently, we may provide shared "
        "transport. There is a contribution for students aged 16 to 18 who are not on low "
        "incomes.",
        areas="travel pfa",
        needs="ci cl sp semh",
        level="targeted",
        ages=(16, 25),
        eligibility="Young people aged 16 to 25 living in Brindlemoor with SEND who are in "
        "education and cannot get there without support.",
        referral="self",
        access="Apply online from June each year.",
        cost="A contribution of £180 a year for 16 to 18 year olds, paid in instalments. Free "
        "for families on low incomes and for students aged 19 and over with an EHC plan.",
        at=(("civic", OFFICE, XMAS),),
    ),
    S(
        "Independent travel training",
        "pathways-travel-training",
        "One-to-one training that teaches young people aged 11 to 25 to travel to school, "
        "college or work on their own, safely and confidently.",
        "A trainer travels with you on your route, step by step, until you can do it alone. "
        "You will learn to plan your journey, buy tickets, deal with delays and stay safe. "
        "Training takes a few weeks to a few months, and your trainer follows you at a "
        "distance before you travel alone.",
        areas="travel pfa",
        needs="mld sld autism vi",
        level="targeted",
        ages=(11, 25),
        eligibility="Young people aged 11 to 25 with SEND in Brindlemoor who could learn to "
        "travel independently.",
        referral="self professional ehc",
        access="Phone or email us, or ask your school, college or the Travel Assistance Team "
        "to refer you.",
        at=(("lantern", OFFICE, BANK),),
    ),
    S(
        "Blue Badge parking for disabled children",
        "brindlemoor-travel-assistance-team",
        "A Blue Badge lets you park closer to where you need to go if your child has a "
        "disability that makes getting about hard.",
        "Children can get a Blue Badge if they have serious difficulty walking, need bulky "
        "medical equipment or must be kept near a vehicle for treatment, and some children "
        "with hidden disabilities such as autism may qualify. The badge lasts up to three "
        "years. We aim to make a decision within 12 weeks.",
        areas="travel",
        needs="pd medical autism sp",
        level="targeted",
        ages=(0, 25),
        eligibility="Disabled children and young people living in Brindlemoor who meet the "
        "Blue Badge criteria. Children under 3 qualify only if they need bulky medical "
        "equipment or must be near a vehicle.",
        access="Apply online or ask for a paper form at the Civic Offices.",
        cost="£10 if your application is successful.",
        at=(("civic", OFFICE, XMAS),),
    ),
    S(
        "Dial-a-ride community transport",
        "open-door-youth-trust",
        "A door-to-door minibus service for disabled people who cannot use ordinary buses, "
        "bookable by phone.",
        "Dial-a-ride minibuses have wheelchair lifts and drivers trained to help passengers. "
        "Young people aged 14 and over can travel on their own; younger children travel with "
        "an adult. You can book trips to school activities, appointments, shops or clubs "
        "anywhere in Brindlemoor.",
        areas="travel leisure",
        needs="pd vi sp",
        level="targeted",
        ages=(5, 25),
        eligibility="Disabled people in Brindlemoor who find it difficult to use public transport.",
        access="Register by phone, then book each trip at least two days ahead.",
        cost="£2.50 for a single journey, £1.50 for under-18s. Carers travel free.",
        phone="01632 960217",
        at=(("forge", "Mon-Sat 8:00-18:00", BANK),),
    ),
    # ---------------------------------------------------------------- advice and support
    S(
        "Brindlemoor SEND Information, Advice and Support Service (SENDIASS)",
        "brindlemoor-sendiass",
        "Free, confidential and impartial advice about special educational needs and "
        "disabilities, for parents, children and young people up to 25.",
        "SENDIASS can explain the law and the options in plain language, help you prepare for "
        "meetings, read reports with you, and support you through EHC needs assessments, "
        "annual reviews and appeals. We work separately from the council's SEND Team, so you "
        "can talk to us in confidence. Young people can get advice in their own right, and "
        "trained volunteers can come to meetings with you. Services like ours are also "
        "called IASS or SENDIAS.",
        areas="iass",
        needs="ci cl semh sp",
        level="universal",
        ages=(0, 25),
        access="Phone our helpline, email us or use the online contact form. You can also book "
        "a face-to-face appointment at Lantern Street Community Centre.",
        decisions="SENDIASS is commissioned by Brindlemoor Council and the local NHS but works "
        "at arm's length from them. Advisers follow national minimum standards and a manager "
        "checks the quality of our advice. We report each year to a steering group that "
        "includes parents and young people.",
        at=(("lantern", "Mon-Thu 9:30-16:30; Fri 9:30-13:00", XMAS),),
    ),
    S(
        "Brindlemoor Parent Carer Forum",
        "brindlemoor-parent-carer-forum",
        "Join other parents and carers of children with SEND to share experiences and help "
        "shape local services.",
        "The forum brings parents' views to the council and NHS. We run surveys, coffee "
        "mornings, online chats and an annual conference, and members sit on groups that plan "
        "services. You can join for free and be as involved as you like, from reading our "
        "newsletter to speaking at meetings.",
        areas="iass",
        needs="ci cl semh sp",
        level="universal",
        ages=(0, 25),
        access="Join on our website or by phone. Membership is free.",
        at=(("lantern", "Wed 10:00-12:00", TERM),),
    ),
    S(
        "SEND mediation and disagreement resolution",
        "common-ground-mediation",
        "Independent mediators who help families and councils sort out disagreements about EHC "
        "needs assessments, plans and SEND support.",
        "Mediation is a meeting led by an independent mediator where you and the council talk "
        "through the disagreement and look for a solution. It is free and confidential. Before "
        "you can appeal to the SEND Tribunal about most EHC plan decisions, you must contact "
        "a mediation adviser, although you do not have to go to mediation. Meetings can be in "
        "person or online.",
        areas="iass",
        needs="ci cl semh sp",
        level="universal",
        ages=(0, 25),
        where="regional",
        access="Phone or email us and say which council you are in disagreement with. We will "
        "call you back within two working days.",
        at=(("saltmarsh", OFFICE, BANK),),
        phone="01632 960193",
    ),
    S(
        "Benefits advice for families of disabled children",
        "fairways-benefits-advice",
        "Free help to check which benefits and grants your family can get, and to fill in forms "
        "such as Disability Living Allowance.",
        "Many families miss out on money they are entitled to. Our advisers can check your "
        "entitlement, help you fill in Disability Living Allowance and Personal Independence "
        "Payment forms, and support you to challenge a decision. We also know about charitable "
        "grants for equipment, holidays and household items.",
        areas="iass",
        needs="ci cl semh sp",
        level="universal",
        ages=(0, 25),
        where="remote",
        access="Phone our advice line or book a call back online.",
        at=(),
    ),
    S(
        "Brindlemoor Autism Family Network",
        "brindlemoor-autism-family-network",
        "Support, friendship and family activities if your child is autistic or waiting for an "
        "assessment.",
        "The network is run by parents for parents. We hold monthly coffee mornings, evening "
        "talks from professionals, family swim sessions and a private online group. You do "
        "not need a diagnosis to join. Our volunteers have been where you are and can point "
        "you to the right help.",
        areas="iass leisure",
        needs="autism ci",
        level="universal",
        ages=(0, 25),
        access="Join on our website or come to a coffee morning.",
        at=(("memorial_hall", "Sat 10:00-12:00", "First Saturday of each month."),),
    ),
    S(
        "Brindlemoor ADHD Parents' Circle",
        "brindlemoor-adhd-parents-circle",
        "Meet other parents of children with ADHD, or suspected ADHD, for practical tips and "
        "understanding.",
        "The circle meets in person and online every month. Sessions include sharing what "
        "works, guest speakers on topics like school, sleep and medication, and a lending "
        "library of books. Grandparents and other carers are welcome too.",
        areas="iass",
        needs="adhd semh",
        level="universal",
        ages=(4, 18),
        access="Email us to join; the first session is a chance to just listen.",
        at=(("youth_am", "Tue 19:00-21:00", "Second Tuesday of each month; closed in August."),),
    ),
    S(
        "Understanding autism course for parents",
        "brindlemoor-council-send-team",
        "A free six-week course, online or in person, to help you understand your autistic "
        "child and what helps them.",
        "The course is led by an autism specialist teacher and a parent. Topics include "
        "communication, sensory differences, anxiety, behaviour and working with school. You "
        "will meet other parents and leave with ideas to try at home. You do not need a "
        "diagnosis to book.",
        areas="iass edu",
        needs="autism ci",
        level="universal",
        ages=(2, 18),
        where="remote",
        access="Book online. Courses start in September, January and April.",
    ),
    S(
        "Brindlemoor Local Offer newsletter",
        "brindlemoor-council-send-team",
        "A monthly email with news about SEND services, events and changes in Brindlemoor.",
        "Sign up to hear about new services, holiday activities, training for parents and "
        "consultations where you can have your say. The newsletter is written in plain "
        "English and is available in easy read.",
        areas="iass",
        level="universal",
        ages=(0, 25),
        where="remote",
        access="Sign up on the Local Offer website.",
        status="archived",
    ),
    # ---------------------------------------------------------------- leisure
    S(
        "Saturday Stars club for disabled children",
        "open-door-youth-trust",
        "A Saturday club for disabled children aged 5 to 12 with arts, games, outdoor play and "
        "one-to-one support where needed.",
        "Saturday Stars gives children the chance to play and make friends while their "
        "families get a break. Activities include messy play, music, cooking, football and "
        "trips to the adventure playground. Staff are trained in personal care, manual "
        "handling and communication methods such as signing and symbols.",
        areas="leisure care",
        needs="sld autism pd pmld",
        level="targeted",
        ages=(5, 12),
        eligibility="Disabled children aged 5 to 12 who live in Brindlemoor.",
        referral="self professional",
        access="Phone Open Door to arrange a home visit before your child starts.",
        cost="£15 a session, or paid from a short breaks personal budget.",
        budget=True,
        at=(("forge", "Sat 10:00-15:00", "Term time only."),),
    ),
    S(
        "Inclusive holiday play scheme",
        "open-door-youth-trust",
        "Fun-filled days in the school holidays for disabled children aged 5 to 17, with trips, "
        "sport, crafts and support for every child.",
        "The play scheme runs for three weeks in the summer and one week at Easter and October "
        "half term. Children are grouped by age and interests, and staff make sure everyone "
        "can take part. There is a quiet room, a sensory tent and lots of outdoor space.",
        areas="leisure childcare care",
        needs="sld autism pd adhd",
        level="targeted",
        ages=(5, 17),
        eligibility="Disabled children and young people aged 5 to 17 who live in Brindlemoor.",
        referral="self professional",
        access="Book online from the start of each term. Places fill quickly.",
        cost="£20 a day. Free places for families who get free school meals.",
        budget=True,
        at=(("forge", "Mon-Fri 9:30-15:30", HOLS),),
    ),
    S(
        "Copper Hill Adventure Playground",
        "open-door-youth-trust",
        "An adventure playground designed for disabled and non-disabled children to play "
        "together, with staff to help.",
        "The playground has accessible swings, a roundabout that takes wheelchairs, climbing "
        "frames, a sensory garden and an indoor den. Playworkers are on hand to help children "
        "join in. Under-8s must come with an adult.",
        areas="leisure",
        needs="pd sld autism",
        level="universal",
        ages=(0, 16),
        access="Just turn up. Groups should phone to book.",
        at=(
            (
                "adventure",
                "Tue-Fri 15:30-18:30; Sat,Sun 10:00-16:00",
                "Open every day in the school holidays; closed on Christmas Day and Boxing Day.",
            ),
        ),
    ),
    S(
        "Riding for disabled children at Hoofbeats",
        "hoofbeats-riding-therapy",
        "Riding lessons for disabled children and young people aged 4 to 25, with a mounting "
        "hoist and trained volunteers.",
        "Riding helps with balance, strength and confidence, and many children love the "
        "connection with the ponies. Each rider has a leader and side-walkers as needed. "
        "Riders who cannot ride can try carriage driving, which is wheelchair accessible.",
        areas="leisure health",
        needs="pd sld autism msi",
        level="targeted",
        ages=(4, 25),
        eligibility="Disabled children and young people aged 4 to 25. A doctor or "
        "physiotherapist must confirm riding is safe for your child.",
        access="Phone us to join the waiting list.",
        cost="£12 for a 30-minute lesson. Bursaries are available.",
        budget=True,
        at=(("hoofbeats", "Tue,Wed 16:00-19:00; Sat 9:00-13:00", "Closed in January."),),
    ),
    S(
        "Relaxed cinema screenings",
        "moorlight-cinema",
        "Monthly film screenings where it is fine to move around, make noise and come and go, "
        "with lights low and the sound turned down.",
        "Relaxed screenings suit autistic people, people with learning disabilities and anyone "
        "who finds the cinema overwhelming. There are no adverts or trailers, and there is a "
        "chill-out space in the foyer. Carers go free with a carer's card.",
        areas="leisure",
        needs="autism sld",
        level="universal",
        ages=(0, 25),
        access="Book online or at the box office.",
        cost="£4.50 for everyone. Carers free.",
        at=(("cinema", "Sun 10:30-13:00", "Last Sunday of each month."),),
    ),
    S(
        "Wheelchair basketball and sports",
        "kestrel-vale-wheelchair-sports-club",
        "Wheelchair basketball, tennis and racing sessions for children and young people aged "
        "6 to 25, with sports chairs to borrow.",
        "You do not need to use a wheelchair every day to join in: the club welcomes anyone "
        "with a physical disability and their friends. Coaches teach the basics and there are "
        "friendly matches and competitions for those who want them. The club is in Kestrel "
        "Vale, a short drive from Stallbridge.",
        areas="leisure",
        needs="pd sp",
        level="targeted",
        ages=(6, 25),
        where="out",
        eligibility="Children and young people aged 6 to 25 with a physical disability or "
        "mobility difficulty. Brothers, sisters and friends can play too.",
        access="Come along for a free taster session; phone first to check chairs are "
        "available in your size.",
        cost="£4 a session.",
        at=(("kv_arena", "Wed 18:00-20:00; Sat 10:00-12:00", BANK),),
    ),
    S(
        "Northwold Family Centre SEND play sessions",
        "northwold-family-support-trust",
        "Weekly play sessions for under-fives with additional needs and their parents, just "
        "across the border in Northwold.",
        "Families from Brindlemoor are welcome at our Friday play sessions. There is a sensory "
        "room, messy play, songs with signing, and staff who can chat about your child's "
        "development. Parents often tell us the best part is meeting others who understand.",
        areas="leisure childcare",
        needs="ci cl sp",
        level="universal",
        ages=(0, 5),
        where="out",
        access="Just turn up. Phone first if you would like a quiet first visit.",
        at=(("nw_family_centre", "Fri 9:30-11:30", TERM),),
    ),
    S(
        "Music therapy",
        "bluebell-music-therapy",
        "Music therapy sessions that use instruments, singing and sound to help your child "
        "communicate and express feelings.",
        "A registered music therapist works with your child one-to-one or in a small group. "
        "Children do not need any musical skill. Music therapy can help children who find "
        "words difficult, and those who are anxious or have experienced trauma. We agree goals "
        "with you and review them every ten sessions.",
        areas="health leisure",
        needs="ci pmld autism attachment",
        level="targeted",
        ages=(0, 25),
        eligibility="Children and young people aged 0 to 25 with communication, emotional or "
        "learning needs.",
        access="Phone or email for a free initial conversation.",
        cost="£55 for a 45-minute individual session. Group sessions £20.",
        budget=True,
        at=(("fx_hall", "Mon,Thu 13:00-19:00", "Closed on bank holidays."),),
    ),
    S(
        "Sensory story time",
        "brindlemoor-libraries",
        "Stories told with sounds, smells, textures and lights, for children who enjoy learning "
        "through their senses.",
        "Sensory story time is designed for children with profound and multiple learning "
        "disabilities, autism or sensory impairments, but everyone is welcome. Sessions are "
        "small and calm, and you can stay in your child's wheelchair or sit on the floor "
        "cushions.",
        areas="leisure edu",
        needs="pmld msi autism",
        level="universal",
        ages=(0, 11),
        access="Free, no need to book. Phone if you would like to know the story in advance.",
        at=(("library_bm", "Sat 10:00-10:45", TERM),),
    ),
    S(
        "Inclusive drama group",
        "open-door-youth-trust",
        "A weekly drama group for young people aged 11 to 19 with and without disabilities, "
        "ending each term with a show.",
        "Members devise their own performances using acting, movement, puppetry and music. "
        "Everyone takes part in their own way, including with communication aids or signing. "
        "Drama can build confidence, friendships and communication.",
        areas="leisure",
        needs="autism slcn mld pd",
        level="universal",
        ages=(11, 19),
        access="Come to a free taster; no experience needed.",
        cost="£5 a session.",
        at=(("forge", "Mon 17:30-19:00", TERM),),
    ),
    S(
        "Summer sensory garden sessions",
        "brindlemoor-libraries",
        "Outdoor sensory play sessions in the library garden during the summer holidays.",
        "These sessions ran in the library's sensory garden during summer 2025.",
        areas="leisure",
        needs="pmld autism",
        level="universal",
        ages=(0, 11),
        access="No need to book.",
        at=(("library_bm", "Wed 10:00-11:30", HOLS),),
        status="archived",
    ),
    S(
        "Autism-friendly climbing sessions",
        "cragside-climbing-wall",
        "Quiet climbing sessions for autistic children and young people aged 7 to 18, with the "
        "music off and fewer people on the wall.",
        "Instructors explain each step using pictures and short instructions, and climbers can "
        "take breaks in a quiet corner. Sessions build confidence, strength and coordination. "
        "Parents can climb too.",
        areas="leisure",
        needs="autism adhd spld",
        level="universal",
        ages=(7, 18),
        access="Book online; choose 'quiet session'.",
        cost="£9 a session including equipment.",
        at=(("cragside", "Sun 9:00-10:30", "Closed on Christmas Day and New Year's Day."),),
        status="draft",
    ),
    # ---------------------------------------------------------------- childcare
    S(
        "Childminders with SEND experience",
        "stallbridge-childminding-network",
        "Registered childminders in Stallbridge and Tollerby who have training and experience in "
        "caring for children with SEND.",
        "Childminders offer care in a small, home-based setting, which suits many young "
        "children with SEND. Our network childminders have completed extra training in areas "
        "such as communication, medical needs and behaviour, and can work with therapists. "
        "Some offer care before and after school and in the holidays.",
        areas="childcare",
        needs="ci cl semh sp",
        level="universal",
        ages=(0, 12),
        access="Phone the network coordinator, who will help you find a childminder with spaces.",
        cost="Around £6 to £7 an hour. Free early education hours can be used with network "
        "childminders.",
        at=(("hub_sb", OFFICE, BANK),),
    ),
    S(
        "After-school club with one-to-one support",
        "open-door-youth-trust",
        "An after-school club for children aged 5 to 14 with SEND, with one-to-one support "
        "available so that working parents can rely on it.",
        "Children are collected from several local schools and brought to The Forge, where "
        "they have a snack, play, rest and do homework. Staff can support personal care and "
        "give medicines. The club is registered with Ofsted.",
        areas="childcare care",
        needs="autism sld pd adhd",
        level="targeted",
        ages=(5, 14),
        eligibility="Children aged 5 to 14 with SEND who live or go to school in Brindlemoor.",
        access="Phone the club to arrange a visit and a settling-in session.",
        cost="£18 a session. Tax-free childcare and short break budgets can be used.",
        budget=True,
        at=(("forge", "Mon-Fri 15:00-18:00", TERM),),
    ),
    S(
        "Holiday childcare for disabled children",
        "brindlemoor-family-hubs",
        "Help finding holiday childcare that can meet your disabled child's needs, and funding "
        "for extra support if needed.",
        "Our childcare advisers know which holiday clubs can support children with SEND and "
        "what they can offer. If a club needs extra staff to include your child, we can help "
        "them apply for inclusion funding so you do not pay more.",
        areas="childcare iass",
        needs="ci cl semh sp",
        level="universal",
        ages=(5, 14),
        where="remote",
        access="Phone or email the family hubs information line.",
    ),
    S(
        "Free childcare for three and four-year-olds",
        "brindlemoor-early-years-inclusion-team",
        "All three and four-year-olds can get 15 hours a week of free early education, and "
        "some families can get 30 hours.",
        "Your child can start their free place the term after they turn three. Places are "
        "available at nurseries, pre-schools, school nursery classes and childminders. If "
        "your child has SEND, the setting can apply for extra funding to support them.",
        areas="childcare edu",
        level="universal",
        ages=(3, 4),
        access="Contact a nursery, pre-school or childminder directly. Check if you can get 30 "
        "hours on the national childcare website.",
        at=(("lantern", OFFICE, BANK),),
    ),
    # ---------------------------------------------------------------- training and work
    S(
        "Supported internships",
        "brindlemoor-college",
        "A one-year study programme where young people with an EHC plan learn a job at a real "
        "employer, with a job coach.",
        "Supported interns spend most of the week with an employer, such as the hospital, the "
        "council or a supermarket, learning skills on the job. A job coach helps you learn "
        "the tasks and then steps back. You also study English, maths and work skills at "
        "college one day a week. Placements are chosen to suit you, including step-free "
        "workplaces for interns who use a wheelchair. Most interns move into paid work.",
        areas="training pfa edu",
        needs="mld sld autism cl pd sp",
        level="specialist",
        ages=(16, 24),
        eligibility="Young people aged 16 to 24 with an EHC plan who want to work and need "
        "support to get a job.",
        ehc_required=True,
        referral="self ehc",
        access="Ask at your annual review or contact the college's supported internships team.",
        at=(("college_bm", OFFICE, TERM),),
    ),
    S(
        "Supported apprenticeships",
        "brindlemoor-preparing-for-adulthood-team",
        "Apprenticeships with extra support and adjusted English and maths requirements, for "
        "young people with SEND aged 16 to 25.",
        "An apprenticeship is a paid job with training. Young people with an EHC plan can "
        "complete an apprenticeship with entry-level English and maths. We work with local "
        "employers to create supported apprenticeships and can arrange a job coach for the "
        "first months, and adjustments such as accessible workplaces and equipment for "
        "apprentices with a physical or sensory disability.",
        areas="training pfa",
        needs="mld spld autism hi pd sp",
        level="targeted",
        ages=(16, 25),
        eligibility="Young people aged 16 to 25 with SEND living in Brindlemoor.",
        referral="self professional",
        access="Phone the Preparing for Adulthood Team or see current vacancies on our website.",
        at=(("civic", OFFICE, XMAS),),
    ),
    S(
        "Careers advice for young people with SEND",
        "brindlemoor-preparing-for-adulthood-team",
        "Independent careers guidance for young people aged 13 to 25 with SEND, to help you "
        "choose courses, training and jobs.",
        "Our careers advisers are trained to work with young people with SEND. They can meet "
        "you at school, college or a family hub, come to your EHC plan review, and help you "
        "find work experience. Sessions are relaxed and you can bring someone with you.",
        areas="training pfa iass",
        needs="ci cl semh sp pd",
        level="universal",
        ages=(13, 25),
        access="Ask your school's careers lead or phone us to book an appointment.",
        at=(("lantern", "Tue-Thu 10:00-16:00", TERM),),
    ),
    S(
        "Step Up pre-employment programme",
        "open-door-youth-trust",
        "A 12-week programme for young people aged 16 to 24 that builds your confidence and "
        "skills for work, with a work placement.",
        "Step Up combines group sessions on teamwork, communication and applying for jobs with "
        "a six-week placement with a local employer. A mentor meets you every week. It is "
        "designed for young people who are not in education, employment or training.",
        areas="training pfa",
        needs="semh anxiety mld adhd",
        level="targeted",
        ages=(16, 24),
        eligibility="Young people aged 16 to 24 living in Brindlemoor who are not in education, "
        "employment or training.",
        referral="self professional",
        access="Phone or message us, or ask your youth worker to refer you.",
        at=(("forge", "Mon-Wed 10:00-14:00", BANK),),
    ),
    S(
        "Volunteering for young disabled people",
        "open-door-youth-trust",
        "Find a volunteering role that suits you, with support to get started, if you are aged "
        "16 to 25 and have a disability or SEND.",
        "Volunteering can help you try out work, meet people and build your CV. We match you "
        "with roles in charity shops, gardens, animal centres, sports clubs and more, and can "
        "come with you for the first few sessions.",
        areas="training leisure pfa",
        needs="ci cl sp semh",
        level="universal",
        ages=(16, 25),
        access="Fill in our online form and we will call you.",
        at=(("forge", "Thu 13:00-17:00", BANK),),
    ),
    S(
        "Work experience for students with SEND",
        "brindlemoor-high-school",
        "Work experience placements for pupils aged 14 to 16 with SEND, with extra preparation "
        "and a supported first day.",
        "Brindlemoor High School arranges placements that match pupils' interests and needs. "
        "Pupils visit the workplace beforehand, and a teaching assistant can support them at "
        "the start. Employers get tips on making the placement work.",
        areas="training edu",
        needs="autism mld spld",
        level="targeted",
        ages=(14, 16),
        eligibility="Pupils in Years 10 and 11 at Brindlemoor High School with SEND.",
        referral="professional",
        access="Talk to the school's careers lead or SENCo.",
        at=(("high_school", "Mon-Fri 8:30-15:20", TERM),),
    ),
    S(
        "College taster days for Year 11",
        "brindlemoor-college",
        "Try out college for a day before you leave school, with support from the learning "
        "support team.",
        "Taster days let Year 11 pupils with SEND see the college, meet tutors and try practical "
        "sessions in subjects they are interested in. The learning support team shows you the "
        "quiet spaces and explains the support available.",
        areas="edu pfa",
        needs="autism anxiety mld",
        level="targeted",
        ages=(15, 16),
        eligibility="Pupils in Year 11 with SEND who are thinking of applying to Brindlemoor "
        "College.",
        referral="self professional",
        access="Book through your school or phone the college.",
        at=(("college_bm", "Wed 10:00-14:00", "Runs in February and June only."),),
    ),
    S(
        "Starting school visits for children with SEND",
        "brindlemoor-early-years-inclusion-team",
        "Extra visits and a transition plan to help your child with SEND get ready to start "
        "Reception.",
        "The Early Years Inclusion Team works with you, your child's nursery and the new school "
        "to plan the move. This can include extra visits, a photo book of the new school, and "
        "a meeting where everyone agrees the support your child will need from their first "
        "day.",
        areas="edu childcare",
        needs="ci cl semh sp",
        level="targeted",
        ages=(4, 4),
        eligibility="Children with SEND who will start Reception at a Brindlemoor school in "
        "September.",
        referral="professional",
        access="Your child's nursery will contact us, or you can phone us in the spring term.",
        at=(("lantern", OFFICE, TERM),),
    ),
    S(
        "Moving up to secondary school programme",
        "brindlemoor-educational-psychology-service",
        "A summer programme that helps pupils with SEND who are anxious about starting "
        "secondary school.",
        "Over four days in the summer holidays, pupils visit their new school, practise "
        "finding their way around, meet key staff and learn ways to manage worries. Parents "
        "have a session with an educational psychologist.",
        areas="edu",
        needs="anxiety autism semh",
        level="targeted",
        ages=(10, 11),
        eligibility="Year 6 pupils with SEND who are very anxious about moving to a Brindlemoor "
        "secondary school.",
        referral="professional",
        access="Your primary school SENCo can nominate your child in the spring term.",
        at=(("ridge", "Mon-Thu 10:00-14:00", "Runs in the last week of July."),),
    ),
]

CORE_SERVICES += [
    # ---------------------------------------------------------------- neighbouring areas
    S(
        "Kestrel Vale Family Link Saturday club",
        "kestrel-vale-family-link",
        "A Saturday club in Kestrel Vale for disabled children aged 6 to 14, open to families "
        "from Brindlemoor who live near the border.",
        "The club meets every Saturday morning in term time at the Kestrel Vale Sports Arena. "
        "Children choose from sports, crafts, cooking and games, and the last Saturday of each "
        "month is a trip out. Staff are trained in personal care and medicines, and there is a "
        "quiet room for children who need a break. Brindlemoor families can use a short breaks "
        "personal budget to pay for sessions.",
        areas="leisure care",
        needs="sld autism pd",
        level="targeted",
        ages=(6, 14),
        where="out",
        eligibility="Disabled children aged 6 to 14 living in Kestrel Vale, Northwold or the "
        "southern edge of Brindlemoor.",
        referral="self professional",
        access="Phone the Family Link office to arrange a home visit before your child starts.",
        cost="£12 a session.",
        budget=True,
        at=(("kv_arena", "Sat 9:30-12:30", TERM),),
    ),
    S(
        "Northwold dads' group",
        "northwold-family-support-trust",
        "A monthly get-together in Northwold for dads and male carers of disabled children, "
        "with food, a chat and sometimes a kickabout.",
        "Dads often tell us they feel left out of groups that meet during the working day. This "
        "group meets on a Saturday afternoon at Northwold Family Centre and welcomes dads, "
        "step-dads, grandads and male carers from Northwold and Brindlemoor. Children can come "
        "along and play while the adults talk. Once a term there is a guest speaker on topics "
        "such as benefits or planning for the future.",
        areas="iass",
        needs="ci cl semh sp",
        level="universal",
        ages=(0, 25),
        where="out",
        access="Just turn up, or text the group organiser first.",
        phone="07700 900208",
        at=(("nw_family_centre", "Sat 13:00-15:30", "Second Saturday of each month."),),
    ),
    S(
        "Sailing for disabled young people at Northwold Quay",
        "northwold-family-support-trust",
        "Sailing sessions in specially adapted boats for young people aged 8 to 25 with "
        "disabilities, at Northwold Quay.",
        "The boats are stable and can be steered with a joystick, so young people with limited "
        "movement can take the helm. Every sailor wears a buoyancy aid and has an instructor on "
        "board. Sessions run from May to September, and there is a hoist on the pontoon.",
        areas="leisure",
        needs="pd sld autism vi",
        level="universal",
        ages=(8, 25),
        where="out",
        access="Book online or by phone; we will ask about your needs before your first sail.",
        cost="£10 a session; carers sail free.",
        budget=True,
        at=(
            (
                "nw_family_centre",
                "Sat,Sun 10:00-16:00",
                "May to September only; sessions may be cancelled in bad weather.",
            ),
        ),
    ),
    S(
        "Family sign language evenings at Kestrel Vale School",
        "kestrel-vale-school-for-deaf-children",
        "Free British Sign Language evenings for families of deaf children, taught by deaf "
        "staff at Kestrel Vale School for Deaf Children.",
        "You do not need a child at the school to join. Each evening covers everyday signs for "
        "home, with games for brothers, sisters and grandparents. It is also a good chance to "
        "meet other families and deaf adults, and to see the school.",
        areas="iass",
        needs="hi msi",
        level="universal",
        ages=(0, 19),
        where="out",
        access="Email the school to book a place.",
        at=(("kv_school", "Tue 18:00-19:30", TERM),),
    ),
    S(
        "Northwold and Kestrel Vale children's community nursing",
        "northwold-and-kestrel-vale-community-health-nhs-trust",
        "Nurses who care for children with complex or long-term health needs at home, for "
        "families registered with a Northwold or Kestrel Vale GP.",
        "The team gives treatments at home that would otherwise mean a hospital visit, such as "
        "tube feeding support, wound care and injections. They train parents and carers, and "
        "help children leave hospital sooner. Some families in Brindlemoor are registered with "
        "GP practices across the border and are seen by this team.",
        areas="health",
        needs="medical pmld pd",
        level="specialist",
        ages=(0, 18),
        where="out",
        eligibility="Children under 18 registered with a GP in Northwold or Kestrel Vale who "
        "have complex or long-term health needs.",
        referral="professional",
        access="Your child's hospital team, GP or health visitor can refer.",
        at=(("nw_family_centre", CLINIC, BANK),),
    ),
    # ---------------------------------------------------------------- regional and national
    S(
        "Regional neurodevelopmental assessment clinic",
        "wrenmouth-childrens-hospital-nhs-foundation-trust",
        "Second-opinion and complex assessments for children and young people when autism, "
        "ADHD or other conditions are hard to tell apart.",
        "Most children are assessed locally. This regional clinic sees children whose needs "
        "are complex, for example where autism, ADHD, learning disability, hearing loss or "
        "mental health difficulties overlap. The team spends a full day with your child and "
        "writes a detailed report for your local services.",
        areas="health",
        needs="autism adhd cl ci",
        level="specialist",
        ages=(4, 18),
        where="regional",
        eligibility="Children and young people aged 4 to 18 referred by a local paediatrician "
        "or mental health team after a local assessment.",
        referral="professional",
        access="Your child's local paediatrician or mental health team will refer.",
        at=(("wr_hospital", "Mon-Thu 9:00-16:00", BANK),),
    ),
    S(
        "Regional eating disorders service for young people",
        "wrenmouth-childrens-hospital-nhs-foundation-trust",
        "Specialist treatment for children and young people aged 8 to 18 with eating disorders "
        "such as anorexia, including support for the whole family.",
        "Treatment is mainly family-based and happens at day appointments, with some sessions "
        "by video. The team includes psychiatrists, psychologists, dietitians and nurses. A "
        "small number of young people who are very unwell stay on the ward for a while. The "
        "team understands that autistic young people may have different eating difficulties.",
        areas="health",
        needs="mh semh autism",
        level="specialist",
        ages=(8, 18),
        where="regional",
        eligibility="Young people aged 8 to 18 in the region with a suspected eating disorder "
        "who have been assessed by a local mental health team.",
        referral="professional",
        access="Your GP or local mental health team will refer. If your child is very unwell, "
        "go to A&E.",
        at=(("wr_hospital", "Mon-Fri 8:30-17:00", BANK),),
    ),
    S(
        "Thistlebury College assessment days",
        "thistlebury-college",
        "Two-day visits where young people with a sensory impairment can stay at Thistlebury "
        "College and see whether it is right for them.",
        "During the visit you will try lessons, stay overnight in the accessible flats and "
        "meet students and staff. The college assesses your mobility, communication and "
        "independence skills, and writes a report you can share at your EHC plan review.",
        areas="edu pfa",
        needs="vi hi msi",
        level="specialist",
        ages=(14, 25),
        where="regional",
        eligibility="Young people aged 14 to 25 who are blind, partially sighted, deaf or "
        "deafblind and are thinking about a specialist college.",
        referral="self professional",
        access="Phone the admissions team to book; a parent or carer can come too.",
        at=(("thistlebury", "Mon-Fri 9:00-16:30", TERM),),
    ),
    S(
        "Saltmarsh House sibling days",
        "saltmarsh-house-childrens-hospice",
        "Fun days at Saltmarsh House for brothers and sisters aged 5 to 16 of children with "
        "life-limiting conditions.",
        "Siblings have a day that is all about them: games, crafts, a swim in the hospice "
        "pool and time to talk with others who understand. The hospice family support team "
        "also offers one-to-one support for siblings who are finding things hard, including "
        "after a death.",
        areas="care leisure",
        needs="medical",
        level="targeted",
        ages=(5, 16),
        where="regional",
        eligibility="Brothers and sisters of children known to Saltmarsh House.",
        referral="self",
        access="Ask your family's hospice key worker to book a place.",
        at=(
            (
                "saltmarsh",
                "Sat 10:00-15:00",
                "Once a month, and every week in the summer holidays.",
            ),
        ),
    ),
    S(
        "Linden Park outreach for pupils with physical disabilities",
        "linden-park-school",
        "Specialist teachers from Linden Park School advise mainstream schools across the "
        "region on including pupils with physical disabilities.",
        "The outreach team visits your child's school to advise on seating, access, "
        "technology, personal care plans and PE. They can train staff to use eye-gaze and "
        "switch equipment. Most support is a short block of visits followed by phone advice.",
        areas="edu",
        needs="pd sp",
        level="targeted",
        ages=(4, 19),
        where="regional",
        eligibility="Pupils aged 4 to 19 with physical disabilities at mainstream schools in "
        "the region.",
        referral="professional",
        access="Your child's school can request outreach; there is a small charge to schools, "
        "not families.",
        at=(("linden_park", OFFICE, TERM),),
    ),
    # ---------------------------------------------------------------- online and by phone
    S(
        "SENDIASS live chat",
        "brindlemoor-sendiass",
        "Chat online with a SENDIASS adviser for quick, impartial answers to questions about "
        "SEND support, EHC plans and your rights.",
        "Live chat is a quick way to get advice without phoning. An adviser can answer general "
        "questions, point you to the right information and book you a longer appointment if "
        "your situation needs it. Young people can use the chat too. Everything you tell us "
        "is confidential.",
        areas="iass",
        needs="ci cl semh sp",
        level="universal",
        ages=(0, 25),
        where="remote",
        access="Open the chat window on our website during opening hours.",
    ),
    S(
        "ADHD Parents' Circle online evenings",
        "brindlemoor-adhd-parents-circle",
        "Monthly online evenings for parents and carers of children with ADHD, so you can get "
        "support without leaving home.",
        "Each evening starts with a short talk, such as homework battles, medication questions "
        "or talking to school, followed by time to chat in small groups. You can keep your "
        "camera off. Recordings of the talks are shared with members afterwards.",
        areas="iass",
        needs="adhd",
        level="universal",
        ages=(4, 18),
        where="remote",
        access="Email us to get the joining link.",
    ),
    S(
        "Young carers online hangout",
        "brindlemoor-young-carers",
        "A weekly online hangout for young carers aged 11 to 18, with games, chat and a "
        "youth worker to talk to.",
        "If you cannot get to our clubs because of your caring role, the hangout lets you meet "
        "other young carers from home. It is moderated by youth workers, and you can ask for a "
        "private chat at any time.",
        areas="care iass",
        level="targeted",
        ages=(11, 18),
        where="remote",
        eligibility="Young carers aged 11 to 18 registered with Brindlemoor Young Carers Project.",
        referral="self professional",
        access="Register with the project, then we will send you the link.",
    ),
    S(
        "Online British Sign Language for families",
        "brindlemoor-sensory-support-service",
        "A free online British Sign Language course for parents, brothers, sisters and "
        "grandparents of deaf children in Brindlemoor.",
        "The course runs for ten weeks by video call and is taught by a deaf tutor. It covers "
        "signs for everyday family life, such as meals, bedtime, feelings and play. You can "
        "watch short practice videos between sessions.",
        areas="iass",
        needs="hi",
        level="targeted",
        ages=(0, 25),
        where="remote",
        eligibility="Family members of deaf children and young people known to the Sensory "
        "Support Service.",
        referral="self professional",
        access="Ask your teacher of the deaf to book you a place.",
    ),
    S(
        "Talk It Through text line",
        "talk-it-through",
        "Text a trained volunteer any evening if you are aged 11 to 25 and struggling. Free, "
        "confidential and you do not need to say your name.",
        "Some people find it easier to write than to talk. Our text line is open every "
        "evening, and volunteers can help you through a difficult moment, make a plan to stay "
        "safe and find further help. If you are in danger right now, call 999.",
        areas="health",
        needs="mh anxiety",
        level="universal",
        ages=(11, 25),
        where="remote",
        access="Text TALK to 07700 900209. Texts are free from all major networks.",
        phone="07700 900209",
    ),
]


# --------------------------------------------------------------------------------------
# Local variants: one hand-written frame plus hand-written details for each place
# --------------------------------------------------------------------------------------

# town -> (venue key, day name, hours, ages, detail sentence)
YOUTH_CLUBS = {
    "Brindlemoor": (
        "forge",
        "Thursday",
        "Thu 18:00-20:30",
        (11, 19),
        "The Forge has a small music studio where members record their own tracks, "
        "and a chill-out room with beanbags and low lighting.",
    ),
    "Hollowbrook": (
        "memorial_hall",
        "Tuesday",
        "Tue 18:30-20:30",
        (11, 19),
        "Members look after a vegetable garden behind the hall and run a tuck shop, "
        "which is a good way to practise handling money.",
    ),
    "Aldermere": (
        "youth_am",
        "Wednesday",
        "Wed 18:00-20:00",
        (11, 18),
        "Every month there is a cooking night in the centre's kitchen, which has a "
        "lowered worktop so wheelchair users can cook too.",
    ),
    "Fenwick Cross": (
        "fx_hall",
        "Monday",
        "Mon 18:00-20:00",
        (11, 16),
        "It is a small village club of about a dozen members, which suits young "
        "people who find big, noisy groups hard.",
    ),
    "Stallbridge": (
        "hub_sb",
        "Friday",
        "Fri 18:30-21:00",
        (14, 25),
        "Older members help plan the trips, including a yearly canal boat day from "
        "the basin outside.",
    ),
}

STAY_AND_PLAY = {
    "Brindlemoor": (
        "lantern",
        "Thu 9:30-11:30",
        "The large hall leaves plenty of room for walkers, standing frames and wheelchairs.",
    ),
    "Hollowbrook": (
        "hub_hb",
        "Tue 13:30-15:00",
        "A speech and language practitioner joins the first session of each month "
        "to answer questions about talking and listening.",
    ),
    "Aldermere": (
        "hub_am",
        "Wed 9:30-11:00",
        "Each session ends with a song circle using simple signs you can carry on using at home.",
    ),
    "Fenwick Cross": (
        "hub_fx",
        "Fri 10:00-11:30",
        "The group is kept to eight families, so it is a gentle first step if you "
        "have not been to a group before.",
    ),
    "Stallbridge": (
        "hub_sb",
        "Mon 9:30-11:30",
        "A children's physiotherapist visits twice a term to give advice on "
        "movement, positioning and equipment.",
    ),
}

FAMILY_HUBS = {
    "Brindlemoor": (
        "lantern",
        "Brindlemoor Family Hub at Lantern Street",
        "It is the largest hub and home to the SENDIASS drop-in and the Early Years "
        "Inclusion Team.",
    ),
    "Hollowbrook": (
        "hub_hb",
        "Hollowbrook Family Hub",
        "The Brookside Centre also has a bookable sensory room and a baby clinic on "
        "Wednesday mornings.",
    ),
    "Aldermere": (
        "hub_am",
        "Aldermere Family Hub",
        "Parents can use the computers and get help with online forms on Thursday afternoons.",
    ),
    "Fenwick Cross": (
        "hub_fx",
        "Fenwick Cross Family Hub",
        "It is the smallest hub, in the old post office, and staff also visit "
        "families in the surrounding villages.",
    ),
    "Stallbridge": (
        "hub_sb",
        "Stallbridge Family Hub",
        "Wharfside House has a garden by the canal and hosts the Stallbridge Deaf "
        "Children's Club each month.",
    ),
}

FAMILY_SWIMS = {
    "Moorside Leisure Centre": (
        "leisure_bm",
        "Sun 8:00-9:00",
        "The learner pool is kept warmer for these sessions.",
    ),
    "Aldermere Lakeside Pool": (
        "lakeside_pool",
        "Sat 17:00-18:00",
        "The ramped learner pool means nobody needs to use steps.",
    ),
    "Stallbridge Leisure Centre": (
        "leisure_sb",
        "Sun 16:00-17:00",
        "The Changing Places toilet and a hoist are next to poolside.",
    ),
}

# school org slug -> (venue, ages, SENCo detail, extra sentence)
SCHOOL_SEN_SUPPORT = {
    "hollowbrook-primary-school": (
        "hollowbrook_primary",
        (4, 11),
        "A nurture group called The Nest meets every morning for children who need a calm "
        "start to the day.",
        "Teaching assistants are trained in precision teaching for reading and number.",
    ),
    "aldermere-primary-school": (
        "aldermere_primary",
        (3, 11),
        "The nursery class takes children from age 3, so support can start early.",
        "One teaching assistant is trained by the speech and language therapy service and runs "
        "daily talking groups.",
    ),
    "fenwick-cross-primary-school": (
        "fenwick_primary",
        (4, 11),
        "It is a small school of about 110 pupils in mixed-age classes, where staff know every "
        "child well.",
        "The school shares a SENCo with two nearby village schools, who is in school on "
        "Tuesdays and Thursdays.",
    ),
    "stallbridge-infant-school": (
        "infant_sb",
        (4, 7),
        "Makaton signs and symbols are used in every classroom.",
        "The school works closely with Stallbridge Junior School so children move up smoothly.",
    ),
    "stallbridge-junior-school": (
        "junior_sb",
        (7, 11),
        "There are daily reading catch-up sessions and a lunchtime building bricks club that "
        "helps children practise teamwork.",
        "A lift means pupils who use wheelchairs can reach every classroom.",
    ),
    "brindlemoor-high-school": (
        "high_school",
        (11, 16),
        "The learning support centre, called The Hub, is open before school and at break and "
        "lunch.",
        "The school also has a resource base for autistic pupils.",
    ),
    "stallbridge-academy": (
        "academy_sb",
        (11, 18),
        "Every pupil on the SEN register has a key adult they can go to, and exam access "
        "arrangements are planned from Year 9.",
        "The sixth form has a study support room and mentoring for students with SEND.",
    ),
    "aldermere-ridge-academy": (
        "ridge",
        (11, 16),
        "A nurture room called The Harbour helps pupils who find the move to secondary school "
        "hard.",
        "Pupils with dyslexia can use laptops and reading pens in lessons and exams.",
    ),
    "easterby-primary-academy": (
        "easterby_primary",
        (4, 11),
        "All staff are trained in communication-friendly classrooms, with visual timetables and "
        "word walls.",
        "The academy also hosts Brindlemoor's speech and language base.",
    ),
}

PARENT_COFFEE_MORNINGS = {
    "Brindlemoor": (
        "lantern",
        "Wed 10:00-12:00",
        "Wednesday",
        "A SENDIASS adviser often pops in to answer questions.",
    ),
    "Hollowbrook": (
        "hub_hb",
        "Fri 9:30-11:00",
        "Friday",
        "There is a play corner so you can bring under-fives.",
    ),
    "Aldermere": (
        "hub_am",
        "Mon 13:00-14:30",
        "Monday",
        "It is timed so you can come after the school drop-off rush.",
    ),
    "Fenwick Cross": (
        "fx_hall",
        "Thu 10:00-11:30",
        "Thursday",
        "Members can share lifts from the surrounding villages.",
    ),
    "Stallbridge": (
        "library_sb",
        "Tue 10:00-11:30",
        "Tuesday",
        "It meets in the library's quiet reading room.",
    ),
}

# org slug -> (venue, ages, cost, detail)
EARLY_YEARS_SETTINGS = {
    "kingfisher-pre-school": (
        "kingfisher",
        (2, 4),
        "",
        "Sessions run in the village hall during term time, with a small garden for outdoor play.",
        "Mon-Fri 9:00-15:00",
        TERM,
    ),
    "little-otters-day-nursery": (
        "otters",
        (0, 5),
        "Free early education hours are available. Extra hours cost £7.20 an hour, including "
        "meals.",
        "The baby room has a sensory corner and staff trained in tube feeding and epilepsy care.",
        "Mon-Fri 7:30-18:00",
        XMAS,
    ),
    "copper-hill-tiny-steps-nursery": (
        "tiny_steps",
        (0, 5),
        "Free early education hours are available. Extra hours cost £6.90 an hour.",
        "The nursery is open all year and has a key person system with small rooms, which "
        "suits children who find noise hard.",
        "Mon-Fri 8:00-18:00",
        XMAS,
    ),
    "aldermere-primary-school": (
        "aldermere_primary",
        (3, 4),
        "",
        "The school nursery class offers 15 or 30 hours a week and children can move into "
        "Reception in the same building.",
        "Mon-Fri 8:45-15:15",
        TERM,
    ),
}

HOLIDAY_ACTIVITY_DAYS = {
    "Brindlemoor": ("lantern", "trips to the coast and a sports day in the park"),
    "Hollowbrook": ("hub_hb", "a forest school day and a visit to a farm"),
    "Aldermere": ("youth_am", "canoeing on the mere with adapted boats"),
    "Fenwick Cross": ("fx_hall", "a circus skills workshop and a village treasure hunt"),
    "Stallbridge": ("hub_sb", "a canal boat trip and a cooking challenge"),
}

# name -> (org, venue, hours, ages, needs, cost, summary, description)
INCLUSIVE_SPORTS = [
    (
        "Brindlemoor inclusive trampolining",
        "open-door-youth-trust",
        "leisure_bm",
        "Tue 17:00-18:00",
        (5, 18),
        "pd autism sld",
        "£4 a session.",
        "Trampolining sessions at Moorside Leisure Centre for children and young people aged 5 "
        "to 18 with SEND, with coaches trained in rebound therapy.",
        "Trampolining is great for balance, strength and fun. Our coaches are trained in rebound "
        "therapy, so children with complex physical needs can take part lying or sitting on the "
        "trampoline. Sessions are limited to six children so everyone gets plenty of turns.",
    ),
    (
        "Hollowbrook inclusive football",
        "open-door-youth-trust",
        "sixth_form",
        "Sat 10:00-11:30",
        (6, 16),
        "autism adhd mld",
        "£2 a session.",
        "A relaxed football session for children aged 6 to 16 who would find a mainstream club "
        "hard, in the sports hall at Hollowbrook Sixth Form Centre.",
        "Coaches keep instructions short and visual, and nobody is left on the bench. We play "
        "small-sided games and skills challenges, and there is a break half way through. Some "
        "players go on to join a local team's disability squad.",
    ),
    (
        "Aldermere boccia club",
        "brindlemoor-parent-carer-forum",
        "youth_am",
        "Thu 16:30-18:00",
        (8, 25),
        "pd msi pmld",
        "£1 a session.",
        "Boccia is a target ball game that you can play from a wheelchair using your hands, feet "
        "or a ramp. This club in Aldermere welcomes players aged 8 to 25.",
        "Boccia is played by people with a wide range of physical disabilities, and players who "
        "cannot throw can use a ramp with a helper. The club has its own equipment and enters a "
        "regional league for those who want to compete. Family members often play too.",
    ),
    (
        "Stallbridge disability swimming club",
        "otterpool-swim-school",
        "leisure_sb",
        "Wed 17:30-18:30",
        (5, 25),
        "pd sld autism hi",
        "£6 a session.",
        "Swimming lessons and club sessions for disabled swimmers aged 5 to 25 at Stallbridge "
        "Leisure Centre, from first splashes to competitions.",
        "Teachers work in the water with beginners and coach more confident swimmers for "
        "galas. There is a pool hoist and plenty of space on poolside. Deaf swimmers can use "
        "visual signals, and teachers know some British Sign Language.",
    ),
]

JOB_CLUBS = {
    "Brindlemoor": ("library_bm", "Thu 14:00-16:00", "Thursday"),
    "Hollowbrook": ("library_hb", "Mon 14:00-16:00", "Monday"),
    "Aldermere": ("hub_am", "Tue 13:30-15:30", "Tuesday"),
    "Fenwick Cross": ("hub_fx", "Wed 10:00-12:00", "Wednesday"),
    "Stallbridge": ("library_sb", "Fri 13:00-15:00", "Friday"),
}


def local_variants() -> list[dict]:
    """Services built from a hand-written frame and hand-written local details."""
    services = []
    for town, (venue, day, hours, ages, detail) in YOUTH_CLUBS.items():
        low, high = ages
        services.append(
            S(
                f"{town} youth club"
                if town != "Brindlemoor"
                else "Brindlemoor youth club at The Forge",
                "open-door-youth-trust",
                f"A {day} evening youth club in {town} where disabled young people aged {low} to "
                f"{high} can hang out, try new things and make friends.",
                "The club is run by Open Door youth workers who get to know every member. There "
                "are "
                f"games, art, music, cooking and trips, and members choose what happens each term. "
                f"{detail} Young people who need personal care or one-to-one support can have it, "
                f"and a parent can stay for the first few weeks.",
                areas="leisure care",
                needs="autism sld mld pd",
                level="targeted",
                ages=ages,
                eligibility=f"Young people aged {low} to {high} with SEND or a disability who live "
                f"in or near {town}.",
                referral="self professional",
                access="Phone Open Door to book a visit before your first session.",
                cost="£2 a session, including a snack.",
                budget=True,
                at=((venue, hours, TERM),),
            )
        )
    for town, (venue, hours, detail) in STAY_AND_PLAY.items():
        services.append(
            S(
                f"{town} sensory stay and play",
                "brindlemoor-family-hubs",
                f"A weekly play session in {town} for babies and young children with additional "
                f"needs and their parents and carers. You stay and play together.",
                f"The room is set up with sensory toys, lights, music and messy play, and staff "
                "adapt activities so every child can join in. It is a friendly place to meet "
                "other "
                f"parents and chat with family hub staff about anything that worries you. {detail}",
                areas="childcare leisure",
                needs="ci cl sp pmld",
                level="universal",
                ages=(0, 5),
                access="Free. Just turn up, or phone the family hub if you would like a quieter "
                "first visit.",
                at=((venue, hours, TERM),),
            )
        )
    for town, (venue, name, detail) in FAMILY_HUBS.items():
        services.append(
            S(
                name,
                "brindlemoor-family-hubs",
                f"Your local family hub in {town}: advice, groups and support for families with "
                f"children and young people aged 0 to 19, or up to 25 with SEND.",
                f"Family hub staff can help with parenting, health, money, housing and SEND, and "
                f"can connect you to other services without you having to repeat your story. "
                f"Midwives, health visitors and early help workers hold sessions here. {detail}",
                areas="iass care health",
                needs="ci cl semh sp",
                level="universal",
                ages=(0, 25),
                access="Drop in during opening hours or phone the hub.",
                at=((venue, "Mon-Fri 9:00-17:00; Sat 9:30-12:30", BANK),),
            )
        )
    for pool, (venue, hours, detail) in FAMILY_SWIMS.items():
        services.append(
            S(
                f"Autism-friendly family swim at {pool}",
                "brindlemoor-autism-family-network",
                f"A private weekly swim at {pool} for autistic children and their families, with "
                f"the music off and no public in the pool.",
                f"The Autism Family Network books the pool so families can swim without crowds, "
                "noise or waiting. Volunteers greet you at the door, and there are floats and "
                "toys "
                f"to use. {detail} Brothers and sisters are welcome.",
                areas="leisure",
                needs="autism",
                level="universal",
                ages=(0, 18),
                access="Book your family's place through the network's website each week.",
                cost="£2 per person; carers free.",
                at=((venue, hours, BANK),),
            )
        )
    for org_slug, (venue, ages, detail, extra) in SCHOOL_SEN_SUPPORT.items():
        org = ORGS_BY_SLUG[org_slug]
        low, high = ages
        services.append(
            S(
                f"SEN support at {org['name']}",
                org_slug,
                f"How {org['name']} helps pupils with special educational needs aged {low} to "
                f"{high}, and who to talk to if you are worried about your child.",
                "Every class teacher is responsible for the progress of pupils with SEND, "
                "supported "
                "by the SENCo. When a pupil needs extra help, the school agrees a plan with you "
                "and "
                f"reviews it each term. {detail} {extra} The school's SEN information report, on "
                f"its website, explains the support in more detail.",
                areas="edu",
                needs="ci cl semh sp",
                level="targeted",
                ages=ages,
                eligibility=f"Pupils at {org['name']} who have, or may have, special educational "
                f"needs or a disability.",
                referral="self professional",
                access=f"Talk to your child's class teacher or tutor, or ask the office to put you "
                f"in touch with the SENCo. If you are thinking of applying to {org['name']}, the "
                f"SENCo is happy to meet you first.",
                at=((venue, "Mon-Fri 8:30-16:00", TERM),),
            )
        )
    for town, (venue, hours, day, detail) in PARENT_COFFEE_MORNINGS.items():
        services.append(
            S(
                f"{town} parent carer coffee morning",
                "brindlemoor-parent-carer-forum",
                f"A relaxed {day} get-together in {town} for parents and carers of children with "
                f"SEND. Come for a cuppa, a chat and local tips.",
                "Run by Brindlemoor Parent Carer Forum volunteers, the coffee morning is a "
                "friendly "
                f"place to share experiences, ask questions and hear about what is happening "
                f"locally. Nobody has to talk if they would rather listen. {detail}",
                areas="iass",
                needs="ci cl semh sp",
                level="universal",
                ages=(0, 25),
                access="Just come along; no need to book.",
                at=(
                    (
                        venue,
                        hours,
                        "Term time only; the first session of each term has a guest speaker.",
                    ),
                ),
            )
        )
    for org_slug, (venue, ages, cost, detail, hours, exceptions) in EARLY_YEARS_SETTINGS.items():
        org = ORGS_BY_SLUG[org_slug]
        name = org["name"]
        if org_slug == "aldermere-primary-school":
            name = "Aldermere Primary School nursery class"
        services.append(
            S(
                f"Including children with SEND at {name}",
                org_slug,
                f"How {name} supports young children with special educational needs, and what you "
                f"can expect when your child starts.",
                f"Every child has a key person who gets to know them and their family. If your "
                f"child has SEND, the setting's SENCo will plan support with you and can ask "
                f"Brindlemoor's Early Years Inclusion Team for advice or funding. {detail} "
                "Settling "
                f"in visits are arranged to suit your child.",
                areas="childcare edu",
                needs="ci cl sp semh",
                level="universal",
                ages=ages,
                access=f"Contact {name} to arrange a visit and ask about places.",
                cost=cost,
                at=((venue, hours, exceptions),),
            )
        )
    for town, (venue, highlight) in HOLIDAY_ACTIVITY_DAYS.items():
        services.append(
            S(
                f"{town} holiday activity days",
                "brindlemoor-family-hubs",
                f"Free activity days with lunch in the summer holidays for children aged 5 to 16 "
                f"with SEND in {town}. Families can come too.",
                f"The {town} family hub team plans a week of activities each summer, including "
                f"{highlight}. Activities are planned so that children with different needs can "
                f"take part, and a hot lunch is provided. Children under 8 must have an adult with "
                f"them.",
                areas="leisure childcare",
                needs="ci cl semh sp",
                level="targeted",
                ages=(5, 16),
                eligibility=f"Children aged 5 to 16 with SEND who live in or near {town}. Places "
                "are "
                f"free for children who get free school meals.",
                referral="self professional",
                access="Book from 1 June through the family hub.",
                at=((venue, "Mon-Fri 10:00-15:00", "Summer holidays only."),),
            )
        )
    for name, org, venue, hours, ages, needs, cost, summary, description in INCLUSIVE_SPORTS:
        services.append(
            S(
                name,
                org,
                summary,
                description + " Parents and carers can watch from the side.",
                areas="leisure",
                needs=needs,
                level="universal",
                ages=ages,
                access="Come along to a free first session; phone beforehand if you have "
                "questions.",
                cost=cost,
                budget=True,
                at=((venue, hours, BANK),),
            )
        )
    for town, (venue, hours, day) in JOB_CLUBS.items():
        services.append(
            S(
                f"{town} job club for young people with SEND",
                "brindlemoor-preparing-for-adulthood-team",
                f"Drop in on {day}s in {town} for help with CVs, job searches, applications and "
                f"interviews if you are aged 16 to 25 and have SEND.",
                "An employment adviser and volunteers help you find jobs, apprenticeships and "
                "volunteering that suit you, and practise interviews in a relaxed way. You can use "
                "the computers or bring your own. Advisers can also explain how working affects "
                "benefits and what support you can ask an employer for, including adjustments "
                "for a physical disability. Every venue is step-free with an accessible toilet.",
                areas="training pfa",
                needs="mld spld autism semh pd sp",
                level="universal",
                ages=(16, 25),
                access="Just drop in. You can bring a parent, carer or support worker.",
                at=((venue, hours, BANK),),
            )
        )
    return services


def handwritten_services() -> list[dict]:
    """The fixed, hand-written services: the core set followed by the local variants."""
    services = [dict(s) for s in CORE_SERVICES] + local_variants()
    slugs = [s["slug"] for s in services]
    duplicates = sorted({s for s in slugs if slugs.count(s) > 1})
    if duplicates:
        raise ValueError(f"Duplicate demo service slugs: {duplicates}")
    return services


# --------------------------------------------------------------------------------------
# Generated services: kinds of service x places x people x age bands
# --------------------------------------------------------------------------------------

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
SCHOOL_DAYS = WEEKDAYS[:5]

# focus -> (need short names, words before the noun, words after it, sentences)
FOCUSES = {
    "autism": (
        "autism ci",
        "autistic ",
        "",
        (
            "Activities follow a predictable routine, with a visual timetable and a quiet space if "
            "things get too much.",
            "Staff understand autism and will ask you what helps your child feel comfortable.",
        ),
    ),
    "adhd": (
        "adhd semh",
        "",
        " with ADHD",
        (
            "Activities are short and active, with movement breaks built in.",
            "Staff understand ADHD and focus on what each child does well.",
        ),
    ),
    "slcn": (
        "slcn ci",
        "",
        " with speech and language needs",
        (
            "Staff use simple language, pictures and signs so everyone can understand and be "
            "understood.",
            "There is no pressure to talk: children can point, sign or use their communication "
            "aid.",
        ),
    ),
    "spld": (
        "spld cl",
        "",
        " with dyslexia or dyspraxia",
        (
            "Written instructions are kept short, and coloured overlays and reading pens are there "
            "to use.",
            "Staff break tasks into small steps and give extra time without any fuss.",
        ),
    ),
    "mld": (
        "mld cl",
        "",
        " with learning difficulties",
        (
            "Activities are broken into small steps and staff check that everyone understands.",
            "Information is given in easy read, with pictures to help.",
        ),
    ),
    "sld": (
        "sld pmld cl",
        "",
        " with severe learning disabilities",
        (
            "Staff use symbols, objects and signing alongside speech, and are trained in personal "
            "care.",
            "Each child's communication passport is shared with staff so they know how to help.",
        ),
    ),
    "anxiety": (
        "anxiety semh",
        "",
        " who feel anxious",
        (
            "Nobody is made to join in before they feel ready, and you can visit first to see the "
            "room and meet the staff.",
            "Groups are small and calm, and there is always somewhere quiet to take a break.",
        ),
    ),
    "mh": (
        "mh semh",
        "",
        " with mental health needs",
        (
            "Staff are trained in mental health first aid and know how to get urgent help if it "
            "is needed.",
            "What you share stays private unless someone is at risk of harm.",
        ),
    ),
    "attachment": (
        "attachment semh",
        "",
        " who have experienced trauma",
        (
            "Staff are trained in trauma-informed approaches and keep the same faces week to week.",
            "Carers, adoptive parents and kinship carers are especially welcome.",
        ),
    ),
    "hi": (
        "hi sp",
        "deaf ",
        "",
        (
            "Staff are deaf aware, the room has a hearing loop and a British Sign Language "
            "interpreter can be booked.",
            "Deaf role models help run the sessions.",
        ),
    ),
    "vi": (
        "vi sp",
        "blind and partially sighted ",
        "",
        (
            "Materials come in large print, braille or audio, and staff describe what is "
            "happening.",
            "The room is well lit and kept free of clutter, and staff will show you around first.",
        ),
    ),
    "msi": (
        "msi hi vi",
        "deafblind ",
        "",
        (
            "Each child has an intervener or key worker who knows how they communicate.",
            "Activities use touch, movement and objects of reference.",
        ),
    ),
    "pd": (
        "pd sp",
        "",
        " with physical disabilities",
        (
            "The venue is fully accessible and activities are adapted for wheelchair users.",
            "There is a hoist and a changing bench, and staff are trained in moving and handling.",
        ),
    ),
    "medical": (
        "medical sp",
        "",
        " with medical needs",
        (
            "Staff follow each child's health care plan and are trained to give emergency "
            "medicines.",
            "We will talk with you and your child's nurse before they start.",
        ),
    ),
    "send": (
        "ci cl semh sp",
        "",
        " with SEND",
        (
            "Staff adapt everything so that children and young people with different needs can "
            "take part.",
            "We will talk with you first about what your child needs to enjoy the sessions.",
        ),
    ),
    "ci": (
        "ci",
        "",
        " with communication needs",
        (
            "Staff use clear language, pictures and signs to help everyone join in.",
            "Everyone's way of communicating is welcome here.",
        ),
    ),
    "semh": (
        "semh",
        "",
        " with social, emotional or mental health needs",
        (
            "Staff are calm, patient and trained to help young people manage big feelings.",
            "There is a quiet room for anyone who needs time out.",
        ),
    ),
    "sp": (
        "sp",
        "",
        " with sensory or physical needs",
        (
            "The venue is accessible, with a hearing loop, good lighting and level access.",
            "Equipment is adapted so that everyone can take part.",
        ),
    ),
}

WHERE_WEIGHTS = {"in": 55, "out": 20, "regional": 10, "remote": 15}

WHERE_SENTENCES = {
    "in": (
        "Sessions take place at {venue} in {locality}.",
        "It runs at {venue}, {locality}.",
    ),
    "out": (
        "{venue} is in {place}, a short journey from Brindlemoor, and families from Brindlemoor "
        "are very welcome.",
        "The service is based at {venue} in {place}, just over the border from Brindlemoor.",
    ),
    "regional": (
        "This is a regional service based at {venue} in {place}, so most families travel to get "
        "there; ask about help with travel costs.",
        "Children and young people come from across the region to {venue} in {place}.",
    ),
    "remote": (
        "Everything happens online or by phone, so you can join from home.",
        "Sessions are held by video call; you will need a phone, tablet or computer.",
    ),
}

EXTRA_SENTENCES = (
    "Parents and carers are welcome to stay.",
    "You can visit before your child starts.",
    "Information is available in easy read and other languages if you ask.",
    "Brothers and sisters are welcome at some sessions.",
    "Feedback from families shapes what happens next term.",
)

SCHEDULES = {
    "after_school": (
        [("16:00", "17:30"), ("16:30", "18:00"), ("15:45", "17:15")],
        [TERM, TERM, "Term time only.", BANK],
    ),
    "evening": (
        [("18:00", "20:00"), ("18:30", "20:30"), ("19:00", "21:00")],
        [TERM, BANK, "Closed on bank holidays and in August."],
    ),
    "morning": ([("9:30", "11:00"), ("10:00", "11:30"), ("13:30", "15:00")], [TERM, BANK]),
    "clinic": ([("9:00", "16:30"), ("8:30", "17:00"), ("9:30", "15:30")], [BANK, XMAS]),
    "course": (
        [("10:00", "14:00"), ("13:00", "15:00"), ("18:30", "20:30")],
        [
            "Runs three times a year; dates are on the website.",
            "Courses start in September, January and April.",
            BANK,
        ],
    ),
    "holiday": ([("9:30", "15:30"), ("10:00", "15:00"), ("9:00", "16:00")], [HOLS]),
    "weekend": (
        [("10:00", "17:00"), ("9:00", "16:00")],
        [
            "Weekends run four times a year; dates are on the website.",
            "Runs in the spring and autumn half terms.",
        ],
    ),
}
SATURDAY_TIMES = [("10:00", "12:00"), ("13:00", "15:00"), ("9:30", "12:30")]

VENUE_ACCESSIBILITY = {
    "community": (
        "Level access, an accessible toilet and a hearing loop in the main hall.",
        "Ramp at the main entrance, accessible toilet and parking outside.",
        "All on one level with wide doors; a quiet side room is available.",
    ),
    "library": (
        "Step-free entrance, accessible toilet and a quiet reading corner.",
        "Lift to the first floor, hearing loop at the counter and large-print signs.",
    ),
    "leisure": (
        "Pool hoist, accessible changing rooms and accessible parking.",
        "Step-free access throughout, a Changing Places toilet and a hoist in the sports hall.",
    ),
    "hub": (
        "Step-free entrance, baby changing, an accessible toilet and a small sensory room.",
        "Level access, a lift and a quiet family room.",
    ),
    "health": (
        "Step-free entrance, hearing loop at reception and a quiet waiting area on request.",
        "Ground-floor clinic rooms, an accessible toilet and accessible parking bays.",
    ),
    "youth": (
        "Everything is on one level, with an accessible toilet and a chill-out room.",
        "Ramped entrance, accessible toilet with a changing bench, and a quiet room.",
    ),
    "college": (
        "Step-free campus with lifts, accessible toilets and a calm room in learning support.",
    ),
}
VENUE_LABELS = {
    "community": "Community Centre",
    "library": "Library",
    "leisure": "Leisure Centre",
    "hub": "Family Centre",
    "health": "Health Centre",
    "youth": "Youth Centre",
    "college": "Learning Centre",
}
# Hand-written venues reused by generated services: (place, venue type) -> VENUES key.
KNOWN_VENUES = {
    ("Brindlemoor", "library"): "library_bm",
    ("Brindlemoor", "hub"): "lantern",
    ("Brindlemoor", "college"): "college_bm",
    ("Easterby", "leisure"): "leisure_bm",
    ("Easterby", "youth"): "forge",
    ("Millgate", "health"): "millgate_health",
    ("Hollowbrook", "library"): "library_hb",
    ("Hollowbrook", "hub"): "hub_hb",
    ("Hollowbrook", "community"): "memorial_hall",
    ("Aldermere", "leisure"): "lakeside_pool",
    ("Aldermere", "youth"): "youth_am",
    ("Pennyfield", "hub"): "hub_am",
    ("Fenwick Cross", "hub"): "hub_fx",
    ("Fenwick Cross", "community"): "fx_hall",
    ("Stallbridge", "library"): "library_sb",
    ("Wharfside", "hub"): "hub_sb",
    ("Wharfside", "leisure"): "leisure_sb",
    ("Wharfside", "college"): "college_sb",
    ("Northwold", "hub"): "nw_family_centre",
    ("Northwold Quay", "college"): "nw_college",
    ("Hawkridge", "leisure"): "kv_arena",
    ("Wrenmouth", "health"): "wr_hospital",
    ("Thistlebury", "college"): "thistlebury",
}

_INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def _k(**kwargs) -> dict:
    return kwargs


# Each kind of service. Names, summaries and sentences are formatted with {place}, {extra},
# {extra_text}, {people} and {where} (a short phrase such as "in Aldermere" or "online").
GENERATED_KINDS = [
    _k(
        name="{place} {extra} social skills group for {people}",
        extras=WEEKDAYS,
        summary="A small weekly group {where} where {people} practise making friends, taking "
        "turns and joining in conversations.",
        what=(
            "Sessions mix games, role play and a shared snack, with the same routine each week "
            "so everyone knows what comes next.",
            "Each week the group works on one skill, such as starting a conversation or coping "
            "when a game does not go your way, and then practises it through play.",
        ),
        staff=(
            "The group is led by a youth worker and a teaching assistant trained in social "
            "communication.",
            "Two experienced leaders run each session, and there are never more than eight "
            "members.",
        ),
        areas="edu leisure",
        focuses=["autism", "slcn", "anxiety", "ci", "adhd"],
        bands=[(5, 8), (7, 11), (8, 12), (11, 14), (11, 16), (13, 18), (16, 25)],
        level="targeted",
        where=["in", "out", "remote"],
        referral="self professional",
        access=(
            "Phone or email to talk about whether the group is right for your child; we will "
            "then invite you to a short visit.",
            "Ask your child's school or a health professional to refer, or contact us yourself.",
        ),
        costs=["", "", "£3 a session."],
        venue="community",
        schedule="after_school",
        providers={
            "in": [
                "open-door-youth-trust",
                "brindlemoor-autism-family-network",
                "brindlemoor-family-hubs",
            ],
            "out": ["northwold-family-support-trust", "kestrel-vale-family-link"],
            "remote": ["open-door-youth-trust", "brindlemoor-autism-family-network"],
        },
    ),
    _k(
        name="{place} {extra} sensory play for {people}",
        extras=WEEKDAYS,
        summary="Sensory play {where} for {people} and their parents or carers, with lights, "
        "sounds, textures and messy play.",
        what=(
            "The room is set up with bubble tubes, fibre-optic lights, sand, water and music, "
            "and you play alongside your child.",
            "Every session has a theme, from the seaside to the jungle, explored through "
            "sounds, smells and things to touch.",
        ),
        staff=(
            "Early years practitioners lead the session and can chat about your child's "
            "development.",
            "A play worker sets up each activity so that children who cannot sit or stand can "
            "still reach it.",
        ),
        areas="childcare leisure",
        focuses=["send", "sld", "msi", "autism", "sp"],
        bands=[(0, 2), (0, 5), (1, 4), (2, 5), (0, 8)],
        level="universal",
        where=["in", "out"],
        referral="self",
        access=(
            "Just turn up; no need to book.",
            "Book a place by phone, as numbers are kept small.",
        ),
        costs=["", "", "£1.50 per family."],
        venue="hub",
        schedule="morning",
        providers={
            "in": [
                "brindlemoor-family-hubs",
                "brindlemoor-libraries",
                "brindlemoor-early-years-inclusion-team",
            ],
            "out": ["northwold-family-support-trust", "kestrel-vale-family-link"],
        },
    ),
    _k(
        name="{place} {extra} homework club for {people}",
        extras=SCHOOL_DAYS,
        summary="A calm after-school homework club {where} where {people} get patient help with "
        "reading, writing, maths and homework.",
        what=(
            "Children can bring homework from school or work on reading and spelling games, "
            "with a drink and a snack to start.",
            "Helpers sit alongside children, break tasks down and help them organise what "
            "needs to be done and when.",
        ),
        staff=(
            "Volunteers are trained by a specialist teacher, and a qualified teacher is always "
            "there.",
            "The club is run by library staff with trained volunteers.",
        ),
        areas="edu",
        focuses=["spld", "adhd", "mld", "send"],
        bands=[(7, 11), (8, 13), (11, 16), (12, 16)],
        level="targeted",
        where=["in", "out", "remote"],
        referral="self professional",
        access=(
            "Phone to book a place; your child can try a session first.",
            "Ask your child's SENCo to refer, or book a place yourself.",
        ),
        costs=["", "", "£2 a session."],
        venue="library",
        schedule="after_school",
        providers={
            "in": ["brindlemoor-libraries", "open-door-youth-trust"],
            "out": ["northwold-family-support-trust", "kestrel-vale-family-link"],
            "remote": ["brindlemoor-libraries"],
        },
    ),
    _k(
        name="{place} {extra} swimming lessons for {people}",
        extras=WEEKDAYS,
        summary="Small-group swimming lessons {where} for {people}, taught at your child's pace "
        "by teachers with SEND training.",
        what=(
            "Lessons have no more than four swimmers, and teachers get in the water when needed.",
            "Swimmers work towards water confidence and safety first, then strokes and "
            "distance badges.",
        ),
        staff=(
            "Teachers hold disability swimming qualifications.",
            "A poolside helper is on hand for changing and getting in and out of the pool.",
        ),
        areas="leisure",
        focuses=["pd", "autism", "sld", "hi", "vi", "send"],
        bands=[(3, 7), (5, 11), (8, 16), (11, 18), (16, 25), (4, 25)],
        level="universal",
        where=["in", "out"],
        referral="self",
        budget=True,
        access=(
            "Book a free assessment swim, then join a group that suits your child.",
            "Phone to join the waiting list; most swimmers start within a month.",
        ),
        costs=[
            "£6.50 a lesson.",
            "£5 a session; carers swim free.",
            "£45 for a block of eight lessons.",
        ],
        venue="leisure",
        schedule="after_school",
        providers={
            "in": ["otterpool-swim-school", "open-door-youth-trust"],
            "out": ["kestrel-vale-wheelchair-sports-club", "northwold-family-support-trust"],
        },
    ),
    _k(
        name="{place} {extra} workshop for parents of {people}",
        extras=[
            ("sleep", "sleep"),
            ("toileting", "toilet training"),
            ("managing anxiety", "managing anxiety"),
            ("understanding behaviour", "understanding behaviour"),
            ("preparing for meetings", "preparing for meetings about your child"),
            ("screen time", "screen time"),
            ("mealtimes", "eating and mealtimes"),
            ("puberty", "puberty and growing up"),
        ],
        summary="A free two-hour workshop {where} on {extra_text} for parents and carers of "
        "{people}, with practical ideas you can try straight away.",
        what=(
            "The workshop explains why {extra_text} can be harder for some children, and "
            "shares simple strategies that other families have found useful.",
            "You will hear from a specialist and from a parent who has been there, with time "
            "for your own questions about {extra_text}.",
        ),
        staff=(
            "It is led by a family support worker with specialist training.",
            "A practitioner from the relevant NHS team co-presents each workshop.",
        ),
        areas="iass",
        focuses=["autism", "adhd", "send", "anxiety", "sld"],
        bands=[(0, 5), (2, 11), (5, 11), (11, 18), (0, 18)],
        level="universal",
        where=["in", "out", "remote"],
        referral="self",
        access=(
            "Book online or by phone; places are limited to 16.",
            "Book your place through the family hub.",
        ),
        costs=[""],
        venue="hub",
        schedule="course",
        providers={
            "in": [
                "brindlemoor-family-hubs",
                "brindlemoor-autism-family-network",
                "brindlemoor-adhd-parents-circle",
            ],
            "out": ["northwold-family-support-trust", "kestrel-vale-family-link"],
            "remote": ["brindlemoor-family-hubs", "brindlemoor-council-send-team"],
        },
    ),
    _k(
        name="{place} {extra} speech and language drop-in for {people}",
        extras=WEEKDAYS[:5],
        summary="Come to a drop-in {where} to ask a speech and language therapist about your "
        "child's "
        "talking, listening or understanding. For {people}; no appointment needed.",
        what=(
            "The therapist will listen to your worries, play with your child and suggest "
            "things to try at home.",
            "If more help is needed, the therapist can refer your child for an assessment "
            "there and then.",
        ),
        staff=(
            "Sessions are run by qualified NHS speech and language therapists.",
            "A therapist and an assistant run each drop-in.",
        ),
        areas="health",
        focuses=["slcn", "ci", "autism"],
        bands=[(0, 3), (0, 5), (2, 5), (4, 7), (5, 11)],
        level="universal",
        where=["in", "out"],
        referral="self",
        access=(
            "Just turn up during the drop-in time.",
            "Turn up, or phone to book a time slot if you would rather not wait.",
        ),
        costs=[""],
        venue="hub",
        schedule="morning",
        providers={
            "in": ["brindlemoor-community-health-nhs-trust"],
            "out": ["northwold-and-kestrel-vale-community-health-nhs-trust"],
        },
    ),
    _k(
        name="{place} {extra} short break club for {people}",
        extras=WEEKDAYS,
        summary="A short break club {where} where {people} have fun with friends and skilled "
        "staff, while you get a break.",
        what=(
            "Activities include games, arts and crafts, cooking, outdoor play and trips out.",
            "Each child has a profile of what they enjoy and how they communicate, which staff "
            "use to plan the sessions.",
        ),
        staff=(
            "Staff are trained in personal care, medicines and moving and handling.",
            "There is at least one member of staff for every two children.",
        ),
        areas="care leisure",
        focuses=["sld", "autism", "pd", "send", "msi"],
        bands=[(5, 11), (8, 13), (8, 18), (11, 18), (13, 19)],
        level="targeted",
        where=["in", "out"],
        referral="self professional",
        budget=True,
        access=(
            "Phone the club to arrange a home visit before your child starts.",
            "Ask your social worker, or contact the club to ask about a place.",
        ),
        costs=[
            "£15 a session, or use your short breaks budget.",
            "Free for families with an assessed short breaks need; otherwise £12 a session.",
            "",
        ],
        venue="youth",
        schedule="after_school",
        providers={
            "in": ["open-door-youth-trust", "cedar-care-partnership"],
            "out": ["northwold-family-support-trust", "kestrel-vale-family-link"],
        },
    ),
    _k(
        name="{place} {extra} travel training for {people}",
        extras=[
            ("bus", "by bus"),
            ("train", "by train"),
            ("walking", "on foot"),
            ("cycling", "by bike"),
        ],
        summary="One-to-one training {where} that helps {people} learn to make journeys "
        "{extra_text} on their own.",
        what=(
            "A trainer travels with you on your route until you feel confident, then follows "
            "at a distance before you go alone.",
            "You will learn to plan a journey, stay safe, and know what to do if something "
            "goes wrong.",
        ),
        staff=(
            "Trainers are experienced in working with young people with SEND.",
            "Your trainer will agree the pace with you and your family.",
        ),
        areas="travel pfa",
        focuses=["mld", "sld", "autism", "vi", "send"],
        bands=[(11, 16), (14, 19), (16, 25), (11, 25)],
        level="targeted",
        where=["in", "out"],
        referral="self professional ehc",
        access=(
            "Phone or email us, or ask your school or college to refer you.",
            "Ask the Travel Assistance Team or your SEND caseworker to refer you.",
        ),
        costs=[""],
        venue="community",
        schedule="clinic",
        providers={
            "in": ["pathways-travel-training"],
            "out": ["northwold-family-support-trust", "kestrel-vale-family-link"],
        },
    ),
    _k(
        name="Supported internship at {place} {extra} for {people}",
        extras=[
            "Garden Centre",
            "Hotel",
            "Hospital",
            "Library",
            "Bakery",
            "Bike Workshop",
            "Care Home",
            "Town Hall",
            "Supermarket",
            "Leisure Centre",
            "Community Farm",
            "Veterinary Surgery",
        ],
        summary="A year-long supported internship at {place} {extra}, where {people} learn a "
        "real job with help from a job coach.",
        what=(
            "Interns spend three or four days a week in the workplace, learning tasks step by "
            "step, and one day studying English, maths and work skills.",
            "You will rotate between different jobs in the workplace before choosing the one "
            "that suits you best.",
        ),
        staff=(
            "A job coach helps you learn the job and then gradually steps back.",
            "Your job coach and a workplace mentor meet you every week.",
        ),
        areas="training pfa",
        focuses=["mld", "sld", "autism", "send"],
        bands=[(16, 24), (17, 24), (18, 24)],
        level="specialist",
        where=["in", "out"],
        referral="self ehc",
        ehc_required=True,
        access=(
            "Talk about it at your EHC plan review, then apply by the end of March.",
            "Come to an information evening and fill in an application form.",
        ),
        costs=[""],
        venue="college",
        schedule="clinic",
        providers={
            "in": ["brindlemoor-college"],
            "out": ["northwold-independent-specialist-college"],
        },
    ),
    _k(
        name="{place} {extra} work taster days for {people}",
        extras=[
            ("catering", "catering"),
            ("animal care", "animal care"),
            ("retail", "retail"),
            ("gardening", "gardening"),
            ("office", "office work"),
            ("construction", "construction"),
            ("hair and beauty", "hair and beauty"),
        ],
        summary="Hands-on taster days {where} where {people} try out {extra_text} and find out "
        "what the work is really like.",
        what=(
            "Each taster day includes practical tasks, a chance to talk to people who do the "
            "job and advice on the next steps.",
            "You can come to one day or a whole series, and get a certificate at the end.",
        ),
        staff=(
            "Tutors and employers plan the days together.",
            "A support worker comes with the group.",
        ),
        areas="training pfa",
        focuses=["mld", "autism", "spld", "send", "semh"],
        bands=[(14, 16), (14, 19), (16, 25)],
        level="targeted",
        where=["in", "out"],
        referral="self professional",
        access=("Book through your school or college careers lead.", "Phone to book a place."),
        costs=[""],
        venue="college",
        schedule="course",
        providers={
            "in": [
                "brindlemoor-college",
                "open-door-youth-trust",
                "brindlemoor-preparing-for-adulthood-team",
            ],
            "out": ["northwold-independent-specialist-college"],
        },
    ),
    _k(
        name="{place} {extra} counselling for {people}",
        extras=[
            ("one-to-one", "one-to-one"),
            ("group", "group"),
            ("family", "family"),
            ("creative", "creative"),
        ],
        summary="Free {extra_text} counselling {where} for {people}, to help with worries, low "
        "mood and difficult feelings.",
        what=(
            "You can have up to ten sessions, and you choose what to talk about.",
            "Counsellors use talking, art and play to help you make sense of how you feel.",
        ),
        staff=(
            "All counsellors are qualified and supervised.",
            "Counsellors are experienced in working with young people with SEND.",
        ),
        areas="health",
        focuses=["mh", "anxiety", "attachment", "semh", "send"],
        bands=[(8, 11), (11, 16), (11, 18), (14, 18), (16, 25), (11, 25)],
        level="targeted",
        where=["in", "out", "remote"],
        referral="self professional",
        access=(
            "Young people aged 13 and over can refer themselves online; parents and "
            "professionals can refer younger children.",
            "Fill in the online form or phone us, and we will call you within a week.",
        ),
        costs=[""],
        venue="health",
        schedule="clinic",
        providers={
            "in": ["brindlemoor-healthy-minds-nhs-foundation-trust", "talk-it-through"],
            "out": ["northwold-and-kestrel-vale-community-health-nhs-trust"],
            "remote": ["talk-it-through"],
        },
    ),
    _k(
        name="{place} {extra} occupational therapy clinic for {people}",
        extras=SCHOOL_DAYS,
        summary="An occupational therapy clinic {where} that helps {people} with everyday "
        "tasks like dressing, eating, writing and play.",
        what=(
            "The therapist assesses your child and gives you a plan of activities for home "
            "and school.",
            "Sessions may include advice on equipment, handwriting, sensory needs or self-care.",
        ),
        staff=(
            "Clinics are run by children's occupational therapists.",
            "An occupational therapist and an assistant see each child.",
        ),
        areas="health",
        focuses=["pd", "spld", "autism", "sp"],
        bands=[(0, 5), (4, 11), (5, 11), (11, 18), (0, 18)],
        level="targeted",
        where=["in", "out"],
        referral="professional",
        access=(
            "Ask your GP, paediatrician or SENCo to refer your child.",
            "A health or education professional can refer with your agreement.",
        ),
        costs=[""],
        venue="health",
        schedule="clinic",
        providers={
            "in": ["brindlemoor-community-health-nhs-trust"],
            "out": ["northwold-and-kestrel-vale-community-health-nhs-trust"],
        },
    ),
    _k(
        name="{place} {extra} physiotherapy group for {people}",
        extras=SCHOOL_DAYS,
        summary="A weekly physiotherapy group {where} where {people} work on strength, balance "
        "and movement through games and exercise.",
        what=(
            "Each block lasts eight weeks and ends with a review of your child's progress.",
            "Children work on their own goals within a fun group circuit.",
        ),
        staff=(
            "The group is run by a children's physiotherapist and an assistant.",
            "Physiotherapists and a sports coach run the sessions together.",
        ),
        areas="health",
        focuses=["pd", "medical", "sp"],
        bands=[(2, 5), (5, 11), (11, 18)],
        level="targeted",
        where=["in", "out"],
        referral="professional",
        access=(
            "Your child's physiotherapist will suggest the group if it is right for them.",
            "Ask your GP or paediatrician to refer your child to physiotherapy.",
        ),
        costs=[""],
        venue="health",
        schedule="after_school",
        providers={
            "in": ["brindlemoor-community-health-nhs-trust"],
            "out": ["northwold-and-kestrel-vale-community-health-nhs-trust"],
        },
    ),
    _k(
        name="{place} {extra} for {people}",
        extras=[
            "wheelchair basketball",
            "boccia",
            "table tennis",
            "inclusive football",
            "inclusive cricket",
            "athletics",
            "inclusive dance",
            "adapted cycling",
            "inclusive tennis",
            "goalball",
        ],
        summary="Inclusive {extra} sessions {where} for {people}, with coaches who adapt the "
        "game so everyone can play.",
        what=(
            "Sessions start with a warm-up, then skills practice and a friendly game.",
            "Beginners are welcome, and players who want to compete can join the club team.",
        ),
        staff=(
            "Coaches have disability sport training.",
            "Volunteers help with equipment and transfers.",
        ),
        areas="leisure",
        focuses=["pd", "autism", "sld", "hi", "vi", "send"],
        bands=[(6, 11), (8, 16), (11, 18), (14, 25), (6, 25)],
        level="universal",
        where=["in", "out"],
        referral="self",
        budget=True,
        access=("Come to a free taster session.", "Phone the coach before your first session."),
        costs=["£3 a session.", "£2 a session; first session free.", ""],
        venue="leisure",
        schedule="after_school",
        providers={
            "in": ["open-door-youth-trust", "brindlemoor-parent-carer-forum"],
            "out": ["kestrel-vale-wheelchair-sports-club", "northwold-family-support-trust"],
        },
    ),
    _k(
        name="{place} {extra} youth club for {people}",
        extras=WEEKDAYS,
        summary="A {extra} evening youth club {where} where {people} meet friends, try new "
        "activities and have a say in what happens.",
        what=(
            "There are games, music, cooking, art and trips, and members plan the programme "
            "together.",
            "The club has a games room, a kitchen and a chill-out room.",
        ),
        staff=(
            "Youth workers are trained in supporting young people with SEND.",
            "Support workers are there for young people who need one-to-one help.",
        ),
        areas="leisure",
        focuses=["send", "autism", "sld", "pd", "mld"],
        bands=[(11, 16), (11, 19), (13, 19), (14, 25), (16, 25)],
        level="targeted",
        where=["in", "out"],
        referral="self professional",
        budget=True,
        access=(
            "Phone to arrange a visit before your first session.",
            "Just turn up, or phone first if you would like someone to meet you.",
        ),
        costs=["£2 a session.", "£1 a session, including a snack.", ""],
        venue="youth",
        schedule="evening",
        providers={
            "in": ["open-door-youth-trust"],
            "out": ["northwold-family-support-trust", "kestrel-vale-family-link"],
        },
    ),
    _k(
        name="{place} {extra} holiday club for {people}",
        extras=["Easter", "summer", "half-term", "Christmas"],
        summary="A {extra} holiday club {where} for {people}, with trips, games and crafts and "
        "staff who know how to support them.",
        what=(
            "Each day has a mix of active and quiet activities, with a trip out at least once "
            "a week.",
            "Children can come for single days or the whole week.",
        ),
        staff=(
            "Staff are trained in personal care, medicines and positive behaviour support.",
            "The club is registered with Ofsted.",
        ),
        areas="leisure childcare",
        focuses=["send", "sld", "autism", "pd", "adhd"],
        bands=[(4, 11), (5, 12), (8, 16), (11, 17)],
        level="targeted",
        where=["in", "out"],
        referral="self professional",
        budget=True,
        access=(
            "Book online from the start of each term.",
            "Phone to book; we will arrange a visit before the holiday.",
        ),
        costs=[
            "£20 a day; free places for families who get free school meals.",
            "£18 a day, or use your short breaks budget.",
        ],
        venue="youth",
        schedule="holiday",
        providers={
            "in": ["open-door-youth-trust", "brindlemoor-family-hubs"],
            "out": ["northwold-family-support-trust", "kestrel-vale-family-link"],
        },
    ),
    _k(
        name="{place} {extra} support group for parents of {people}",
        extras=WEEKDAYS,
        summary="A friendly group {where} where parents and carers of {people} share "
        "experiences, tips and support.",
        what=(
            "The group meets every month, with guest speakers once a term.",
            "Some sessions are just for chatting; others have a topic such as school, "
            "benefits or respite.",
        ),
        staff=(
            "It is run by parent volunteers with support from a family worker.",
            "Group leaders are parents themselves.",
        ),
        areas="iass",
        focuses=["autism", "adhd", "spld", "hi", "vi", "pd", "medical", "send"],
        bands=[(0, 5), (0, 11), (5, 16), (0, 25), (11, 25)],
        level="universal",
        where=["in", "out", "remote"],
        referral="self",
        access=(
            "Just come along, or email us first if you would like to be met at the door.",
            "Join our mailing list to hear about each meeting.",
        ),
        costs=[""],
        venue="community",
        schedule="morning",
        providers={
            "in": [
                "brindlemoor-parent-carer-forum",
                "brindlemoor-autism-family-network",
                "brindlemoor-adhd-parents-circle",
                "stallbridge-deaf-childrens-club",
            ],
            "out": ["northwold-family-support-trust", "kestrel-vale-family-link"],
            "remote": ["brindlemoor-parent-carer-forum", "soundbridge-family-support"],
        },
    ),
    _k(
        name="{place} {extra} for {people}",
        extras=[
            "art club",
            "music group",
            "drama group",
            "film-making club",
            "gardening club",
            "cooking club",
            "photography club",
            "board games club",
        ],
        summary="A relaxed {extra} {where} for {people}, where you can be creative and make "
        "friends at your own pace.",
        what=(
            "Each term ends with something to show, like an exhibition, a film or a shared meal.",
            "No experience is needed, and all the materials are provided.",
        ),
        staff=(
            "Sessions are led by an artist or tutor with a support worker.",
            "Volunteers help everyone take part.",
        ),
        areas="leisure",
        focuses=["send", "autism", "mld", "pd", "anxiety"],
        bands=[(5, 11), (8, 14), (11, 18), (16, 25), (5, 25)],
        level="universal",
        where=["in", "out", "remote"],
        referral="self",
        access=("Book a free first session.", "Email or phone to book a place."),
        costs=["£3 a session.", "£4 a session; bursaries available.", ""],
        venue="community",
        schedule="after_school",
        providers={
            "in": ["open-door-youth-trust", "brindlemoor-libraries", "bluebell-music-therapy"],
            "out": ["northwold-family-support-trust", "kestrel-vale-family-link"],
            "remote": ["open-door-youth-trust"],
        },
    ),
    _k(
        name="{place} {extra} course for {people}",
        extras=[
            ("cooking skills", "cooking skills"),
            ("money skills", "money skills"),
            ("staying safe online", "staying safe online"),
            ("healthy relationships", "healthy relationships"),
            ("household skills", "household skills"),
            ("getting out and about", "getting out and about"),
        ],
        summary="A short {extra_text} course {where} for {people}, learning by doing in small, "
        "friendly groups.",
        what=(
            "The course runs for six weeks and uses real-life practice and easy read handouts.",
            "Each week covers one topic, and you set your own goal for the end of the course.",
        ),
        staff=(
            "A tutor and a support worker run each session.",
            "Tutors are experienced in teaching young people with learning difficulties.",
        ),
        areas="pfa",
        focuses=["mld", "sld", "autism", "send"],
        bands=[(14, 19), (16, 25), (18, 25)],
        level="targeted",
        where=["in", "out", "remote"],
        referral="self professional",
        access=("Book by phone or email.", "Ask your college or support worker to book for you."),
        costs=["", "£10 for the whole course."],
        venue="college",
        schedule="course",
        providers={
            "in": [
                "brindlemoor-college",
                "brindlemoor-preparing-for-adulthood-team",
                "fairways-benefits-advice",
            ],
            "out": ["northwold-independent-specialist-college"],
            "remote": ["brindlemoor-college"],
        },
    ),
    _k(
        name="{place} {extra} reading and spelling support for {people}",
        extras=WEEKDAYS,
        summary="Specialist lessons {where} for {people} who find reading and spelling hard, "
        "using structured, multi-sensory methods.",
        what=(
            "Lessons are one-to-one or in pairs and build step by step on what your child "
            "already knows.",
            "Your child's teacher sends a short note after each lesson with games to play at home.",
        ),
        staff=(
            "Teachers hold a specialist qualification in teaching learners with dyslexia.",
            "Lessons are taught by qualified specialist teachers.",
        ),
        areas="edu",
        focuses=["spld", "mld"],
        bands=[(6, 11), (7, 11), (11, 16), (8, 18)],
        level="targeted",
        where=["in", "out", "remote"],
        referral="self",
        access=(
            "Book a free 15-minute call to talk about your child.",
            "Phone or email to arrange a first lesson.",
        ),
        costs=[
            "£40 for a 50-minute lesson.",
            "£35 a session; discounts for families who get benefits.",
        ],
        venue="library",
        schedule="after_school",
        providers={
            "in": ["word-wise-learning-centre"],
            "out": ["kestrel-vale-family-link"],
            "remote": ["word-wise-learning-centre"],
        },
    ),
    _k(
        name="{place} {extra} worry-busting group for {people}",
        extras=WEEKDAYS[:5],
        summary="A six-week group {where} that helps {people} understand their worries and "
        "learn ways to feel calmer.",
        what=(
            "Sessions use games, stories and breathing exercises, and there is a parent "
            "session at the start and end.",
            "Young people learn what anxiety does to the body and try out ways to manage it.",
        ),
        staff=(
            "It is led by two mental health practitioners.",
            "A psychologist designed the programme, and trained practitioners deliver it.",
        ),
        areas="health",
        focuses=["anxiety", "semh", "autism", "mh"],
        bands=[(8, 11), (9, 13), (11, 16), (14, 18)],
        level="targeted",
        where=["in", "out", "remote"],
        referral="self professional",
        access=(
            "Parents can book a place by phone; schools can refer with your agreement.",
            "Fill in the short online form and we will call you.",
        ),
        costs=[""],
        venue="health",
        schedule="after_school",
        providers={
            "in": ["brindlemoor-healthy-minds-nhs-foundation-trust", "brindlemoor-family-hubs"],
            "out": ["northwold-and-kestrel-vale-community-health-nhs-trust"],
            "remote": ["talk-it-through"],
        },
    ),
    _k(
        name="{place} {extra} sleep clinic for families of {people}",
        extras=SCHOOL_DAYS,
        summary="Practical sleep advice {where} for families of {people} who struggle to "
        "settle or stay asleep.",
        what=(
            "A sleep practitioner looks at your child's routine and helps you make a plan "
            "that fits your family.",
            "You will keep a short sleep diary, then have three follow-up calls.",
        ),
        staff=(
            "Practitioners are trained in sleep and SEND.",
            "The clinic is run by a specialist nurse.",
        ),
        areas="health iass",
        focuses=["autism", "adhd", "sld", "send"],
        bands=[(2, 11), (2, 16), (5, 16)],
        level="targeted",
        where=["in", "remote"],
        referral="self professional",
        access=(
            "Phone to book, or ask your health visitor or school nurse to refer.",
            "Fill in the online form and we will call you.",
        ),
        costs=[""],
        venue="health",
        schedule="clinic",
        providers={
            "in": ["brindlemoor-community-health-nhs-trust", "brindlemoor-family-hubs"],
            "remote": ["brindlemoor-family-hubs"],
        },
    ),
    _k(
        name="{place} {extra} family sign language course for families of {people}",
        extras=[
            ("beginners", "beginners'"),
            ("improvers", "improvers'"),
            ("baby signing", "baby signing"),
        ],
        summary="A free {extra_text} British Sign Language course {where} for families of "
        "{people}, taught by deaf tutors.",
        what=(
            "Over ten weeks you will learn everyday signs for home, play and school.",
            "Sessions are fun and practical, and children are welcome to join in.",
        ),
        staff=(
            "Tutors are deaf and qualified to teach British Sign Language.",
            "A deaf tutor and a hearing assistant lead the course.",
        ),
        areas="iass",
        focuses=["hi", "msi"],
        bands=[(0, 5), (0, 11), (5, 16), (0, 25)],
        level="universal",
        where=["in", "out", "remote", "regional"],
        referral="self",
        access=("Book by email, text or phone.", "Book online; courses fill quickly."),
        costs=[""],
        venue="community",
        schedule="course",
        providers={
            "in": ["brindlemoor-sensory-support-service", "stallbridge-deaf-childrens-club"],
            "out": ["kestrel-vale-school-for-deaf-children"],
            "remote": ["soundbridge-family-support"],
            "regional": ["soundbridge-family-support"],
        },
    ),
    _k(
        name="{place} {extra} sessions for {people}",
        extras=[
            ("cane skills", "cane skills"),
            ("travel skills", "travel skills"),
            ("daily living skills", "daily living skills"),
            ("braille", "braille"),
        ],
        summary="One-to-one {extra_text} sessions {where} that help {people} do more for "
        "themselves and move around safely.",
        what=(
            "Sessions take place at home, at school or out and about, wherever the skill will "
            "be used.",
            "Goals are agreed with the young person and reviewed every term.",
        ),
        staff=(
            "Sessions are led by a qualified habilitation specialist.",
            "A specialist teacher for vision impairment leads the sessions.",
        ),
        areas="edu pfa",
        focuses=["vi", "msi"],
        bands=[(5, 11), (11, 16), (16, 25)],
        level="specialist",
        where=["in", "regional"],
        referral="professional ehc",
        diagnosis_required=True,
        access=(
            "The Sensory Support Service will discuss this with you.",
            "Ask your child's teacher for vision impairment to refer.",
        ),
        costs=[""],
        venue="community",
        schedule="clinic",
        providers={
            "in": ["brindlemoor-sensory-support-service"],
            "regional": ["thistlebury-college"],
        },
    ),
    _k(
        name="{place} {extra} inclusive playgroup for {people}",
        extras=WEEKDAYS[:5],
        summary="A friendly playgroup {where} where {people} play alongside others, with staff "
        "who adapt activities for children with additional needs.",
        what=(
            "There is free play, a snack, a song time with signs and an outdoor area.",
            "Parents and carers stay with their children and can share ideas over a cup of tea.",
        ),
        staff=(
            "An early years practitioner leads each session.",
            "Staff have training in early communication and inclusion.",
        ),
        areas="childcare",
        focuses=["send", "ci", "sp"],
        bands=[(1, 4), (2, 4), (2, 5), (0, 4)],
        level="universal",
        where=["in", "out"],
        referral="self",
        access=("Just turn up.", "Phone to book your first visit."),
        costs=["£2 per family.", "", "£1 per child."],
        venue="hub",
        schedule="morning",
        providers={
            "in": [
                "kingfisher-pre-school",
                "little-otters-day-nursery",
                "copper-hill-tiny-steps-nursery",
                "stallbridge-childminding-network",
                "brindlemoor-family-hubs",
            ],
            "out": ["northwold-family-support-trust", "kestrel-vale-family-link"],
        },
    ),
    _k(
        name="{place} regional {extra} clinic for {people}",
        extras=[
            "epilepsy",
            "neuromuscular",
            "complex feeding",
            "movement disorders",
            "cerebral palsy",
            "genetics",
            "limb difference",
            "complex seating",
        ],
        summary="A regional {extra} clinic {where} where specialists see {people} and work with "
        "your local health team.",
        what=(
            "Clinics bring together several specialists so you can see them in one visit.",
            "The team writes to you and your local doctors after each appointment.",
        ),
        staff=(
            "Consultants, specialist nurses and therapists run the clinic.",
            "A clinical nurse specialist is your contact between appointments.",
        ),
        areas="health",
        focuses=["medical", "pd", "sld"],
        bands=[(0, 18), (0, 5), (5, 18), (11, 18)],
        level="specialist",
        where=["regional"],
        referral="professional",
        diagnosis_required=True,
        access=(
            "Your child's paediatrician will refer you.",
            "A consultant or GP can refer your child.",
        ),
        costs=[""],
        venue="health",
        schedule="clinic",
        providers={"regional": ["wrenmouth-childrens-hospital-nhs-foundation-trust"]},
    ),
    _k(
        name="{place} {extra} activity weekend for {people}",
        extras=["outdoor adventure", "arts", "independence", "sports", "music", "nature"],
        summary="A residential {extra} weekend {where} for {people}: a chance to try new things, "
        "make friends and build independence.",
        what=(
            "Young people stay in accessible rooms and take part in a full programme of "
            "activities.",
            "The weekend is planned around what the group wants to do, with plenty of free time.",
        ),
        staff=(
            "Staff are trained in personal care, medicines and communication support.",
            "There is a high ratio of staff to young people.",
        ),
        areas="leisure",
        focuses=["hi", "vi", "msi", "pd", "send"],
        bands=[(8, 13), (11, 16), (14, 19), (16, 25)],
        level="targeted",
        where=["regional", "out"],
        referral="self professional",
        budget=True,
        access=(
            "Apply online; we will contact you to talk about your needs.",
            "Phone to book a place.",
        ),
        costs=["£60 for the weekend; bursaries available.", "£85 including meals and activities."],
        venue="community",
        schedule="weekend",
        providers={
            "regional": [
                "soundbridge-family-support",
                "saltmarsh-house-childrens-hospice",
                "thistlebury-college",
            ],
            "out": ["kestrel-vale-wheelchair-sports-club", "northwold-family-support-trust"],
        },
    ),
]


def _people(focus: str, low: int, high: int) -> str:
    _, before, after, _ = FOCUSES[focus]
    if high <= 11:
        noun = "children"
    elif low >= 18:
        noun = "young adults"
    elif low >= 11:
        noun = "young people"
    else:
        noun = "children and young people"
    ages = f"aged {low}" if low == high else f"aged {low} to {high}"
    return f"{before}{noun}{after} {ages}"


def _sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:]


def _places_for(where: str) -> list[str]:
    if where == "in":
        return list(LOCALITIES)
    if where == "out":
        return list(NEIGHBOURS)
    if where == "regional":
        return list(REGIONAL)
    return ["Online"]


def _place_info(place: str) -> tuple[str, str, list[str]]:
    for table in (LOCALITIES, NEIGHBOURS, REGIONAL):
        if place in table:
            return table[place]
    raise KeyError(place)


class _VenueBook:
    """Venues for generated services, made up once per (place, type) and then reused."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.venues: dict[tuple[str, str], dict] = {}

    def get(self, place: str, kind: str) -> dict:
        key = (place, kind)
        if key not in self.venues:
            if key in KNOWN_VENUES:
                name, address, postcode, accessibility = VENUES[KNOWN_VENUES[key]]
            else:
                town, district, streets = _place_info(place)
                rng = self.rng
                name = f"{place} {VENUE_LABELS[kind]}"
                address = f"{rng.randint(1, 120)} {rng.choice(streets)}\n{place}"
                if town != place:
                    address += f"\n{town}"
                postcode = (
                    f"{district} {rng.randint(1, 9)}{rng.choice(_INWARD_LETTERS)}"
                    f"{rng.choice(_INWARD_LETTERS)}"
                )
                accessibility = rng.choice(VENUE_ACCESSIBILITY[kind])
            self.venues[key] = {
                "name": name,
                "address": address,
                "postcode": normalise_postcode(postcode),
                "accessibility": accessibility,
            }
        return self.venues[key]


def _hours(rng: random.Random, schedule: str, extra: str) -> tuple[list, str]:
    times, exceptions = SCHEDULES[schedule]
    exception = rng.choice(exceptions)
    if schedule == "weekend":
        opens, closes = rng.choice(times)
        days = [5, 6]
    elif schedule == "holiday":
        opens, closes = rng.choice(times)
        days = [0, 1, 2, 3, 4]
    elif schedule == "clinic":
        opens, closes = rng.choice(times)
        days = sorted(rng.sample(range(5), rng.randint(1, 5)))
        if extra in SCHOOL_DAYS:
            days = [SCHOOL_DAYS.index(extra)]
    else:
        day = WEEKDAYS.index(extra) if extra in WEEKDAYS else rng.randint(0, 5)
        opens, closes = rng.choice(SATURDAY_TIMES if day == 5 else times)
        days = [day]
    return [(day, _clock(opens), _clock(closes)) for day in days], exception


def _providers(kind: dict, where: str, place: str) -> list[str]:
    providers = kind["providers"][where]
    if where in ("out", "regional"):
        town = _place_info(place)[0]
        local = [p for p in providers if _place_info(ORGS_BY_SLUG[p]["place"])[0] == town]
        return local or providers
    return providers


# After this many names in a row that are already taken, a taken name gets a group
# number ("..., group 2") instead of another try: the templates give about 60,000
# distinct names, and a directory of 100,000 or 1,000,000 services needs more.
NAME_RETRIES = 20


def generate_services(
    rng: random.Random, count: int, taken_slugs: set[str], taken_names: set[str]
) -> Iterator[dict]:
    """Make `count` plausible services with unique names and slugs from the kinds above,
    one at a time (a million of them need not be held in memory at once)."""
    venues = _VenueBook(rng)
    where_keys = list(WHERE_WEIGHTS)
    made = 0
    clashes = 0
    groups: dict[str, int] = {}
    while made < count:
        kind = rng.choice(GENERATED_KINDS)
        allowed = [w for w in where_keys if w in kind["where"]]
        where = rng.choices(allowed, weights=[WHERE_WEIGHTS[w] for w in allowed])[0]
        place = rng.choice(_places_for(where))
        extra = rng.choice(kind["extras"])
        extra_name, extra_text = extra if isinstance(extra, tuple) else (extra, extra)
        focus = rng.choice(kind["focuses"])
        low, high = rng.choice(kind["bands"])
        people = _people(focus, low, high)
        name = _sentence_case(kind["name"].format(place=place, extra=extra_name, people=people))
        slug = slugify(name)[:160]
        if name in taken_names or slug in taken_slugs:
            clashes += 1
            if clashes < NAME_RETRIES:
                continue
            base = name
            while name in taken_names or slug in taken_slugs:
                groups[base] = groups.get(base, 1) + 1
                name = f"{base}, group {groups[base]}"
                slug = slugify(name)[:160]
        clashes = 0
        if where == "in":
            where_phrase = f"in {place}"
        elif where == "out":
            where_phrase = f"in {place} (just outside Brindlemoor)"
        elif where == "regional":
            where_phrase = f"in {place}"
        else:
            where_phrase = "online"
        fields = {
            "place": place,
            "extra": extra_name,
            "extra_text": extra_text,
            "people": people,
            "where": where_phrase,
        }
        summary = _sentence_case(kind["summary"].format(**fields))
        org = rng.choice(_providers(kind, where, place))
        location = None
        if where != "remote":
            location = dict(venues.get(place, kind["venue"]))
        locality = place if where == "in" else ""
        sentences = [
            rng.choice(kind["what"]).format(**fields),
            rng.choice(FOCUSES[focus][3]),
            rng.choice(kind["staff"]),
            rng.choice(WHERE_SENTENCES[where]).format(
                venue=location["name"] if location else "", locality=locality, place=place
            ),
        ]
        if rng.random() < 0.5:
            sentences.append(rng.choice(EXTRA_SENTENCES))
        cost = rng.choice(kind["costs"])
        if ORGS_BY_SLUG[org]["kind"] == "private" and not cost:
            cost = kind["costs"][0] or "£5 a session."
        eligibility = ""
        if kind["level"] != "universal":
            home = (
                "who live in Brindlemoor"
                if where in ("in", "remote")
                else ("from Brindlemoor and neighbouring areas")
            )
            eligibility = f"{_sentence_case(people)} {home}."
            if kind.get("ehc_required"):
                eligibility += " You must have an EHC plan."
            elif kind.get("diagnosis_required"):
                eligibility += " A diagnosis from a doctor or specialist is needed."
            else:
                eligibility += " You do not need a diagnosis."
        status = rng.choices(["published", "draft", "archived"], weights=[92, 5, 3])[0]
        spec = S(
            name,
            org,
            summary,
            " ".join(sentences),
            areas=kind["areas"],
            needs=FOCUSES[focus][0],
            level=kind["level"],
            ages=(low, high),
            where=where,
            eligibility=eligibility,
            ehc_required=kind.get("ehc_required", False),
            diagnosis_required=kind.get("diagnosis_required", False),
            referral=kind["referral"],
            access=rng.choice(kind["access"]),
            cost=cost,
            budget=kind.get("budget", False),
            status=status,
            overdue=rng.random() < 0.04,
            slug=slug,
            website=f"https://example.org/services/{slug}",
        )
        if location:
            hours, exception = _hours(rng, kind["schedule"], extra_name)
            location["hours"] = hours
            location["opening_exceptions"] = exception
            spec["locations"] = [location]
        taken_names.add(name)
        taken_slugs.add(slug)
        made += 1
        yield spec


# --------------------------------------------------------------------------------------
# Everything together
# --------------------------------------------------------------------------------------


def _review_dates(rng: random.Random, overdue: bool) -> tuple[date, date]:
    """Last reviewed within ten months of REFERENCE_DATE, or 13 to 18 months if overdue."""
    days_ago = rng.randint(400, 545) if overdue else rng.randint(7, 300)
    last_reviewed = REFERENCE_DATE - timedelta(days=days_ago)
    return last_reviewed, default_review_due(last_reviewed)


def build_services(seed: int = DEFAULT_SEED, total: int | None = None) -> list[dict]:
    """The demo services for this seed: the hand-written ones, then generated ones up to
    `total`. With `total` smaller than the hand-written set, only the first `total` of it.

    Generation is sequential, so a larger `total` gives the smaller set plus more services.
    """
    return list(iter_services(seed=seed, total=total))


def iter_services(seed: int = DEFAULT_SEED, total: int | None = None) -> Iterator[dict]:
    """build_services, one service at a time."""
    rng = random.Random(seed)
    services = handwritten_services()
    for spec in services:
        spec["last_reviewed"], spec["review_due"] = _review_dates(rng, spec["overdue"])
    if total is None:
        total = len(services)
    if total <= len(services):
        yield from services[:total]
        return
    yield from services
    taken_slugs = {s["slug"] for s in services}
    taken_names = {s["name"] for s in services}
    # Review dates from their own stream, so they do not depend on how generation goes.
    dates = random.Random(seed + 1)
    for spec in generate_services(rng, total - len(services), taken_slugs, taken_names):
        spec["last_reviewed"], spec["review_due"] = _review_dates(dates, spec["overdue"])
        yield spec
