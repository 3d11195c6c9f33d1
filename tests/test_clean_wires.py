"""A wire's credit shown beside the host site's name (``clean.wires``; bench/BRIEF_REVIEW.md, "inputs25")."""

from __future__ import annotations

import storyline.clean as clean_mod
from storyline.clean import clean_document
from storyline.clean.wires import wire_credit, with_wire_credit
from storyline.model import RawDocument

_TEXT = ("MILLBROOK, Ore. (AP) — A ferry that lost power on the river drifted for two hours before a tug reached it, "
         "county officials said Tuesday.\nNo one was hurt, the county's sheriff said in a statement on Tuesday.\n"
         "The ferry's owner said the engine would be inspected before the boat carries passengers again.")


def _raw(outlet: str, url: str, text: str = _TEXT) -> RawDocument:
    return RawDocument(id="p", text=text, title="Ferry drifts for two hours", outlet=outlet, url=url, source="html")


def test_an_ap_dateline_on_a_host_site_credits_the_wire() -> None:
    doc = clean_document(_raw("Valley Herald", "https://www.valleyherald.example/news/article/ferry-1234.php"))
    assert doc.outlet == "Valley Herald (AP)"
    clean_mod.WIRE_CREDITS = False
    try:
        assert clean_document(_raw("Valley Herald", "https://valleyherald.example/f")).outlet == "Valley Herald"
    finally:
        clean_mod.WIRE_CREDITS = True


def test_the_wire_itself_and_plain_datelines_are_not_credited() -> None:
    assert with_wire_credit("AP News", "https://apnews.com/abc", _TEXT) == "AP News"
    assert with_wire_credit("Valley Herald", None, "MILLBROOK, Ore. — A ferry drifted.") == "Valley Herald"
    assert with_wire_credit("Valley Herald", None, "The ferry (AP) — a boat drifted.") == "Valley Herald"
    assert with_wire_credit(None, None, _TEXT) is None


def test_wire_credits_read_from_the_dateline() -> None:
    got = wire_credit("LONDON (Reuters) - Britain's economy grew in the third quarter, figures showed.")
    assert got is not None and got["name"] == "Reuters"
    assert wire_credit("SANTA FE, N.M. (AP) — A cat missing five years was found.") is not None
    assert wire_credit("SPRINGFIELD (Staff) — The mayor said.") is None


def test_the_wires_own_host_named_by_an_address_label_is_the_wire() -> None:
    # the extractor's fallback site name for hosted.ap.org is a label of the address, no outlet's name
    assert with_wire_credit("Hosted", "https://hosted.ap.org/herald/article/abc", _TEXT) == "AP"
    assert with_wire_credit("Hosted", "https://hosted.ap.org/herald/article/abc", "MILLBROOK — A ferry.") == "Hosted"
    assert with_wire_credit("AP News", "https://apnews.com/abc", _TEXT) == "AP News"


def test_a_weekday_dateline_credits_a_health_wire() -> None:
    text = ("MONDAY, March 3 (HealthDay News) -- A trial of a new asthma inhaler was stopped early, researchers said.\n"
            "The trial's sponsor said it would publish the results.")
    site = "https://www.healthsite.example/news/inhaler"
    assert with_wire_credit("Health Site", site, text) == "Health Site (HealthDay)"
    assert with_wire_credit("HealthDay", "https://consumer.healthday.example/a", text) == "HealthDay"
