"""Time the slide pipeline on generated decks: `make bench-slides` (or python bench/process_deck.py).

Prints figures; asserts nothing. Each run converts in a fresh temporary folder, as the worker does.
"""

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "site")]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django  # noqa: E402

django.setup()

from bench.sample_slides import slides  # noqa: E402
from resources import processing  # noqa: E402
from resources.demo_files import make_odp, make_pdf, make_pptx  # noqa: E402

RUNS = 3


def timed(path, extension):
    times = []
    for _ in range(RUNS):
        with tempfile.TemporaryDirectory() as workdir:
            start = time.perf_counter()
            _kind, _pdf, rendered = processing.process_file(
                path, extension, Path(workdir), processing.Limits()
            )
            times.append(time.perf_counter() - start)
    return len(rendered), times


def main():
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        cases = [
            (
                "40-page PDF",
                make_pdf(folder / "deck.pdf", [(t, lines) for t, lines, _ in slides(40)]),
                "pdf",
            ),
            ("20-slide PPTX", make_pptx(folder / "deck.pptx", slides(20)), "pptx"),
            ("20-slide ODP", make_odp(folder / "deck.odp", slides(20)), "odp"),
        ]
        print(
            f"{'file':<16}{'slides':>8}{'median s':>10}{'max s':>8}   ({RUNS} runs, {os.cpu_count()} cores)"
        )
        for label, path, extension in cases:
            count, times = timed(path, extension)
            print(f"{label:<16}{count:>8}{statistics.median(times):>10.2f}{max(times):>8.2f}")


if __name__ == "__main__":
    main()
