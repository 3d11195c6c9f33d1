"""Floor check shared by the gate scripts that compare measures against a floors file."""

from __future__ import annotations

from collections.abc import Mapping


def check_floors(measured: Mapping[str, float], floors: Mapping[str, float], *, label: str, column: str,
                 prefix: str, digits: int) -> list[str]:
    """Print ``measured`` next to ``floors`` as a table; return ``prefix.measure`` for each one below its floor."""
    print(f"\n| {label} | {column} | floor | ok |\n|---|---:|---:|---|")
    failed: list[str] = []
    for k, floor in floors.items():
        value = measured.get(k, 0.0)
        ok = value >= floor
        if not ok:
            failed.append(f"{prefix}.{k}")
        print(f"| {k} | {value:.{digits}f} | {floor:.{digits}f} | {'yes' if ok else 'no'} |")
    return failed
