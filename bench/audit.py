"""Front-end audit: `make audit` (or python bench/audit.py after `npm ci` in bench/audit/).

Builds a throw-away SQLite database with the demo content (`migrate`, `seed_demo`, then the task
worker until its queue is empty, so every demo deck has its slide images), collects the static
files and serves the site as in production (gunicorn, 2 sync workers, DEBUG off, WhiteNoise,
the page cache on; bench/audit_wsgi.py adds the media files a web server would serve). Then, in
Debian's Chromium, for the home page, the library, a deck, an event with a programme and a
search:

- axe-core (bench/audit/axe.mjs, through playwright-core) with its default rules, which also
  records every stylesheet and script the page loads and their size gzipped (level 9);
- Lighthouse (bench/audit/lighthouse.mjs), mobile profile, default simulated throttling
  (THROTTLING=devtools for the other kind), RUNS times per page (default 3), keeping the run of
  median performance.

axe runs first, so Lighthouse measures pages as a warm server answers them (renditions made,
page cache filled). Prints a markdown table and writes it into bench/README.md between the audit
markers, unless WRITE_README=0; the full results stay in the work folder when KEEP=1, and
AUDIT_WORK=<that folder> audits its database again without rebuilding it. The budgets:
performance 95, accessibility, best practices and SEO 100, no axe violation, no third-party
stylesheet or script, CSS and JavaScript under 50 KB gzipped. With STRICT=1, exits with 1 when a
budget is missed.
"""

import datetime
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "site")]

from bench.readme import write_block  # noqa: E402
from bench.serving import (  # noqa: E402
    HOST,
    collect_static,
    free_port,
    server_environment,
    start_gunicorn,
    stop,
    wait_until_up,
)

AUDIT_DIR = ROOT / "bench" / "audit"
RUNS = int(os.environ.get("RUNS", 3))
THROTTLING = os.environ.get("THROTTLING", "simulate")
WORKERS = 2
BUDGET = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
CSS_JS_BUDGET = 50 * 1024
SEARCH_PATH = "/search/?q=instagram"


def manage(environment, log, *arguments):
    """One manage.py command in its own process, its output appended to log."""
    started = time.perf_counter()
    with open(log, "a") as log_file:
        subprocess.run(  # noqa: S603 -- our own manage.py, fixed arguments
            [sys.executable, str(ROOT / "manage.py"), *arguments],
            env=environment,
            cwd=ROOT,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            check=True,
        )
    print(f"{arguments[0]}: {time.perf_counter() - started:.0f} s", file=sys.stderr)


def build_site(environment, log):
    """The demo site in a fresh database, with every queued task (slide processing) done."""
    manage(environment, log, "migrate", "--noinput")
    manage(environment, log, "createcachetable")
    manage(environment, log, "seed_demo", "--seed", "42")
    from django_tasks.base import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    # Processing a deck queues index updates, so the worker runs until nothing is left.
    for _round in range(10):
        manage(environment, log, "db_worker", "--queue-name", "*", "--batch", "--no-startup-delay")
        if not DBTaskResult.objects.filter(status=TaskResultStatus.READY).exists():
            break
    failed = DBTaskResult.objects.filter(status=TaskResultStatus.FAILED).count()
    if failed:
        print(f"warning: {failed} background tasks failed (see {log})", file=sys.stderr)


def pick_pages():
    """The addresses to audit: a processed deck with the most slides, an event with the
    longest programme, and three fixed addresses."""
    from django.db.models import Count

    from community.models import EventPage
    from resources.models import SlideDeckPage
    from resources.models.choices import ProcessingState

    deck = (
        SlideDeckPage.objects.live()
        .public()
        .filter(processing_state=ProcessingState.READY, removed_at__isnull=True)
        .order_by("-slide_count", "pk")
        .first()
    )
    event = (
        EventPage.objects.live()
        .public()
        .annotate(sessions_count=Count("sessions"))
        .filter(sessions_count__gt=0)
        .order_by("-sessions_count", "pk")
        .first()
    )
    if deck is None or event is None:
        raise SystemExit("The demo content has no processed deck or no event with a programme.")
    return [
        ("home", "/"),
        ("library", "/library/"),
        (f"deck ({deck.slide_count} slides)", deck.url),
        (f"event ({event.sessions_count} sessions)", event.url),
        ("search", SEARCH_PATH),
    ]


def node(script, base_url, output, paths, environment):
    started = time.perf_counter()
    subprocess.run(  # noqa: S603 -- our own scripts, fixed arguments
        ["node", script, base_url, str(output), *paths],  # noqa: S607 -- node from PATH
        cwd=AUDIT_DIR,
        env=environment,
        check=True,
    )
    print(f"{script}: {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return json.loads(output.read_text())


def kilobytes(size):
    return f"{size / 1024:.1f}"


def report(pages, lighthouse, axe, elapsed, base_url):
    """The README section: a table, the budgets missed and what was failing."""
    chromium = subprocess.run(
        ["/usr/bin/chromium", "--version"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    node_version = subprocess.run(
        ["node", "--version"],  # noqa: S607 -- node from PATH
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    versions = json.loads((AUDIT_DIR / "package-lock.json").read_text())["packages"]
    lighthouse_version = versions["node_modules/lighthouse"]["version"]
    axe_version = versions["node_modules/axe-core"]["version"]
    today = datetime.date.today().isoformat()
    facts = (
        f"{today}, {os.cpu_count()} cores, {platform.python_implementation()} "
        f"{platform.python_version()}, {chromium}, Node {node_version}, Lighthouse "
        f"{lighthouse_version} (mobile, {THROTTLING} throttling, median of {RUNS} runs by "
        f"performance), axe-core {axe_version}; gunicorn {WORKERS} sync workers, demo content "
        f"on SQLite. This run took {elapsed / 60:.0f} minutes."
    )
    lines = [
        textwrap.fill(facts, width=99),
        "",
        "| page | address | performance | accessibility | best practices | SEO "
        "| performance of each run | axe violations | CSS+JS files | CSS+JS KB gzipped |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    missed, failing = [], []
    for label, path in pages:
        median = lighthouse[path]["median"]
        runs = ", ".join(
            "no score" if run["performance"] is None else str(run["performance"])
            for run in lighthouse[path]["runs"]
        )
        result = axe[path]
        violations = result["violations"]
        lines.append(
            f"| {label} | `{path}` | {median['performance']} | {median['accessibility']} "
            f"| {median['best-practices']} | {median['seo']} | {runs} | {len(violations)} "
            f"| {len(result['assets'])} | {kilobytes(result['gzip_bytes'])} |"
        )
        for category, floor in BUDGET.items():
            if median[category] is None or median[category] < floor:
                missed.append(f"{label}: {category} {median[category]} (budget {floor})")
        for violation in violations:
            missed.append(
                f"{label}: axe `{violation['id']}` ({violation['impact']}, "
                f"{len(violation['nodes'])} elements: {violation['help']})"
            )
        missed.extend(
            f"{label}: third-party {asset['type']} {asset['url']}"
            for asset in result["assets"]
            if not asset["url"].startswith(base_url + "/")
        )
        if result["gzip_bytes"] >= CSS_JS_BUDGET:
            missed.append(f"{label}: CSS+JS {kilobytes(result['gzip_bytes'])} KB gzipped")
        # Audits that count in a score; the others (weight 0) are diagnostics.
        failing.extend(
            f"{label}: `{audit['id']}` ({audit['category']}): {audit['title']}"
            for audit in lighthouse[path]["failed"]
            if audit["weight"]
        )
        failing.extend(
            f"{label}: a run without scores, run again ({error})"
            for error in lighthouse[path]["retried"]
        )
    lines.append("")
    lines.extend(
        [f"Budgets missed: {len(missed)}.", "", *[f"- {item}" for item in missed], ""]
        if missed
        else ["Every budget is met.", ""]
    )
    if failing:
        lines.extend(["Scored Lighthouse audits below 0.9 in the median run, and retries:", ""])
        lines.extend(f"- {item}" for item in failing)
    return "\n".join(lines).rstrip(), bool(missed)


def main():
    started = time.perf_counter()
    if not (AUDIT_DIR / "node_modules" / "lighthouse").exists():
        raise SystemExit("Run `npm ci` in bench/audit first (make audit does).")
    # AUDIT_WORK names the work folder of an earlier KEEP=1 run: its database is audited again
    # (after template or CSS changes) without being built anew.
    reuse = os.environ.get("AUDIT_WORK")
    work = Path(reuse) if reuse else Path(tempfile.mkdtemp(prefix="vitrine-audit-"))
    log = work / "site.log"
    environment = {
        **server_environment(work / "static"),
        "DATABASE_URL": f"sqlite:///{work / 'vitrine.sqlite3'}",
        "MEDIA_ROOT": str(work / "media"),
        "PRIVATE_MEDIA_ROOT": str(work / "private"),
        "ELASTICSEARCH_URL": "",
        "REDIS_URL": "",
        # The browsers send X-Forwarded-Proto: https as the load balancer does, but Lighthouse
        # fetches robots.txt without it: plain HTTP must not be redirected to https:// here.
        "DJANGO_SECURE_SSL_REDIRECT": "false",
    }
    os.environ.update(environment)
    import django

    django.setup()
    process = None
    try:
        print(f"work folder: {work}", file=sys.stderr)
        if not reuse:
            build_site(environment, log)
        collect_static(environment)
        pages = pick_pages()
        from django.core.cache import cache
        from django.db import connection

        cache.clear()  # pages that an earlier run left in the page cache
        connection.close()
        port = free_port()
        process = start_gunicorn("bench.audit_wsgi:application", port, environment, log, WORKERS)
        if not wait_until_up(port, process):
            print(f"gunicorn did not answer on port {port}; its log:", file=sys.stderr)
            print(log.read_text()[-4000:], file=sys.stderr)
            return 1
        base_url = f"http://{HOST}:{port}"
        paths = [path for _label, path in pages]
        node_environment = {**os.environ, "RUNS": str(RUNS), "THROTTLING": THROTTLING}
        axe = node("axe.mjs", base_url, work / "axe.json", paths, node_environment)
        lighthouse = node(
            "lighthouse.mjs", base_url, work / "lighthouse.json", paths, node_environment
        )
    finally:
        if process is not None:
            stop(process)
    block, failed = report(pages, lighthouse, axe, time.perf_counter() - started, base_url)
    print(block)
    if os.environ.get("WRITE_README", "1") != "0":
        write_block("audit", block)
    if os.environ.get("KEEP") == "1" or reuse:
        print(f"results kept in {work}", file=sys.stderr)
    else:
        shutil.rmtree(work, ignore_errors=True)
    # The audit measures; STRICT=1 makes a missed budget fail the command.
    return 1 if failed and os.environ.get("STRICT") == "1" else 0


if __name__ == "__main__":
    sys.exit(main())
