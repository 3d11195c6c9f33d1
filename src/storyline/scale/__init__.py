"""Scale-out on Dask: the per-report work of ``add`` and ``brief`` as Dask tasks.

    from storyline.scale import connect, add
    with connect(workers=2) as client, Store("news.db") as store:   # or connect(scheduler="tcp://host:8786")
        add(store, client, ["wire/"])

Dask is an optional extra (``pip install 'storyline[dask]'``); importing this package does
not import it. Nothing below this layer knows Dask exists: the tasks are the same stage
functions a serial run calls (``store.prepare``), and the client does the rest.
"""

from __future__ import annotations

from .cluster import INSTALL_HINT, DaskMissing, connect, peak_memory
from .work import add, briefs

__all__ = ["INSTALL_HINT", "DaskMissing", "add", "briefs", "connect", "peak_memory"]
