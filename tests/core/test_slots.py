from django.template import Context, Template
from django.test import RequestFactory

from core import slots


def _render(source, **context):
    return Template("{% load slots %}" + source).render(Context(context))


def test_a_slot_leaves_a_marker_around_its_inner_html():
    html = _render('{% slot "thing" key %}{{ name }}{% endslot %}', key=12, name="A & B")
    assert html == "<!--slot:thing:12-->A &amp; B<!--/slot-->"


def test_fill_replaces_markers_with_what_the_filler_renders():
    calls = []

    def filler(request, items):
        calls.append(items)
        return {key: f"[{key}:{inner}]" for key, inner in items}

    slots.register("test_fill", filler)
    html = (
        "<p><!--slot:test_fill:1-->One<!--/slot--> and <!--slot:test_fill:2-->Two<!--/slot--></p>"
    )
    assert str(slots.fill(html, RequestFactory().get("/"))) == "<p>[1:One] and [2:Two]</p>"
    assert calls == [[("1", "One"), ("2", "Two")]]  # one call per page, not per slot


def test_slots_nobody_fills_disappear():
    html = "<p>a<!--slot:nobody_fills_this:1-->x<!--/slot-->b</p>"
    assert str(slots.fill(html, None)) == "<p>ab</p>"


def test_escaped_content_cannot_make_a_marker():
    html = _render("{{ text }}", text="<!--slot:test_fill:1-->x<!--/slot-->")
    assert "<!--slot" not in html
    assert str(slots.fill(html, None)) == html


def test_keys_that_are_not_plain_are_dropped():
    assert _render('{% slot "thing" key %}x{% endslot %}', key="a b") == ""


def test_text_that_only_looks_like_a_marker_is_kept_as_it_was():
    slots.register("test_kept", lambda request, items: {key: "[filled]" for key, _ in items})
    unclosed = "<p><!--slot:test_kept:1-->x</p>"
    bad_name = "<p><!--slot:Test Kept:1-->x<!--/slot--></p>"
    bad_key = "<p><!--slot:test_kept:1 2-->x<!--/slot--></p>"
    for html in (unclosed, bad_name, bad_key):
        assert str(slots.fill(html, None)) == html
    mixed = bad_name + "<!--slot:test_kept:7-->y<!--/slot-->!"
    assert str(slots.fill(mixed, None)) == bad_name + "[filled]!"


def test_remove_takes_out_markers_and_their_fallback():
    assert str(slots.remove("a<!--slot:x:1-->name<!--/slot-->b")) == "ab"
