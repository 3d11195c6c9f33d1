"""The shape of the house (ARCHITECTURE.md): import layers, no circles, no upward imports, sizes.

Every import in ``src/storyline`` is read with ``ast`` (also imports inside
functions and under ``TYPE_CHECKING``: they are arrows all the same), and
checked against the layers below. A new top-level module or package must be
placed in a layer here, and in ARCHITECTURE.md, on purpose.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = SRC / "storyline"
ARCHITECTURE = SRC.parent / "ARCHITECTURE.md"

# Lowest first (ARCHITECTURE.md, "The layers"). A module may import only from lower layers (and from inside its
# own package); modules that share a layer never import one another (the four analysis stages run side by side).
# scale is a planned subsystem: its place is kept here so it lands where it belongs. ARCHITECTURE.md's table is
# compared with this list (test_the_layer_table_in_architecture_md_is_this_one).
LAYERS: list[set[str]] = [
    {"settings", "model"},  # data: what every stage reads and writes
    {"errors", "unionfind", "logistic", "lexicon", "progress"},  # progress: the stderr bar stages report to
    {"text"},
    # helpers shared across stages; nlp alone loads models; wording: one wire sentence (sources, claims)
    {"tfidf", "names", "people", "dates", "nlp", "retold", "wording"},
    {"ingest", "outputs"},  # I/O at the edges: reading inputs, writing output files
    {"clean"},
    # stories: online assignment of reports to stories (text only); guard: one report or one section fails alone
    # newswriting: captions, datelines, opening connectives (the rules summary and timeline share)
    {"sources", "stories", "guard", "parses", "newswriting"},  # parses: paragraph parses packed small (analyse, stages)
    {"analyse"},
    {"summary", "claims", "timeline", "places"},
    {"entities", "support"},  # support (citation judge) reads figures through claims until number reading moves down
    {"pipeline"},
    # store: the SQLite story store over pipeline and stories; story_choice: which stories of an input brief,
    # claims and clean work on, and the lists they print (cli's, moved out in tidy29)
    {"render", "eval", "store", "story_choice"},
    {"scale"},  # scale: Dask runs of the per-report work; the client writes the store
    {"storyline"},  # the package face: the public API (storyline/__init__.py)
    {"serve"},  # the web app: an entry point over the store, like the command line
    {"cli"},
    {"__main__"},
]
RANK = {name: i for i, layer in enumerate(LAYERS) for name in layer}

MAX_FILE_LINES = 600
MAX_FUNCTION_LINES = 60
# Files over the limit, each with its owner and reason (also listed in ARCHITECTURE.md).
LONG_FILES: dict[str, str] = {}
# Functions over the limit, each with its owner and reason (also listed in ARCHITECTURE.md).
LONG_FUNCTIONS: dict[str, str] = {}


def modules() -> dict[str, Path]:
    """Module name -> file, for every module of the package."""
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def _imported(module: str, path: Path, known: set[str]) -> Iterator[str]:
    """The package's modules that ``module`` imports (anywhere in the file)."""
    is_package = path.name == "__init__.py"
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "storyline":
                    yield alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")
                drop = node.level - 1 if is_package else node.level
                base = base[: len(base) - drop] if drop else base
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.split(".")[0] != "storyline":
                continue
            for alias in node.names:  # "from . import render" imports a module
                sub = f"{target}.{alias.name}"
                yield sub if sub in known else target


def graph() -> dict[str, set[str]]:
    mods = modules()
    known = set(mods)
    out: dict[str, set[str]] = {}
    for name, path in mods.items():
        edges = set()
        for target in _imported(name, path, known):
            while target not in known:  # "storyline.clean.Reason" -> "storyline.clean"
                target = target.rsplit(".", 1)[0]
            if target != name:
                edges.add(target)
        out[name] = edges
    return out


def component(module: str) -> str:
    """The top-level piece of the house a module belongs to ("storyline.clean.rules" -> "clean")."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "storyline"


def test_every_module_has_a_layer() -> None:
    missing = sorted({component(m) for m in modules()} - RANK.keys())
    assert missing == [], f"place these in LAYERS and ARCHITECTURE.md: {missing}"


def test_imports_only_point_down() -> None:
    bad = []
    for src, targets in graph().items():
        for dst in targets:
            a, b = component(src), component(dst)
            if a != b and RANK[a] <= RANK[b]:
                bad.append(f"{src} -> {dst}")
    assert bad == []


def test_no_import_circles() -> None:
    g = graph()
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    cycles: list[list[str]] = []

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(g[node]):
            if state.get(nxt) == 1:
                cycles.append(path[path.index(nxt) :] + [nxt])
            elif nxt not in state:
                visit(nxt, [*path, nxt])
        state[node] = 2

    for node in sorted(g):
        if node not in state:
            visit(node, [node])
    assert cycles == []


def test_the_checker_sees_a_circle_and_an_upward_import(tmp_path: Path) -> None:
    """The checks above can fail: resolving relative imports finds these arrows."""
    pkg = tmp_path / "storyline"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "model.py").write_text("def f():\n    from .render import x\n")
    (pkg / "render.py").write_text("from .model import f\nfrom . import pipeline\n")
    (pkg / "pipeline.py").write_text("")
    known = {"storyline", "storyline.model", "storyline.render", "storyline.pipeline"}
    assert set(_imported("storyline.model", pkg / "model.py", known)) == {"storyline.render"}
    assert set(_imported("storyline.render", pkg / "render.py", known)) == {"storyline.model", "storyline.pipeline"}
    assert RANK[component("storyline.model")] < RANK[component("storyline.render")]


def _functions(path: Path, module: str) -> Iterator[tuple[str, int]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))

    def walk(node: ast.AST, prefix: str) -> Iterator[tuple[str, int]]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                name = f"{prefix}.{child.name}"
                yield name, (child.end_lineno or child.lineno) - child.lineno + 1
                yield from walk(child, name)
            elif isinstance(child, ast.ClassDef):
                yield from walk(child, f"{prefix}.{child.name}")

    yield from walk(tree, module)


def test_no_file_is_over_the_limit_but_the_listed_ones() -> None:
    long = {
        m: n for m, p in modules().items() if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_FILE_LINES
    }
    assert set(long) <= set(LONG_FILES), {k: v for k, v in long.items() if k not in LONG_FILES}
    stale = set(LONG_FILES) - set(long)
    assert stale == set(), f"no longer long: take them off LONG_FILES and ARCHITECTURE.md: {stale}"


def test_no_function_is_over_the_limit_but_the_listed_ones() -> None:
    found = {
        name: n for m, p in modules().items() for name, n in _functions(p, m) if n > MAX_FUNCTION_LINES
    }
    assert set(found) <= set(LONG_FUNCTIONS), {k: v for k, v in found.items() if k not in LONG_FUNCTIONS}
    stale = set(LONG_FUNCTIONS) - set(found)
    assert stale == set(), f"no longer long: take them off LONG_FUNCTIONS and ARCHITECTURE.md: {stale}"


def _table_rows(heading: str) -> list[list[str]]:
    """The cells of the Markdown table that follows ``heading`` in ARCHITECTURE.md (header rows dropped)."""
    text = ARCHITECTURE.read_text(encoding="utf-8")
    start = text.index(heading)
    rows = []
    for line in text[start:].splitlines()[1:]:
        line = line.strip()
        if rows and not line.startswith("|"):
            break
        if line.startswith("|") and not re.fullmatch(r"\|[-|: ]+\|", line):
            rows.append([cell.strip() for cell in line.strip("|").split("|")])
    return rows


def test_the_layer_table_in_architecture_md_is_this_one() -> None:
    documented = [
        {name.rstrip("/") for name in re.findall(r"`([\w/]+)`", modules_cell)}
        for _, modules_cell, _ in _table_rows("| layer | modules | may import |")
    ]
    assert documented == LAYERS


def test_the_size_exceptions_in_architecture_md_are_these() -> None:
    """Rows name the test's keys: a module (``storyline.claims.extract``) or a function in it (``…._mention``)."""
    listed = {row[0].strip("`") for row in _table_rows("| what | size | why it is still long |")}
    assert listed == set(LONG_FILES) | set(LONG_FUNCTIONS)
