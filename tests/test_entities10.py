"""Entities, tenth round (issue 12; bench/BRIEF_REVIEW.md "Entities after the ninth read", branch ents9): a
name cut at its particles, a wire slug, a place written as the first half of "X-style". Every fixture is
made up for these tests in the style of wire copy; none comes from the bench."""

from __future__ import annotations

from conftest import entities


def names(*texts: str) -> dict[str, str]:
    return {n: k for n, k, _ in entities(*texts)}


def test_helpers() -> None:
    from storyline.entities import wire_slug
    from storyline.entities.evidence import _PARTICLE_NAME_AFTER
    from storyline.names import compound_modifier

    assert wire_slug("Ld-Writethru") and wire_slug("3rd Ld-Writethru") and wire_slug("Bjt")
    assert wire_slug("Late Edition") and not wire_slug("Edith Wharton") and not wire_slug("Lake Final")
    m = _PARTICLE_NAME_AFTER.match(" der Kolk said", 0)
    assert m is not None and m.group() == " der Kolk"
    assert _PARTICLE_NAME_AFTER.match(" der said", 0) is None
    text = "a Kelbridge-style tribunal and a Varne-era bridge, not Kelbridge-Varne, nor Kelbridge-likely"
    assert compound_modifier(text, text.index("-style")) and compound_modifier(text, text.index("-era"))
    assert not compound_modifier(text, text.index("-Varne")) and not compound_modifier(text, text.index("-likely"))


PARTICLE = ("Former police commissioner Pieter van der Kolk told the inquiry that he had approved the raids. "
            "Van der Kolk said the orders came from the cabinet.\nThe inquiry will sit again next month, said "
            "its chairwoman, Anneke Brouwer.")


def test_a_name_is_not_cut_at_its_particles() -> None:
    got = names(PARTICLE)
    assert "Kolk" not in got and not any(n.endswith((" van", " der")) for n in got)
    assert any(n.endswith("van der Kolk") and k == "person" for n, k in got.items())


SLUG = ("BC-Kelbridge-Floods, 2nd Ld-Writethru\nKELBRIDGE (AP) _ Floodwaters rose again on Tuesday in Kelbridge, "
        "where Mayor Tomas Ruiz ordered the riverside evacuated.\nRuiz said the army would help. Ld-Writethru "
        "follows.")


def test_a_wire_slug_is_no_entity() -> None:
    got = names(SLUG)
    assert not any("Writethru" in n for n in got)
    assert got.get("Tomas Ruiz") == "person"


STYLE = ("The commission's chairman called for a Nuremberg-style trial of the former generals, and lawyers for "
         "the victims asked for a Vietnam-era archive to be opened. The hearings were held in Cape Town.")


def test_a_place_as_the_first_half_of_x_style_is_no_place() -> None:
    got = names(STYLE)
    assert "Nuremberg" not in got and "Vietnam" not in got
    assert got.get("Cape Town") == "place"


PORTFOLIO = ("He said he came to know that former Law and Order Minister Pieter Kroon and Police Commissioner "
             "Johan van der Westhuizen had been involved. Only two officials, former Law and Order Minister "
             "Pieter Kroon and Police Commissioner Johan van der Westhuizen, confessed _ to roles in it. Kroon "
             "and Van der Westhuizen were already in court.\nPrime Minister Tom Blair and Trade Secretary "
             "Patricia Hewitt met the commission. Blair and Trade Secretary Hewitt said nothing.")


def test_a_word_of_a_portfolio_is_no_person_and_particles_stay_in_the_name() -> None:
    from storyline.entities.shapes import in_portfolio

    assert in_portfolio(" and Order Minister Pieter Kroon") and in_portfolio(" and Industry Secretary")
    assert not in_portfolio(" and Wesson Corp said") and not in_portfolio(" and Mary Smith said")
    got = names(PORTFOLIO)
    assert "Law" not in got and "Westhuizen" not in got and "Johan van" not in got
    assert got.get("Johan van der Westhuizen") == "person" and got.get("Pieter Kroon") == "person"
    assert got.get("Tom Blair") == "person"  # a surname of the story before "and Trade Secretary" stays


PAPERS = ("Prime Minister Orhan Tezel was quoted Saturday by the daily Yildizgazete as saying the army was ready. "
          "The pro-government daily Sabahhaber said talks would resume. Kalemhaber newspaper said the border was "
          "closed, and the Istanbul Herald said the talks had failed. Emily Post, a reader, agreed.")


def test_a_publication_is_an_organisation_not_a_person() -> None:
    from storyline.entities.roles import masthead, publication_use
    from storyline.model import Mention

    text = "quoted by the daily Sabahhaber. Kalemhaber newspaper said. Smith daily walks."
    for word, want in (("Sabahhaber", True), ("Kalemhaber", True), ("Smith", False)):
        at = text.index(word)
        assert publication_use(text, Mention("d", at, at + len(word), word, "person", False)) is want
    assert masthead("Istanbul Herald") and not masthead("Emily Post") and not masthead("Herald")
    got = names(PAPERS)
    for paper in ("Yildizgazete", "Sabahhaber", "Kalemhaber", "Istanbul Herald"):
        assert got.get(paper, "org") == "org", paper
    assert got.get("Orhan Tezel") == "person"


ONE_PERSON = ("Former President F.W. de Klerk, meanwhile, planned to sue the commission. De Klerk said he would "
              "fight.\nSyrian President Hafez Assad met Mubarak. Mubarak was met at the airport by Syrian President "
              "Hafez al-Assad, and the two drove to Assad's palace.\nThe Unabomber, Theodore Kaczynski, wrote the "
              "manifesto in a cabin. Kaczynski is serving a life term; the Unabomber's typewriter sold for $22,000. "
              "A spokesman for the Pentagon, John Smith, said nothing.")


def test_particles_and_an_apposed_epithet_name_one_person() -> None:
    got = {n: a for n, _, a in entities(ONE_PERSON)}
    assert "De Klerk" not in got and "De Klerk" in got["F.W. de Klerk"]
    assert "Assad" not in got and not ("Hafez Assad" in got and "Hafez al-Assad" in got)
    assert "Unabomber" not in got and "Unabomber" in got["Theodore Kaczynski"]
    assert "Pentagon" not in got.get("John Smith", [])


def test_a_spokesmans_name_is_a_person_and_a_short_form_joins_its_commission() -> None:
    got = {n: (k, a) for n, k, a in entities(
        "An ANC spokesman, Thabo Masebe, said he believed it. A spokesman for the party, Thabo Masebe, said the "
        "party would appeal. ANC spokesman Thabo Masebe said it was premature.\nThe Truth and Reconciliation "
        "Commission met on Monday. The Truth Commission said it would fight the case. The Truth and "
        "Reconciliation Commission's report is due.\nAccording to daily Cumhurigazete on Saturday, jets flew "
        "along the border, daily Radikalhaber reported.")}
    assert got["Thabo Masebe"][0] == "person"
    from storyline.entities.roles import titled_person

    text = "said a reporter for the Al Jazeera news agency. ANC spokesman Thabo Masebe"
    assert not titled_person(text, text.index("Al Jazeera"), "Al Jazeera")
    assert titled_person(text, text.index("Thabo"), "Thabo Masebe")
    assert "Truth Commission" not in got and "Truth Commission" in got["Truth and Reconciliation Commission"][1]
    assert got.get("Cumhurigazete", ("org",))[0] == "org" and got.get("Radikalhaber", ("org",))[0] == "org"


def test_a_kin_word_before_a_given_name_makes_a_person() -> None:
    got = names("His Aunt Frida said he was a quiet boy who read all day. Aunt Frida later moved to Chicago.")
    assert got.get("Aunt Frida") == "person"
