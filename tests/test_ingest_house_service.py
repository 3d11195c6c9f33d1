"""A publisher's own news desk stated as the outlet is the publisher (inputs29: "DH News Service")."""

from __future__ import annotations

import lxml.html

from storyline.ingest.sitename import house_name


def tree(site_name: str = "Harbour Post") -> object:
    return lxml.html.fromstring(f'<html><head><meta property="og:site_name" content="{site_name}"></head>'
                                "<body><p>x</p></body></html>")


def test_the_sites_initials_or_a_word_of_its_name_before_a_desk_word_is_the_site() -> None:
    assert house_name("HP News Service", tree()) == "Harbour Post"
    assert house_name("H.P. Web Desk", tree()) == "Harbour Post"
    assert house_name("Post News Network", tree("The Evening Post")) == "The Evening Post"


def test_a_wire_another_desk_or_a_plain_name_is_kept() -> None:
    assert house_name("Gulf News Service", tree()) == "Gulf News Service"
    assert house_name("Anatolia News Agency", tree()) == "Anatolia News Agency"
    assert house_name("Harbour Post", tree()) == "Harbour Post"
    assert house_name("HP News Service", None) == "HP News Service"
    assert house_name("HP News Service", lxml.html.fromstring("<html><body><p>x</p></body></html>")) == (
        "HP News Service")
