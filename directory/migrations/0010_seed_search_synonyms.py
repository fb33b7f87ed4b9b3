"""Seed the words parents use for services and needs (officers edit them in admin).

Each term maps to the phrases services use for the same thing. Terms are matched
as whole words, so abbreviations never match the start of a longer word.
"""

from django.db import migrations

SPEECH = ["speech and language therapy", "speech therapy", "speech and language"]
EHC = ["education health and care plan", "ehc plan", "ehc needs assessment", "ehcp"]
IASS = ["sendiass", "information advice and support service", "impartial advice"]
SHORT_BREAKS = ["short breaks", "short break", "respite"]
EPILEPSY = ["epilepsy", "seizures", "fits"]
SIGNING = ["british sign language", "sign language", "bsl", "signing"]
HOME_EDUCATION = ["elective home education", "home education"]
CONTINENCE = ["continence", "bladder and bowel", "toilet"]
TRANSPORT = ["transport", "travel"]
TRAVEL_TRAINING = ["travel training", "independent travel"]
DIRECT_PAYMENTS = ["direct payments", "personal budget"]
DISAGREEMENT = ["disagreement resolution", "mediation", "complain", "appeal", "tribunal"]
BENEFITS = ["benefits", "disability living allowance"]
BEHAVIOUR = ["behaviour", "emotional", "anger"]
LEARNING = ["learning difficulties", "learning disability", "learning disabilities"]

SYNONYMS = {
    "salt": SPEECH,
    "slt": SPEECH,
    "speech therapist": SPEECH,
    "ot": ["occupational therapy", "occupational therapist"],
    "occupational therapist": ["occupational therapy"],
    "physio": ["physiotherapy", "physiotherapist"],
    "camhs": ["children and young people's mental health", "mental health service"],
    "ehcp": EHC,
    "ehc plan": EHC,
    "education health and care plan": EHC,
    "statement": EHC,
    "senco": ["special educational needs coordinator", "sen support", "senco"],
    "sendiass": IASS,
    "iass": IASS,
    "ias": IASS,
    "sendias": IASS,
    "independent advice": IASS,
    "impartial advice": IASS,
    "respite": SHORT_BREAKS,
    "short breaks": SHORT_BREAKS,
    "fits": EPILEPSY,
    "seizures": EPILEPSY,
    "seizure": EPILEPSY,
    "signing": SIGNING,
    "sign language": SIGNING,
    "bsl": SIGNING,
    "makaton": ["makaton", "signing", "sign language"],
    "home schooling": HOME_EDUCATION,
    "home school": HOME_EDUCATION,
    "home educating": HOME_EDUCATION,
    "ehe": HOME_EDUCATION,
    "toilet training": CONTINENCE,
    "potty training": CONTINENCE,
    "wetting": CONTINENCE,
    "soiling": CONTINENCE,
    "taxi": TRANSPORT,
    "transport": TRANSPORT,
    "minibus": TRANSPORT,
    "school bus": TRANSPORT,
    "use the bus": TRAVEL_TRAINING,
    "bus on my own": TRAVEL_TRAINING,
    "travel on his own": TRAVEL_TRAINING,
    "travel on her own": TRAVEL_TRAINING,
    "personal budget": DIRECT_PAYMENTS,
    "direct payment": DIRECT_PAYMENTS,
    "complain": DISAGREEMENT,
    "complaint": DISAGREEMENT,
    "appeal": DISAGREEMENT,
    "tribunal": DISAGREEMENT,
    "disagree": DISAGREEMENT,
    "unhappy with the council": DISAGREEMENT,
    "down syndrome": LEARNING,
    "downs syndrome": LEARNING,
    "down's syndrome": LEARNING,
    "developmental delay": LEARNING + ["development"],
    "global developmental delay": LEARNING + ["development"],
    "dla": BENEFITS,
    "pip": BENEFITS,
    "carers allowance": BENEFITS,
    "money": BENEFITS + DIRECT_PAYMENTS,
    "anger": BEHAVIOUR,
    "angry": BEHAVIOUR,
    "temper": BEHAVIOUR,
    "tantrums": BEHAVIOUR,
    "meltdowns": BEHAVIOUR + ["autism"],
    "aggressive": BEHAVIOUR,
    "siblings": ["siblings", "brothers and sisters"],
    "brothers and sisters": ["siblings", "brothers and sisters"],
    "young carer": ["young carers"],
    "diagnosis": ["diagnosis", "assessment"],
    "diagnosed": ["diagnosis", "assessment"],
    "educational psychologist": ["educational psychology"],
    "ep": ["educational psychology"],
    "stutter": ["stammering", "stammer"],
    "stammer": ["stammering", "stammer"],
    "dentist": ["dental"],
    "teeth": ["dental"],
    "nursery": ["nursery", "pre-school", "early years"],
    "preschool": ["nursery", "pre-school", "early years"],
    "job": ["job", "employment", "work"],
    "jobs": ["job", "employment", "work"],
    "adult services": ["adult social care", "adulthood", "transition"],
    "carers assessment": ["parent carer needs assessment", "carer's assessment"],
    "social worker": ["social work", "social worker"],
    "sixth form": ["sixth form", "college", "post-16"],
    "hydro": ["hydrotherapy"],
    "glasses": ["eye clinic", "vision"],
    "eyesight": ["eye clinic", "vision"],
}


def seed(apps, schema_editor):
    SearchSynonym = apps.get_model("directory", "SearchSynonym")
    for term, means in SYNONYMS.items():
        if not SearchSynonym.objects.filter(term__iexact=term).exists():
            SearchSynonym.objects.create(term=term, means="\n".join(dict.fromkeys(means)))


class Migration(migrations.Migration):
    dependencies = [("directory", "0009_search_synonyms")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
