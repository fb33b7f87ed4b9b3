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

from datetime import date, time

from django.utils.text import slugify

from directory.validators import normalise_postcode

REFERENCE_DATE = date(2026, 11, 1)
REVIEW_INTERVAL_DAYS = 365
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
