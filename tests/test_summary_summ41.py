"""summ41: the 60th–62nd reads' summary faults, by kind (issue 12). Made-up reports only.

An account, not a heap: the writer's command to the reader ("Take a few minutes and …", "Follow us on …") is no
item; a demonstrative after one adverb ("Only this one is …")
points back as one opening the sentence does; the writer's question is no item; a second report's citation of an item
of two sentences covers both where it writes them word for word. (A demonstrative after a short phrase, "At least,
that's the plan …", was tried and left: it cost the Multi-News gate, R-2 16.33 -> 16.28; and "That's because …" as
"That …": it cost Multi-News 45.36 / 16.37 -> 45.27 / 16.33 and a first-pool page's key finding.)"""

from __future__ import annotations

from conftest import story
from storyline.summary import summarise
from storyline.summary.pointers import media_pointer
from storyline.summary.standalone import why_not_alone

_COMMANDS = (
    "The Varna council closed the old bridge over the Struma on Monday after engineers found cracks in its wall.\n"
    "Take a few minutes and write to the council about the bridge.\n"
    "Follow us on the site to see more photos of the old bridge.\n"
    "Drivers will use the ferry until the bridge reopens in June, the council said.\n"
)


def test_a_command_to_the_reader_is_no_item() -> None:
    a = story(_COMMANDS)[0]
    assert media_pointer(a, a.sentences[1]) and media_pointer(a, a.sentences[2])
    assert not media_pointer(a, a.sentences[0]) and not media_pointer(a, a.sentences[3])
    other = story('"Close the bridge now," the mayor told the council on Monday.\n'
                  "Close the bridge, the mayor told the council on Monday.\n"
                  "Drivers should use the ferry instead of the bridge.\n")[0]
    assert not any(media_pointer(other, s) for s in other.sentences)


def test_commands_are_not_shown() -> None:
    texts = [s.text for s in summarise(story(_COMMANDS), 200)]
    assert texts and not any(t.startswith(("Take", "Follow")) for t in texts), texts


def test_a_demonstrative_after_one_adverb_points_back() -> None:
    a = story("The Varna council closed the old bridge on Monday after engineers found cracks.\n"
              "Only this one is special because it can carry trucks over the river.\n"
              "Only this year did the council agree to close the old bridge.\n")[0]
    assert why_not_alone(a, a.sentences[1])
    assert why_not_alone(a, a.sentences[2]) is None


_DRILL = ("A new drill that can find water under dry ground has been built by engineers in Varna.\n"
          "Early results, in the journal Water Science, showed the drill could find water on the spot.\n"
          "It is now being tested in three villages to see if it saves crops.\n")


def test_a_second_source_s_span_covers_the_unit_it_writes_word_for_word() -> None:
    a = story(_DRILL + "The engineers said the drill costs less than a car.\n",
              _DRILL + "Farmers in the region have lost crops to drought for three years.\n")
    item = next(it for it in summarise(a, 200) if it.text.startswith("Early results"))
    other = next(c for c in item.citations if c.doc == a[1].doc.id)
    assert a[1].doc.text[other.start:other.end].endswith("to see if it saves crops."), item.citations


def test_a_second_source_s_span_stops_where_its_words_differ() -> None:
    a = story(_DRILL + "The engineers said the drill costs less than a car.\n",
              _DRILL.replace("It is now being tested in three villages", "It will be tried in two towns")
              + "Farmers in the region have lost crops to drought for three years.\n")
    item = next(it for it in summarise(a, 200) if it.text.startswith("Early results"))
    other = next(c for c in item.citations if c.doc == a[1].doc.id)
    assert a[1].doc.text[other.start:other.end].endswith("on the spot."), item.citations


def test_a_writer_s_question_is_no_item_nor_opens_one() -> None:
    from storyline.summary.candidates import candidates, writers_question
    assert writers_question("What does that even mean?") and not writers_question('"Why now?" the mayor asked.')
    a = story("The Varna council closed the old bridge over the Struma on Monday after engineers found cracks.\n"
              "What does a closed bridge mean for the town?\n"
              "It might help to imagine the ferry queues of the summer of 1998, when the old ferry broke down.\n")
    texts = [s.text for s in candidates(a)]
    assert texts and not any("What does" in t for t in texts), texts
