"""Search quality and filter correctness on the public search page."""

import pytest
from django.urls import reverse

from core import pagecache
from directory.models import Service
from directory.search import search_services
from tests.factories import ServiceFactory, area, need

pytestmark = pytest.mark.django_db


def make(**kwargs):
    needs = [need(n) for n in kwargs.pop("needs", [])]
    areas = [area(a) for a in kwargs.pop("areas", [])]
    return ServiceFactory(**kwargs, needs=needs, areas=areas)


def names(params):
    results = search_services(params)
    return [s.name for s in results.page.object_list]


# --- filters at the edges --------------------------------------------------


@pytest.mark.parametrize(
    ("age", "expected"), [("0", ["Baby"]), ("25", ["Adult"]), ("7", ["Seven"])]
)
def test_age_filter_includes_services_at_both_ends_of_their_range(age, expected):
    make(name="Baby", min_age=0, max_age=0)
    make(name="Adult", min_age=25, max_age=25)
    make(name="Seven", min_age=7, max_age=7)
    assert names({"age": age}) == expected


def test_age_groups_overlap_at_their_boundaries():
    make(name="Five only", min_age=5, max_age=5)
    make(name="Sixteen only", min_age=16, max_age=16)
    assert names({"age_group": "0-5"}) == ["Five only"]
    assert names({"age_group": "5-11"}) == ["Five only"]
    assert names({"age_group": "11-16"}) == ["Sixteen only"]
    assert names({"age_group": "16-25"}) == ["Sixteen only"]


def test_filters_combine_with_or_within_a_group():
    make(name="Autism club", needs=["autism"])
    make(name="Hearing club", needs=["hearing-impairment"])
    make(name="Other club")
    assert names({"need": ["autism", "hearing-impairment"]}) == ["Autism club", "Hearing club"]


def test_filters_combine_with_and_across_groups():
    make(name="Autism health", needs=["autism"], areas=["health"])
    make(name="Autism education", needs=["autism"], areas=["education"])
    make(name="Hearing health", needs=["hearing-impairment"], areas=["health"])
    assert names({"need": "autism", "area": "health"}) == ["Autism health"]


def test_broad_area_of_need_includes_its_specific_needs():
    make(name="Autism club", needs=["autism"])
    make(name="Dyslexia club", needs=["specific-learning-difficulties"])
    assert names({"need": "communication-and-interaction"}) == ["Autism club"]


def test_where_outside_area_includes_regional_and_national_provision():
    make(name="Neighbour college", where_offered=Service.WhereOffered.OUT_OF_AREA)
    make(name="National school", where_offered=Service.WhereOffered.REGIONAL_NATIONAL)
    make(name="Local club", where_offered=Service.WhereOffered.IN_AREA)
    assert names({"where": "out_of_area"}) == ["National school", "Neighbour college"]


def test_free_and_self_referral_filters():
    make(name="Free open", is_free=True, self_referral=True)
    make(name="Charged open", is_free=False, cost_details="£5 a session", self_referral=True)
    make(name="Free referral", is_free=True, self_referral=False)
    assert names({"free": "on", "self_refer": "on"}) == ["Free open"]


def test_draft_and_archived_services_never_appear():
    make(name="Live")
    make(name="Draft", status=Service.Status.DRAFT)
    make(name="Gone", status=Service.Status.ARCHIVED)
    assert names({}) == ["Live"]


def test_facet_counts_show_what_each_option_would_give():
    make(name="A", needs=["autism"], areas=["health"])
    make(name="B", needs=["autism"], areas=["education"])
    make(name="C", needs=["hearing-impairment"], areas=["health"])
    results = search_services({"area": "health"})
    # Counts within the need group respect the area filter...
    assert results.facets["need"]["autism"] == 1
    assert results.facets["need"]["hearing-impairment"] == 1
    # ...and the area group's own counts ignore the area filter (OR within a group).
    assert results.facets["area"]["health"] == 2
    assert results.facets["area"]["education"] == 1


# --- keyword search --------------------------------------------------------


def test_stemming_matches_other_forms_of_a_word():
    make(name="Swimming sessions", summary="Relaxed sessions in the pool.")
    make(name="Reading club")
    assert names({"q": "swim"}) == ["Swimming sessions"]


def test_synonym_adhd_finds_services_that_say_attention_deficit():
    make(
        name="Focus group",
        summary="For young people with attention deficit hyperactivity disorder.",
    )
    make(name="Reading club")
    assert names({"q": "ADHD"}) == ["Focus group"]


def test_synonym_asd_finds_services_tagged_autism():
    make(name="Saturday social", needs=["autism"])
    make(name="Reading club")
    assert names({"q": "ASD"}) == ["Saturday social"]


def test_synonym_expansion_works_in_a_longer_query():
    make(name="Autism parent group", summary="Meet other parents of autistic children.")
    make(name="Parent group", summary="Meet other parents.")
    assert names({"q": "asd parent"}) == ["Autism parent group"]


def test_typo_in_query_still_finds_the_service_and_says_so():
    make(name="Chatterbox speech and language therapy", summary="Speech therapy for children.")
    results = search_services({"q": "chaterbox"})
    assert [s.name for s in results.page.object_list] == ["Chatterbox speech and language therapy"]
    assert results.corrected_query == "chatterbox"


def test_misspelt_speech_therapy_finds_speech_therapy():
    make(name="Speech and language therapy", summary="Help with talking and understanding.")
    make(name="Swimming sessions")
    assert names({"q": "speach therapy"}) == ["Speech and language therapy"]


def test_name_match_ranks_above_description_match():
    make(name="Art club", description="A club that also offers some music.")
    make(name="Music club", description="We play instruments together.")
    assert names({"q": "music"}) == ["Music club", "Art club"]


def test_keyword_search_combines_with_filters():
    make(name="Music club for little ones", min_age=0, max_age=5)
    make(name="Music club for teens", min_age=13, max_age=18)
    assert names({"q": "music", "age": "15"}) == ["Music club for teens"]


def test_words_not_all_found_fall_back_to_any_word():
    make(name="Music club")
    results = search_services({"q": "music zebra"})
    assert [s.name for s in results.page.object_list] == ["Music club"]
    assert results.matched_any_word


def test_nothing_found_gives_a_did_you_mean_suggestion_when_one_exists(client):
    make(name="Trampoline club", min_age=10, max_age=15)
    results = search_services({"q": "trampolene", "age": "3"})
    assert results.total == 0
    assert results.suggestion == "trampoline"


def test_sort_by_name_and_recently_reviewed():
    make(name="Beta", last_reviewed="2026-01-01", review_due="2027-01-01")
    make(name="Alpha", last_reviewed="2025-01-01", review_due="2026-01-01")
    assert names({"sort": "name"}) == ["Alpha", "Beta"]
    assert names({"sort": "reviewed"}) == ["Beta", "Alpha"]


# --- the page --------------------------------------------------------------


def test_search_page_shows_removable_tags_for_selected_filters(client):
    make(name="Autism club", needs=["autism"])
    response = client.get(reverse("directory:service_search"), {"need": "autism", "age": "7"})
    html = response.content.decode()
    assert "Remove filter: </span>Autism" in html
    assert "Clear filters" in html
    assert 'href="?age=7"' in html  # removing the need keeps the age


def test_no_results_page_suggests_filters_to_remove(client):
    make(name="Autism club", needs=["autism"], min_age=0, max_age=5)
    response = client.get(reverse("directory:service_search"), {"need": "autism", "age": "20"})
    html = response.content.decode()
    assert "No services match your search" in html
    assert "remove the filter “Age 20”" in html


def test_bad_age_gets_an_error_summary_and_title(client):
    response = client.get(reverse("directory:service_search"), {"age": "abc"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in html
    assert "Enter the age as a whole number" in html
    assert "<title>Error: " in html


def test_search_page_query_count_is_constant(client, django_assert_max_num_queries):
    for i in range(30):
        make(name=f"Club {i}", needs=["autism"], areas=["health"])
    # 9 for the services, plus 1 each for matching information pages and glossary terms
    # (core.hooks search finders).
    with django_assert_max_num_queries(11):
        client.get(reverse("directory:service_search"), {"q": "club", "need": "autism"})
    for i in range(30, 60):
        make(name=f"Club {i}", needs=["autism"], areas=["health"])
    pagecache.reset()
    with django_assert_max_num_queries(11):
        client.get(reverse("directory:service_search"), {"q": "club", "need": "autism"})


def test_search_page_renders_every_filter_with_counts(client):
    make(name="Autism club", needs=["autism"], is_free=True)
    html = client.get(reverse("directory:service_search")).content.decode()
    assert 'id="id_age"' in html
    for name in ["age_group", "need", "area", "level", "where"]:
        assert f'name="{name}" type="checkbox"' in html
    assert 'Autism <span class="app-count">(1<span class="govuk-visually-hidden"> services' in html
    assert 'Free services only <span class="app-count">(1' in html


def test_cached_search_page_is_rebuilt_when_the_directory_changes(client):
    make(name="Music club")
    url = reverse("directory:service_search")
    assert "Music club" in client.get(url).content.decode()
    make(name="Art club")
    pagecache._version["checked"] = 0  # as if a second had passed
    assert "Art club" in client.get(url).content.decode()


def test_each_response_gets_its_own_csp_nonce_even_when_cached(client):
    url = reverse("directory:service_search")
    first = client.get(url)
    second = client.get(url)
    assert first["Content-Security-Policy"] != second["Content-Security-Policy"]
    assert "nonce-" in first["Content-Security-Policy"]


def test_corrected_spelling_is_preferred_to_matching_only_some_typed_words():
    make(name="Speech and language therapy", summary="Help with talking.")
    make(name="Music therapy", summary="Music sessions.")
    results = search_services({"q": "speach therapy"})
    assert [s.name for s in results.page.object_list] == ["Speech and language therapy"]
    assert results.corrected_query == "speech therapy"


def test_corrected_spelling_is_counted_without_asking_first_whether_it_matches():
    # A GIN index cannot stop at the first match: "anything?" costs about what counting
    # does, so the corrected words go straight to the counting pass.
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    make(name="Speech and language therapy", summary="Help with talking.", needs=["autism"])
    make(name="Music therapy", summary="Music sessions.")
    with CaptureQueriesContext(connection) as queries:
        results = search_services({"q": "speach therapy"})
    assert results.corrected_query == "speech therapy" and results.total == 1
    assert results.facets["need"]["autism"] == 1
    assert not [q for q in queries.captured_queries if 'SELECT 1 AS "a"' in q["sql"]]
    # Counted as typed (nothing), then corrected (the page's ids too): two counting passes.
    counting = [q for q in queries.captured_queries if "WITH matching AS" in q["sql"]]
    assert len(counting) == 2


def test_corrected_spelling_that_finds_nothing_falls_back_to_any_typed_word():
    make(name="Speech and language therapy", level="targeted", eligibility="Children who stammer.")
    make(name="Music therapy", level="universal")
    results = search_services({"q": "speach therapy", "level": "universal"})
    assert [s.name for s in results.page.object_list] == ["Music therapy"]
    assert results.corrected_query == "" and results.matched_any_word
    assert results.suggestion == ""
    assert results.total == 1 and results.facets["level"]["targeted"] == 1


def test_filter_counts_are_zero_when_the_words_match_nothing():
    make(name="Music club", needs=["autism"])
    results = search_services({"q": "xqzvw"})
    assert results.total == 0
    assert results.facets["need"]["autism"] == 0
    assert results.facets["free"][True] == 0


def test_filler_words_do_not_hide_the_right_service():
    make(name="Word Wise dyslexia tuition", summary="Tuition for dyslexic children.")
    make(name="Job club", summary="Help finding work.")
    assert names({"q": "dyslexia help for my son"}) == ["Word Wise dyslexia tuition"]


def test_a_word_finds_longer_words_it_starts():
    make(name="Children's physiotherapy", summary="Exercises and equipment.")
    make(name="Physical activity club")
    results = search_services({"q": "physio"})
    assert [s.name for s in results.page.object_list] == ["Children's physiotherapy"]
    assert results.corrected_query == ""


def test_two_swapped_letters_are_corrected():
    # "autsim" shares too few letter triples with "autism" for the similarity test alone.
    make(name="Autism parent group", summary="Meet other parents.")
    make(name="Music club")
    results = search_services({"q": "autsim group"})
    assert [s.name for s in results.page.object_list] == ["Autism parent group"]
    assert results.corrected_query == "autism group"


def test_short_and_common_words_are_never_corrected():
    from directory.search.spelling import suggest_spelling

    make(name="Too much noise club")
    assert suggest_spelling(["to", "do", "at"]) is None


def test_place_names_and_postcodes_of_venues_are_searchable():
    from tests.factories import LocationFactory

    service = make(name="Drop-in advice")
    LocationFactory(service=service, name="Millgate Health Centre", postcode="BM3 2NW")
    make(name="Other advice")
    assert names({"q": "Millgate"}) == ["Drop-in advice"]
    assert names({"q": "BM3 2NW"}) == ["Drop-in advice"]
