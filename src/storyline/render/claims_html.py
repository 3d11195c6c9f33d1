"""The claims section of the HTML brief, readable when a story has hundreds of claims.

- Rows are sorted by importance: claims more independent sources state first, and among
  those, disagreements (contested, then differ) before agreement (``importance``).
- Claims stated by one source only are folded into a ``<details>`` under the table, the minor ones
  (``claims/weight.py``: below the line of a figure that matters) last, each row marked ``cr-minor``.
- A verdict filter works without JavaScript: radio buttons before the tables, and CSS in
  ``assets/brief.css`` that hides the rows of other verdicts (a fixed set, so the rules
  are static and the web app's Content-Security-Policy needs no inline style).
- On a narrow screen (under 40rem: a phone) each row is stacked, one labelled line per column, instead
  of a five-column table that scrolled sideways with its Sources and Verdict out of sight.
- A source filter is a small progressive enhancement (``assets/brief.js``): a ``<select>``
  that stays ``hidden`` without JavaScript and hides rows that do not cite that source.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from html import escape

from ..model import Citation, ClaimGroup, ClaimMention, Document
from ..retold import retold_of
from ..sources import update_of
from .common import figure_groups, speaker_groups

__all__ = ["VERDICTS", "importance", "render_claims_section"]

VERDICTS = ("contested", "differ", "agree", "single")
_RANK = {v: i for i, v in enumerate(VERDICTS)}

Cites = Callable[[Iterable[Citation]], str]


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def importance(claim: ClaimGroup) -> tuple[int, int, int]:
    """Sort key, most important first: independent sources, then disagreement, then mentions."""
    return (-claim.independent_sources, _RANK.get(claim.verdict, len(VERDICTS)), -len(claim.mentions))


def _row(claim: ClaimGroup, cites: Cites, numbers: dict[str, int], whats: dict[str, str]) -> str:
    def links(ms: list[ClaimMention]) -> str:
        return cites(m.citation for m in ms)

    figures = "".join(f"<li>{_e(fig)} {links(ms)}</li>" for fig, ms in figure_groups(claim.mentions))
    speakers = "".join(f"<li>{_e(who)} {links(ms)}</li>" for who, ms in speaker_groups(claim.mentions))
    extra = f'<br><span class="note">{claim.independent_sources} independent</span>'
    if claim.update:
        extra += '<br><span class="note">an update: told at different moments</span>'
    for group in claim.shared:  # reports printing one wire sentence: one source for it (claims/wire_sentences.py)
        nums = "".join(f"[{numbers[d]}]" for d in group if d in numbers)
        extra += f'<br><span class="note">one wire sentence in {nums}</span>'
    linked = [whats[x] for x in claim.linked if x in whats]
    see = f'<br><span class="note">see also: {_e("; ".join(linked))}</span>' if linked else ""
    cells = [
        _e(claim.what) + see,
        f"<ul>{figures}</ul>" if figures else "—",
        f"<ul>{speakers}</ul>" if speakers else "—",
        links(claim.mentions) or "—",
        f'<span class="v v-{_e(claim.verdict)}">{_e(claim.verdict)}</span>' + extra,
    ]
    docs = sorted({numbers[m.citation.doc] for m in claim.mentions if m.citation.doc in numbers})
    data = " ".join(map(str, docs))
    minor = " cr-minor" if claim.minor else ""  # (claims/weight.py: a figure below the line, listed last)
    return (f'<tr class="cr cr-{_e(claim.verdict)}{minor}" data-docs=" {data} ">'
            + "".join(f'<td data-label="{h}">{c}</td>' for h, c in zip(COLUMNS, cells, strict=True)) + "</tr>")


COLUMNS = ("What", "Figures", "Who said it", "Sources", "Verdict")
"""The claims table's columns; each cell carries its column's name (``data-label``) so that on a narrow
screen, where the table's rows are stacked (``assets/brief.css``), every value keeps its label."""


def _table(rows: Sequence[str]) -> str:
    head = "".join(f"<th>{h}</th>" for h in COLUMNS)
    return (f'<div class="scroll"><table class="claims">\n<thead><tr>{head}</tr></thead>\n<tbody>\n'
            + "\n".join(rows) + "\n</tbody>\n</table></div>")


def _filters(claims: Sequence[ClaimGroup], docs: Sequence[Document], numbers: dict[str, int]) -> str:
    """The verdict radios (CSS filters by them) and the source select (brief.js shows it); each only when
    there is a choice: a story of one report, all its claims "single", has neither."""
    counts = {v: sum(1 for c in claims if c.verdict == v) for v in VERDICTS}
    radios = [f'<input type="radio" name="cf-verdict" id="cf-all" class="cf-radio" checked '
              f'aria-label="verdict: all ({_claims(len(claims))})">']
    labels = [f'<label for="cf-all">all <span class="cf-n">{len(claims)}</span></label>']
    for v in VERDICTS:
        if counts[v]:
            radios.append(f'<input type="radio" name="cf-verdict" id="cf-{v}" class="cf-radio" '
                          f'aria-label="verdict: {v} ({_claims(counts[v])})">')
            labels.append(f'<label for="cf-{v}" class="v-{v}">{v} <span class="cf-n">{counts[v]}</span></label>')
    cited = {m.citation.doc for c in claims for m in c.mentions}
    options = ['<option value="">every source</option>']
    seen: set[int] = set()
    for d in docs:
        n = numbers.get(d.id)
        if n is not None and d.id in cited and n not in seen:
            seen.add(n)
            name = d.title.strip() or d.id
            outlet = f" ({d.outlet})" if d.outlet else ""
            options.append(f'<option value="{n}">[{n}] {_e(shorten(name, OPTION_CHARS))}{_e(outlet)}</option>')
    select = (f'<label class="cf-source" hidden>source <select id="cf-source">{"".join(options)}</select>'
              '</label>') if len(options) > 2 else ""  # one source: nothing to choose
    if len(radios) <= 2:  # one verdict: "all 5" beside "single 5" filters nothing (a one-report story)
        radios, labels = [], []
    if not radios and not select:
        return ""
    verdict = f'<span class="cf-what">verdict</span> {" ".join(labels)}' if labels else ""
    return "\n".join(radios) + f'\n<div class="cf-bar">{verdict}\n{select}</div>'


OPTION_CHARS = 70  # of a report's title in the source filter's list


def shorten(text: str, most: int) -> str:
    """``text`` cut to at most ``most`` characters at a word's end, with "…" when cut (the source list cut
    titles inside a word and said nothing: "… Jets Cut Off US D")."""
    text = " ".join(text.split())
    if len(text) <= most:
        return text
    cut = text[:most - 1]
    if " " in cut and not text[most - 1].isspace():
        cut = cut[:cut.rindex(" ")]
    return cut.rstrip(" ,;:-–—") + "…"


def _claims(n: int) -> str:
    return f"{n} claim{'' if n == 1 else 's'}"


def _fold_note(single: Sequence[ClaimGroup], docs: Sequence[Document] = ()) -> str:
    """Why the fold holds more rows than the verdict filter's "single": rows told by reprints of one report
    (verdict agree) and rows whose one source gives figures that differ or are contested (a Multi-News story:
    "21 claims from a single independent source" beside "single 20", its one "differ" row unexplained)."""
    said = []
    told = [{m.doc for m in c.mentions} for c in single]
    copies = sum(1 for ids in told if len(ids) > 1)
    updates = {d.id for d in docs if update_of(d, docs)}  # one article's later updates (``sources.update_of``)
    retold = {d.id for d in docs if retold_of(d, docs)}  # reports told from another's (``retold``, inputs48)
    if copies:
        kinds = ["reprints"] + [k for k, ids_of in (("updates", updates), ("retellings", retold))
                                if any(len(ids) > 1 and ids & ids_of for ids in told)]
        kind = " or ".join(kinds) if len(kinds) < 3 else "reprints, updates or retellings"
        said.append(f"{copies} of them told by {kind} of one report")
    for v in VERDICTS:
        k = sum(1 for c in single if c.verdict == v and len({m.doc for m in c.mentions}) <= 1)
        if v != "single" and k:
            said.append(f"{k} of them marked {v}: {'it disagrees' if k == 1 else 'they disagree'} within one report")
    if minor := sum(1 for c in single if c.minor):  # below the line of a figure that matters (claims/weight.py)
        said.append(f"the last {minor} of them minor figures" if minor > 1 else "the last of them a minor figure")
    return f" ({'; '.join(said)})" if said else ""


def render_claims_section(
    claims: Sequence[ClaimGroup], docs: Sequence[Document], numbers: dict[str, int], cites: Cites
) -> str:
    """The claims table: filters, rows by importance, single-source rows folded."""
    whats = {c.id: c.what for c in claims}
    ordered = sorted(claims, key=importance)  # stable: the stage's order among equals
    shared = [c for c in ordered if c.independent_sources > 1]
    single = sorted((c for c in ordered if c.independent_sources <= 1), key=lambda c: c.minor)  # minor rows last
    parts = ['<div class="claims-view">', _filters(claims, docs, numbers)]
    if shared:
        parts.append(_table([_row(c, cites, numbers, whats) for c in shared]))
    else:
        parts.append('<p class="note">No claim is stated by more than one independent source.</p>')
    if single:
        noun = "claim" if len(single) == 1 else "claims"
        rows = [_row(c, cites, numbers, whats) for c in single]
        # a row told by several reports that are one report's reprints is folded here too: said, as its verdict
        # (agree) is not the "single" the verdict filter counts
        parts.append(f'<details class="cf-single"{"" if shared else " open"}><summary>{len(single)} {noun} '
                     f"from a single independent source{_fold_note(single, docs)}"
                     f'<span class="cf-shown"></span></summary>\n{_table(rows)}\n</details>')
    parts.append('<p class="note cf-none" hidden>No claim matches these filters.</p>')
    parts.append("</div>")
    return "\n".join(parts)
