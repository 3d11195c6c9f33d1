"""Screenshots of the web app for the README, taken with Debian's headless Chromium.

    python scripts/screenshots.py [--out docs/screenshots]

Builds a store from the demo story (examples/harbour-fire) and the web app's fixture
stories (tests/serve/fixtures/reports.jsonl), serves it on 127.0.0.1, and writes
``stories.png`` (the story list, 1280 px), ``story.png`` (a story page, 1280 px) and
``story-phone.png`` (the same page at 390 px). The same Chromium, Playwright and
launch flags as the browser tests; nothing reaches the network.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "serve"))

from serve_support import CHROMIUM, DEMO, FIXTURES, chromium, chromium_problem, live_server  # noqa: E402

from storyline.serve import create_app  # noqa: E402
from storyline.store import Store  # noqa: E402


def build(db: Path) -> str:
    """The screenshot store; returns the id of the demo story."""
    with Store(db) as store:
        store.add([str(DEMO), str(FIXTURES / "reports.jsonl")])
        story = next(s.id for s in store.stories() if "Aldermouth" in s.title)
        for s in store.stories():
            store.brief_text(s.id, fmt="html")
    return story


def shoot(base: str, story: str, out: Path) -> list[Path]:
    written = []
    with chromium(viewport={"width": 1280, "height": 860}) as context:
        page = context.new_page()
        for name, url in (("stories.png", "/"), ("story.png", f"/stories/{story}")):
            page.goto(base + url)
            page.wait_for_load_state("load")
            page.screenshot(path=str(out / name))
            written.append(out / name)
        page.set_viewport_size({"width": 390, "height": 844})
        page.goto(f"{base}/stories/{story}")
        page.wait_for_load_state("load")
        page.screenshot(path=str(out / "story-phone.png"))
        written.append(out / "story-phone.png")
    return written


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--out", default=str(ROOT / "docs" / "screenshots"), help="folder for the PNGs")
    args = p.parse_args()
    problem = chromium_problem()
    if problem:
        print(f"screenshots: cannot run Chromium ({CHROMIUM}): {problem}", file=sys.stderr)
        return 2
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="storyline-shots-") as tmp:
        db = Path(tmp) / "shots.db"
        story = build(db)
        with live_server(create_app(db)) as base:
            for path in shoot(base, story, out):
                print(f"wrote {path} ({path.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
