"""Time slide processing through the real task worker: `make bench-worker`.

In a throw-away SQLite database, starts the two task workers as `make run` does
(`manage.py db_worker` on the default and the slides queues), uploads generated decks through
the upload page as a verified member (so the deck is created and its processing queued by the
same view and service as on the site), and measures from the enqueue to the deck being ready:
its state in the database, its slides stored. Meanwhile the resident memory of the slides
worker, with its children (LibreOffice), is read from /proc every 50 ms.

Two set-ups, each with fresh workers: `make run`'s (config.settings.dev, DEBUG on,
`db_worker --no-reload` as `make serve` starts it) and production's
(config.settings.production, DEBUG off, where db_worker does not reload). MODES=dev or
MODES=production runs only one, and MODES=dev-reload measures `make run`'s settings under
Django's autoreloader (a watching parent process and the working child), as `make serve` ran
the workers before; RUNS (default 3) sets the runs per deck. Prints figures and
writes them into bench/README.md between the worker markers (WRITE_README=0 to skip).
"""

import datetime
import os
import platform
import re
import secrets
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.readme import write_block  # noqa: E402
from bench.sample_slides import slides  # noqa: E402
from bench.serving import stop  # noqa: E402

RUNS = int(os.environ.get("RUNS", 3))
MODES = os.environ.get("MODES", "dev,production").split(",")
# mode: (settings, extra db_worker arguments, label). "dev-reload" is not run by default: it
# shows what the workers weighed under the autoreloader.
SETUPS = {
    "dev": ("config.settings.dev", ["--no-reload"], "make run (dev)"),
    "production": ("config.settings.production", [], "production"),
    "dev-reload": ("config.settings.dev", [], "dev, autoreloader"),
}
SAMPLE_SECONDS = 0.05
BUDGETS = {"pdf": 10, "pptx": 15}
MEMORY_BUDGET_MB = 500
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")


# /proc ---------------------------------------------------------------------------------------


def process_table():
    """{pid: (parent pid, resident bytes, command name)} of every process we may read."""
    table = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as stat:
                raw = stat.read()
        except OSError:
            continue
        # The command name is in brackets and may itself hold spaces or brackets.
        name = raw[raw.index(b"(") + 1 : raw.rindex(b")")].decode(errors="replace")
        fields = raw[raw.rindex(b")") + 2 :].split()
        table[int(entry.name)] = (int(fields[1]), int(fields[21]) * PAGE_SIZE, name)
    return table


def tree(table, root):
    """root and its descendants, by parent pid."""
    children = {}
    for pid, (parent, _rss, _name) in table.items():
        children.setdefault(parent, []).append(pid)
    found, stack = [], [root]
    while stack:
        pid = stack.pop()
        if pid in table:
            found.append(pid)
            stack.extend(children.get(pid, ()))
    return found


def proportional(pid):
    """A process's proportional set size in bytes: shared pages divided among their users."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as rollup:
            for line in rollup:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


class MemorySampler(threading.Thread):
    """Samples the resident memory of process trees every SAMPLE_SECONDS until stopped."""

    def __init__(self, roots):
        super().__init__(daemon=True)
        self.roots = roots  # label -> pid
        self.peaks = dict.fromkeys(roots, 0)
        self.peak_parts = dict.fromkeys(roots, ())
        self.pss_peaks = dict.fromkeys(roots, 0)
        self.samples = 0
        self.halt = threading.Event()
        self.lock = threading.Lock()

    def run(self):
        while not self.halt.is_set():
            table = process_table()
            with self.lock:
                for label, root in self.roots.items():
                    members = tree(table, root)
                    total = sum(table[pid][1] for pid in members)
                    if total > self.peaks[label]:
                        self.peaks[label] = total
                        self.peak_parts[label] = tuple(
                            (table[pid][2], table[pid][1]) for pid in members
                        )
                    self.pss_peaks[label] = max(
                        self.pss_peaks[label], sum(proportional(pid) for pid in members)
                    )
                self.samples += 1
            self.halt.wait(SAMPLE_SECONDS)

    def reset(self):
        with self.lock:
            self.peaks = dict.fromkeys(self.roots, 0)
            self.peak_parts = dict.fromkeys(self.roots, ())
            self.pss_peaks = dict.fromkeys(self.roots, 0)

    def stop(self):
        self.halt.set()
        self.join()


def megabytes(size):
    return size / 1024 / 1024


# The measured site ---------------------------------------------------------------------------


def environment(mode, folder):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": SETUPS[mode][0],
        "DATABASE_URL": f"sqlite:///{folder / 'bench.sqlite3'}",
        "MEDIA_ROOT": str(folder / "media"),
        "PRIVATE_MEDIA_ROOT": str(folder / "private"),
        "DJANGO_STATIC_ROOT": str(folder / "static"),
        "EMAIL_URL": f"file://{folder / 'mail'}",
        "DJANGO_ALLOWED_HOSTS": "testserver,127.0.0.1,localhost",
        "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "site")]),
    }
    if mode == "production":
        env["DJANGO_SECRET_KEY"] = secrets.token_urlsafe(50)
        env["DJANGO_SECURE_SSL_REDIRECT"] = "false"
    return env


def start_worker(queue, interval, env, log, extra=()):
    """`manage.py db_worker` as `make serve` starts it, in a session of its own."""
    with open(log, "w") as log_file:
        return subprocess.Popen(  # noqa: S603 -- our own manage.py, fixed arguments
            [
                sys.executable,
                "manage.py",
                "db_worker",
                "--queue-name",
                queue,
                "--interval",
                str(interval),
                *extra,
            ],
            cwd=ROOT,
            env=env,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


def wait_for_worker(process, log, seconds=60):
    """Until the worker logs that it polls its queue (after its random start-up delay)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the worker stopped:\n{Path(log).read_text()}")
        if "Starting worker" in Path(log).read_text():
            time.sleep(1.5)  # the start-up delay is up to 1 s
            return
        time.sleep(0.1)
    raise RuntimeError(f"the worker did not start:\n{Path(log).read_text()}")


# Run in the bench process, once Django is set up with the mode's settings ---------------------


def measure_mode(mode, folder, decks):
    """Migrate, start the workers, upload every deck RUNS times; returns the rows and memory."""
    import django

    env = environment(mode, folder)
    (folder / "static").mkdir()
    os.environ.update(env)
    django.setup()

    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.urls import reverse
    from django_tasks_db.models import DBTaskResult

    from community.services import register_member
    from resources.models.choices import ProcessingState

    started = time.perf_counter()
    call_command("migrate", verbosity=0, interactive=False)
    print(f"[{mode}] migrate: {time.perf_counter() - started:.1f} s", file=sys.stderr)
    member = register_member(
        email="speaker@example.org",
        password=secrets.token_urlsafe(16),
        display_name="Bench Speaker",
        verified=True,
    )
    client = Client()
    client.force_login(member)
    upload_url = reverse("resources:upload_deck")

    extra = SETUPS[mode][1]
    default = start_worker("default", 0.5, env, folder / "worker-default.log", extra)
    worker = start_worker("slides", 1, env, folder / "worker-slides.log", extra)
    sampler = MemorySampler({"slides": worker.pid, "default": default.pid})
    results = {}
    try:
        wait_for_worker(default, folder / "worker-default.log")
        wait_for_worker(worker, folder / "worker-slides.log")
        sampler.start()
        time.sleep(1)
        idle = {label: sampler.peaks[label] for label in sampler.roots}
        idle_parts = dict(sampler.peak_parts)
        for kind, label, path, count in decks:
            runs = []
            for run in range(RUNS):
                sampler.reset()
                with open(path, "rb") as upload:
                    posted = time.perf_counter()
                    response = client.post(
                        upload_url,
                        {
                            "file": upload,
                            "title": f"Live streaming from the galleries ({label}, run {run + 1})",
                            "description": "Generated by bench/worker.py.",
                            "tags": "live streaming, instagram",
                            "language": "en",
                            "licence": "cc-by-4.0",
                            "allow_download": "on",
                        },
                    )
                    answered = time.perf_counter() - posted
                if response.status_code != 302:
                    raise RuntimeError(f"upload refused ({response.status_code})")
                deck_id = int(response["Location"].rstrip("/").split("/")[-1])
                deck = wait_until_done(deck_id, folder)
                if deck.processing_state != ProcessingState.READY:
                    raise RuntimeError(f"deck {deck_id}: {deck.processing_error}")
                wait_for_queues(DBTaskResult)
                job = next(
                    job
                    for job in DBTaskResult.objects.filter(task_path="resources.tasks.process_deck")
                    if job.args_kwargs["args"] == [deck_id]
                )
                time.sleep(0.2)  # let the sampler see the workers settle
                runs.append(
                    {
                        "answered": answered,
                        "ready": (deck.processing_updated_at - job.enqueued_at).total_seconds(),
                        "waited": (job.started_at - job.enqueued_at).total_seconds(),
                        "worked": (deck.processing_updated_at - job.started_at).total_seconds(),
                        "finished": (job.finished_at - job.enqueued_at).total_seconds(),
                        "slides": deck.slides.count(),
                        "expected": count,
                        "peak": sampler.peaks["slides"],
                        "peak_parts": sampler.peak_parts["slides"],
                        "pss": sampler.pss_peaks["slides"],
                        "default_peak": sampler.peaks["default"],
                    }
                )
                print(
                    f"[{mode}] {label} run {run + 1}: ready {runs[-1]['ready']:.2f} s, "
                    f"peak {megabytes(runs[-1]['peak']):.0f} MB",
                    file=sys.stderr,
                )
            results[kind] = runs
    finally:
        sampler.stop()
        stop(worker)
        stop(default)
        connection.close()
    return {"runs": results, "idle": idle, "idle_parts": idle_parts}


def wait_until_done(deck_id, folder, seconds=300):
    from resources.models import SlideDeckPage
    from resources.models.choices import ProcessingState

    deadline = time.monotonic() + seconds
    log = folder / "worker-slides.log"
    reloads = log.read_text().count("changed, reloading")
    while time.monotonic() < deadline:
        deck = SlideDeckPage.objects.get(pk=deck_id)
        if deck.processing_state in {ProcessingState.READY, ProcessingState.FAILED}:
            return deck
        if log.read_text().count("changed, reloading") > reloads:
            # The autoreloader ends the job it interrupts: it stays "running" and is never
            # resumed, as happens with `make run` when a source file is saved during a job.
            raise RuntimeError(
                f"a source file changed and the autoreloader restarted the worker during the "
                f"job of deck {deck_id}, which is lost; run again:\n{log.read_text()}"
            )
        time.sleep(SAMPLE_SECONDS)
    raise RuntimeError(f"deck {deck_id} not processed in {seconds} s:\n{log.read_text()}")


def wait_for_queues(results, seconds=120):
    """Until the worker has finished the deck's job and what it queued (indexing, mail)."""
    from django_tasks.base import TaskResultStatus

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        waiting = results.objects.filter(
            status__in=[TaskResultStatus.READY, TaskResultStatus.RUNNING]
        )
        if not waiting.exists():
            return
        time.sleep(SAMPLE_SECONDS)
    raise RuntimeError("the queues did not empty")


# Each mode in a process of its own: Django is set up once per process -------------------------


def child(mode, folder, decks_folder):
    folder, decks_folder = Path(folder), Path(decks_folder)
    decks = [
        ("pdf", "40-page PDF", decks_folder / "deck.pdf", 40),
        ("pptx", "20-slide PPTX", decks_folder / "deck.pptx", 20),
    ]
    import json

    result = measure_mode(mode, folder, decks)
    for runs in result["runs"].values():
        for run in runs:
            run["peak_parts"] = list(run["peak_parts"])
    print("RESULT " + json.dumps(result))


def run_mode(mode, decks_folder):
    import json

    with tempfile.TemporaryDirectory(prefix=f"vitrine-bench-worker-{mode}-") as folder:
        process = subprocess.run(  # noqa: S603 -- this script, fixed arguments
            [sys.executable, __file__, "--child", mode, folder, str(decks_folder)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
            check=True,
            start_new_session=False,
        )
    line = next(line for line in process.stdout.splitlines() if line.startswith("RESULT "))
    return json.loads(line.removeprefix("RESULT "))


def libreoffice_version():
    try:
        output = subprocess.run(
            ["soffice", "--version"],  # noqa: S607
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        ).stdout
    except OSError:
        return "LibreOffice missing"
    match = re.search(r"LibreOffice ([\d.]+)", output)
    return f"LibreOffice {'.'.join(match.group(1).split('.')[:2])}" if match else "LibreOffice"


def summarise(label, count, runs, mode, kind):
    ready = [run["ready"] for run in runs]
    worked = [run["worked"] for run in runs]
    waited = [run["waited"] for run in runs]
    finished = [run["finished"] for run in runs]
    peak = max(run["peak"] for run in runs)
    slides_ok = all(run["slides"] == run["expected"] for run in runs)
    return {
        "setup": SETUPS[mode][2],
        "file": label,
        "slides": f"{count}" if slides_ok else f"{runs[0]['slides']} of {count}",
        "median": statistics.median(ready),
        "max": max(ready),
        "waited": statistics.median(waited),
        "worked": statistics.median(worked),
        "finished": statistics.median(finished),
        "budget": BUDGETS[kind],
        "peak": peak,
        "pss": max(run["pss"] for run in runs),
        "answered": statistics.median(run["answered"] for run in runs),
    }


def peak_breakdown(parts):
    """'python 150 + soffice.bin 210' for the processes of a peak sample, the worker first."""
    return " + ".join(f"{name} {megabytes(size):.0f}" for name, size in parts)


def table(rows):
    lines = [
        "| set-up | file | slides | ready, median s | ready, max s | budget s | "
        "of which queued s | processing s | job done s | peak RSS MB | peak PSS MB |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        lines.append(
            f"| {row['setup']} | {row['file']} | {row['slides']} | {row['median']:.2f} | "
            f"{row['max']:.2f} | {row['budget']} | {row['waited']:.2f} | {row['worked']:.2f} | "
            f"{row['finished']:.2f} | {megabytes(row['peak']):.0f} | {megabytes(row['pss']):.0f} |"
        )
    return "\n".join(lines)


def main():
    sys.path[:0] = [str(ROOT), str(ROOT / "site")]
    from resources.demo_files import make_pdf, make_pptx

    rows, notes = [], []
    with tempfile.TemporaryDirectory(prefix="vitrine-bench-decks-") as decks_folder:
        decks_folder = Path(decks_folder)
        make_pdf(decks_folder / "deck.pdf", [(title, lines) for title, lines, _ in slides(40)])
        make_pptx(decks_folder / "deck.pptx", slides(20))
        for mode in MODES:
            result = run_mode(mode, decks_folder)
            for kind, label, count in (("pdf", "40-page PDF", 40), ("pptx", "20-slide PPTX", 20)):
                runs = result["runs"][kind]
                rows.append(summarise(label, count, runs, mode, kind))
                top = max(runs, key=lambda run: run["peak"])
                notes.append(
                    f"{rows[-1]['setup']}, {label}: peak {megabytes(top['peak']):.0f} MB = "
                    f"{peak_breakdown(top['peak_parts'])}"
                )
            notes.append(
                f"{rows[-1]['setup']}, idle slides worker: {megabytes(result['idle']['slides']):.0f}"
                f" MB ({peak_breakdown(result['idle_parts']['slides'])}); default-queue worker "
                f"peak {megabytes(max(r['default_peak'] for v in result['runs'].values() for r in v)):.0f} MB"
            )
    today = datetime.date.today().isoformat()
    heading = (
        f"{today}, {os.cpu_count()} cores ({platform.processor() or platform.machine()}, load average "
        f"over the last 5 minutes at the end: {os.getloadavg()[1]:.1f}), "
        f"Python {platform.python_version()}, {libreoffice_version()}; {RUNS} runs per deck; "
        "SQLite; the slides worker polls every 1 s as in `make serve`."
    )
    text = "\n".join(
        [
            heading,
            "",
            table(rows),
            "",
            "Peak resident memory of the slides worker's processes, in MB (where `db_worker` runs "
            "under the autoreloader, the first python process is the reloader's parent, the "
            "second the worker):",
            "",
            *[f"- {note}" for note in notes],
        ]
    )
    print(text)
    if os.environ.get("WRITE_README", "1") != "0":
        write_block("worker", text)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        sys.path[:0] = [str(ROOT), str(ROOT / "site")]
        child(*sys.argv[2:5])
    else:
        main()
