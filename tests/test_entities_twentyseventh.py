"""The twenty-first and twenty-second reads' entity junk by kind (issue 12, bench/BRIEF_REVIEW.md, "ents27"): a
person written as an owner ("Dana Voss's cosmetics company") is no business, a bare surname is the one of a full name
ending on "Jr.". Fixtures are made up; none comes from the bench."""

from __future__ import annotations

from test_brief_review23 import tagged


def test_an_owner_written_with_her_business_is_no_business() -> None:
    text = ("Kestrel took a majority stake in Dana Voss's cosmetics company on Monday. A label owned by Ivo Brandt "
            "was sold; critics named Ivo Brandt's company too. Voss still has a partnership with Ardley to sell her products.")
    got = tagged((text, [("Kestrel", "org"), ("Dana Voss's", "person"), ("Ivo Brandt", "person"), ("Ivo Brandt's", "org"),
                         ("Voss", "person"),
                         ("Ardley", "org")]))
    assert got.get("Dana Voss", ("",))[0] == "person" and "Voss" not in got, got  # one person, hers the company
    assert got.get("Ivo Brandt", ("",))[0] == "person", got
    got = tagged(("Investors sold shares of Kestrel's parent. Kestrel's shares fell.", [("Kestrel's", "org"),
                                                                                     ("Kestrel's", "org")]))
    assert got.get("Kestrel", ("",))[0] == "org", got  # "Kestrel's shares": traded


def test_a_bare_surname_joins_a_full_name_with_a_generational_suffix() -> None:
    text = "Tomas K. Brell Jr., 55, of Ardley, was charged on Monday. Brell said he would plead guilty."
    got = tagged((text, [("Tomas K. Brell Jr.", "person"), ("Brell", "person")]))
    assert "Brell" not in got and "Brell" in got.get("Tomas K. Brell Jr.", ("", []))[1], got
