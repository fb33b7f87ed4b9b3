"""No query string can make the search page fail."""

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.factories import ServiceFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def directory_with_services():
    """Enough services for pagination, counts and spelling suggestions to do real work."""
    from tests.factories import area, need

    for index in range(45):
        ServiceFactory(
            name=f"Chatterbox speech group {index}",
            min_age=index % 20,
            max_age=min(25, index % 20 + 5),
            needs=[need("autism" if index % 2 else "speech-language-and-communication")],
            areas=[area("health")],
        )


PARAMS = [
    "q",
    "age",
    "age_group",
    "need",
    "area",
    "level",
    "where",
    "free",
    "self_refer",
    "sort",
    "page",
    "postcode",
    "within",
    "near",
]
nasty_text = st.one_of(
    st.text(max_size=60),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=20),
    st.sampled_from(
        [
            "-1",
            "26",
            "999999999999999999999",
            "abc",
            "7.5",
            "NaN",
            "1e400",
            "\x00",
            "\u202e",
            "' OR 1=1 --",
            "autism",
            "0-5",
            "relevance",
            "<script>",
            "a" * 5000,
            "!@#$%^&*()",
            "& | !",
            "BM1 4LS",
            "bm1",
            "ZZ99 9ZZ",
            "5",
            "53.74,-1.91",
            "nan,nan",
            "91,181",
            "distance",
        ]
    ),
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    params=st.dictionaries(st.sampled_from(PARAMS), st.lists(nasty_text, min_size=1, max_size=3))
)
def test_any_query_string_gives_a_normal_page(client, params):
    response = client.get(reverse("directory:service_search"), params)
    assert response.status_code == 200


@pytest.mark.parametrize(
    "query",
    [
        "age=-1",
        "age=26",
        "age=999999999999999999999",
        "age=abc",
        "page=99999",
        "page=abc",
        "page=-3",
        "need=not-a-need",
        "q=" + "x" * 5000,
        "q=%00%01%02",
        "q=%F0%9F%98%80%E2%80%AE",
        "sort=sideways",
        "postcode=BM1%204LS&within=abc",
        "postcode=BM1%204LS&within=0",
        "postcode=BM1%204LS&within=-5",
        "postcode=BM1%204LS&within=99999999999999999999",
        "postcode=%20bm1%20%204ls%20",
        "postcode=NOT%20A%20POSTCODE",
        "postcode=" + "B" * 500,
        "postcode=%00",
        "within=5",
        "near=1e400,1e400",
        "near=53.7,-1.9,0",
        "near=inf,-inf",
        "sort=distance",
        "postcode=BM1&sort=distance&within=25&page=9999",
    ],
)
def test_known_bad_inputs_give_a_normal_page(client, query):
    ServiceFactory()
    response = client.get(reverse("directory:service_search") + "?" + query)
    assert response.status_code == 200


def test_five_thousand_character_query_gets_a_clear_error(client):
    response = client.get(reverse("directory:service_search"), {"q": "x" * 5000})
    assert "Search words must be 200 characters or fewer." in response.content.decode()
