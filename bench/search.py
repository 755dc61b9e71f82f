"""Time search as visitors meet it: `make bench-search` (or python bench/search.py).

Serves the site as in production, with gunicorn (2 sync workers, DEBUG off, static files
through WhiteNoise, collected into a temporary folder) on a free local port, against the
database of DATABASE_URL (default: the SQLite file that `make bench-data` writes). Then two
clients send searches over HTTP, one after the other: single words, two words, searches with
two facets, and suggestions while typing. Prints the median and 95th percentile latency of
each kind as a markdown table; a response other than 200 counts as an error. Asserts nothing.

REQUESTS (default 200) sets the requests per kind, CLIENTS (default 2) the clients, and
MAX_SECONDS (default 120) stops a kind early when the server is too slow to answer them all.
"""

import datetime
import math
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "site")]
os.environ.setdefault("DATABASE_URL", "sqlite:////tmp/bench/vitrine.sqlite3")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
# Time search itself, not the page cache (make bench measures both).
os.environ.setdefault("PAGE_CACHE_SECONDS", "0")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.db.models import Count  # noqa: E402

from bench.serving import (  # noqa: E402
    collect_static,
    fetch,
    free_port,
    server_environment,
    start_gunicorn,
    stop,
    wait_until_up,
)
from community.models import EventPage  # noqa: E402
from resources.models import CaseStudyPage, CaseStudyTag, Slide  # noqa: E402

REQUESTS = int(os.environ.get("REQUESTS", 200))
CLIENTS = int(os.environ.get("CLIENTS", 2))
MAX_SECONDS = float(os.environ.get("MAX_SECONDS", 120))
WARM_UP = 1  # passes over the addresses before timing: workers load templates and caches
WORKERS = 2

SINGLE_WORDS = ["instagram", "tiktok", "accessibility", "collection", "podcast", "live", "audio",
                "wikidata", "volunteers", "museum", "médiation"]  # fmt: skip
TWO_WORDS = ["audio guide", "instagram live", "open access", "sign language", "collection online",
             "short video", "linked data", "young audiences", "réseaux sociaux",
             "accessibility audit"]  # fmt: skip
PREFIXES = ["in", "ins", "inst", "insta", "ti", "tik", "acc", "acce", "col", "coll", "au",
            "aud", "audi", "pod", "wik", "liv", "vid", "vide", "mu", "musé"]  # fmt: skip


def database_facts():
    """What the generated network offers the facets: a common tag, a big event, a country."""
    tag = (
        CaseStudyTag.objects.values("tag__slug")
        .annotate(uses=Count("pk"))
        .order_by("-uses")
        .values_list("tag__slug", flat=True)
        .first()
    )
    event = (
        EventPage.objects.live()
        .annotate(decks=Count("slide_decks"))
        .order_by("-decks", "pk")
        .values_list("pk", flat=True)
        .first()
    )
    country = (
        CaseStudyPage.objects.values("institution__country")
        .annotate(uses=Count("pk"))
        .order_by("-uses")
        .values_list("institution__country", flat=True)
        .first()
    )
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SHOW server_version")
            version = cursor.fetchone()[0]
    else:
        import sqlite3

        version = sqlite3.sqlite_version
    counts = (
        f"{CaseStudyPage.objects.live().count():,} case studies, "
        f"{Slide.objects.count():,} slides, {EventPage.objects.live().count():,} events"
    )
    return {
        "tag": tag or "social-media",
        "event": event,
        "country": country or "FR",
        "database": f"{connection.vendor} {version}",
        "counts": counts,
    }


def addresses(facts):
    def search(**params):
        return "/search/?" + urlencode(params)

    faceted = [
        search(q="instagram", kind="casestudy", year=2024),
        search(q="collection", tag=facts["tag"], language="fr"),
        search(q="video", kind="deck", country=facts["country"]),
        search(q="accessibility", country=facts["country"], year=2023),
        search(q="audio", tag=facts["tag"], kind="casestudy"),
        search(q="live", kind="deck", language="en", sort="newest"),
    ]
    if facts["event"]:
        faceted.append(search(q="museum", event=facts["event"], kind="deck"))
    return {
        "single word": [search(q=word) for word in SINGLE_WORDS],
        "two words": [search(q=words) for words in TWO_WORDS],
        "two facets": faceted,
        "suggestions": ["/search/suggest/?" + urlencode({"q": prefix}) for prefix in PREFIXES],
    }


def measure(port, paths):
    """REQUESTS requests over the addresses, from CLIENTS clients, within MAX_SECONDS."""
    lock = threading.Lock()
    sent = 0
    times, errors = [], Counter()
    deadline = time.monotonic() + MAX_SECONDS

    def client():
        nonlocal sent
        while True:
            with lock:
                if sent >= REQUESTS or time.monotonic() > deadline:
                    return
                path = paths[sent % len(paths)]
                sent += 1
            status, elapsed = fetch(port, path)
            with lock:
                if status == 200:
                    times.append(elapsed)
                else:
                    errors[status] += 1

    threads = [threading.Thread(target=client) for _ in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sent, times, errors


def percentile(values, share):
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def milliseconds(values, share=None):
    if not values:
        return "–"
    value = statistics.median(values) if share is None else percentile(values, share)
    return f"{value * 1000:.0f}"


def main():
    started_load = os.getloadavg()[0]
    facts = database_facts()
    connection.close()
    categories = addresses(facts)
    static_root = Path(tempfile.mkdtemp(prefix="vitrine-bench-static-"))
    log = static_root.parent / f"{static_root.name}-gunicorn.log"
    environment = server_environment(static_root)
    process = None
    try:
        collect_static(environment)
        port = free_port()
        process = start_gunicorn("config.wsgi:application", port, environment, log, WORKERS)
        if not wait_until_up(port, process):
            print(f"gunicorn did not answer on port {port}; its log:", file=sys.stderr)
            print(log.read_text()[-4000:], file=sys.stderr)
            return 1
        rows = []
        for category, paths in categories.items():
            for path in paths * WARM_UP:
                fetch(port, path)
            started = time.perf_counter()
            sent, times, errors = measure(port, paths)
            elapsed = time.perf_counter() - started
            rows.append((category, sent, times, errors, elapsed))
            print(
                f"{category}: {sent} requests in {elapsed:.0f} s, {sum(errors.values())} errors",
                file=sys.stderr,
            )
    finally:
        if process is not None:
            stop(process)
        shutil.rmtree(static_root, ignore_errors=True)

    print(
        f"Search over HTTP, {datetime.date.today():%Y-%m-%d}: {facts['database']}, "
        f"{facts['counts']}; gunicorn {WORKERS} sync workers, {CLIENTS} clients, "
        f"{os.cpu_count()} cores; load average {started_load:.1f} before, "
        f"{os.getloadavg()[0]:.1f} after (other work on the machine inflates the figures)"
    )
    print()
    print("| category | requests | p50 ms | p95 ms | errors |")
    print("|---|---|---|---|---|")
    for category, sent, times, errors, _elapsed in rows:
        print(
            f"| {category} | {sent} | {milliseconds(times)} | {milliseconds(times, 0.95)} "
            f"| {sum(errors.values())} |"
        )
    print()
    for category, _sent, _times, errors, _elapsed in rows:
        if errors:
            detail = ", ".join(f"{count} x {status}" for status, count in errors.most_common())
            print(f"Errors in {category}: {detail}")
    slow = [category for category, sent, *_rest in rows if sent < REQUESTS]
    if slow:
        print(f"Stopped after {MAX_SECONDS:.0f} s: {', '.join(slow)}")
    facets = f"tag={facts['tag']}, country={facts['country']}, event={facts['event']}"
    print(f"Facet values: {facets}.")
    if any(errors for _category, _sent, _times, errors, _elapsed in rows):
        print(f"Server log: {log}")
    else:
        log.unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
