"""Which person names are one person: spellings a letter apart, first names a prefix of each other,
a middle initial, a given name's transliterations ("Alexei"/"Aleksei"), a bare surname or a double-barrelled
surname alone. Pure functions over the comparison keys of ``names.name_key`` (folded, lower case), for the entities
stage."""

from __future__ import annotations

from collections.abc import Mapping

from . import lexicon
from .model import EntityKind
from .unionfind import UnionFind

Key = tuple[EntityKind, str]
GENDER_MARK = "|"
"""Ends a bare surname's key with its honorific's gender when the story writes the surname for a man and a
woman ("sherman|m", "sherman|f"): ``entities._gendered_key``."""


def edit1(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by exactly one substitution, insertion or deletion."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    if len(a) > len(b):
        a, b = b, a
    i = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(a))
    return a[i:] == b[i + 1 :]


def _inner_drop(a: str, b: str) -> bool:
    """One name is the other with one letter left out inside it ("barak"/"barack"), both at least four
    letters, same first and last letter: a misspelling, not another name ("eric"/"erica", "mark"/"mary")."""
    if len(a) > len(b):
        a, b = b, a
    return (len(b) == len(a) + 1 and len(a) >= 4 and a[0] == b[0] and a[-1] == b[-1]
            and any(b[:i] + b[i + 1 :] == a for i in range(1, len(b) - 1)))


def respelt_given(a: str, b: str) -> bool:
    """Two given names one person's spelt two ways: a letter left out inside ("teresa"/"theresa") or a
    transliteration ("alexei"/"aleksei"); not "mark"/"mary"."""
    return a != b and (_inner_drop(a, b) or transliterated(a, b))


def _near_spelling(a: str, b: str) -> bool:
    """Person names alike but for one letter in a long word: "sergei shoigu" / "sergei shoygu"."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or GENDER_MARK in a or GENDER_MARK in b:  # "sherman|m", "sherman|f": two people
        return False
    diffs = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    return (
        len(diffs) == 1
        and len(diffs[0][0]) >= 6
        and diffs[0][0][0] == diffs[0][1][0]
        and edit1(*diffs[0])
    )


def _of_gender(longer: list[Key], said: str | None, genders: Mapping[str, str]) -> list[Key]:
    """The full names a bare name of gender ``said`` ("Mr. Clinton": "m") may be: those of that gender or
    of none known."""
    return longer if said is None else [p for p in longer if genders.get(p[1]) in (None, said)]


_GENERATIONAL = lexicon.words("generational_suffixes")


def _surname(key: str) -> str:
    """A full name's last word, or the word before a generational suffix ("patrick w carlineo jr": "carlineo";
    lexicon/generational_suffixes.txt)."""
    words = key.split()
    return words[-2] if len(words) >= 3 and words[-1] in _GENERATIONAL else words[-1]


def _surname_candidates(k: Key, multi: list[Key], genders: Mapping[str, str]) -> list[Key]:
    """The full names a one-word name may be: those it ends (or starts), of a compatible gender; for a bare
    surname keyed with its gender ("sherman|f"), the one whose given name is of that gender if there is one."""
    bare, said = k[1].split(GENDER_MARK)[0], genders.get(k[1])
    longer = _of_gender([p for p in multi if _surname(p[1]) == bare or p[1].split()[-1] == "al " + bare]
                        or [p for p in multi if p[1].split()[0] == bare], said, genders)
    if GENDER_MARK in k[1] and len(longer) > 1:
        longer = [p for p in longer if genders.get(p[1]) == said] or longer
    return longer


def _join_prefixed_given_names(uf: UnionFind[Key], multi: list[Key]) -> None:
    """"Ash Carter" / "Ashton Carter": same surname, one first name a prefix of the other."""
    for i, a_ in enumerate(multi):
        for b_ in multi[i + 1 :]:
            fa, fb = a_[1].split(), b_[1].split()
            if len(fa) == len(fb) == 2 and fa[1] == fb[1] and min(len(fa[0]), len(fb[0])) >= 3 and (
                fa[0].startswith(fb[0]) or fb[0].startswith(fa[0])
            ):
                uf.union(a_, b_)


def _join_short_forms(uf: UnionFind[Key], multi: list[Key]) -> None:
    """"Suhartono Suratman" / "Tono Suratman": same surname, one first name (four letters or more) the end of
    a first name at least three letters longer, its short form."""
    for i, a_ in enumerate(multi):
        for b_ in multi[i + 1 :]:
            fa, fb = a_[1].split(), b_[1].split()
            if len(fa) == len(fb) == 2 and fa[1] == fb[1]:
                nick, given = sorted((fa[0], fb[0]), key=len)
                if len(nick) >= 4 and len(given) >= len(nick) + 3 and given.endswith(nick):
                    uf.union(a_, b_)


SHORT_FORMS = {short: frozenset(full.split()) for short, full in lexicon.table("given_name_short_forms").items()}
"""A given name's short form -> the given names it shortens (lexicon/given_name_short_forms.tsv)."""


def _join_listed_short_forms(uf: UnionFind[Key], multi: list[Key]) -> None:
    """"Becky Hollis" / "Rebecca Hollis": same surname, one given name a short form of the other's
    (lexicon/given_name_short_forms.tsv)."""
    for i, a_ in enumerate(multi):
        for b_ in multi[i + 1 :]:
            fa, fb = a_[1].split(), b_[1].split()
            if len(fa) == len(fb) == 2 and fa[1] == fb[1] and (
                    fb[0] in SHORT_FORMS.get(fa[0], ()) or fa[0] in SHORT_FORMS.get(fb[0], ())):
                uf.union(a_, b_)


def _join_particles(uf: UnionFind[Key], multi: list[Key], genders: Mapping[str, str],
                    particles: frozenset[str]) -> None:
    """Names that differ only by a surname's ``particles`` (lexicon/name_particles.txt): "Hafez Assad" / "Hafez
    al-Assad" are one person; a surname with its particles alone ("De Klerk", "Van der Merwe") joins the one
    longer name it ends ("F.W. de Klerk"), as a bare surname does."""
    def core(k: Key) -> list[str]:
        return [w for w in k[1].split(GENDER_MARK)[0].split() if w not in particles]

    for i, a_ in enumerate(multi):
        for b_ in multi[i + 1 :]:
            ca, cb = core(a_), core(b_)
            if len(ca) >= 2 and ca == cb and a_[1] != b_[1]:
                uf.union(a_, b_)
    for k in multi:
        words = k[1].split(GENDER_MARK)[0].split()
        if len(words) < 2 or not all(w in particles for w in words[:-1]) or genders.get(k[1]) == "?":
            continue
        longer = [p for p in multi if len(p[1].split()) > len(words) and p[1].split()[-len(words) :] == words]
        if longer and len({uf.find(p) for p in longer}) == 1 and uf.find(k) != uf.find(longer[0]):
            uf.union(longer[0], k)


def _join_double_barrelled(uf: UnionFind[Key], multi: list[Key], genders: Mapping[str, str]) -> None:
    """A double-barrelled surname alone ("Moseley-Braun", keyed "moseley braun") joins the one name it ends ("Carol
    Moseley-Braun"), of a compatible gender ("Ms. Fforde Hallam" is not her father "Harold Fforde Hallam")."""
    for k in multi:
        words = k[1].split(GENDER_MARK)[0].split()
        longer = _of_gender([p for p in multi if len(p[1].split()) == len(words) + 1 and p[1].split()[1:] == words],
                            genders.get(k[1]), genders)
        if not longer or genders.get(k[1]) == "?":
            continue
        if len({uf.find(p) for p in longer}) == 1 and uf.find(k) != uf.find(longer[0]):
            uf.union(longer[0], k)


def join_people(uf: UnionFind[Key], persons: list[Key], first_names: frozenset[str] | None = None,
                beside: frozenset[tuple[str, str]] = frozenset(), genders: Mapping[str, str] | None = None,
                particles: frozenset[str] = frozenset(), firsts: Mapping[str, str] | None = None,
                shared: frozenset[str] = frozenset(), titles: Mapping[str, frozenset[str]] | None = None) -> None:
    """Join the person keys that name one person (``entities`` module docstring). ``first_names`` (folded
    one-word person names the story uses) and ``beside`` ((surname, full name) listed side by side) tell
    which of several people sharing a surname a bare surname is; None: the type checks are off.
    ``genders`` (key -> "m", "f", or "?" when they disagree): a bare surname with an honorific ("Mr. Clinton")
    joins only a full name of a compatible gender, one with both ("Mr.", "Mrs.") none. ``particles``: below.
    ``firsts`` (bare surname's key -> a full name's key): of several people sharing a surname, the bare surname is
    the one every report that writes it names first (``entities.bearers.first_bearers``). ``shared``: surnames
    the story also writes after another given name, of someone the model did not list ("Eden Sassoon" beside
    "Vidal Sassoon"); a bare one joins none. ``titles`` (key -> the titles the story writes before it, "President"):
    of several people a bare name may be, it is the one the story gives the bare name's title ("President Park" is
    "President Park Geun-hye", not "Park Sang-jin": ents62)."""
    genders = genders or {}
    multi = [k for k in persons if " " in k[1]]
    _join_prefixed_given_names(uf, multi)
    _join_short_forms(uf, multi)
    _join_listed_short_forms(uf, multi)
    # "Barak Obama" / "Barack Obama": same surname, a first name misspelt by one letter left out inside it
    for i, a_ in enumerate(multi):
        for b_ in multi[i + 1 :]:
            fa, fb = a_[1].split(), b_[1].split()
            if len(fa) == len(fb) == 2 and fa[1] == fb[1] and _inner_drop(fa[0], fb[0]):
                uf.union(a_, b_)
    _join_middle_names(uf, multi)
    _join_initials(uf, multi)
    _join_transliterations(uf, multi, genders)
    _join_particles(uf, multi, genders, particles)
    if first_names is not None:  # "Ariel Winter" / "Ariel Winder": one person before her given name alone joins her
        _join_near_spellings(uf, multi)
    # one-word person names join the single longer name they end (or start), of a compatible gender
    for k in persons:
        if " " in k[1] or genders.get(k[1]) == "?" or k[1] in shared:
            continue  # "Mr. Clinton" and "Mrs. Clinton": two people under one surname, neither of the full names
        longer = _surname_candidates(k, multi, genders)
        roots = {uf.find(p) for p in longer}
        if len(roots) > 1 and (titled := _titled(k, longer, titles or {})):
            longer, roots = titled, {uf.find(p) for p in titled}
        first = (firsts or {}).get(k[1])
        if len(roots) > 1 and first is not None and (k[1], first) not in beside and (
                named := [p for p in longer if p[1] == first]):
            longer, roots = named, {uf.find(named[0])}  # "Sementilli" is Fabio, named first, not his sister
        if len(roots) > 1 and first_names is not None:
            # several people share the surname ("Robert Durst", "Kathleen Durst"): the bare surname is the one
            # the story never calls by a first name alone (a relative is "Kathleen" on second reference) and
            # never lists beside the bare surname ("Clinton and Hillary Rodham Clinton": two people)
            longer = [p for p in longer
                      if p[1].split()[0] not in first_names and (k[1], p[1]) not in beside]
            roots = {uf.find(p) for p in longer}
        if len(roots) == 1:
            uf.union(longer[0], k)
    _join_double_barrelled(uf, multi, genders)
    _join_near_spellings(uf, persons)
    _join_short_given_names(uf, persons)


def _titled(k: Key, longer: list[Key], titles: Mapping[str, frozenset[str]]) -> list[Key]:
    """The full names ``longer`` the story writes after a title it writes before the bare name ``k`` ("President
    Park" and "President Park Geun-hye"); none when the story gives the bare name no title."""
    said = titles.get(k[1], frozenset())
    return [p for p in longer if said & titles.get(p[1], frozenset())]


def _join_short_given_names(uf: UnionFind[Key], persons: list[Key]) -> None:
    """"Kate" beside "Catherine" or "Catherine Elms", "Catherine" beside "Kate Elms"
    (lexicon/given_name_short_forms.tsv): a given name written alone, which no other name of the story opens and
    which joined no one, is the one person whose given name it shortens or is short for; two such people ("Kate
    Elms", "Kate Dore") leave it alone (ents57)."""
    def given(k: Key) -> str:
        return k[1].split(GENDER_MARK)[0].split()[0]

    def shortens(a: str, b: str) -> bool:
        return b in SHORT_FORMS.get(a, ()) or a in SHORT_FORMS.get(b, ())

    for k in persons:
        if " " in k[1] or GENDER_MARK in k[1] or any(p != k and given(p) == k[1] for p in persons) or any(
                p != k and uf.find(p) == uf.find(k) for p in persons):
            continue
        bearers = [p for p in persons if p != k and shortens(k[1], given(p))]
        if len({uf.find(p) for p in bearers}) == 1:
            uf.union(bearers[0], k)


def _without_generation(words: list[str]) -> list[str]:
    """A full name's words without a generational suffix ("henry j hyde jr" -> "henry j hyde")."""
    return words[:-1] if len(words) >= 3 and words[-1] in _GENERATIONAL else words


def _join_middle_names(uf: UnionFind[Key], multi: list[Key]) -> None:
    """"Henry J. Hyde" / "Henry Hyde", "Jane Ann Doe" / "Jane Doe": the same first name and surname, one with a
    middle initial or name; a middle name only when one full name of the story is so (not "Jane Ann Doe" and
    "Jane Beth Doe" beside "Jane Doe": two people). A generational suffix is read as the middle initial is ("Henry
    J. Hyde Jr." and "Henry Hyde Jr." are "Henry Hyde"), unless the story writes the name with two suffixes ("Jr."
    and "Sr.": father and son; ents66)."""
    for a_ in multi:
        fa = a_[1].split()
        if len(fa) != 2:
            continue
        longer = [b_ for b_ in multi if b_ != a_ and (
            len(fb := _without_generation(b_[1].split())) == 3 and [fb[0], fb[2]] == fa or fb == fa)]
        suffixes = {b_[1].split()[-1] for b_ in longer if b_[1].split()[-1] in _GENERATIONAL}
        if len(suffixes) > 1:
            longer = [b_ for b_ in longer if b_[1].split()[-1] not in _GENERATIONAL]
        initials = [b_ for b_ in longer if len(_without_generation(b_[1].split())) == 2
                    or len(b_[1].split()[1]) == 1]
        for b_ in initials if len(longer) > 1 else longer:
            uf.union(a_, b_)


def _join_initials(uf: UnionFind[Key], multi: list[Key]) -> None:
    """"B. U. Carr" / "Benjamin Carr": a name written with initials only before the surname is the one full name of
    the story with that surname whose given names open on those letters, in order (one a given name too few may
    leave out: "Benjamin" for "B. U."); two such names ("Benjamin Carr", "Bola Carr") leave it alone."""
    for a_ in multi:
        given, last = a_[1].split()[:-1], a_[1].split()[-1]
        if not all(len(w) == 1 for w in given):
            continue
        fuller = [b_ for b_ in multi if b_ != a_ and (fb := b_[1].split())[-1] == last and len(fb[0]) > 1
                  and all(len(w) > 1 for w in fb[:-1]) and all(w[0] == i for w, i in zip(fb[:-1], given, strict=False))]
        if len({uf.find(b_) for b_ in fuller}) == 1:
            uf.union(fuller[0], a_)


_VOWELS = frozenset("aeiouy")
TRANSLIT_MIN = 5  # letters of the shorter given name: shorter ones a vowel apart are often two names ("Dana"/"Dina")


def _consonants(given: str) -> str:
    """A given name's consonant frame: "x" as "ks", doubled letters once, each run of vowels one mark
    ("aleksei" and "alexei": "*l*ks*"; "muhammad" and "mohammed": "m*h*m*d")."""
    out: list[str] = []
    for c in given.replace("x", "ks"):
        c = "*" if c in _VOWELS else c
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def _edit_distance(a: str, b: str) -> int:
    """Levenshtein distance of two short words."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (x != y))
    return row[-1]


def transliterated(a: str, b: str) -> bool:
    """Two spellings of one given name as outlets transliterate it ("alexei"/"aleksei", "mohammed"/"muhammad"):
    same first and last letter, the same consonant frame, at most two edits apart; not "daniel"/"danielle",
    "martin"/"marvin"."""
    return (a != b and min(len(a), len(b)) >= TRANSLIT_MIN and a[0] == b[0] and a[-1] == b[-1]
            and _consonants(a) == _consonants(b) and _edit_distance(a, b) <= 2)


def _join_transliterations(uf: UnionFind[Key], multi: list[Key], genders: Mapping[str, str]) -> None:
    """"Aleksei A. Navalny" / "Alexei Navalny": same surname, the given names one name's transliterations
    (``transliterated``), middle initials alike where both write one; not names the story gives two genders."""
    def parts(k: Key) -> tuple[str, list[str], str] | None:
        words = k[1].split()
        if len(words) < 2 or GENDER_MARK in k[1] or not all(len(w) == 1 for w in words[1:-1]):
            return None
        return words[0], words[1:-1], words[-1]

    for i, a_ in enumerate(multi):
        for b_ in multi[i + 1 :]:
            pa, pb = parts(a_), parts(b_)
            if pa is None or pb is None or pa[2] != pb[2] or not transliterated(pa[0], pb[0]):
                continue
            if pa[1] and pb[1] and pa[1] != pb[1]:
                continue  # "John A. Smyth" / "Jon B. Smyth": two middle initials, two people
            ga, gb = genders.get(a_[1]), genders.get(b_[1])
            if ga != gb and ga is not None and gb is not None:
                continue
            uf.union(a_, b_)


def _join_near_spellings(uf: UnionFind[Key], persons: list[Key]) -> None:
    """Near-identical spellings of one person's name ("Sergei Shoigu" / "Sergei Shoygu")."""
    for i, a_ in enumerate(persons):
        for b_ in persons[i + 1 :]:
            if _near_spelling(a_[1], b_[1]):
                uf.union(a_, b_)
