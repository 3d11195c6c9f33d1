"""A picture's caption set as a paragraph of the text, told by the picture right before it (inputs46).

``embedcaptions`` reads a caption in small italic type after an embed. Two more shapes, each tied to a picture:

* **the picture's own description**: a line that opens with the ``alt`` text of a picture (``ALT_MIN_WORDS`` words
  or more) set right before the line's box, or inside it before the line ("<div><img alt="A woman is seen …"></div>
  <p>A woman is seen … / Photo/Name</p>"): a caption repeats the description, the report's own sentences do not;
* **an italic line under a picture in one paragraph**: a ``<p>`` that opens with a picture (nothing before it but
  line breaks) and whose text is then wholly italic ("<p><img><br><em>A man is one of 49 … (Credit: …)</em></p>").
  A paragraph of prose with a picture floated in it is not wholly italic.
* **a line in a picture's box** (inputs52): a line whose box, holding little more than it (a photo credit, a
  gallery link: ``PRIVATE_SLACK``), comes right after a block that holds a picture and no text ("<div class=hero>
  <div><img …></div><div><p>San Antonio guard Tony Parker banked in …</p><p>Photo: … • Associated Press</p></div>
  </div>"), with no other text in their parent: the picture's caption, set apart from the report, whose
  paragraphs stand beside one another. A picture set in a ``<p>`` of its own is the text's flow (a review quoted
  under each reader's photo), not a frame.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

PICTURE_BOXES = True
"""Switch: a line in a small box right after a block holding only a picture is its caption (inputs52)."""
IMAGE_CAPTIONS = True
"""Switch: a line repeating a picture's description, or italic under a picture in its paragraph, is its caption."""
ALT_MIN_WORDS = 6
CAPTION_MAX_WORDS = 60
PRIVATE_SLACK = 300  # characters the line's box may hold beyond the line (as ``markup.PRIVATE_SLACK``)
_ITALIC = frozenset(("em", "i"))
_SPACERS = frozenset(("br",))


def _norm(text: str) -> str:
    return " ".join(text.split())


def _alts(el: Any) -> list[str]:
    """The ``alt`` texts of the pictures in ``el`` (itself one or not), space-normalised, long enough."""
    pics = [el] if el.tag == "img" else list(el.iter("img"))
    return [a for p in pics if len((a := _norm(p.get("alt") or "")).split()) >= ALT_MIN_WORDS]


def _previous(el: Any) -> Any:
    prev = el.getprevious()
    while prev is not None and not isinstance(prev.tag, str):
        prev = prev.getprevious()
    return prev


def _describes(el: Any, line: str, texts: Callable[[Any], str]) -> bool:
    box = el
    while box is not None and len(texts(box)) <= len(line) + PRIVATE_SLACK:
        near = [box, prev] if (prev := _previous(box)) is not None else [box]
        if any(line.startswith(alt) for near_el in near for alt in _alts(near_el)):
            return True
        box = box.getparent()
    return False


def _italic_under_picture(el: Any, line: str) -> bool:
    para = next((a for a in [el, *el.iterancestors()] if a.tag == "p"), None)
    if para is None or _norm(para.xpath("string()")) != line or (para.text or "").strip():
        return False
    children = [c for c in para if isinstance(c.tag, str)]
    if not children or children[0].tag != "img":
        return False
    rest = children[1:]
    while rest and rest[0].tag in _SPACERS and not (rest[0].tail or "").strip():
        rest = rest[1:]
    if (children[0].tail or "").strip() or not rest:
        return False
    return all(c.tag in _ITALIC and not (c.tail or "").strip() for c in rest)


def image_caption(el: Any, line: str, texts: Callable[[Any], str]) -> bool:
    """``line`` (found at ``el``) is a picture's caption set as a paragraph (module docstring)."""
    if not IMAGE_CAPTIONS or len(line.split()) > CAPTION_MAX_WORDS:
        return False
    return _describes(el, line, texts) or _italic_under_picture(el, line) or _in_picture_box(el, line, texts)


def _in_picture_box(el: Any, line: str, texts: Callable[[Any], str]) -> bool:
    box = el
    while PICTURE_BOXES and box is not None and len(texts(box)) <= len(line) + PRIVATE_SLACK:
        prev = _previous(box)
        parent = box.getparent()
        siblings = [n for n in (parent if parent is not None else []) if n is not box and isinstance(n.tag, str)]
        alone = not any(texts(n) for n in siblings)  # the picture and the line alone: no paragraph beside them
        framed = prev is not None and prev.tag != "p"  # a picture set in a paragraph is the text's own flow
        if alone and framed and next(prev.iter("img"), None) is not None and not texts(prev):
            return True
        box = box.getparent()
    return False
