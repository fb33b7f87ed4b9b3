"""The words parents use: abbreviations, everyday words, ages in the query, honest ordering."""

import pytest
from django.urls import reverse

from directory.models import SearchSynonym
from directory.search import search_services
from directory.search.ages import age_in_query
from directory.services import record_save
from tests.factories import ServiceFactory, area, need

pytestmark = pytest.mark.django_db


def make(**kwargs):
    needs = [need(n) for n in kwargs.pop("needs", [])]
    areas = [area(a) for a in kwargs.pop("areas", [])]
    return ServiceFactory(**kwargs, needs=needs, areas=areas)


def names(params):
    return [s.name for s in search_services(params).page.object_list]


def test_an_abbreviation_finds_what_it_stands_for_not_words_it_starts():
    make(name="Saltmarsh House", summary="A hospice by the sea.")
    make(name="Speech and language therapy", summary="Help with talking.")
    assert names({"q": "SALT"}) == ["Speech and language therapy"]


def test_everyday_words_find_the_service_that_means_the_same():
    make(name="Willow House overnight short breaks", summary="Stays for disabled children.")
    make(name="Trampoline club", summary="Bouncing fun.")
    assert names({"q": "respite"}) == ["Willow House overnight short breaks"]


def test_officers_can_add_a_synonym_and_search_uses_it():
    make(name="Hydrotherapy sessions", summary="Warm-water therapy.")
    record_save(record=SearchSynonym(term="warm pool", means="hydrotherapy"))
    assert names({"q": "warm pool"}) == ["Hydrotherapy sessions"]


def test_a_parents_phrase_is_matched_as_written_not_word_by_word():
    make(name="Home to school travel", summary="Transport to school.")
    make(name="Elective home education advice", summary="If you educate your child at home.")
    assert names({"q": "home schooling"})[0] == "Elective home education advice"


def test_a_need_named_in_the_words_ranks_services_for_that_need_first():
    make(name="After school club", summary="Play after school, including autistic children.")
    make(name="Outreach team", summary="Advice for schools.", needs=["autism"])
    assert names({"q": "ASD"})[0] == "Outreach team"


@pytest.mark.parametrize(
    ("text", "low", "high", "rest"),
    [
        ("autism 7 year old", 7, 7, "autism"),
        ("aged 14 dyslexia", 14, 14, "dyslexia"),
        ("my 17yo", 17, 17, "my"),
        ("my 17 year old needs help", 17, 17, "my needs help"),
        ("16-19 learning difficulties", 16, 19, "learning difficulties"),
        ("a 7-year-old", 7, 7, "a"),
    ],
)
def test_ages_are_read_from_the_words(text, low, high, rest):
    age = age_in_query(text)
    assert (age.low, age.high, age.rest) == (low, high, rest)


@pytest.mark.parametrize(
    "text", ["year 7", "son 14", "30 year old", "12-18 months", "01632 960000"]
)
def test_numbers_that_are_not_an_age_in_years_are_left_alone(text):
    assert age_in_query(text) is None


def test_an_age_in_the_words_filters_like_the_age_box():
    make(name="Autism club for teenagers", min_age=13, max_age=18, needs=["autism"])
    make(name="Autism club for children", min_age=5, max_age=11, needs=["autism"])
    assert names({"q": "autism 7 year old"}) == ["Autism club for children"]


def test_the_age_from_the_words_is_shown_as_a_tag_that_removes_it(client):
    make(name="Autism club for children", min_age=5, max_age=11, needs=["autism"])
    html = client.get(reverse("directory:service_search"), {"q": "autism 7 year old"}).content
    html = html.decode()
    assert "Showing services for age 7" in html
    assert 'href="?q=autism&amp;page=1"' in html


def test_with_no_words_best_match_puts_services_that_fit_the_filters_first():
    make(name="A everything service", min_age=0, max_age=25, needs=["autism", "adhd", "anxiety"])
    make(name="Z autism club for 7 to 9", min_age=7, max_age=9, needs=["autism"])
    assert names({"need": "autism", "age": "8"}) == [
        "Z autism club for 7 to 9",
        "A everything service",
    ]


def test_the_page_says_truthfully_how_results_are_sorted(client):
    make(name="Music club")
    url = reverse("directory:service_search")
    assert "Sorted by name, A to Z." in client.get(url).content.decode()
    words = client.get(url, {"q": "music"}).content.decode()
    assert "Sorted by best match: services that match your words most closely first." in words
    filters = client.get(url, {"age": "7"}).content.decode()
    assert "services that fit your filters most closely first" in filters


def test_asking_how_to_complain_points_to_the_complaints_page(client):
    make(name="SEND mediation and disagreement resolution", summary="Independent mediation.")
    html = client.get(reverse("directory:service_search"), {"q": "complain"}).content.decode()
    assert "SEND mediation and disagreement resolution" in html
    assert f'href="{reverse("complaints")}"' in html


def test_filters_sit_behind_a_filter_results_control_that_works_without_javascript(client):
    html = client.get(reverse("directory:service_search")).content.decode()
    assert '<details class="app-filter-panel">' in html
    assert "Filter results or search near a postcode</summary>" in html
    assert 'type="submit"' in html  # "Apply filters" stays for no-JS


def test_the_filter_panel_opens_when_a_filter_has_an_error(client):
    html = client.get(reverse("directory:service_search"), {"age": "abc"}).content.decode()
    assert '<details class="app-filter-panel" open>' in html
