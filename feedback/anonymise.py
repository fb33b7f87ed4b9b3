"""Automatic first-pass anonymisation of Local Offer comments.

Regulation 56 of the SEND Regulations 2014 requires the council to publish the
comments it receives about its Local Offer *anonymised*. A moderator always
reviews and approves the result: this module only proposes redactions, shows
them highlighted, and errs on the side of removing too much rather than too
little.

It is deliberately pure Python (no Django imports) so that it can be used from
models, admin views, management commands and tests alike.

What it finds (the ``kind`` of each :class:`Redaction`):

``email``
    ``jo.bloggs+send@mail.example.org``, and the spelt-out
    ``jo dot bloggs at example dot com`` form.
``phone``
    UK numbers: ``07700 900123``, ``+44 (0)7700 900 123``, ``(01632) 960123``,
    ``020 7946 0123``, ``0808 157 0123``, with spaces, dashes or dots.
``postcode``
    Every UK format, with or without the space, in any case.
``nhs_number``
    Ten digits (``943 476 5919``, ``943-476-5919``, ``9434765919``) that pass
    the NHS modulus 11 check.
``ni_number``
    National Insurance numbers such as ``QQ 12 34 56 C`` or ``AB123456C``.
``date_of_birth``
    Dates in a birth context (``born on 3 March 2015``, ``DOB 3.3.15``,
    ``date of birth: 2015-03-03``) and, because any of them could be a date of
    birth, *every* full numeric date with a four-digit year (``14/05/2024``).
``titled_name``
    A title followed by a name: ``Mrs Patel``, ``Mr. O'Brien``,
    ``Dr Smith-Jones``, ``Mrs Anna Patel``, ``Cllr Hartigan``, ``mrs patel``,
    in capitals (``MRS PATEL``, but not ``MS TEAMS``), with particles
    (``Mrs van der Berg``, ``Mr de Souza``), and ``miss patel`` or
    ``dr. patel`` where the title starts a sentence or has a full stop.
``address``
    House number and street: ``12 Acacia Avenue``, ``Flat 3, 45 Mill Lane``,
    ``221b Baker Street``, ``12 acacia avenue``.
``custom``
    Terms a moderator keeps on a list (names of schools or staff), matched
    case-insensitively on word boundaries with any whitespace between words.
``number``
    The safety net: any other run of nine or more digits (for example a ten
    digit number that fails the NHS check and is not a phone number, or a case
    reference). Digits that long are almost never harmless in a comment, so
    they are removed rather than published.

What it does *not* find, and why a moderator must still read every comment:
bare names without a title ("my son Alfie", "Sarah Jones in the SEN team"),
school and street names without a house number unless they are added as
custom terms, ages combined with rare conditions, and descriptions of events
that identify a family without naming it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from postcodes.parsing import OUTWARD

__all__ = [
    "KINDS",
    "KIND_LABELS",
    "PLACEHOLDERS",
    "Redaction",
    "find_redactions",
    "highlight_html",
    "is_valid_nhs_number",
    "redact",
]

#: The text each kind of redaction is replaced with by :func:`redact`.
PLACEHOLDERS: dict[str, str] = {
    "email": "[email removed]",
    "phone": "[phone number removed]",
    "postcode": "[postcode removed]",
    "nhs_number": "[NHS number removed]",
    "ni_number": "[National Insurance number removed]",
    "date_of_birth": "[date removed]",
    "titled_name": "[name removed]",
    "address": "[address removed]",
    "custom": "[name removed]",
    "school": "[school or setting removed]",
    "full_name": "[name removed]",
    "number": "[number removed]",
}

#: Every kind :func:`find_redactions` can report.
KINDS: tuple[str, ...] = tuple(PLACEHOLDERS)

#: Each kind in words, for people: what :func:`highlight_html` tells screen reader users.
KIND_LABELS: dict[str, str] = {
    "email": "email address",
    "phone": "phone number",
    "postcode": "postcode",
    "nhs_number": "NHS number",
    "ni_number": "National Insurance number",
    "date_of_birth": "date",
    "titled_name": "name",
    "address": "address",
    "custom": "name on the list of names to remove",
    "school": "name of a school or setting",
    "full_name": "possible name",
    "number": "long number",
}

# When candidate matches of different kinds overlap, the longest one gives the
# merged redaction its kind; on equal length the more specific kind (earlier
# here) wins. "number" is not listed: it is only a fallback (see below).
_SPECIFICITY: dict[str, int] = {
    kind: rank
    for rank, kind in enumerate(
        (
            "email",
            "nhs_number",
            "ni_number",
            "phone",
            "postcode",
            "date_of_birth",
            "address",
            "titled_name",
            "custom",
            "school",
            "full_name",
        )
    )
}


@dataclass(frozen=True)
class Redaction:
    """A span of the original text that should not be published.

    ``text[start:end] == original``; ``kind`` is one of :data:`KINDS`.
    """

    start: int
    end: int
    kind: str
    original: str


# --------------------------------------------------------------------------
# Email addresses
# --------------------------------------------------------------------------

_EMAIL = re.compile(
    r"(?<![\w.+'-])"
    r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@"
    # The top-level domain must be letters, so "meet@10.30" is not an address.
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}"
    r"(?![\w-])"
)

# "jo dot bloggs at example dot com", "jo(at)example(dot)org". "at" is a very
# common word, so this only fires when the last part is a recognisable domain
# ending spelt out after "dot".
_DOT = r"(?:\s*[(\[]dot[)\]]\s*|\s+dot\s+)"
_AT = r"(?:\s*[(\[]at[)\]]\s*|\s+at\s+)"
_SPELT_EMAIL = re.compile(
    # Bounded repeats keep the search linear on text like "at dot at dot ...".
    rf"(?<![\w.+-])[\w.+-]{{1,64}}(?:{_DOT}[\w+-]{{1,64}}){{0,3}}"
    rf"{_AT}[\w-]{{1,63}}(?:{_DOT}[\w-]{{1,63}}){{0,3}}"
    rf"{_DOT}(?:com|org|net|uk|gov|sch|nhs|ac|co|io|info|test|edu|me)(?!\w)",
    re.IGNORECASE,
)


# --------------------------------------------------------------------------
# Phone numbers
# --------------------------------------------------------------------------

# Between digits: nothing, one or two spaces, or a dot, dash or closing
# bracket with optional spaces around it ("(01632) 960 123", "07700-900-123").
_PHONE_SEP = r"(?:[ \u00a0]?[.\-\u2013)][ \u00a0]?|[ \u00a0]{1,2})?"
# A UK number is 0 plus 9 or 10 digits. Not preceded by a letter, digit or
# currency sign (so "£0800..." and "ABC0123..." are not phones); not followed
# by a letter or digit, so a trailing "9am" is not swallowed into the number.
_PHONE_NATIONAL = re.compile(rf"(?<![\w+£$€])\(?0\d(?:{_PHONE_SEP}\d){{8,9}}(?!\w)")
# +44 / 0044, optionally followed by a bracketed (0), then 9 or 10 digits.
_PHONE_INTERNATIONAL = re.compile(
    rf"(?<![\w+])(?:\+[ \u00a0]?44|0044)[ \u00a0.-]?(?:\(0\)[ \u00a0]?)?"
    rf"\(?[1-9](?:{_PHONE_SEP}\d){{8,9}}(?!\w)"
)


def _valid_uk_national(digits: str) -> bool:
    """Whether a national-format digit string is a plausible UK number."""
    if len(digits) not in (10, 11) or digits[1] == "0":
        return False
    # Mobiles (07) are always 11 digits; a 10-digit "07..." is something else.
    return not (digits[1] == "7" and len(digits) != 11)


# --------------------------------------------------------------------------
# NHS numbers and other long digit runs
# --------------------------------------------------------------------------

_NHS = re.compile(r"(?<![\w£$€.,/-])(\d{3})([ \-]?)(\d{3})([ \-]?)(\d{4})(?![\w]|[.,/-]\d)")
# Context that makes a bare ten-digit number starting with 0 an NHS number
# rather than a phone number.
_NHS_CONTEXT = re.compile(r"\bnhs\b|\bhealth\s+(?:service\s+)?(?:no|number)", re.IGNORECASE)

_LONG_DIGITS = re.compile(r"(?<![\w£$€.,])\d+(?:[ \-]\d+)*(?![\w]|[.,]\d)")
_YEAR_GROUP = re.compile(r"(?:19|20)\d\d")


def is_valid_nhs_number(number: str) -> bool:
    """Return True if ``number`` (spaces and dashes allowed) passes the NHS check.

    The check digit is 11 minus the remainder of the weighted sum of the first
    nine digits (weights 10 down to 2) divided by 11; 11 becomes 0, and 10
    means the number can never be valid.
    """
    digits = re.sub(r"[ \-]", "", number)
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


# --------------------------------------------------------------------------
# National Insurance numbers
# --------------------------------------------------------------------------

_NI = re.compile(
    r"(?<![A-Za-z0-9])([A-Z]{2})[ \-]?(\d(?:[ \-]?\d){5})(?:[ \-]?([A-D]))?(?![A-Za-z0-9])",
    re.IGNORECASE,
)
# HMRC's rules: the first letter is never D, F, I, Q, U or V; the second is
# never D, F, I, O, Q, U or V; BG, GB, KN, NK, NT, TN and ZZ are not allocated.
# QQ is HMRC's own example prefix and turns up in real comments copied from
# letters, so it is treated as valid.
_NI_FIRST = set("ABCEGHJKLMNOPRSTWXYZ")
_NI_SECOND = set("ABCEGHJKLMNPRSTWXYZ")
_NI_BANNED = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def _valid_ni_prefix(prefix: str) -> bool:
    prefix = prefix.upper()
    if prefix == "QQ":
        return True
    return prefix[0] in _NI_FIRST and prefix[1] in _NI_SECOND and prefix not in _NI_BANNED


# --------------------------------------------------------------------------
# Postcodes
# --------------------------------------------------------------------------

# The outward code is postcodes.parsing's; the inward code is looser on purpose (any two
# letters), so a postcode mistyped in capitals is still removed (see _plausible_postcode).
_POSTCODE = re.compile(
    rf"(?<![A-Za-z0-9])({OUTWARD})[ \u00a0]{{0,2}}([0-9][A-Z]{{2}})(?![A-Za-z0-9])",
    re.IGNORECASE,
)
# Royal Mail never uses C, I, K, M, O or V in the last two letters. Typed in
# capitals, anything of the right shape is taken as a (perhaps mistyped)
# postcode. In lower or mixed case only genuine inward codes are, and never a
# time or unit ("3pm", "2hr", "5kg"). An ordinal ("2nd", "8th") counts only
# when the whole postcode is lower case: "b33 8th" is a postcode typed
# quickly, but in "room B12 2nd floor" or "KS2 3rd year" the capitals show
# the first part is a name of something else.
_INWARD_LETTERS = set("ABDEFGHJLNPQRSTUWXYZ")
_TIME_OR_UNIT = re.compile(r"\d(?:am|pm|hr|hz|kg|mg|ml|cm|mm|km|mb|gb)", re.IGNORECASE)
_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)", re.IGNORECASE)


def _plausible_postcode(match: re.Match[str]) -> bool:
    outward, inward = match.group(1), match.group(2)
    if outward.isupper() and inward.isupper():
        return True
    if _TIME_OR_UNIT.fullmatch(inward):
        return False
    if _ORDINAL.fullmatch(inward) and not outward.islower():
        return False
    return all(ch in _INWARD_LETTERS for ch in inward[1:].upper())


# --------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------

_DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?"
# Full names, or three/four-letter abbreviations with an optional full stop.
_MONTH = (
    r"(?:(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?)(?![a-z])"
)
_YEAR = r"(?:(?:19|20)\d{2}|['\u2019]\d{2})(?!\d)"
_NUMERIC_DATE = r"\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})(?![\d/.\-]?\d)"
_ISO_DATE = r"(?:19|20)\d{2}[/.\-]\d{1,2}[/.\-]\d{1,2}(?![\d/.\-]?\d)"
_WRITTEN_DATE = (
    rf"(?:{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?"
    rf"|{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?(?!\w)"
    rf"|{_MONTH}\s+{_YEAR})"
)

# A word that says "what follows is a date of birth", then up to three small
# words ("born on the 3rd of March", "birthday is on 4 May"), then the date.
_BIRTH_DATE = re.compile(
    r"(?:\bborn\b|\bdate\s+of\s+birth\b|\bbirth\s*date\b|\bbirthdays?\b|\bb['\u2019]?day\b"
    r"|\bdob\b|\bd\.\s?o\.\s?b\b\.?)"
    r"[\s:,\-\u2013]*(?:(?:on|in|is|was|of|the|at)\s+){0,3}"
    rf"(?P<date>{_NUMERIC_DATE}|{_ISO_DATE}|{_WRITTEN_DATE})",
    re.IGNORECASE,
)
# Any full numeric date with a four-digit year, wherever it appears: it may be
# a date of birth even without the word "born" nearby, and a moderator can
# easily put an appointment date back.
_ANY_NUMERIC_DATE = re.compile(
    r"(?<![\d/.\-])(?:"
    r"(?:3[01]|[12]\d|0?[1-9])([/.\-])(?:3[01]|[12]\d|0?[1-9])\1(?:19|20)\d{2}"
    r"|(?:19|20)\d{2}([/.\-])(?:1[0-2]|0?[1-9])\2(?:3[01]|[12]\d|0?[1-9])"
    r")(?![\d/.\-]?\d)"
)


# --------------------------------------------------------------------------
# Names with a title
# --------------------------------------------------------------------------

_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ"
# O'Brien, McDonald, MacKenzie, Smith-Jones, D'Souza, Núñez.
_NAME = (
    rf"[{_UPPER}](?:['\u2019][{_UPPER}])?[{_LOWER}]+(?:[{_UPPER}][{_LOWER}]+)?"
    rf"(?:[-'\u2019][{_UPPER}][{_LOWER}]+)*"
)
# Capitalised words that commonly follow a surname and are not a second name.
_NAME_STOP = (
    "The|This|That|These|Those|He|She|They|We|It|His|Her|Their|Our|My|And|But|Or|So|Is|"
    "Was|Said|Says|Told|Has|Had|Have|Who|When|Then|Head|Deputy|From|At|In|On|Of|For|To|"
    "Please|Thank|Thanks|Also|If|As|After|Before|Because|Yes|No"
)
# "Mr de Souza", "Mrs van der Berg", "Dr Van den Bosch", "Mr de la Cruz".
_PARTICLE = (
    r"(?:[Vv][ao]n|[Dd](?:e[rn]?|el|ella|i|a|u|os|as|o)|[Ll][ae]|[Tt]e[rn]|[Bb]in|[Ii]bn"
    r"|[Aa]l|[Ee]l)"
)
_PARTICLES = rf"(?:{_PARTICLE}[ \t]+){{0,3}}"
_TITLED_NAME = re.compile(
    r"(?<![\w])"
    r"(?:Mrs|Mr|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Revd|Rev|Reverend|Cllr|Councillor"
    # A title in capitals before a capitalised name: "MRS Patel". Never "MS": "MS Teams".
    r"|MRS|MR|MISS|MX|DR|PROF|CLLR)"
    # "Mr. O'Brien", "Mrs Patel": never "Dr. appointment" (lower case follows).
    r"(?:\.[ \t]*|[ \t]+)"
    rf"(?:[{_UPPER}](?:\.[ \t]*|[ \t]+)){{0,2}}"  # initials: "Mrs A. Patel"
    rf"{_PARTICLES}(?!(?:{_NAME_STOP})\b){_NAME}"
    rf"(?:[ \t]+(?!(?:{_NAME_STOP})\b){_NAME})?"
)

# Names in capitals: "MRS PATEL", "MR O'BRIEN", "DR A. SMITH-JONES". The name must
# have two letters or more and not be a word that often follows "MS" or "DR" in
# capitals ("MS TEAMS", "DR APPOINTMENT") or starts a sentence in a comment typed
# in capitals ("MR AND MRS", "MRS PATEL SAID").
_CAPS_STOP = (
    "TEAMS|TEAM|WORD|EXCEL|PAINT|OFFICE|OUTLOOK|ACCESS|FORMS|EDGE|WINDOWS|DOS|POWERPOINT|"
    "ONENOTE|SOCIETY|TRUST|NURSE|NURSES|UK|CLINIC|CENTRE|SUPPORT|APPOINTMENT|APPOINTMENTS|"
    "SURGERY|LETTER|REPORT|NOTE|"
    "THE|THIS|THAT|THESE|THOSE|HE|SHE|THEY|WE|IT|HIS|HER|HERS|THEIR|OUR|MY|AND|BUT|OR|SO|"
    "IS|WAS|ARE|WERE|SAID|SAYS|TOLD|ASKED|HAS|HAD|HAVE|WHO|WHEN|THEN|HEAD|DEPUTY|FROM|AT|"
    "IN|ON|OF|FOR|TO|PLEASE|THANK|THANKS|ALSO|IF|AS|AFTER|BEFORE|BECAUSE|YES|NO|NOT|"
    "WILL|WOULD|COULD|SHOULD|CAN|DID|DOES|RANG|CALLED|WROTE|ALWAYS|NEVER|IS|AN"
)
_CAPS_NAME = r"[A-Z](?:['\u2019]?[A-Z])+(?:-[A-Z]{2,})*"
_CAPS_TITLED_NAME = re.compile(
    r"(?<![\w])"
    r"(?:MRS|MR|MS|MISS|MX|DR|PROF|PROFESSOR|SIR|DAME|REVD|REV|REVEREND|CLLR|COUNCILLOR"
    r"|Mrs|Mr|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Revd|Rev|Reverend|Cllr|Councillor)"
    r"(?:\.[ \t]*|[ \t]+)"
    r"(?:[A-Z]\.[ \t]*){0,2}"  # initials, only with a full stop: "MRS A. PATEL"
    rf"(?:(?:VAN|VON|DER|DEN|DE|DEL|DI|DA|DU|LA|LE)[ \t]+){{0,3}}"
    rf"(?!(?:{_CAPS_STOP})(?![\w'\u2019-])){_CAPS_NAME}"
    rf"(?:[ \t]+(?!(?:{_CAPS_STOP})(?![\w'\u2019-])){_CAPS_NAME})?"
    r"(?![\w'\u2019-])"
)

# "mrs patel", "Mrs. patel" typed without capitals. Only the titles that are never
# ordinary words; "miss" and "dr" are handled below.
_LOWER_STOP = (
    "and|or|is|was|said|says|from|at|in|on|the|a|an|to|who|has|had|have|told|did|does|"
    "will|would|could|should|can|may|might|also|i|we|he|she|they|it|his|her|our|my|"
    "your|as|for|with|about|but|so|not|then|when|if|&|are|were|be|been|am|get|gets|got|"
    "need|needs|use|used|uses|which|both|each|only|just|never|always|"
    # "ms teams", "ms word": Microsoft's programs, not a person.
    "teams|team|word|excel|paint|office|outlook|access|forms|edge|windows|powerpoint|"
    "onenote|society|trust|nurse|nurses|clinic|centre|support|"
    # "miss out", "dr. appointment": not a name either.
    "out|it|him|them|us|me|you|this|that|these|those|school|college|nursery|lessons?|"
    "classes|sessions?|appointments?|surgery|letters?|notes?|visits?|reports?|being|having|"
    "seeing|going|getting|all|any|some|one|two|lots|much|many|more|most|less|every"
)
_LOWER_NAME = r"[a-z][a-z'\u2019-]*[a-z]"
_LOWER_PARTICLES = r"(?:(?:van|von|der|den|de|del|della|di|da|du|la|le|ter|ten)[ \t]+){0,3}"
_LOWER_TITLED_NAME = re.compile(
    rf"(?<![\w])(?:[Mm]rs|[Mm]r|[Mm]s|[Mm]x)\.?[ \t]+{_LOWER_PARTICLES}"
    rf"(?!(?:{_LOWER_STOP})\b){_LOWER_NAME}"
)
# "miss" and "dr" in lower case are a title only with a full stop ("dr. patel") or
# at the start of a sentence ("miss patel was kind"): "we miss school" is a verb.
# Capitalised ("Miss patel", "Dr patel") they are always a title.
_MISS_OR_DR_NAME = re.compile(
    r"(?<![\w])(?P<title>[Mm]iss|[Dd]r)(?P<dot>\.?)"
    rf"[ \t]+{_LOWER_PARTICLES}(?!(?:{_LOWER_STOP})\b){_LOWER_NAME}"
)
_SENTENCE_END = tuple(".!?:;\n\"'(\u201c\u2018")


def _title_starts_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t")
    return not before or before.endswith(_SENTENCE_END)


# --------------------------------------------------------------------------
# Street addresses
# --------------------------------------------------------------------------

# "St" followed by a capitalised word is "Saint" ("St John Ambulance"), not "Street".
_STREET_SUFFIX = (
    r"(?:Street|St(?!\.?[ \t]+[A-Z])|Road|Rd|Avenue|Ave|Lane|Ln|Close|Cl|Drive|Dr|Way"
    r"|Crescent|Cres|Place|Pl|Court|Ct|Gardens|Gdns|Grove|Gr|Terrace|Terr|Tce|Hill|Park|Row|Walk|Mews|Square|Sq"
    r"|View|Rise|Green|Parade|Boulevard|Vale|Chase|Croft)"
)
_STREET_WORD = r"[A-Z][a-z'\u2019]+(?:-[A-Z][a-z]+)?\.?"
_ADDRESS = re.compile(
    # "Flat 3, 45 Mill Lane": the flat number is part of the address.
    r"(?:(?:[Ff]lat|FLAT|[Aa]partment|[Aa]pt\.?|[Uu]nit)\s+\d{1,4}[A-Za-z]?,?\s+)?"
    # House number, with a letter or a range: "221b", "12-14".
    # House numbers don't start with 0; "0-25 Church Street" is an age range.
    r"(?<![\w£$€.,:/\-\u2013])[1-9]\d{0,3}[A-Za-z]?(?:[-\u2013][1-9]\d{0,3}[A-Za-z]?)?,?\s+"
    rf"(?:{_STREET_WORD}\s+){{0,2}}{_STREET_WORD}\s+{_STREET_SUFFIX}\b"
)

# "12 acacia avenue" typed without capitals. Lower-case prose is full of
# "a 10 minute walk" and "2 hours in the park", so the street name must be one
# or two words that are not a unit, a number word or a small word, and the
# street type must be spelt out (except "rd" and "ave").
_LOWER_STREET_SUFFIX = (
    r"(?:street|road|rd|avenue|ave|lane|close|drive|way|crescent|place|court|gardens|grove"
    r"|terrace|hill|park|row|walk|mews|square|view|rise|green|parade|boulevard|vale|chase|croft)"
)
_LOWER_STREET_STOP = (
    r"(?:the|a|an|of|to|in|at|on|by|for|and|or|but|with|from|into|our|my|your|his|her|their"
    r"|its|this|that|these|those|other|another|more|most|less|one|two|only|short|quick"
    r"|brisk|slow|easy|hard|better|best|different|same|whole|extra|full|half|free|local|nearest|next|last|each|every|per|first|second"
    r"|third|minutes?|mins?|miles?|hours?|hrs?"
    r"|seconds?|days?|weeks?|months?|years?|times?|km|metres?|meters?|yards?|feet|foot"
    r"|steps?|bus|buses|car|cars|train|trains|way|ways|kids|children|people|families"
    r"|is|are|was|were|it|we|they|he|she|i|you|me|us|them|x|th|st|nd|rd|am|pm)"
)
_LOWER_STREET_WORD = rf"(?!{_LOWER_STREET_STOP}\b)[a-z][a-z'\u2019]+(?:-[a-z]+)?"
_LOWER_ADDRESS = re.compile(
    r"(?:(?:[Ff]lat|[Aa]partment|[Aa]pt\.?|[Uu]nit)\s+\d{1,4}[a-z]?,?\s+)?"
    r"(?<![\w£$€.,:/\-\u2013])[1-9]\d{0,3}[a-z]?(?:[-\u2013][1-9]\d{0,3}[a-z]?)?,?[ \t]+"
    rf"(?:{_LOWER_STREET_WORD}[ \t]+)?{_LOWER_STREET_WORD}[ \t]+"
    rf"{_LOWER_STREET_SUFFIX}(?![\w'\u2019-])"
)


# --------------------------------------------------------------------------
# Custom terms
# --------------------------------------------------------------------------


@lru_cache(maxsize=64)
def _custom_pattern(terms: tuple[str, ...]) -> re.Pattern[str] | None:
    """One case-insensitive alternation for a moderator's list of terms."""
    parts = []
    for term in sorted({" ".join(t.split()) for t in terms if t.strip()}, key=len, reverse=True):
        words = [re.escape(word) for word in term.split(" ")]
        parts.append(r"\s+".join(words))
    if not parts:
        return None
    # (?<!\w)/(?!\w) rather than \b so that terms starting or ending with
    # punctuation ("St. Mary's") still match.
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)


# --------------------------------------------------------------------------
# Schools and settings, and bare first name + surname pairs
# --------------------------------------------------------------------------

# "Meadowside School", "St Mary's C of E Primary School", "Oakfield Academy",
# "Little Acorns Nursery": one to four capitalised words before the kind of setting.
_SETTING_KIND = (
    r"(?:(?:Primary|Secondary|Infant|Infants|Junior|Juniors|Special|High|Grammar|Community|"
    r"Free|Church|C\.?\s?of\s?E\.?|CE|RC|Catholic|Federation)\s+){0,3}"
    r"(?:School|Academy|College|Nursery|Pre-?[Ss]chool|Playgroup|Infants|Juniors)\b"
)
# Words that make "<word> School" ordinary English, not a named setting.
_SETTING_STOP = (
    "The|This|That|These|Those|A|An|Any|Every|Each|Some|No|My|Our|Your|His|Her|Their|"
    "Its|Another|Other|Which|What|Whose|Mainstream|Local|New|Old|Current|Previous|Next|"
    "Primary|Secondary|Special|Infant|Junior|High|Grammar|Community|Free|Independent|"
    "Private|State|Village|Nursery|Forest|Sunday|Summer|Holiday|Day|Boarding|Residential|"
    "Further|Higher|Sixth|Form|Specialist|Alternative|Unit|Autism|Autistic|SEN|SEND|"
    "Visit|Visiting|At|In|To|From|For|And|But|Or|When|Then|After|Before|If|Because|"
    "Home|Middle|Upper|Lower|First|Second|Third|Same|Different|Both|Either|Neither"
)
_SETTING_WORD = rf"(?!(?:{_SETTING_STOP})\b)[A-Z][\w'\u2019-]+"
_SETTING = re.compile(
    rf"(?<![\w-])(?:(?:St\.?|Saint)\s+)?{_SETTING_WORD}(?:\s+(?:and\s+|&\s+)?[A-Z][\w'\u2019-]+){{0,3}}"
    rf"\s+{_SETTING_KIND}"
)

#: Common first names in England and Wales, for spotting a bare "first name +
#: surname" pair. A seeded list: it is a hint for the moderator, who still reads
#: every comment, not a promise to find every name.
_FIRST_NAMES_TEXT = """
    Aaron Abdul Abigail Adam Adrian Ahmed Aidan Aisha Alan Albert Alex Alexander Alexandra
    Alfie Ali Alice Alison Amanda Amber Amelia Amelie Amir Amy Andrea Andrew Angela Anna
    Anne Annie Anthony Archie Arthur Ashley Austin Ava Barbara Ben Benjamin Beth Bethany
    Bilal Billy Bobby Bradley Brandon Brian Callum Calum Cameron Carl Carol Caroline Catherine
    Charles Charlie Charlotte Chloe Chris Christine Christopher Claire Connor Craig Daisy
    Daniel Danny Darren David Dean Deborah Declan Dennis Dominic Dylan Edward Elijah Elizabeth
    Ella Ellie Elliot Emily Emma Eric Erin Ethan Eva Evie Faith Fatima Finley Finn Florence
    Frances Frank Freddie Freya Gary Gemma George Georgia Grace Graham Hamza Hannah Harley
    Harper Harriet Harrison Harry Harvey Hassan Hayley Heather Helen Henry Holly Hugo
    Ian Ibrahim Imogen Isaac Isabel Isabella Isabelle Isla Ivy Jack Jackson Jacob Jade
    Jake James Jamie Jane Janet Jasmine Jason Jayden Jennifer Jessica Joanne Joe Joel
    John Jonathan Jordan Joseph Joshua Julie Karen Katie Kayla Kevin Kieran Kyle Laura
    Lauren Layla Leah Leo Leon Lewis Liam Lily Lisa Logan Louis Louise Lucas Lucy Luke
    Luna Lydia Maisie Mark Martin Maryam Mason Matilda Matthew Max Megan Mia Michael Michelle
    Millie Mohammed Mohammad Muhammad Molly Nathan Neil Niamh Nicholas Nicola Noah Oliver
    Olivia Omar Oscar Owen Paige Patrick Paul Peter Phoebe Poppy Priya Rachel Rebecca
    Reuben Rhys Richard Riley Robert Rohan Ronnie Rory Rosie Ruby Ryan Sam Samantha Samuel
    Sara Sarah Scarlett Scott Sean Sebastian Sharon Sienna Simon Sofia Sophia Sophie Stephen
    Steven Stuart Susan Sylvie Tanya Teddy Theo Thomas Toby Tom Tommy Tracey Tyler Victoria
    Vincent Wayne William Willow Yusuf Zac Zachary Zara Zoe
"""
FIRST_NAMES = frozenset(_FIRST_NAMES_TEXT.split())  # noqa: SIM905
_SURNAME_STOP = (
    "School|Academy|College|Nursery|Primary|Street|Road|Lane|Avenue|Close|Way|Centre|"
    "Center|Group|Club|Team|Service|Services|Council|Hospital|Trust|Park|House|Hall|Court|"
    "Church|Library|Unit|And|But|Or|The|Is|Was|Has|Had|Said|Says|Told|Who|When|Then|Also|"
    "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    "April|May|June|July|August|September|October|November|December|English|British|"
    "Christmas|Easter|Local|Offer|Syndrome|Disorder|Plan|Year|Class|Ward"
)
_FULL_NAME = re.compile(
    rf"(?<![\w'\u2019-])(?P<first>[A-Z][a-z]+)[ \t]+(?!(?:{_SURNAME_STOP})\b)"
    rf"{_NAME}(?![\w'\u2019-])"
)


# --------------------------------------------------------------------------
# Finding
# --------------------------------------------------------------------------

type _Span = tuple[int, int, str]


def _emails(text: str) -> Iterator[_Span]:
    for pattern in (_EMAIL, _SPELT_EMAIL):
        for m in pattern.finditer(text):
            yield m.start(), m.end(), "email"


def _phones(text: str) -> Iterator[_Span]:
    for m in _PHONE_NATIONAL.finditer(text):
        digits = re.sub(r"\D", "", m.group(0))
        if _valid_uk_national(digits):
            yield m.start(), m.end(), "phone"
    for m in _PHONE_INTERNATIONAL.finditer(text):
        digits = re.sub(r"\D", "", m.group(0)).removeprefix("00")[2:]  # drop the 44
        if digits.startswith("0"):  # the "(0)"
            digits = digits[1:]
        if _valid_uk_national("0" + digits):
            yield m.start(), m.end(), "phone"


def _nhs_numbers(text: str) -> Iterator[_Span]:
    for m in _NHS.finditer(text):
        if not is_valid_nhs_number(m.group(0)):
            continue  # left to the long-digit-run safety net (or the phone finder)
        grouped_334 = bool(m.group(2) and m.group(4))
        # A ten-digit number starting with 0 is usually a phone number; only
        # call it an NHS number when it is written 3-3-4 or "NHS" is nearby.
        if m.group(1).startswith("0") and not grouped_334:
            window = text[max(0, m.start() - 40) : m.start()]
            if not _NHS_CONTEXT.search(window):
                continue
        yield m.start(), m.end(), "nhs_number"


def _ni_numbers(text: str) -> Iterator[_Span]:
    for m in _NI.finditer(text):
        prefix, _digits, suffix = m.groups()
        if not _valid_ni_prefix(prefix):
            continue
        # Without the final letter, only trust a capitalised prefix: "at 12 34 56"
        # is not a National Insurance number.
        if suffix is None and not prefix.isupper():
            continue
        yield m.start(), m.end(), "ni_number"


def _postcodes(text: str) -> Iterator[_Span]:
    for m in _POSTCODE.finditer(text):
        if _plausible_postcode(m):
            yield m.start(), m.end(), "postcode"


def _dates(text: str) -> Iterator[_Span]:
    for m in _BIRTH_DATE.finditer(text):
        yield m.start("date"), m.end("date"), "date_of_birth"
    for m in _ANY_NUMERIC_DATE.finditer(text):
        yield m.start(), m.end(), "date_of_birth"


def _titled_names(text: str) -> Iterator[_Span]:
    for pattern in (_TITLED_NAME, _CAPS_TITLED_NAME, _LOWER_TITLED_NAME):
        for m in pattern.finditer(text):
            yield m.start(), m.end(), "titled_name"
    for m in _MISS_OR_DR_NAME.finditer(text):
        title = m.group("title")
        if title[0].isupper() or m.group("dot") or _title_starts_sentence(text, m.start()):
            yield m.start(), m.end(), "titled_name"


def _addresses(text: str) -> Iterator[_Span]:
    for pattern in (_ADDRESS, _LOWER_ADDRESS):
        for m in pattern.finditer(text):
            yield m.start(), m.end(), "address"


def _settings(text: str) -> Iterator[_Span]:
    for m in _SETTING.finditer(text):
        yield m.start(), m.end(), "school"


def _full_names(text: str) -> Iterator[_Span]:
    for m in _FULL_NAME.finditer(text):
        if m.group("first") in FIRST_NAMES:
            yield m.start(), m.end(), "full_name"


def _long_numbers(text: str) -> Iterator[_Span]:
    for m in _LONG_DIGITS.finditer(text):
        groups = re.split(r"[ \-]", m.group(0))
        if sum(len(g) for g in groups) < 9:
            continue
        # "2019 2020 2021" is a list of years, not an identifier.
        if len(groups) > 1 and all(_YEAR_GROUP.fullmatch(g) for g in groups):
            continue
        yield m.start(), m.end(), "number"


_FINDERS: tuple[Callable[[str], Iterator[_Span]], ...] = (
    _emails,
    _phones,
    _nhs_numbers,
    _ni_numbers,
    _postcodes,
    _dates,
    _titled_names,
    _addresses,
    _settings,
    _full_names,
)


def _merge(spans: list[_Span]) -> list[_Span]:
    """Merge overlapping spans into their union, keeping the best kind.

    The union (rather than dropping the loser) guarantees that nothing any
    finder matched is left visible. The kind comes from the longest candidate,
    and on a tie from the more specific kind.
    """
    merged: list[_Span] = []
    best_len = 0
    best_rank = 0
    for start, end, kind in sorted(spans):
        length = end - start
        rank = _SPECIFICITY.get(kind, len(_SPECIFICITY))
        if merged and start < merged[-1][1]:
            m_start, m_end, m_kind = merged[-1]
            if length > best_len or (length == best_len and rank < best_rank):
                m_kind, best_len, best_rank = kind, length, rank
            merged[-1] = (m_start, max(m_end, end), m_kind)
        else:
            merged.append((start, end, kind))
            best_len, best_rank = length, rank
    return merged


def find_redactions(text: str, extra_terms: Iterable[str] = ()) -> list[Redaction]:
    """Return the parts of ``text`` that should be removed before publishing.

    The result is sorted by position and no two redactions overlap: where
    candidate matches overlap they are merged into one redaction covering all
    of them, whose ``kind`` is that of the longest (then most specific) match.

    ``extra_terms`` are a moderator's own words to remove (school or staff
    names); each is matched case-insensitively as whole words, with any run of
    whitespace allowed between its words, and reported as kind ``"custom"``.

    A run of nine or more digits that no other rule explains is reported as
    kind ``"number"``.
    """
    spans: list[_Span] = []
    for finder in _FINDERS:
        spans.extend(finder(text))
    pattern = _custom_pattern(tuple(extra_terms))
    if pattern is not None:
        spans.extend((m.start(), m.end(), "custom") for m in pattern.finditer(text))
    merged = _merge(spans)

    # The long-digit safety net only fills gaps: where a specific rule already
    # matched (a phone number, an NHS number) its kind and placeholder are
    # more useful to the moderator than "number".
    extra = [
        span
        for span in _long_numbers(text)
        if not any(span[0] < end and start < span[1] for start, end, _ in merged)
    ]
    if extra:
        merged = sorted(merged + extra)

    return [Redaction(start, end, kind, text[start:end]) for start, end, kind in merged]


def redact(text: str, extra_terms: Iterable[str] = ()) -> str:
    """Return ``text`` with every redaction replaced by a bracketed placeholder.

    For example ``"Call Mrs Patel on 07700 900123"`` becomes
    ``"Call [name removed] on [phone number removed]"``. See
    :data:`PLACEHOLDERS` for the text used for each kind.
    """
    pieces: list[str] = []
    position = 0
    for r in find_redactions(text, extra_terms):
        pieces.append(text[position : r.start])
        pieces.append(PLACEHOLDERS[r.kind])
        position = r.end
    pieces.append(text[position:])
    return "".join(pieces)


def highlight_html(
    text: str, extra_terms: Iterable[str] = (), *, label_class: str | None = None
) -> str:
    """Return ``text`` as safe HTML with each proposed redaction highlighted.

    Every character of ``text`` is escaped with :func:`html.escape`; the markup
    added is ``<mark class="app-redaction" title="KIND">…</mark>`` around each
    redaction, so the result can be marked safe and shown to a moderator.
    Without ``label_class``, stripping the ``mark`` tags and unescaping gives
    back ``text``.

    A highlight is only a colour, which a screen reader does not announce. With
    ``label_class`` (a visually hidden class, such as Django admin's
    ``visually-hidden``) each ``mark`` is followed by
    ``<span class="LABEL_CLASS"> (removed: phone number)</span>``, saying in words
    what was found (see :data:`KIND_LABELS`).
    """
    label_attr = html.escape(label_class) if label_class else ""
    pieces: list[str] = []
    position = 0
    for r in find_redactions(text, extra_terms):
        pieces.append(html.escape(text[position : r.start]))
        pieces.append(
            f'<mark class="app-redaction" title="{html.escape(r.kind)}">'
            f"{html.escape(r.original)}</mark>"
        )
        if label_attr:
            pieces.append(
                f'<span class="{label_attr}"> (removed: {html.escape(KIND_LABELS[r.kind])})</span>'
            )
        position = r.end
    pieces.append(html.escape(text[position:]))
    return "".join(pieces)
