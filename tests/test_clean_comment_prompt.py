"""A paragraph of questions to the reader and a prompt to the comments is a comments prompt (clean/rules.py)."""

from __future__ import annotations

from storyline.clean.reasons import Reason
from storyline.clean.rules import classify_line

PROMPT = (
    "What's your take? Planning to buy the new harbour ferry pass this winter? Tell us in the comment section "
    "below or keep the conversation going on our social pages."
)


def test_questions_and_a_prompt_to_the_comments_are_a_comments_prompt() -> None:
    assert classify_line(PROMPT) == Reason.COMMENTS
    assert classify_line("Will you ride it? Sound off in the comments!") == Reason.COMMENTS


def test_an_article_sentence_naming_comments_is_not() -> None:
    assert classify_line("Residents can leave a comment on the plan at the town hall until the end of May.") is None
    assert classify_line(
        "Why did the council wait? Officials said residents could leave a comment at the town hall for weeks."
    ) is None  # the prompt's sentence is the paper's report, but a statement follows the question
    assert classify_line("The council asked whether anyone objected. None did.") is None
