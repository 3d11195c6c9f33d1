"""Hand-made reports about three unrelated stories (our own text), for store and clustering tests."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

TOPICS: dict[str, list[str]] = {
    "flood": [
        "Floodwaters from the Varne river swept through the town of Kelbridge on Tuesday, forcing hundreds of "
        "families from their homes.",
        "Rescue crews in boats pulled residents from rooftops as the Varne rose more than four metres above its "
        "normal level.",
        "The regional council of Kelbridge opened emergency shelters in two schools and a sports hall.",
        "Forecasters warned that more heavy rain was expected over the Varne valley later in the week.",
        "Farmers near Kelbridge said the flooding had destroyed crops and drowned livestock across the valley.",
        "The mayor of Kelbridge, Anna Rowe, called the flood the worst the town had seen in sixty years.",
    ],
    "election": [
        "Voters in Ostland went to the polls on Sunday in a presidential election dominated by rising prices "
        "and unemployment.",
        "Incumbent president Marek Dalen led the first count with 48 percent, short of the majority needed to "
        "avoid a runoff.",
        "His challenger, the former finance minister Lena Vos, promised to cut fuel taxes and raise pensions.",
        "Election observers said turnout in Ostland was higher than in the last presidential vote.",
        "Dalen told supporters in the capital that he was confident of winning the runoff against Vos.",
        "The electoral commission of Ostland will publish final results of the presidential vote on Thursday.",
    ],
    "transfer": [
        "Harbor City United signed the striker Tomas Ekberg from Northgate Rovers for a club record fee on "
        "Friday.",
        "Ekberg, who scored thirty goals for Rovers last season, agreed a five year contract with United.",
        "The United manager, Paul Greer, said the striker would make his debut in the cup match next week.",
        "Northgate Rovers supporters criticised the board for selling their top scorer so close to the "
        "season start.",
        "The transfer fee for Ekberg was reported to be around forty million pounds including bonuses.",
        "Greer said Harbor City United had followed Ekberg for two seasons before making the offer.",
    ],
}


def article(topic: str, seed: int) -> str:
    """A report on ``topic``: four of its sentences, in an order fixed by ``seed``."""
    rng = random.Random(f"{topic}-{seed}")
    sentences = rng.sample(TOPICS[topic], 4)
    return "\n\n".join(sentences)


def stream(per_topic: int = 3) -> list[tuple[str, str, str]]:
    """(id, topic, text) for ``per_topic`` reports per topic, interleaved."""
    out = []
    for n in range(per_topic):
        for topic in TOPICS:
            out.append((f"{topic}-{n}", topic, article(topic, n)))
    return out


def write_folder(folder: Path, per_topic: int = 3) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for doc_id, _, text in stream(per_topic):
        (folder / f"{doc_id}.txt").write_text(text + "\n", encoding="utf-8")
    return folder


def write_jsonl(path: Path, n: int) -> Path:
    """``n`` JSONL articles with their own ids, cycling over the topics with varied wording."""
    topics = list(TOPICS)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            topic = topics[i % len(topics)]
            text = article(topic, i) + f"\n\nThis is update number {i} on the story."
            fh.write(json.dumps({"id": f"a{i}", "title": f"{topic} update {i}", "text": text}) + "\n")
    return path


def undo_scene(index: Any, far: bool = False) -> tuple[int, int, int]:
    """On any ``StoryIndex``: a story H of three reports, a one-report story P sharing the rare name 100 with
    a later story O, and P merged into H (as the merge pass would) before O existed. P reads like O (lead
    embedding cosine .8 against .6 to H without it; centroid cosine .95 against .07), unless ``far``: then
    O's centroid is farther from P than H's (.04). Returns (H, P, O)."""
    import numpy as np

    from storyline.stories import StoryState
    from storyline.stories.merge import combined

    def e(*xs: float) -> Any:
        v = np.zeros(384, dtype=np.float32)
        v[: len(xs)] = xs
        return v

    h = index.save_story(StoryState(0, {1: 3.0, 2: 0.3}, 3, embedding=e(3, 0, 0)), [1, 2])
    p = index.save_story(StoryState(0, {2: 1.0, 3: 1.0}, 1, embedding=e(0.6, 0.8, 0)), [2, 3])
    index.add_names(p, [100])
    into = combined(index.story(h), index.story(p), index.embedding(h), index.embedding(p))
    index.save_story(into, [1, 2, 3])
    index.retire(p, h)
    o = index.save_story(StoryState(0, {4: 2.0, 3: 0.05} if far else {3: 2.0, 2: 1.0}, 2, embedding=e(0, 2, 0)),
                         [3, 4] if far else [2, 3])
    index.add_names(o, [100])
    return h, p, o


def write_named_stories(tmp_path: Path) -> tuple[Path, Path]:
    """A Multi-News file (its three parts are one story) and a cluster JSONL (stories "A" and "B", two reports
    each): inputs that name their own stories."""
    multinews = tmp_path / "multinews.txt"
    multinews.write_text("\n|||||\n".join(article(t, 0) for t in ("flood", "election", "transfer")), encoding="utf-8")
    clusters = tmp_path / "clusters.jsonl"
    clusters.write_text(json.dumps({"id": "A", "documents": [article("flood", 1), article("election", 1)]}) + "\n"
                        + json.dumps({"id": "B", "documents": [article("flood", 2), article("transfer", 2)]}) + "\n",
                        encoding="utf-8")
    return multinews, clusters
