from __future__ import annotations

from conftest import make_analysis
from storyline.summary import candidates, summarise
from storyline.text import word_count

A = make_analysis("a.txt", [
    "A fire destroyed a warehouse in the port of Eastmouth on Thursday night, officials said.",
    "Firefighters battled the blaze for six hours before bringing it under control.",
    "The cause of the fire is not yet known, according to the port authority.",
    "Subscribe now",
])
B = make_analysis("b.txt", [
    "A large fire destroyed a warehouse at the Eastmouth port on Thursday night, officials said.",
    "Twelve people were treated for smoke inhalation at the city hospital.",
    "Residents living near the docks were told to keep their windows closed.",
])
C = make_analysis("c.txt", [
    "Fire crews fought the blaze for six hours before they brought it under control.",
    "The mayor said the city would review safety rules for warehouses in the harbour area.",
])


def test_summary_sentences_are_verbatim_and_spans_valid() -> None:
    analyses = [A, B, C]
    docs = {a.doc.id: a.doc for a in analyses}
    summary = summarise(analyses, words=60)
    assert summary
    for s in summary:
        first = s.citations[0]
        assert docs[first.doc].text[first.start:first.end] == s.text
        for c in s.citations:
            assert 0 <= c.start < c.end <= len(docs[c.doc].text)


def test_summary_respects_word_budget_and_drops_non_sentences() -> None:
    summary = summarise([A, B, C], words=40)
    assert sum(word_count(s.text) for s in summary) <= 40
    assert all(s.text != "Subscribe now" for s in summary)
    assert "Subscribe now" not in [s.text for s in candidates([A])]


def test_paraphrase_in_other_document_is_cited() -> None:
    summary = summarise([A, B, C], words=200)
    fire = [s for s in summary if "warehouse" in s.text and "Thursday" in s.text]
    assert len(fire) == 1, "the two near-identical fire sentences must not both be chosen"
    assert {c.doc for c in fire[0].citations} == {"a.txt", "b.txt"}


def test_no_redundant_pair_selected() -> None:
    summary = summarise([A, B, C], words=200)
    six_hours = [s for s in summary if "six hours" in s.text]
    assert len(six_hours) == 1
    assert {c.doc for c in six_hours[0].citations} == {"a.txt", "c.txt"}


def test_empty_input_gives_empty_summary() -> None:
    assert summarise([], words=100) == []


def test_a_different_figure_is_not_cited_as_the_same_statement() -> None:
    a = make_analysis("a.txt", ["Fire chief Maria Lopez said 45 firefighters and 12 engines were sent to the scene."])
    b = make_analysis("b.txt", ["Fire chief Maria Lopez said 40 firefighters and 12 engines were sent to the scene."])
    summary = summarise([a, b], words=40)
    assert summary and all(len({c.doc for c in s.citations}) == 1 for s in summary)


def test_quotation_over_two_sentences_is_one_candidate() -> None:
    a = make_analysis("a.txt", [
        "“The first time it happened, we thought the Russians got lucky.",
        "Then it happened two more times,” an official revealed to the network.",
        "“It was a long night for everyone in the harbour,” the mayor said.",
        "“This fragment never closes its quotation at all in this text.",
    ])
    # make_analysis puts each sentence in its own paragraph; join the first two into one
    for s in a.sentences[:2]:
        s.paragraph = 0
    texts = [s.text for s in candidates([a])]
    joined = ("“The first time it happened, we thought the Russians got lucky.\n"
              "Then it happened two more times,” an official revealed to the network.")
    assert texts[:2] == [joined, "“It was a long night for everyone in the harbour,” the mayor said."]
    assert a.sentences[0].text not in texts and a.sentences[1].text not in texts
    docs = {a.doc.id: a.doc}
    for s in summarise([a], words=100):
        c = s.citations[0]
        assert docs[c.doc].text[c.start:c.end] == s.text


def test_sharing_only_names_is_not_citing_the_same_statement() -> None:
    a = make_analysis("a.txt", ["US Defense Secretary Ash Carter already has an answer to this question."])
    b = make_analysis("b.txt", ["US Defense Secretary Ash Carter said the United States will not cooperate."])
    c = make_analysis("c.txt", ["Defense Secretary Ash Carter already has an answer to this question, aides said."])
    summary = summarise([a, c, b], words=12)
    assert len(summary) == 1 and "answer" in summary[0].text
    assert {x.doc for x in summary[0].citations} == {"a.txt", "c.txt"}  # b.txt says something else


def test_a_sentence_pointing_back_ranks_below_its_twin() -> None:
    from storyline.summary import rank

    a = make_analysis("a.txt", ["The harbour board has already approved a plan for this."])
    b = make_analysis("b.txt", ["The harbour board has already approved a plan for new cranes."])
    r = rank([a, b])
    assert r.sentences[r.order[0]].text.endswith("new cranes.")


def test_figures_in_words_count_as_figures() -> None:
    a = make_analysis("a.txt", ["Fire chief Maria Lopez said 45 firefighters and 12 engines were sent to the scene."])
    b = make_analysis("b.txt", ["Three firefighters and two engines were sent to the scene, fire chief Lopez said."])
    c = make_analysis("c.txt", ["Forty-five firefighters and twelve engines were sent to the scene, Lopez said."])
    from storyline.summary import cite

    [cited] = cite([a.sentences[0]], [a, b, c])
    assert {x.doc for x in cited.citations} == {"a.txt", "c.txt"}  # 3 and 2 are not 45 and 12


def test_figures_read_number_words() -> None:
    from storyline.summary.statements import _figures

    assert _figures("Forty-five firefighters, twelve engines and 1,200 litres") == {"45", "12", "1200"}
    assert _figures("one of the three ships; twenty one boats") == {"3", "21"}


def test_a_line_longer_than_spacy_takes_is_analysed_in_pieces() -> None:
    from storyline.analyse import MAX_PARAGRAPH, analyse, paragraphs
    from storyline.model import Document

    sentence = "The harbour board met on Monday to discuss the fire at the warehouse, officials said. "
    text = "Headline of the report\n" + sentence * (MAX_PARAGRAPH // len(sentence) * 3)
    pieces = list(paragraphs(text))
    assert len(pieces) >= 4 and all(len(p) <= MAX_PARAGRAPH for _, p in pieces)
    assert all(text[o:o + len(p)] == p for o, p in pieces)
    [a] = analyse([Document(id="a", text=text, title="a")])
    assert all(s.text == sentence.strip() for s in a.sentences[1:])  # cut only at sentence ends


def test_a_huge_story_ranks_only_leads_and_stops_early() -> None:
    from storyline.summary import DEFAULT, rank
    from storyline.text import word_count

    docs = [make_analysis(f"d{k}.txt", [f"Report {k} says the harbour board met on day {i} to discuss berth {i + k}."
                                        for i in range(40)]) for k in range(200)]
    sents = candidates(docs)
    assert max(s.index for s in sents) == DEFAULT.min_per_document - 1  # 3000 // 200 = 15 < 30
    r = rank(docs, words=50)
    ranked_words = sum(word_count(r.sentences[i].text) for i in r.order)
    assert DEFAULT.rank_depth * 50 <= ranked_words < DEFAULT.rank_depth * 50 + DEFAULT.max_words
    assert len(rank(docs[:3]).order) > 0  # without a budget, the whole ranking


def test_a_kept_introducing_line_does_not_push_the_lead_down() -> None:
    """"The Times said in an editorial for Wednesday:" is article text the cleaner keeps; the lead
    prior counts the report's sentences from the first one after such introducing lines."""
    from types import SimpleNamespace

    from storyline.summary.rank import _introducing_lines

    def analysis(*texts: str) -> SimpleNamespace:
        return SimpleNamespace(sentences=[SimpleNamespace(text=t) for t in texts])

    assert _introducing_lines(analysis("The Times said in an editorial for Wednesday, Oct. 7:",
                                       "The president has little time.", "He said:")) == 1
    assert _introducing_lines(analysis("The president has little time.", "Officials said:")) == 0
    assert _introducing_lines(analysis()) == 0
