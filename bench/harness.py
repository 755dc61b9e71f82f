"""Time the site's main pages over HTTP against a floor: `make bench` (or python bench/harness.py).

Serves the database of DATABASE_URL (default: the SQLite file that `make bench-data` writes) as
in production: gunicorn, 2 sync workers, DEBUG off, static files through WhiteNoise. gunicorn
serves bench/floor.py, which is the production application plus /__floor__, the home page's
HTML answered from memory: the same server, workers and client with no Django work at all.

For the floor, then for each address, CLIENTS (default 2) threads send anonymous requests back
to back, each over its own HTTP/1.1 connection, for WARM_UP seconds (default 2, not counted)
then DURATION seconds (default 10). Reports requests per second, median and 99th percentile
latency, the share of the floor's requests per second, and how many responses said
X-Page-Cache: hit. Separately, in this process, each address is rendered with Django's test
client under the production settings: once with no cache at all (the SQL queries of a page
rendered from scratch), then twice with the site's cache (the queries of the last render, as a
warm worker serves the next visitor, and the size of its HTML). A thread samples the resident
memory of gunicorn's workers. A response other than 200 counts as an error.

Prints a markdown table and writes it into bench/README.md between the bench markers (one table
per database vendor; the other vendor's table stays), unless WRITE_README=0. Asserts nothing.
"""

import datetime
import http.client
import math
import os
import platform
import re
import secrets
import shutil
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode, urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "site")]

from bench.serving import (  # noqa: E402
    HOST,
    collect_static,
    default_file_roots,
    free_port,
    server_environment,
    start_gunicorn,
    stop,
    wait_until_up,
)

os.environ.setdefault("DATABASE_URL", "sqlite:////tmp/bench/vitrine.sqlite3")
for name, value in default_file_roots(os.environ["DATABASE_URL"]).items():
    os.environ.setdefault(name, value)
# Query counts come from the production settings too: what the servers run, DEBUG off.
os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.production"
os.environ.setdefault("DJANGO_SECRET_KEY", secrets.token_urlsafe(50))
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", f"{HOST},localhost")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth.models import AnonymousUser  # noqa: E402
from django.db import connection, reset_queries  # noqa: E402
from django.db.models import Count  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, override_settings  # noqa: E402

from community.models import EventPage, Profile  # noqa: E402
from community.services import visible_profiles  # noqa: E402
from resources.models import CaseStudyPage, SlideDeckPage  # noqa: E402
from resources.models.choices import ProcessingState  # noqa: E402
from resources.services import popular_tags  # noqa: E402

DURATION = float(os.environ.get("DURATION", 10))
WARM_UP = float(os.environ.get("WARM_UP", 2))
CLIENTS = int(os.environ.get("CLIENTS", 2))
WORKERS = 2  # one per core on the production machine
SAMPLE_SECONDS = 0.25  # how often the workers' memory is read
FLOOR_PATH = "/__floor__"
NO_CACHE = "django.core.cache.backends.dummy.DummyCache"
README = ROOT / "bench" / "README.md"
START, END = "<!-- bench:start -->", "<!-- bench:end -->"
# The order of the tables in the README: each database with the page cache on (as in
# production) and off (PAGE_CACHE_SECONDS=0: every page rendered).
VENDORS = ["sqlite-cached", "sqlite-rendered", "postgresql-cached", "postgresql-rendered"]
HEADERS = {
    "Host": HOST,
    "X-Forwarded-Proto": "https",  # production trusts the load balancer's header
    "Accept-Encoding": "gzip",
    "User-Agent": "vitrine-bench",
}


# What to measure


def page_path(page):
    return urlsplit(page.get_url()).path if page else None


def database_facts():
    """The addresses to time, picked from the generated network, and the database's version."""
    tags = [tag.slug for tag in popular_tags(limit=2)]
    decks = (
        SlideDeckPage.objects.live()
        .filter(processing_state=ProcessingState.READY, removed_at__isnull=True)
        .annotate(comments=Count("discussion_comments"))
    )
    # A deck of the most common length (20 slides), the most discussed of them.
    deck = decks.filter(slide_count=20).order_by("-comments", "pk").first() or decks.first()
    case_study = (
        CaseStudyPage.objects.live()
        .annotate(comments=Count("discussion_comments"))
        .order_by("-comments", "pk")
        .first()
    )
    events = EventPage.objects.live().annotate(sessions_count=Count("sessions"))
    event = (
        events.filter(sessions_count=40).order_by("pk").first()
        or events.order_by("-sessions_count", "pk").first()
    )
    # A public profile with the most decks: the heaviest list of contributions.
    member = (
        Profile.objects.filter(pk__in=visible_profiles(AnonymousUser()).values("pk"))
        .annotate(decks=Count("slide_decks"))
        .order_by("-decks", "pk")
        .first()
    )
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SHOW server_version")
            version = cursor.fetchone()[0].split()[0]
    else:
        import sqlite3

        version = sqlite3.sqlite_version
    return {
        "tags": tags,
        "deck": page_path(deck),
        "deck_note": f"{deck.slide_count} slides, {deck.comments} comments" if deck else "",
        "case_study": page_path(case_study),
        "case_study_note": f"{case_study.comments} comments" if case_study else "",
        "event": page_path(event),
        "event_note": f"{event.sessions_count} sessions" if event else "",
        "member": f"/members/{member.handle}/" if member else None,
        "member_note": f"{member.decks} decks" if member else "",
        "vendor": connection.vendor,
        "version": version,
    }


def addresses(facts):
    """(label, path) of every page to time; a page the database lacks is left out."""
    tags = urlencode([("tag", tag) for tag in facts["tags"]])
    search_facets = urlencode({"q": "instagram", "kind": "casestudy", "year": 2024})
    pages = [
        ("home", "/"),
        ("library, first page", "/library/"),
        ("library, page 50", "/library/?page=50"),
        ("library, two tags", f"/library/?{tags}"),
        (f"deck ({facts['deck_note']})", facts["deck"]),
        (f"case study ({facts['case_study_note']})", facts["case_study"]),
        (f"event ({facts['event_note']})", facts["event"]),
        ("member directory", "/members/"),
        (f"profile ({facts['member_note']})", facts["member"]),
        ("search, one word", "/search/?q=instagram"),
        ("search, two words", "/search/?" + urlencode({"q": "audio guide"})),
        ("search, two facets", f"/search/?{search_facets}"),
        ("suggestions", "/search/suggest/?q=ins"),
    ]
    return [(label, path) for label, path in pages if path]


# In this process: SQL queries and HTML size


def render(client, path):
    """(status, SQL queries, HTML bytes) of one anonymous render through the test client."""
    client.cookies.clear()
    reset_queries()
    # The context forces the debug cursor, so queries are logged with DEBUG off; the request
    # empties the log as it starts, so the count is the log's length right after it.
    with CaptureQueriesContext(connection):
        response = client.get(path)
        queries = len(connection.queries_log)
    if queries >= connection.queries_log.maxlen:
        queries = f"≥ {queries}"
    return response.status_code, queries, len(response.content)


def weigh(paths):
    """For each path: SQL queries with no cache at all, then as a warm worker serves it.

    The warm figures are the third render with the site's cache: the second may already
    come from whatever the first stored, as the next visitor's would.
    """
    client = Client(
        raise_request_exception=False,
        HTTP_HOST=HOST,
        HTTP_X_FORWARDED_PROTO="https",
        HTTP_USER_AGENT="vitrine-bench",
    )
    weights = {}
    for path in paths:
        with override_settings(CACHES={"default": {"BACKEND": NO_CACHE}}):
            _status, uncached, _size = render(client, path)
        render(client, path)
        status, queries, size = render(client, path)
        weights[path] = {"status": status, "uncached": uncached, "queries": queries, "bytes": size}
    return weights


# Over HTTP: load and memory


@dataclass
class Result:
    latencies: list = field(default_factory=list)  # seconds, of the 200 responses
    errors: Counter = field(default_factory=Counter)
    hits: int = 0  # 200 responses that say X-Page-Cache: hit
    seconds: float = 0

    @property
    def rate(self):
        return len(self.latencies) / self.seconds if self.seconds else 0


def hammer(port, path, seconds):
    """CLIENTS threads request path back to back for seconds.

    Each thread keeps one HTTP/1.1 connection; gunicorn's sync workers close it after every
    response, and http.client opens the next one, as a browser behind a proxy would.
    """
    result = Result()
    lock = threading.Lock()
    deadline = time.perf_counter() + seconds

    def client():
        connection = http.client.HTTPConnection(HOST, port, timeout=120)
        mine = Result()
        while time.perf_counter() < deadline:
            started = time.perf_counter()
            try:
                connection.request("GET", path, headers=HEADERS)
                response = connection.getresponse()
                response.read()
                status = response.status
                hit = response.getheader("X-Page-Cache") == "hit"
            except (OSError, http.client.HTTPException) as error:
                connection.close()
                status, hit = type(error).__name__, False
            elapsed = time.perf_counter() - started
            if status == 200:
                mine.latencies.append(elapsed)
                mine.hits += hit
            else:
                mine.errors[status] += 1
                if not isinstance(status, int):
                    time.sleep(0.05)  # the server is down: do not spin
        connection.close()
        with lock:
            result.latencies.extend(mine.latencies)
            result.errors.update(mine.errors)
            result.hits += mine.hits

    started = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    result.seconds = time.perf_counter() - started
    return result


def worker_pids(master):
    """gunicorn's workers: the children of its master process."""
    try:
        children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
        return [int(pid) for pid in children]
    except OSError:
        pids = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == master:
                pids.append(int(stat.parent.name))
        return pids


def resident_kb(pid):
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return None


class MemorySampler(threading.Thread):
    """Reads the workers' VmRSS every SAMPLE_SECONDS; keeps each worker's peak, in KB."""

    def __init__(self, master):
        super().__init__(daemon=True)
        self.master = master
        self.peaks = {}
        self.finished = threading.Event()

    def run(self):
        while not self.finished.is_set():
            for pid in worker_pids(self.master):
                kb = resident_kb(pid)
                if kb is not None:
                    self.peaks[pid] = max(kb, self.peaks.get(pid, 0))
            self.finished.wait(SAMPLE_SECONDS)

    def peak_mb(self):
        return max(self.peaks.values(), default=0) / 1024

    def current_mb(self):
        sizes = [resident_kb(pid) for pid in worker_pids(self.master)]
        return [round(kb / 1024) for kb in sizes if kb is not None]


# Figures


def percentile(values, share):
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def number(value, small=10):
    return f"{value:.1f}" if value < small else f"{value:,.0f}"


def row(label, path, result, floor_rate, weight, cached=True):
    if result.latencies:
        p50 = number(statistics.median(result.latencies) * 1000)
        p99 = number(percentile(result.latencies, 0.99) * 1000)
        hits = f"{100 * result.hits / len(result.latencies):.0f} %" if cached else "–"
    else:
        p50 = p99 = hits = "–"
    share = f"{100 * result.rate / floor_rate:.1f} %" if floor_rate else "–"
    queries = str(weight["queries"])
    if weight["uncached"] != weight["queries"]:
        queries += f" ({weight['uncached']} uncached)"
    errors = sum(result.errors.values())
    if weight["status"] != 200:
        errors = f"{errors} (in process: {weight['status']})"
    return (
        f"| {label} | `{path}` | {number(result.rate)} | {p50} | {p99} | {share} | {hits} "
        f"| {queries} | {weight['bytes'] / 1024:.0f} | {errors} |"
    )


def machine():
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    cores = f"{os.cpu_count()} cores"
    return f"{cores} ({model})" if model else cores


def caching():
    backend = settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1]
    seconds = getattr(settings, "PAGE_CACHE_SECONDS", None)
    if seconds is None:
        return f"cache: {backend}"
    return f"cache: {backend}, anonymous pages kept {seconds} s (PAGE_CACHE_SECONDS)"


def report(facts, rows, peak_mb, workers_mb, errors):
    vendor = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}.get(facts["vendor"], facts["vendor"])
    lines = [
        f"### {vendor} {facts['version']}, "
        + (
            "page cache on" if getattr(settings, "PAGE_CACHE_SECONDS", 0) else "every page rendered"
        ),
        "",
        f"{datetime.date.today():%Y-%m-%d}, {machine()}, Python {platform.python_version()}; "
        f"gunicorn {WORKERS} sync workers; {CLIENTS} client threads in one process on the same "
        f"machine, {DURATION:g} s per address after {WARM_UP:g} s of warm-up; {caching()}.",
        "",
        "| page | address | req/s | p50 ms | p99 ms | of floor | cache hits | SQL queries "
        "| HTML KB | errors |",
        "|---|---|---|---|---|---|---|---|---|---|",
        *rows,
        "",
        f"Peak resident memory of a gunicorn worker: {peak_mb:.0f} MB "
        f"(at the end: {', '.join(f'{mb} MB' for mb in workers_mb) or 'no workers'}).",
    ]
    if errors:
        lines += ["", "Errors: " + "; ".join(errors) + "."]
    return "\n".join(lines)


def write_readme(vendor, block):
    """Replace this vendor's table between the bench markers; add the section if missing."""
    text = README.read_text()
    if START not in text or END not in text:
        text = text.rstrip("\n") + "\n\n" + SECTION + f"\n{START}\n{END}\n"
    head, rest = text.split(START, 1)
    inside, tail = rest.split(END, 1)
    begin, end = f"<!-- bench:{vendor}:start -->", f"<!-- bench:{vendor}:end -->"
    fresh = f"{begin}\n{block}\n{end}"
    pattern = re.compile(re.escape(begin) + ".*?" + re.escape(end), re.DOTALL)
    if pattern.search(inside):
        inside = pattern.sub(lambda _match: fresh, inside, count=1)
    else:
        order = VENDORS if vendor in VENDORS else [*VENDORS, vendor]
        later = order[order.index(vendor) + 1 :]
        anchor = next((f"<!-- bench:{v}:start -->" for v in later if v in inside), None)
        if anchor:
            inside = inside.replace(anchor, f"{fresh}\n\n{anchor}", 1)
        else:
            inside = inside.rstrip("\n") + ("\n\n" if inside.strip() else "\n") + fresh + "\n"
    README.write_text(head + START + inside + END + tail)


SECTION = """## Pages (make bench)

`make bench` serves the generated network as in production (gunicorn, 2 sync workers, DEBUG
off, WhiteNoise, the production settings and cache) and times the main pages over HTTP,
anonymously and without cookies: for each address two client threads send requests back to
back for 10 seconds (`DURATION`) after 2 seconds of warm-up (`WARM_UP`), and it reports
requests per second and the median and 99th percentile latency. The floor is the same
gunicorn answering the home page's HTML from memory (`bench/floor.py`, at `/__floor__`): the
most a page can reach on this machine with this client, so "of floor" is a page's requests per
second as a share of the floor's. "cache hits" is the share of responses that came from the
page cache (`X-Page-Cache: hit`). SQL queries and HTML size come from renders in process under
the production settings: the queries of a warm render as the next visitor gets it, and in
brackets those of a render with no cache at all when they differ. gunicorn's sync workers
close the connection after every response, so each request includes a local TCP connect, as
behind a proxy. The client shares the machine's cores with the server.

To reproduce: `make bench-data` once (about 10 minutes), then `make bench` (about 3 minutes).
For PostgreSQL, run both with `DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_large`.
Each run replaces only the table of the database and cache mode it measured:
`PAGE_CACHE_SECONDS=0 make bench` times pages rendered on every request (the budgets for
uncached pages), `make bench` with the page cache on, as in production.
"""


def main():
    facts = database_facts()
    pages = addresses(facts)
    static_root = Path(tempfile.mkdtemp(prefix="vitrine-bench-static-"))
    log = static_root.parent / f"{static_root.name}-gunicorn.log"
    environment = server_environment(static_root)
    process = sampler = None
    results = {}
    try:
        collect_static(environment)
        started = time.perf_counter()
        # Templates name static files through the manifest that collectstatic just wrote.
        with override_settings(STATIC_ROOT=static_root):
            weights = weigh([path for _label, path in pages])
        print(
            f"queries and sizes in process: {time.perf_counter() - started:.0f} s", file=sys.stderr
        )
        connection.close()
        port = free_port()
        process = start_gunicorn("bench.floor:application", port, environment, log, WORKERS)
        if not wait_until_up(port, process):
            print(f"gunicorn did not answer on port {port}; its log:", file=sys.stderr)
            print(log.read_text()[-4000:], file=sys.stderr)
            return 1
        sampler = MemorySampler(process.pid)
        sampler.start()
        for label, path in [("floor", FLOOR_PATH), *pages]:
            hammer(port, path, WARM_UP)
            result = results[path] = hammer(port, path, DURATION)
            print(
                f"{label}: {result.rate:.1f} req/s, {sum(result.errors.values())} errors, "
                f"{result.hits} cache hits, workers {sampler.current_mb()} MB",
                file=sys.stderr,
            )
        floor_size = measure_size(port, FLOOR_PATH)
        workers_mb = sampler.current_mb()
    finally:
        if sampler is not None:
            sampler.finished.set()
            sampler.join()
        if process is not None:
            stop(process)
        shutil.rmtree(static_root, ignore_errors=True)

    floor_rate = results[FLOOR_PATH].rate
    floor_weight = {"status": 200, "uncached": 0, "queries": 0, "bytes": floor_size}
    rows = [row("floor", FLOOR_PATH, results[FLOOR_PATH], floor_rate, floor_weight, False)]
    errors = []
    for label, path in pages:
        rows.append(row(label, path, results[path], floor_rate, weights[path]))
        if results[path].errors:
            detail = ", ".join(
                f"{count} x {status}" for status, count in results[path].errors.most_common()
            )
            errors.append(f"{label}: {detail}")
        if weights[path]["status"] != 200:
            errors.append(f"{label}: {weights[path]['status']} in process")
    if errors:
        errors.append(f"server log: {log}")
    else:
        log.unlink(missing_ok=True)
    block = report(facts, rows, sampler.peak_mb(), workers_mb, errors)
    print(block)
    if os.environ.get("WRITE_README", "1") != "0":
        mode = "cached" if getattr(settings, "PAGE_CACHE_SECONDS", 0) else "rendered"
        write_readme(f"{facts['vendor']}-{mode}", block)
        print(f"\nWritten into {README.relative_to(ROOT)}.", file=sys.stderr)
    return 0


def measure_size(port, path):
    """The floor's body size, as served."""
    connection = http.client.HTTPConnection(HOST, port, timeout=30)
    try:
        connection.request("GET", path, headers=HEADERS)
        return len(connection.getresponse().read())
    except (OSError, http.client.HTTPException):
        return 0
    finally:
        connection.close()


if __name__ == "__main__":
    sys.exit(main())
