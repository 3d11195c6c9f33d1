"""Online story assignment: each report, in arrival order, joins the story whose centroid
it is closest to, or starts a new story.

Per report: TF-IDF vector with the store's document frequencies (updated first, so the
report counts in its own IDF as in a batch run); candidate stories from the inverted
index over the report's heaviest terms (never a scan of all stories, so the cost stays
flat as the store grows); cosine to each candidate's centroid, discounted when the
report's date lies far outside the story's date range; join the best candidate at or
above ``threshold``, else start a story.

Gray zone (issue 13, round 3 of bench/STORIES_EXPERIMENTS.md): a report that would start a
story still joins one of its three best candidates when the cosine reaches ``gray_low``, the
story's centroid holds a name of the report that few reports use (``gray_rare``: a specific
person or place, not "Obama"), and the report's lead matches the story members' leads
(``gray_lead``). Small stories whose reports share few words but name the same rare people
are the ones the plain threshold splits.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass

from .index import StoryIndex, StoryState
from .prior import smoothed
from .vectors import DOC_TERMS, Cues, Embedding, Vector, add_into, cosine, idf, top_terms, unit, unit_embedding, weigh
from .window import apart, vouched


@dataclass(frozen=True, slots=True)
class ClusterSettings:
    """The few parameters of assignment (see bench/stories_eval.py for how they were set)."""

    threshold: float = 0.18
    """Least cosine to a story centroid for a report to join it. .15 until round 5 of
    bench/STORIES_EXPERIMENTS.md; .18 with the merge pass's topic rule (chosen together on half A alone)."""
    time_window_days: float | None = 365.0
    """A report dated d days outside a story's date range, d over this window, has its
    similarity scaled by exp(-(d - window) / window): a story quiet for months is rarely the
    same story (None: dates are not used). On the development stream, the dated TAC topics
    run for over a year, and any shorter window lowered BCubed F1 (bench/stories_eval.py)."""
    date_gap: float = 0.0
    """Off switch (0: off): the date window (``stories.window``). A report dated more than ``date_gap`` days plus
    ``date_span`` times a story's span (last date minus first) from the story's date range may not join it, and
    the merge and undo passes and deferral do not join two stories whose ranges lie further apart than the
    longer one's window; undated reports and stories are never apart. Measured in round 16 of
    bench/STORIES_EXPERIMENTS.md."""
    date_span: float = 1.0
    date_share: float = 0.0
    """Off switch (0: off): the date window is at least this share of the store's whole span (its last report's
    date minus its first, ``StoryIndex.date_range``): the adaptive window of round 17 of
    bench/STORIES_EXPERIMENTS.md, narrow on a feed of a few weeks, a year wide on an archive of years. 0 here; a
    store, ``brief``'s large-input split and the gate set it (``--window auto``, .25) unless told otherwise (round 19:
    ``stories.window_choice.DEFAULT``)."""
    date_high: float = 0.0
    """With ``date_gap``: a report or story outside the window still joins when its cosine reaches this (0: never)."""
    date_names: int = 0
    """With ``date_gap``: a report or story outside the window still joins when the two share at least this many
    names that at most ``date_rare`` stored reports use (0: never)."""
    date_rare: int = 3
    query_terms: int = 20
    """The report's heaviest terms looked up in the inverted index."""
    signature_terms: int = 30
    """A story's heaviest centroid terms that the inverted index lists."""
    candidates: int = 40
    """Most candidate stories scored per report."""
    posting_cap: int = 10
    """Each query term's posting list is read for its ``posting_cap`` most recent stories only (the highest
    ids; 0: the whole list). A common term's list grows with the store, and with it the candidate query's
    work; capped, the query reads at most ``query_terms`` x ``posting_cap`` postings whatever the store's
    size, and an older story is still found through the report's rarer terms (round 10 of
    bench/STORIES_EXPERIMENTS.md)."""
    gray_low: float = 0.06
    """Least cosine for the gray-zone rule (reports given ``Cues`` only)."""
    gray_lead: float = 0.2
    """Least cosine of the report's lead vector to the story's summed lead vectors."""
    gray_rare: int = 3
    """A shared name counts as rare when at most this many stored reports use it."""
    merge_small: int = 1
    """The merge pass (``stories.merge``) joins a story of at most this many reports to another story
    (0: no merge pass). 1 is what bench/STORIES_EXPERIMENTS.md round 4 measured and chose (held-out
    tac2011 .891 -> .917, half B .846 -> .851 BCubed F1)."""
    merge_embed: float = 0.5
    """Least cosine of the two stories' mean lead embeddings for the merge pass to join them."""
    merge_rare: int = 24
    """The two stories must share a name that at most this many stored reports use."""
    pair_threshold: float = 0.0
    """Off switch (0: off): the least cosine for a report to join a story of at most ``pair_size`` reports,
    a stricter bar for forming pairs than ``threshold``. Measured in round 7 of bench/STORIES_EXPERIMENTS.md
    (lower on half A at every value tried, .20-.32), so off."""
    pair_size: int = 1
    merge_names: int = 1
    """The names rule of the merge pass needs at least this many shared rare names (1: any one, as chosen in
    round 4). Round 7 measured 2: better on half A and the stream in adds of 25, worse on tac2011."""
    merge_topic_small: int = 2
    """A second rule of the merge pass (0: off): a story of at most this many reports is also compared with
    the stories the inverted index lists for its centroid's heaviest terms (``merge_topic_candidates`` of
    them), and merged into one of at least ``merge_topic_other`` reports whose centroid cosine reaches
    ``merge_topic_centroid`` and whose mean lead embedding reaches ``merge_topic_embed`` (no shared rare name
    needed). (2, 3, .15, .4) with threshold .18 was chosen on half A alone, by the mean BCubed F1 over the
    pass run after every report, every 25 reports and once after the stream (an ``add`` runs it once at
    its end, so how often depends on how users add); bench/STORIES_EXPERIMENTS.md round 5 has the
    held-out numbers (half B better at every frequency; tac2011 better from adds of 100 reports up,
    worse when the pass runs after every report or every 25)."""
    merge_topic_centroid: float = 0.15
    merge_topic_embed: float = 0.4
    merge_topic_candidates: int = 5
    merge_topic_other: int = 3
    """The topic rule merges only into a story of at least this many reports (0: any size): merging two
    young stories early, before their reports have arrived, chained wrong merges when the pass ran often."""
    sign_size: int = 0
    """Off switch (0: off): the event-signature split. A report whose lead names (terms of its title and
    first ``LEAD_WORDS`` words that are names: who and where) number at least ``sign_names`` may not join a
    story of at most ``sign_size`` reports that holds none of them (in its centroid or its members' leads),
    unless its cosine reaches ``sign_high``; with ``sign_topic`` the merge pass's topic rule asks the same
    of a small story's rare names. Measured in round 9 of bench/STORIES_EXPERIMENTS.md."""
    sign_names: int = 2
    sign_high: float = 1.0
    sign_topic: bool = False
    weak_join: float = 0.0
    """Off switch (0: off): a report that joins a story at a cosine below this adds its vector to the story's
    centroid at weight ``weak_weight`` only, so a report at the edge of a story does not pull its centroid
    towards another topic. Measured in round 9 of bench/STORIES_EXPERIMENTS.md."""
    weak_weight: float = 1.0
    neighbour_embed: float = 0.0
    """Off switch (0: off): a candidate story at or above ``threshold`` that shares a rare name with the report
    (one of its names used by at most ``merge_rare`` stored reports, noted for the story) is passed over when the
    report's lead embedding to the story's mean lead embedding is below this: a topical neighbour (same actors
    and places, another event) rather than the report's story. Measured in round 15 of
    bench/STORIES_EXPERIMENTS.md."""
    neighbour_any: bool = False
    """With ``neighbour_embed``: the embedding is asked of every candidate at or above ``threshold``, shared rare
    names or not."""
    neighbour_model: tuple[float, ...] = ()
    """Off switch (empty: off): a pair logistic regression (intercept, then the weights of the centroid score, the
    number of shared rare names, log story size, minus the second-best score's share of the best, and the lead
    embedding cosine) that vetoes the best candidate at or above ``threshold`` sharing a rare name with the report
    when its logit is below ``neighbour_logit``. Round 15 (``scripts/train_neighbours.py``)."""
    neighbour_logit: float = 0.0
    tf_saturation: float = 0.0
    """Off switch (0: off, the sublinear 1 + log tf): BM25's saturating term frequency with this k1 in the
    report's TF-IDF vector. Measured in round 10 of bench/STORIES_EXPERIMENTS.md."""
    prior_docs: float = 0.0
    """Off switch (0: off): pseudo-reports of general English (``stories.prior``: wordfreq's frequencies)
    added to the store's document frequencies before the IDF is taken, so that in a young store a common
    word or name does not weigh like a rare one. Measured in round 12 of bench/STORIES_EXPERIMENTS.md."""
    prior_floor: bool = False
    """With ``prior_docs`` > 0: instead of adding pseudo-reports, a term's document frequency is at least
    the count general English expects in a store of this size."""
    prior_scope: str = ""
    """With ``prior_docs`` > 0, which terms the IDF prior smooths: "" all, "names" only the report's names
    (``Cues.names``: "Washington" weighs less than "Quennell"), "words" only the others."""
    prior_names: float = 0.0
    """Off switch (0: off): pseudo-reports of general English added to the store's document frequencies for
    the rare-name tests (``gray_rare``, and ``merge_rare`` when a name is noted for the merge pass), so a name
    common in general English ("Washington") is not rare in a young store. Round 12."""
    undo_window: int = 300
    """The undo pass after the merge pass (``stories.merge.undo_merges``; 0: off): a piece the merge pass
    merged (a story of at most ``merge_small`` reports) while the last ``undo_window`` stored reports came
    in is moved to another story when the names rule now finds that story for it and both the piece's mean
    lead embedding and its centroid are closer to it than to its host without the piece. Chosen in round 8
    of bench/STORIES_EXPERIMENTS.md on half A over seeds 0-4 (the window bounds the pass's cost: only recent
    pieces are looked at)."""
    defer_k: int = 0
    """Off switch (0: off): deferral (``stories.defer``, round 13 of bench/STORIES_EXPERIMENTS.md). A report whose
    story is unclear (``defer_ratio``, ``defer_low``) is held: it starts a provisional story of its own, which
    readers see and later reports may join, and once ``defer_k`` more reports have been assigned (or at the
    merge pass, with ``defer_pass``) that story is decided: re-scored against the stories as they have grown, it
    joins the best at or above ``threshold``, or stays a story of its own."""
    defer_ratio: float = 0.0
    """A report whose best candidate reaches ``threshold`` is held when its second-best scores at least this
    share of the best (0: never)."""
    defer_low: float = 0.0
    """A report that would start a story is held when its best candidate scores at least this (0: never)."""
    defer_join: float = 0.0
    """The least score for a held report's provisional story to join a story when decided (0: ``threshold``)."""
    defer_apart: float = 0.0
    """When decided, a held report whose second-best story still scores at least this share of the best stays a
    story of its own (0: it joins the best)."""
    defer_closed: bool = False
    """Later reports may not join a held report's provisional story until it is decided."""
    defer_pass: bool = False
    """The merge pass decides every held report, however few reports have come in since it was held."""
    defer_recheck: int = 0
    """Off switch (0: off): a held report's provisional story that stays apart when decided (or joins another held
    report's story) is held until the merge pass, after which the story it is part of then, when it has at most
    this many reports, is decided again as a whole (``stories.defer.recheck``; round 13b)."""
    defer_recheck_embed: float = 0.0
    """With ``defer_recheck``: the recheck joins only when the two stories' mean lead embeddings also reach this
    cosine (0: not asked), as the merge pass asks a second signal besides the centroids."""
    defer_recheck_names: int = 0
    """With ``defer_recheck``: the recheck joins only when the two stories share at least this many rare names (in
    at most ``merge_rare`` stories; 0: not asked), the evidence the merge pass's names rule asks (round 14)."""
    defer_recheck_add: int = 0
    """With ``defer_recheck``: the recheck runs only at the pass after an add of at least this many reports (0:
    after every add); after a smaller add the stories held until the pass stay as decided (round 14: in small
    adds the pass meets young stories, where early joins chain)."""
    split_size: int = 4
    """The split pass after the merge pass (``stories.split``; 0: off): a touched story of at least
    this many reports (and at most ``split_most``) is cut in two when its reports form two groups, each of at least
    ``split_small``, whose mean TF-IDF cosine across is below ``split_ratio`` times the lower of the two groups' mean
    cosines within. (4, 3, .4) chosen on half A alone in round 20 of bench/STORIES_EXPERIMENTS.md."""
    split_small: int = 3
    split_ratio: float = 0.4
    split_most: int = 50
    """The largest story the split pass reads (its cost grows with the cube of a story's size)."""


DEFAULT_SETTINGS = ClusterSettings()


@dataclass(frozen=True, slots=True)
class Assignment:
    """Where one report went: its story, whether that story is new, and the similarity."""

    story: int
    new: bool
    score: float
    vector: Vector
    held: bool = False
    """The report's story was unclear: it started a provisional story (``ClusterSettings.defer_k``)."""


def _time_factor(published: dt.date | None, state: StoryState, window: float | None) -> float:
    if published is None or state.first is None or state.last is None or window is None:
        return 1.0
    gap = max((state.first - published).days, (published - state.last).days, 0)
    return math.exp(-(gap - window) / window) if gap > window else 1.0


def _scored(index: StoryIndex, found: list[int], vector: Vector, published: dt.date | None, names: list[int],
            settings: ClusterSettings) -> list[tuple[float, StoryState]]:
    """Each candidate story with the report's cosine to its centroid, discounted by ``time_window_days``; the
    candidates outside the date window (``date_gap``) left out unless the cosine or the report's ``names`` let
    them through (``stories.window``)."""
    scored: list[tuple[float, StoryState]] = []
    for sid in found:
        state = index.story(sid)
        sc = cosine(vector, state.centroid)
        if apart(index, published, published, state, settings) \
                and not (settings.date_high and sc >= settings.date_high) and not vouched(index, names, sid, settings):
            continue
        scored.append((sc * _time_factor(published, state, settings.time_window_days), state))
    return scored


def assign(
    index: StoryIndex, counts: Mapping[str, int], published: dt.date | None = None,
    settings: ClusterSettings = DEFAULT_SETTINGS, cues: Cues | None = None, *,
    into: int | None = None, avoid: frozenset[int] = frozenset(),
) -> Assignment:
    """Assign one report (its term counts, and its ``Cues`` for the gray-zone rule) to a story in ``index``
    and update the index; ``into``: the story the input named for it, ``avoid``: stories it must not join."""
    if settings.defer_k and settings.defer_closed:
        avoid = avoid | {s for s, _ in index.held(index.documents())}
    ids = index.term_ids(counts)
    tf = {ids[t]: c for t, c in counts.items()}
    index.count_document(list(tf))
    wdf, n, rdf = _with_prior(index.frequencies(list(tf)), index.documents(), ids, settings, cues)
    vector = weigh(tf, wdf, n, DOC_TERMS, settings.tf_saturation)
    found = [] if into is not None else index.candidates(top_terms(vector, settings.query_terms), settings.candidates,
                                                         settings.posting_cap)
    names = [ids[t] for t in cues.names if t in ids] if cues is not None else []
    scored = _scored(index, [s for s in found if s not in avoid], vector, published, names, settings)
    if settings.sign_size and cues is not None:
        mine = {ids[t] for t in cues.lead & cues.names if t in ids}
        if len(mine) >= settings.sign_names:
            scored = [(sc, st) for sc, st in scored
                      if st.size > settings.sign_size or sc >= settings.sign_high or holds(st, mine)]
    scored.sort(key=lambda x: (-x[0], x[1].id))
    if (settings.neighbour_embed or settings.neighbour_model) and cues is not None:
        scored = _neighbours(index, scored, cues, {ids[t] for t in cues.names if t in ids}, rdf, settings)
    best_score, best = scored[0] if scored else (-1.0, None)
    lead: Vector = {}
    if cues is not None:
        lead = unit({ids[t]: idf(wdf.get(ids[t], 0), n) for t in cues.lead if t in ids})
    if settings.pair_threshold and best is not None:
        meets = [(sc, st) for sc, st in scored
                 if sc >= (settings.pair_threshold if st.size <= settings.pair_size else settings.threshold)]
        if meets:
            best_score, best = meets[0]
        elif best_score >= settings.threshold:
            best_score = min(best_score, settings.threshold - 1e-9)
    if best is not None and best_score < settings.threshold:
        best = _gray_zone(vector, lead, {ids[t] for t in cues.names if t in ids}, rdf, scored, settings) \
            if cues is not None else None
    held = into is None and unclear(best_score, scored, best is not None, settings)
    if held:
        best = None
    if into is not None:
        best, best_score = index.story(into), 1.0
    new = best is None
    state = best if best is not None else StoryState(id=0, centroid={}, size=0)
    _grow(state, vector, lead, cues, published, settings.weak_weight
          if not new and settings.weak_join and best_score < settings.weak_join else 1.0)
    sid = index.save_story(state, top_terms(state.centroid, settings.signature_terms))
    index.add_member(sid, tf, sorted(lead), cues.embedding if cues is not None else None, published)
    if cues is not None and settings.merge_small:
        index.add_names(sid, [ids[t] for t in sorted(cues.names) if t in ids and rdf[ids[t]] <= settings.merge_rare])
    if held:
        index.hold(sid, index.documents())
    return Assignment(story=sid, new=new, score=max(best_score, 0.0), vector=vector, held=held)


def _grow(state: StoryState, vector: Vector, lead: Vector, cues: Cues | None, published: dt.date | None,
          weight: float) -> None:
    """``state`` with one more report: its vector added to the centroid at ``weight`` (a weak join's
    ``weak_weight``), its lead vector, lead embedding and date."""
    if weight == 1.0:
        state.centroid = add_into(state.centroid, vector)
    elif weight > 0:
        state.centroid = add_into(state.centroid, {t: w * weight for t, w in vector.items()})
    if lead:
        state.lead = add_into(state.lead, lead)
    if cues is not None and cues.embedding is not None and (not state.size or state.embedding is not None):
        state.embedding = cues.embedding.copy() if state.embedding is None else state.embedding + cues.embedding
    state.size += 1
    if published is not None:
        state.first = min(state.first or published, published)
        state.last = max(state.last or published, published)


def unclear(best: float, scored: list[tuple[float, StoryState]], joins: bool, settings: ClusterSettings) -> bool:
    """Whether a report is held (``ClusterSettings.defer_k``): its best two candidates score close
    (``defer_ratio``), or it would start a story while its best candidate is in the gray zone (``defer_low``)."""
    if not settings.defer_k:
        return False
    if joins:
        return bool(settings.defer_ratio) and best >= settings.threshold and len(scored) > 1 \
            and scored[1][0] >= settings.defer_ratio * best
    return bool(settings.defer_low) and best >= settings.defer_low


def _with_prior(df: Mapping[int, int], n: int, ids: Mapping[str, int], settings: ClusterSettings,
                cues: Cues | None) -> tuple[Mapping[int, float], float, Mapping[int, float]]:
    """The document frequencies and report count the weights read, and the frequencies the rare-name tests
    read: the store's own, or smoothed by the general-English prior (``prior_docs``, ``prior_names``)."""
    wdf: Mapping[int, float] = df
    wn: float = n
    if settings.prior_docs:
        scope = ids if not settings.prior_scope or cues is None else {
            t: i for t, i in ids.items() if (t in cues.names) == (settings.prior_scope == "names")}
        wdf, wn = smoothed(df, n, scope, settings.prior_docs, settings.prior_floor)
    rdf = smoothed(df, n, ids, settings.prior_names)[0] if settings.prior_names else df
    return wdf, wn, rdf


def _neighbours(index: StoryIndex, scored: list[tuple[float, StoryState]], cues: Cues, names: set[int],
                df: Mapping[int, float], settings: ClusterSettings) -> list[tuple[float, StoryState]]:
    """``scored`` without the candidates at or above the threshold that the neighbour veto passes over
    (``ClusterSettings.neighbour_embed``): sharing a rare name with the report (any, with ``neighbour_any``)
    while the report's lead embedding to the story's mean lead embedding is below ``neighbour_embed``."""
    mine = unit_embedding(cues.embedding)
    if mine is None:
        return scored
    rare = {t for t in names if df.get(t, 0) <= settings.merge_rare}
    if settings.neighbour_model:
        return _neighbour_model(index, scored, mine, rare, settings)
    out = []
    for sc, st in scored:
        if sc >= settings.threshold and (settings.neighbour_any or rare & set(index.story_names(st.id))):
            theirs = _story_lead(index, st)
            if theirs is not None and float(mine @ theirs) < settings.neighbour_embed:
                continue
        out.append((sc, st))
    return out


def _story_lead(index: StoryIndex, st: StoryState) -> Embedding | None:
    """The story's mean lead embedding, unit length: the state's own, else the index's (None when it has none)."""
    return unit_embedding(st.embedding if st.embedding is not None else index.embedding(st.id))


def _neighbour_model(index: StoryIndex, scored: list[tuple[float, StoryState]], mine: Embedding, rare: set[int],
                     settings: ClusterSettings) -> list[tuple[float, StoryState]]:
    """``scored`` without its best candidate when the pair model (``neighbour_model``) vetoes it."""
    if not scored or scored[0][0] < settings.threshold:
        return scored
    sc, st = scored[0]
    shared = len(rare & set(index.story_names(st.id)))
    theirs = _story_lead(index, st)
    if not shared or theirs is None:
        return scored
    second = scored[1][0] if len(scored) > 1 else 0.0
    x = (sc, float(shared), math.log(max(st.size, 1)), -second / sc, float(mine @ theirs))
    w = settings.neighbour_model
    logit = w[0] + sum(a * b for a, b in zip(w[1:], x, strict=True))
    return scored[1:] if logit < settings.neighbour_logit else scored


def holds(state: StoryState, names: set[int]) -> bool:
    """Whether the story's centroid or its members' leads hold one of these terms (the event signature)."""
    return any(t in state.centroid or t in state.lead for t in names)


def _gray_zone(vector: Vector, lead: Vector, names: set[int], df: Mapping[int, float],
               scored: list[tuple[float, StoryState]], settings: ClusterSettings) -> StoryState | None:
    """The first of the three best candidates that shares a rare name with the report and whose
    members' leads match the report's lead (see the module docstring), if any."""
    for score, state in scored[:3]:
        if score < settings.gray_low:
            break
        rare = any(t in state.centroid and df.get(t, 0) <= settings.gray_rare for t in vector if t in names)
        if rare and cosine(lead, state.lead) >= settings.gray_lead:
            return state
    return None
