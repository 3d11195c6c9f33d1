"""A syndicated copy's provider shown beside the host's name: "MSN (CNN)", the way a wire's credit is shown.

A portal that runs another outlet's story (MSN's copy of a CNN report) states its own site name ("MSN") while
the page points its canonical link (read by ``pagemeta.stated_url``, not the ``og:url`` trafilatura may give)
at the provider's own site (cnn.com/2019/11/18/…) and names the provider as its publisher (schema.org microdata
``itemprop="publisher"`` with the provider's name or logo, or a JSON-LD publisher). ``with_provider`` gives the
outlet as "MSN (CNN)" when a publisher the page states is the owner of the page's canonical address (its name
is the address's domain: "CNN" of cnn.com) and the site name is not, nor holds it ("Sky News" on sky.com, "Slate
Magazine" on slate.com name their own site; bench/BRIEF_REVIEW.md, "inputs28").
The host's name stays first: it is where the copy was read.
"""

from __future__ import annotations

from typing import Any

from .titles import domain_keys, site_key

PROVIDERS = True
"""Show a syndicated copy's provider, stated as the page's publisher at its canonical address, after the host."""

_MAX_NAME_WORDS = 5


def _clean(value: str | None) -> str | None:
    name = " ".join((value or "").split())
    return name if name and len(name.split()) <= _MAX_NAME_WORDS else None


def microdata_publishers(tree: Any) -> list[str]:
    """The names an ``itemprop="publisher"`` element states: its ``itemprop="name"`` (content or text), else the
    title of its link or the alt text of its logo."""
    names: list[str] = []
    for el in tree.iter() if tree is not None else ():
        if not isinstance(el.tag, str) or "publisher" not in (el.get("itemprop") or "").split():
            continue
        stated = [el.get("content") or "".join(sub.itertext()) for sub in el.iter()
                  if "name" in (sub.get("itemprop") or "").split()]
        stated += [sub.get("title") or sub.get("alt") for sub in el.iter() if sub.tag in ("a", "img")]
        names.extend(n for value in stated if (n := _clean(value)) is not None)
    return names


def with_provider(outlet: str | None, url: str | None, publishers: list[str], tree: Any) -> str | None:
    """``outlet`` with the provider whose own address the page states as its own ("MSN (CNN)"); unchanged when
    the outlet's name is that address's, or no stated publisher's name is."""
    if not PROVIDERS or not outlet or not url:
        return outlet
    domain = domain_keys(url)
    own = site_key(outlet)
    if not own or any(key in own or own.removeprefix("the") in key for key in domain):
        return outlet  # the site's own address, its brand in a longer name ("Sky News" of sky.com)
    for name in [*microdata_publishers(tree), *publishers]:
        key = site_key(name)
        if key and key != own and (key in domain or key.removeprefix("the") in domain):
            return f"{outlet} ({name})"
    return outlet
