"""Synthetic Local Offer comments for measuring the automatic anonymiser.

Every person, address and number here is invented:

* phone numbers are from Ofcom's ranges reserved for drama (07700 900xxx,
  01632 960xxx, 020 7946 0xxx, 0113/0117/0121/0161 496 0xxx, 0808 157 0xxx);
* NHS numbers are 943 476 5919 (the NHS's well-known test number) and numbers
  starting 999, the range the NHS keeps for testing, that pass the modulus 11
  check;
* National Insurance numbers mostly use HMRC's example prefix QQ;
* email addresses use example.com/.org/.net and the reserved .test domain;
* postcodes have a valid UK shape but are not meant to point anywhere.

Each item has:

``text``
    the comment as a member of the public might type it;
``identifiers``
    exact substrings the automatic redactor MUST remove;
``kinds``
    the expected ``Redaction.kind`` of each identifier, in the same order;
``extra_terms`` (optional)
    the moderator's list of custom terms in force for that comment;
``moderator`` (optional)
    identifying words the automatic redactor is *not* expected to find (bare
    first names, for example). They show why a person must approve every
    comment, and a redaction over them does not count as a false redaction.

Items whose ``identifiers`` are empty are "clean": ordinary text with numbers,
titles, dates and capitalised words that must not be redacted at all.
"""

from __future__ import annotations

from typing import NotRequired, TypedDict


class CorpusItem(TypedDict):
    text: str
    identifiers: list[str]
    kinds: list[str]
    extra_terms: NotRequired[list[str]]
    moderator: NotRequired[list[str]]


CORPUS: list[CorpusItem] = [
    # ------------------------------------------------------------------
    # Comments containing identifiers
    # ------------------------------------------------------------------
    {
        "text": (
            "We have been waiting 14 months for an autism assessment for our son. "
            "Nobody from the Local Offer team has called back. Please ring me on "
            "07700 900123 or email sarah.w+send@example.com."
        ),
        "identifiers": ["07700 900123", "sarah.w+send@example.com"],
        "kinds": ["phone", "email"],
    },
    {
        "text": (
            "The EHC needs assessment took 31 weeks, not 20. Mrs Thistlewood at the "
            "SEN team was very kind but overwhelmed. My daughter's NHS number is "
            "943 476 5919 if you need to check the paediatric referral."
        ),
        "identifiers": ["Mrs Thistlewood", "943 476 5919"],
        "kinds": ["titled_name", "nhs_number"],
    },
    {
        "text": (
            "I could not find any information about short breaks for teenagers on the "
            "website. We live at 12 Acacia Avenue, LS9 7DW and there is nothing "
            "within 10 miles."
        ),
        "identifiers": ["12 Acacia Avenue", "LS9 7DW"],
        "kinds": ["address", "postcode"],
    },
    {
        "text": (
            "My son was born on 3 March 2015 and has Down syndrome. The Portage "
            "service was brilliant but stopped when he started school."
        ),
        "identifiers": ["3 March 2015"],
        "kinds": ["date_of_birth"],
    },
    {
        "text": (
            "Transport application form asks for DOB 03/03/2015 and then the "
            "website times out. Please call +44 (0)7700 900 456, I work nights."
        ),
        "identifiers": ["03/03/2015", "+44 (0)7700 900 456"],
        "kinds": ["date_of_birth", "phone"],
    },
    {
        "text": (
            "As a SENCO I find the directory out of date. Three of the speech and "
            "language providers listed have closed. Contact me on (01632) 960 123 "
            "or J.BLOGGS@EXAMPLE.ORG."
        ),
        "identifiers": ["(01632) 960 123", "J.BLOGGS@EXAMPLE.ORG"],
        "kinds": ["phone", "email"],
    },
    {
        "text": (
            "Dr Abernathy-Vance diagnosed ADHD in 2022 but we are still waiting "
            "for the medication review. CAMHS say the list is 18 months."
        ),
        "identifiers": ["Dr Abernathy-Vance"],
        "kinds": ["titled_name"],
    },
    {
        "text": (
            "I am a care leaver with dyslexia. My National Insurance number is "
            "QQ 12 34 56 C and the college bursary team keeps losing my forms."
        ),
        "identifiers": ["QQ 12 34 56 C"],
        "kinds": ["ni_number"],
    },
    {
        "text": (
            "Please can someone from the Preparing for Adulthood team contact me "
            "at Flat 3, 45 Mill Lane, B33 8TH. My phone is broken so write to me."
        ),
        "identifiers": ["Flat 3, 45 Mill Lane", "B33 8TH"],
        "kinds": ["address", "postcode"],
    },
    {
        "text": (
            "Mr. O'Brien the head teacher refused to apply for an EHCP even though "
            "our educational psychologist recommended it. Date of birth: "
            "2015-03-03, Year 5."
        ),
        "identifiers": ["Mr. O'Brien", "2015-03-03"],
        "kinds": ["titled_name", "date_of_birth"],
    },
    {
        "text": (
            "The Easy Read version of the Local Offer is really helpful. Thank you "
            "to Ms Kaur who showed me how to use it at the library."
        ),
        "identifiers": ["Ms Kaur"],
        "kinds": ["titled_name"],
    },
    {
        "text": (
            "my daughter is 9 and non verbal, d.o.b. 3.3.15. we were told to call "
            "01632 960123 for the sensory team but nobody answers"
        ),
        "identifiers": ["3.3.15", "01632 960123"],
        "kinds": ["date_of_birth", "phone"],
    },
    {
        "text": (
            "Miss Nkemelu has been the only person who listened. Our address is "
            "221b Baker Street if the council wants to send the tribunal bundle "
            "again, because the first one never arrived."
        ),
        "identifiers": ["Miss Nkemelu", "221b Baker Street"],
        "kinds": ["titled_name", "address"],
    },
    {
        "text": (
            "I'm 17 and autistic. The website's search doesn't work with my screen "
            "reader. You can email me at alex.t@mail.example.net. Mx Taylor at "
            "college helped me write this."
        ),
        "identifiers": ["alex.t@mail.example.net", "Mx Taylor"],
        "kinds": ["email", "titled_name"],
    },
    {
        "text": (
            "Our family has moved to 7 Orchard Close, CR2 6XH and the new school "
            "says the EHCP has not been transferred. Phone 020 7946 0123."
        ),
        "identifiers": ["7 Orchard Close", "CR2 6XH", "020 7946 0123"],
        "kinds": ["address", "postcode", "phone"],
    },
    {
        "text": (
            "Son born 12th June 2012, diagnosed with cerebral palsy. The "
            "equipment service took 9 months to deliver a standing frame."
        ),
        "identifiers": ["12th June 2012"],
        "kinds": ["date_of_birth"],
    },
    {
        "text": (
            "Prof Ahmed from the university did our private assessment because the "
            "NHS wait was 3 years. Why does the Local Offer not say how long the "
            "waits are?"
        ),
        "identifiers": ["Prof Ahmed"],
        "kinds": ["titled_name"],
    },
    {
        "text": (
            "Please pass this to the SEND manager. NHS no. 999-590-8301, "
            "hospital letter attached. The occupational therapy referral was "
            "rejected twice."
        ),
        "identifiers": ["999-590-8301"],
        "kinds": ["nhs_number"],
    },
    {
        "text": (
            "Personal budget payments are always late. My NI is AB123456C and "
            "the direct payments team have my bank details already."
        ),
        "identifiers": ["AB123456C"],
        "kinds": ["ni_number"],
    },
    {
        "text": (
            "We were told the sensory room at the family hub is open 9:30 to 3 but "
            "it was locked. Ring us on 07700-900-789 or 0113 496 0012."
        ),
        "identifiers": ["07700-900-789", "0113 496 0012"],
        "kinds": ["phone", "phone"],
    },
    {
        "text": (
            "Cllr Hartigan promised at the forum that the new specialist unit "
            "would open in September. It still hasn't."
        ),
        "identifiers": ["Cllr Hartigan"],
        "kinds": ["titled_name"],
    },
    {
        "text": (
            "The postcode checker on the school transport page says ls97dw is "
            "outside the area, but we are 2 miles from the school."
        ),
        "identifiers": ["ls97dw"],
        "kinds": ["postcode"],
    },
    {
        "text": (
            "Mrs Anna Patel, SENCO at the primary, did an amazing job with the "
            "annual review. Please keep funding the outreach service."
        ),
        "identifiers": ["Mrs Anna Patel"],
        "kinds": ["titled_name"],
    },
    {
        "text": (
            "My grandson's date of birth is 14 February 2016 and he has been out "
            "of school since Christmas. Contact grandma at 0161 496 0734."
        ),
        "identifiers": ["14 February 2016", "0161 496 0734"],
        "kinds": ["date_of_birth", "phone"],
    },
    {
        "text": (
            "I'm writing on behalf of Mr Quillfeather who doesn't use computers. "
            "He lives at 19 Kingfisher Court, M1 1AE and needs a carer's "
            "assessment."
        ),
        "identifiers": ["Mr Quillfeather", "19 Kingfisher Court", "M1 1AE"],
        "kinds": ["titled_name", "address", "postcode"],
    },
    {
        "text": (
            "Email for the tribunal paperwork: jo dot bloggs at example dot com. "
            "The mediation service did not return my calls for 6 weeks."
        ),
        "identifiers": ["jo dot bloggs at example dot com"],
        "kinds": ["email"],
    },
    {
        "text": (
            "Twins, both with EHCPs, NHS numbers 9996613186 and 999 462 8194. "
            "Why do we have to fill in the same form twice?"
        ),
        "identifiers": ["9996613186", "999 462 8194"],
        "kinds": ["nhs_number", "nhs_number"],
    },
    {
        "text": (
            "I'm a foster carer. The child's NI number QQ123456A was on the "
            "form I uploaded by mistake, please delete it from your system."
        ),
        "identifiers": ["QQ123456A"],
        "kinds": ["ni_number"],
    },
    {
        "text": (
            "Dame Eloise Wrenfield opened the new SEN hub with lots of publicity "
            "but there are still no after-school clubs for wheelchair users."
        ),
        "identifiers": ["Dame Eloise Wrenfield"],
        "kinds": ["titled_name"],
    },
    {
        "text": (
            "Respite for our son (born on the 3rd of March, 2014) was cut from "
            "4 nights a month to 2. We were not consulted."
        ),
        "identifiers": ["3rd of March, 2014"],
        "kinds": ["date_of_birth"],
    },
    {
        "text": (
            "Good news story: the travel training was excellent. Our daughter "
            "now takes the bus alone from 88 Old Forge Way to college. Thanks to "
            "Dr. Farooqui for the referral."
        ),
        "identifiers": ["88 Old Forge Way", "Dr. Farooqui"],
        "kinds": ["address", "titled_name"],
    },
    {
        "text": (
            "Freephone number on the SENDIASS page is wrong, it should be "
            "0808 157 0345. Our number is +447700900912 if you want to check."
        ),
        "identifiers": ["0808 157 0345", "+447700900912"],
        "kinds": ["phone", "phone"],
    },
    {
        "text": (
            "I emailed PARENT.CARER@FAMILY.TEST three times about the EOTAS "
            "package and got an automatic reply each time. Reference in subject "
            "line was my postcode, PO16 7GZ."
        ),
        "identifiers": ["PARENT.CARER@FAMILY.TEST", "PO16 7GZ"],
        "kinds": ["email", "postcode"],
    },
    {
        "text": (
            "we spoke to mrs pemberton at the family hub and she said the waiting "
            "list for the sleep clinic is closed. is that true?"
        ),
        "identifiers": ["mrs pemberton"],
        "kinds": ["titled_name"],
    },
    {
        "text": (
            "The speech therapist, Ms D'Souza, was moved to another area and our "
            "son has had no therapy since the spring half term."
        ),
        "identifiers": ["Ms D'Souza"],
        "kinds": ["titled_name"],
    },
    {
        "text": (
            "Can the council explain why the EHCP for my son, DOB: 21/11/2011, "
            "still names his old school? We moved to 2a Willow Crescent, "
            "DN55 1PT last year."
        ),
        "identifiers": ["21/11/2011", "2a Willow Crescent", "DN55 1PT"],
        "kinds": ["date_of_birth", "address", "postcode"],
    },
    {
        "text": (
            "Happy with the new Local Offer website. Much easier to read on my "
            "phone. If you need a tester, my email is k_ahmed@example.org and my "
            "mobile is 07700 900 321."
        ),
        "identifiers": ["k_ahmed@example.org", "07700 900 321"],
        "kinds": ["email", "phone"],
    },
    {
        "text": (
            "Sir Barnaby Pike's charity funds the holiday scheme but the Local "
            "Offer still lists last year's dates."
        ),
        "identifiers": ["Sir Barnaby Pike"],
        "kinds": ["titled_name"],
    },
    {
        "text": (
            "NI no: qq 65 43 21 b. I need help with my PIP appeal, I'm 19 and "
            "have a learning disability."
        ),
        "identifiers": ["qq 65 43 21 b"],
        "kinds": ["ni_number"],
    },
    {
        "text": (
            "Our son's hospital passport lists NHS number 999 147 1049. The "
            "A&E staff still didn't know he was autistic."
        ),
        "identifiers": ["999 147 1049"],
        "kinds": ["nhs_number"],
    },
    {
        "text": (
            "The short breaks team sent our statement to 31 Station Terrace "
            "instead of 13 Station Terrace. That is a data breach."
        ),
        "identifiers": ["31 Station Terrace", "13 Station Terrace"],
        "kinds": ["address", "address"],
    },
    {
        "text": (
            "Birthday is 4th May and he was promised a place at the specialist "
            "provision before then. Call 0117 496 0555."
        ),
        "identifiers": ["4th May", "0117 496 0555"],
        "kinds": ["date_of_birth", "phone"],
    },
    {
        "text": (
            "Mrs McAllister and Mr J. Fenwick from the inclusion team came to our "
            "house and were brilliant. More of this please."
        ),
        "identifiers": ["Mrs McAllister", "Mr J. Fenwick"],
        "kinds": ["titled_name", "titled_name"],
    },
    {
        "text": (
            "My daughter was refused a place at Oakfield Primary because they "
            "'can't meet need'. The head, Mrs Jones, said the same to two other "
            "families."
        ),
        "identifiers": ["Oakfield Primary", "Mrs Jones"],
        "kinds": ["custom", "titled_name"],
        "extra_terms": ["Oakfield Primary", "Jones"],
    },
    {
        "text": (
            "The unit at BRAMBLESIDE   academy has been great, especially "
            "Mr Greaves. Would like the Local Offer to list more places like it."
        ),
        "identifiers": ["BRAMBLESIDE   academy", "Mr Greaves"],
        "kinds": ["custom", "titled_name"],
        "extra_terms": ["Brambleside Academy"],
    },
    {
        "text": (
            "I asked for greaves in the SEN office and was told he'd left. Who "
            "is our caseworker now?"
        ),
        "identifiers": ["greaves"],
        "kinds": ["custom"],
        "extra_terms": ["Greaves", "Oakfield Primary"],
    },
    {
        "text": (
            "Reference number on my letter is 4761222029 and nobody can find "
            "the case. The letter also had the wrong name on it."
        ),
        "identifiers": ["4761222029"],
        "kinds": ["number"],
    },
    {
        "text": (
            "The form rejects my son's NHS number 472 997 5288 as invalid but "
            "that is what is on his red book. Maybe I copied it wrong?"
        ),
        "identifiers": ["472 997 5288"],
        "kinds": ["number"],
    },
    {
        "text": (
            "Speech and language therapy at 56 Bramble Gardens (the clinic) "
            "has a 40 week wait. Contact me paul(at)example(dot)org."
        ),
        "identifiers": ["56 Bramble Gardens", "paul(at)example(dot)org"],
        "kinds": ["address", "email"],
    },
    {
        "text": (
            "We only found out about the Disability Living Allowance from another "
            "parent. The Local Offer page says nothing. Son born March 2016, "
            "autistic, non-verbal."
        ),
        "identifiers": ["March 2016"],
        "kinds": ["date_of_birth"],
    },
    {
        "text": (
            "The phone number for the SEN team 0121 496 0987 goes to voicemail "
            "every time. Tried at 9.05am, 12.30pm and 4pm."
        ),
        "identifiers": ["0121 496 0987"],
        "kinds": ["phone"],
    },
    {
        "text": (
            "Please update my details: new address 6 Meadow Walk, EC2A 4PQ, new "
            "email hannah.r@example.com, phone 07700.900.654."
        ),
        "identifiers": ["6 Meadow Walk", "EC2A 4PQ", "hannah.r@example.com", "07700.900.654"],
        "kinds": ["address", "postcode", "email", "phone"],
    },
    {
        "text": (
            "Our appointment with the paediatrician on 14/05/2025 was cancelled "
            "the night before by text. Third time this year."
        ),
        # Every full numeric date is removed as a precaution: it might be a date
        # of birth. The moderator can put an appointment date back.
        "identifiers": ["14/05/2025"],
        "kinds": ["date_of_birth"],
    },
    {
        "text": (
            "I live in w1a 0ax and there is no parent support group nearby. The "
            "nearest is two buses away."
        ),
        "identifiers": ["w1a 0ax"],
        "kinds": ["postcode"],
    },
    {
        "text": (
            "As a social worker I regularly signpost families to the Local Offer. "
            "Could you add the Belfast helpline? Also my work mobile is "
            "+44 7700 900 777 and NI QQ-44-55-66-B should not be on your mailing "
            "list export."
        ),
        "identifiers": ["+44 7700 900 777", "QQ-44-55-66-B"],
        "kinds": ["phone", "ni_number"],
    },
    {
        "text": (
            "My little boy Alfie (born 02.09.2019) has global developmental delay "
            "and the nursery funding stopped without warning."
        ),
        "identifiers": ["02.09.2019"],
        "kinds": ["date_of_birth"],
        "moderator": ["Alfie"],
    },
    {
        "text": (
            "Sarah Jones in the SEN team told us the panel meets monthly, but "
            "Dr Smith-Jones said it was every fortnight. Which is it?"
        ),
        "identifiers": ["Dr Smith-Jones"],
        "kinds": ["titled_name"],
        "moderator": ["Sarah Jones"],
    },
    {
        "text": (
            "The council sent my son's EHCP to our old house at 3 St Mary's Road "
            "with his NHS number 9997465075 printed on every page."
        ),
        "identifiers": ["3 St Mary's Road", "9997465075"],
        "kinds": ["address", "nhs_number"],
    },
    {
        "text": (
            "Useful page about preparing for adulthood, but no mention of "
            "supported internships. Text me on 07700900246."
        ),
        "identifiers": ["07700900246"],
        "kinds": ["phone"],
    },
    {
        "text": (
            "Contact details in case you need to check: 020-7946-0881, "
            "b33 8th is wrong on your records, it should be B33 8TH."
        ),
        "identifiers": ["020-7946-0881", "b33 8th", "B33 8TH"],
        "kinds": ["phone", "postcode", "postcode"],
    },
    # Names in capitals, lower-case titles, name particles and lower-case streets.
    {
        "text": (
            "MRS OKONKWO IN THE SEN TEAM NEVER RANG BACK. WE HAVE BEEN WAITING SINCE "
            "JANUARY FOR THE PLAN."
        ),
        "identifiers": ["MRS OKONKWO"],
        "kinds": ["titled_name"],
    },
    {
        "text": (
            "The consultant, DR A. FAIRWEATHER-KNOX, wrote the report but MR O'HALLORAN "
            "at the council has not read it."
        ),
        "identifiers": ["DR A. FAIRWEATHER-KNOX", "MR O'HALLORAN"],
        "kinds": ["titled_name", "titled_name"],
    },
    {
        "text": (
            "i emailed mrs. hollingsworth twice about the transport form and got no reply. "
            "miss penhaligon at the school was more help."
        ),
        "identifiers": ["mrs. hollingsworth", "miss penhaligon"],
        "kinds": ["titled_name", "titled_name"],
    },
    {
        "text": (
            "Mrs van der Berg ran the sensory group and Mr de Souza did the parent "
            "sessions. Both were great and we were sad when the funding stopped."
        ),
        "identifiers": ["Mrs van der Berg", "Mr de Souza"],
        "kinds": ["titled_name", "titled_name"],
    },
    {
        "text": (
            "Dr. quarshie said the wait is a year. Miss de la Cruz agreed and so did dr. lindqvist."
        ),
        "identifiers": ["Dr. quarshie", "Miss de la Cruz", "dr. lindqvist"],
        "kinds": ["titled_name", "titled_name", "titled_name"],
    },
    {
        "text": (
            "we live at 12 acacia avenue so the nearest family hub is a 40 minute bus ride "
            "away. there are 2 hubs and both are hard to reach."
        ),
        "identifiers": ["12 acacia avenue"],
        "kinds": ["address"],
    },
    {
        "text": (
            "please send letters to flat 2, 7 mill lane and not to 39 old orchard road, "
            "we moved in the summer."
        ),
        "identifiers": ["flat 2, 7 mill lane", "39 old orchard road"],
        "kinds": ["address", "address"],
    },
    # ------------------------------------------------------------------
    # Clean comments: nothing in these may be redacted
    # ------------------------------------------------------------------
    {
        "text": (
            "The parent carer forum meets on MS Teams every month. Links to MS WORD "
            "documents do not open on my phone, and we met on ms teams last time too."
        ),
        "identifiers": [],
        "kinds": [],
    },
    {
        "text": (
            "My son has MS and the MS Society nurse was the only one who helped. MS TEAMS "
            "calls are hard for him. I HAVE A DR APPOINTMENT ON MONDAY."
        ),
        "identifiers": [],
        "kinds": [],
    },
    {
        "text": (
            "it is a 10 minute walk from the bus station and then 2 more hours in the park "
            "with nothing to do. a 2 mile walk is too far for him."
        ),
        "identifiers": [],
        "kinds": [],
    },
    {
        "text": (
            "we miss the holiday clubs. dr appointments clash with every session and "
            "MR AND MRS ON LETTERS ANNOYS ME. Miss out on one and you lose the place."
        ),
        "identifiers": [],
        "kinds": [],
    },
    {
        "text": (
            "My son is 7 and in Year 2. He gets 3 sessions a week of Speech and "
            "Language Therapy at school, which is not enough."
        ),
        "identifiers": [],
        "kinds": [],
    },
    {
        "text": (
            "The waiting list for an ADHD assessment is 18 months. In 2023 we "
            "were told it would be 6 months. The SENCO says nothing can be done."
        ),
        "identifiers": [],
        "kinds": [],
    },
    {
        "text": (
            "The holiday club costs £1,200 for the summer, which is £45 a day. "
            "Families on low incomes cannot afford that."
        ),
        "identifiers": [],
        "kinds": [],
    },
    {
        "text": (
            "Drop-in sessions at Church Street Library run from 10:30 to 12:00 on "
            "Tuesdays. It would help to list them on the Local Offer."
        ),
        "identifiers": [],
        "kinds": [],
    },
    {
        "text": (
            "I have a Dr. appointment every month for my son's epilepsy and the "
            "school transport doesn't allow for that."
        ),
        "identifiers": [],
        "kinds": [],
    },
    {
        "text": (
            "Our EHC plan review was in March. The plan still says Year 6 even "
            "though he started Year 7 in September 2024."
        ),
        "identifiers": [],
        "kinds": [],
    },
    {
        "text": (
            "The annual review meeting was held on MS Teams and the captions "
            "didn't work. Not accessible for deaf parents."
        ),
        "identifiers": [],
        "kinds": [],
    },
    {
        "text": (
            "The special school is just off the A10 road and there are no "
            "pavements, so walking from the bus stop is dangerous."
        ),
        "identifiers": [],
        "kinds": [],
    },
    {
        "text": (
            "St John Ambulance ran a great first aid course for young carers. "
            "Please do more of these for 16-25 year olds."
        ),
        "identifiers": [],
        "kinds": [],
    },
    {
        "text": (
            "The 0-25 SEND service should be clearer about what happens at 18. "
            "Page 3 of the Local Offer contradicts page 12."
        ),
        "identifiers": [],
        "kinds": [],
    },
    {
        "text": (
            "There are 3 Local Offer leaflets and 2 Family Hubs in our town but "
            "none of them mention dyslexia support."
        ),
        "identifiers": [],
        "kinds": [],
    },
    {
        "text": (
            "We applied in 2022, got the EHCP in 2023 and the placement in 2024. "
            "That is 2 years of my child being out of education."
        ),
        "identifiers": [],
        "kinds": [],
    },
    {
        "text": (
            "The Parent Carer Forum meeting is at 7pm on the 2nd floor, room B12. "
            "There's no lift information on the website."
        ),
        "identifiers": [],
        "kinds": [],
    },
    {
        "text": (
            "My son was born at 28 weeks and has needed physiotherapy since. The "
            "service stopped when he turned 5."
        ),
        "identifiers": [],
        "kinds": [],
    },
    {
        "text": (
            "Key Stage 2 SATs access arrangements were not explained. The Level 3 "
            "teaching assistant was the only one who knew about them."
        ),
        "identifiers": [],
        "kinds": [],
    },
    {
        "text": (
            "The autism outreach team visits once a term for 45 minutes. For 30 "
            "children in the unit that is nowhere near enough."
        ),
        "identifiers": [],
        "kinds": [],
    },
    {
        "text": (
            "For the 2023-2024 school year, 1,234 EHCPs were issued and only 52% "
            "within 20 weeks according to the council's own report."
        ),
        "identifiers": [],
        "kinds": [],
    },
    {
        "text": (
            "Mr and Mrs are printed on every letter even though I'm a single "
            "parent. Small thing, but it matters."
        ),
        "identifiers": [],
        "kinds": [],
    },
    {
        "text": (
            "We tried NHS 111 at 2am when our daughter had a seizure, and the "
            "Local Offer has no out of hours numbers at all."
        ),
        "identifiers": [],
        "kinds": [],
    },
    {
        "text": (
            "I miss the old coffee mornings. The May half term and October half "
            "term activities were fully booked within 3 days."
        ),
        "identifiers": [],
        "kinds": [],
    },
    {
        "text": (
            "Bus route 42 stops at the college at 8:45 and 15:30 but lessons "
            "start at 9:00. Travel training should take that into account."
        ),
        "identifiers": [],
        "kinds": [],
    },
    {
        "text": (
            "Direct payments of £12.50 an hour don't cover a personal assistant "
            "in 2025. Agencies charge at least £25."
        ),
        "identifiers": [],
        "kinds": [],
    },
    {
        "text": (
            "The Green Park sensory garden is lovely but the gate code changed "
            "and the Local Offer still has the old one."
        ),
        "identifiers": [],
        "kinds": [],
    },
    {
        "text": (
            "Please add an Easy Read version of the SEND Strategy 2024 to 2027. "
            "My daughter, aged 16, wants to read it herself."
        ),
        "identifiers": [],
        "kinds": [],
    },
    # --- issue 16: schools and settings, bare first name + surname (invented) ---------
    {
        "text": (
            "Tom Jenkins in year 5 at Meadowside School has had no speech therapy since September."
        ),
        "identifiers": ["Tom Jenkins", "Meadowside School"],
        "kinds": ["full_name", "school"],
    },
    {
        "text": (
            "We moved from St Ebba's C of E Primary School to Larchwood Academy and the "
            "difference is huge."
        ),
        "identifiers": ["St Ebba's C of E Primary School", "Larchwood Academy"],
        "kinds": ["school", "school"],
    },
    {
        "text": "Little Wrens Nursery were brilliant with my daughter Poppy Hargreave.",
        "identifiers": ["Little Wrens Nursery", "Poppy Hargreave"],
        "kinds": ["school", "full_name"],
    },
    {
        "text": (
            "Please thank Sarah Quenby at the short breaks team, and ask why Harrowfield "
            "College has no transport."
        ),
        "identifiers": ["Sarah Quenby", "Harrowfield College"],
        "kinds": ["full_name", "school"],
    },
    {
        "text": "My son Oliver Brackenbury-Stowe is autistic and waiting two years.",
        "identifiers": ["Oliver Brackenbury-Stowe"],
        "kinds": ["full_name"],
    },
    {
        "text": (
            "A special school place was refused. Mainstream Primary School life is hard "
            "for him; the Local Offer should list every Special School nearby."
        ),
        "identifiers": [],
        "kinds": [],
    },
    {
        "text": (
            "The Speech and Language Therapy page and the Short Breaks Team page both "
            "need updating. Grace Church Hall's group closed in June."
        ),
        "identifiers": [],
        "kinds": [],
    },
    {
        "text": (
            "The font is too small on mobile and the contrast on the blue buttons "
            "fails WCAG 2.2 AA. Zooming to 200% breaks the menu."
        ),
        "identifiers": [],
        "kinds": [],
    },
    {
        "text": (
            "Born in 2010, diagnosed at 11, and still no support at college. The "
            "system failed at every step."
        ),
        "identifiers": [],
        "kinds": [],
    },
]
