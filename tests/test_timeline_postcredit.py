"""An embedded post's credit line does not introduce the next paragraph's quotation (``timeline.shape``, inputs47)."""

from __future__ import annotations

from dataclasses import dataclass

from storyline.timeline.shape import lead_in_start


@dataclass
class _S:
    start: int
    end: int


def _carried(credit: str) -> int | None:
    quote = '"It is a sad day for the valley and for all of us," he said on Friday.'
    text = f"{credit}\n{quote}"
    at = len(credit) + 1
    return lead_in_start(text, at, len(text), [], [_S(0, len(credit))], lambda a, b: True)


def test_a_post_credit_line_is_no_lead_in() -> None:
    assert _carried("— Ann Lee (@annlee_writes) July 19, 2013") == len("— Ann Lee (@annlee_writes) July 19, 2013") + 1
    assert _carried("The governor, Ann Lee, spoke to reporters in the capital.") == 0  # a speaker's lead-in still
