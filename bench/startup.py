"""Time `make run` from a fresh clone to the first page served: `make bench-startup`.

Clones this repository (its committed state: `git clone` reads it and writes only into a
temporary folder), then:

1. warms pip's cache with a first `make install` in the clone, timed but not counted (it
   downloads what the cache lacks), and deletes the clone's .venv again;
2. runs `make run HOST=127.0.0.1 PORT=<free port>` as a new user would, in a clean
   environment (no DJANGO_*, DATABASE_URL or virtualenv variables), and times its phases from
   the commands make echoes (venv, pip upgrade, install, migrate, seed_demo, serve), then polls
   http://127.0.0.1:PORT/ until it answers 200, then reads the clone's database until the task
   workers have processed every demo deck and emptied their queues;
3. stops it (its whole process group, and any converter that left it) and runs `make run` once
   more, now installed and seeded, to the first page.

The install in step 2 is the second one with this pip cache: packages come from the cache and
no package is downloaded, though pip still asks the package index which versions exist.
Prints a table and writes it into bench/README.md between the start-up markers
(WRITE_README=0 to skip). KEEP=1 keeps the clone.
"""

import contextlib
import datetime
import itertools
import os
import platform
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.readme import write_block  # noqa: E402

HOST = "127.0.0.1"
TIMEOUT = int(os.environ.get("TIMEOUT", 1800))

# The commands `make run` echoes, in order: each marks the start of a phase.
PHASES = [
    ("venv", re.compile(r" -m venv \.venv$")),
    ("pip upgrade", re.compile(r"pip install --quiet --upgrade pip$")),
    ("install", re.compile(r"pip install --quiet --constraint requirements\.lock")),
    ("migrate", re.compile(r"manage\.py migrate --noinput$")),
    ("seed_demo", re.compile(r"manage\.py seed_demo --if-empty$")),
    ("serve", re.compile(r"^\s*Vitrine:\s+http://")),
]


def clean_environment():
    """The environment of a new user's shell: nothing of this repository's venv or make."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "MAKE", "MFLAGS"))
        and key
        not in {
            "VIRTUAL_ENV",
            "PYTHONPATH",
            "DATABASE_URL",
            "MEDIA_ROOT",
            "PRIVATE_MEDIA_ROOT",
            "EMAIL_URL",
            "ELASTICSEARCH_URL",
            "REDIS_URL",
            "PAGE_CACHE_SECONDS",
        }
    }
    venv_bin = str(ROOT / ".venv" / "bin")
    env["PATH"] = os.pathsep.join(
        part for part in env.get("PATH", "").split(os.pathsep) if part != venv_bin
    )
    return env


def free_port():
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def first_answer(url):
    try:
        with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 -- our own URL
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except (OSError, urllib.error.URLError):
        return None


def start_time(pid):
    """When the process started (clock ticks since boot); None once gone or a zombie."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            raw = stat.read()
    except OSError:
        return None
    fields = raw[raw.rindex(b")") + 2 :].split()
    return None if fields[0] == b"Z" else int(fields[19])


def command_line(pid):
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as cmdline:
            return cmdline.read().replace(b"\0", b" ").decode(errors="replace").strip()
    except OSError:
        return f"pid {pid}"


def descendants(root):
    """{pid: start time} of root's descendants, read from /proc."""
    children = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                with open(f"/proc/{entry.name}/stat", "rb") as stat:
                    raw = stat.read()
            except OSError:
                continue
            parent = int(raw[raw.rindex(b")") + 2 :].split()[1])
            children.setdefault(parent, []).append(int(entry.name))
    found, stack = {}, list(children.get(root, ()))
    while stack:
        pid = stack.pop()
        started = start_time(pid)
        if started is not None:
            found[pid] = started
        stack.extend(children.get(pid, ()))
    return found


class MakeRun:
    """`make run` in a session of its own, its output timestamped line by line."""

    def __init__(self, clone, port, log):
        self.started = time.perf_counter()
        self.lines = []
        self.seen = {}  # every descendant ever seen, to stop the ones that leave the group
        self.log = open(log, "w")  # noqa: SIM115 -- closed in stop()
        self.process = subprocess.Popen(  # noqa: S603 -- make, fixed arguments
            ["make", "run", f"HOST={HOST}", f"PORT={port}"],  # noqa: S607
            cwd=clone,
            env={**clean_environment(), "PYTHONUNBUFFERED": "1"},
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            bufsize=1,
            start_new_session=True,
        )
        self.reader = threading.Thread(target=self.read, daemon=True)
        self.reader.start()

    def read(self):
        for line in self.process.stdout:
            self.lines.append((time.perf_counter() - self.started, line.rstrip("\n")))
            self.log.write(line)
            self.log.flush()

    def watch(self):
        self.seen.update(descendants(self.process.pid))

    def phase_starts(self):
        starts = {}
        for elapsed, line in list(self.lines):
            for name, pattern in PHASES:
                if name not in starts and pattern.search(line):
                    starts[name] = elapsed
        return starts

    def elapsed(self):
        return time.perf_counter() - self.started

    def stop(self):
        self.watch()
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGINT)  # as Ctrl-C in the terminal
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        # LibreOffice runs in a session of its own; anything that outlived the group goes too.
        time.sleep(1)
        survivors = [pid for pid, started in self.seen.items() if start_time(pid) == started]
        self.survivor_commands = [command_line(pid) for pid in survivors]
        for pid in survivors:
            try:
                os.killpg(os.getpgid(pid), signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
        self.reader.join(timeout=10)
        self.log.close()
        return survivors


def wait_for_page(run, port, deadline):
    """Seconds since `make run` started when / first answered 200, and the answers before."""
    answers = []
    while time.monotonic() < deadline:
        if run.process.poll() is not None:
            raise RuntimeError(f"make run stopped ({run.process.returncode})")
        run.watch()
        status = first_answer(f"http://{HOST}:{port}/")
        if status == 200:
            return run.elapsed(), answers
        if status is not None and status not in answers:
            answers.append(status)
        time.sleep(0.1)
    raise RuntimeError("the site did not answer in time")


def decks_state(database):
    """(decks, decks not ready, failed decks, tasks waiting or running) from the clone's database."""
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=10) as connection:
        states = dict(
            connection.execute(
                "SELECT processing_state, count(*) FROM resources_slidedeckpage GROUP BY 1"
            ).fetchall()
        )
        waiting = connection.execute(
            "SELECT count(*) FROM django_tasks_database_dbtaskresult WHERE status IN ('READY', 'RUNNING')"
        ).fetchone()[0]
    total = sum(states.values())
    return total, total - states.get("ready", 0), states.get("failed", 0), waiting


def tasks_by_queue(database):
    """{queue: (jobs, seconds spent running them)} from the clone's database."""
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=10) as connection:
        rows = connection.execute(
            "SELECT queue_name, count(*), "
            "sum(julianday(finished_at) - julianday(started_at)) * 86400 "
            "FROM django_tasks_database_dbtaskresult GROUP BY 1"
        ).fetchall()
    return {queue: (count, busy or 0) for queue, count, busy in rows}


def wait_for_decks(run, database, deadline):
    """Seconds since `make run` started when every demo deck is processed and the queues empty."""
    while time.monotonic() < deadline:
        if run.process.poll() is not None:
            raise RuntimeError(f"make run stopped ({run.process.returncode})")
        run.watch()
        try:
            total, pending, failed, waiting = decks_state(database)
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) and "no such table" not in str(error):
                raise
            total = pending = failed = waiting = None  # locked, or not migrated yet: ask again
        if total and pending == failed and not waiting:
            return run.elapsed(), total, failed, tasks_by_queue(database)
        time.sleep(0.5)
    raise RuntimeError("the demo decks were not processed in time")


def timed_command(command, cwd, log):
    started = time.perf_counter()
    with open(log, "w") as log_file:
        subprocess.run(  # noqa: S603 -- fixed commands
            command,
            cwd=cwd,
            env=clean_environment(),
            stdout=log_file,
            stderr=subprocess.STDOUT,
            check=True,
        )
    return time.perf_counter() - started


def notable_lines(log):
    """Warnings, errors and tracebacks that `make run` printed, once each.

    pip's complaints about the extra package indexes of this machine's pip configuration
    (one per package) are counted on one line: they do not come from the project.
    """
    pattern = re.compile(r"warning|error|traceback|exception|deprecat|failed", re.I)
    ignored_index = re.compile(r"^WARNING: Location '(.+?)/[^/]+/' is ignored")
    found, indexes = [], {}
    for line in Path(log).read_text(errors="replace").splitlines():
        line = line.strip()
        if match := ignored_index.match(line):
            indexes[match.group(1)] = indexes.get(match.group(1), 0) + 1
        elif line.startswith("Applying ") and line.endswith("... OK"):
            continue  # migration names such as "..._exception_fields"
        elif pattern.search(line) and line not in found:
            found.append(line)
    found += [
        f"pip: {count} warnings 'Location {index}/<package>/ is ignored' (pip configuration)"
        for index, count in indexes.items()
    ]
    return found


def measure(folder):
    clone = folder / "vitrine"
    figures = {}
    figures["clone"] = timed_command(
        ["git", "clone", "--quiet", str(ROOT), str(clone)], folder, folder / "clone.log"
    )
    figures["warm-up install"] = timed_command(
        ["make", "install"], clone, folder / "warm-up-install.log"
    )
    shutil.rmtree(clone / ".venv")

    port = free_port()
    run = MakeRun(clone, port, folder / "make-run.log")
    deadline = time.monotonic() + TIMEOUT
    try:
        figures["first page"], figures["answers before"] = wait_for_page(run, port, deadline)
        figures["phases"] = run.phase_starts()
        (
            figures["decks done"],
            figures["decks"],
            figures["decks failed"],
            figures["tasks"],
        ) = wait_for_decks(run, clone / "var" / "vitrine.sqlite3", deadline)
    finally:
        run.stop()
    figures["survivors"] = run.survivor_commands
    figures["notes"] = notable_lines(folder / "make-run.log")

    port = free_port()
    again = MakeRun(clone, port, folder / "make-run-again.log")
    try:
        figures["again first page"], _answers = wait_for_page(
            again, port, time.monotonic() + TIMEOUT
        )
        figures["again phases"] = again.phase_starts()
    finally:
        again.stop()
    figures["survivors"] += again.survivor_commands
    figures["again notes"] = notable_lines(folder / "make-run-again.log")
    return figures


def seconds(value):
    return f"{value:.1f}"


def table(figures):
    phases = figures["phases"]
    order = [name for name, _pattern in PHASES if name in phases]
    ends = {name: phases[following] for name, following in itertools.pairwise(order)}
    ends["serve"] = figures["first page"]
    labels = {
        "venv": "create .venv",
        "pip upgrade": "upgrade pip",
        "install": "install the dependencies (pip cache warm) and check LibreOffice",
        "migrate": "migrate (new SQLite database)",
        "seed_demo": "seed_demo (demo content, search index)",
        "serve": "start the server and the workers, first page `/` answered 200",
    }
    rows = [
        "| phase | seconds | since `make run` |",
        "|---|---|---|",
        f"| make, before the first command | {seconds(phases[order[0]])} | "
        f"{seconds(phases[order[0]])} |",
    ]
    for name in order:
        rows.append(
            f"| {labels[name]} | {seconds(ends[name] - phases[name])} | {seconds(ends[name])} |"
        )
    rows.append(f"| **`make run` to the first page** | | **{seconds(figures['first page'])}** |")
    failed = f", {figures['decks failed']} failed" if figures["decks failed"] else ""
    rows.append(
        f"| the workers process the {figures['decks']} demo decks{failed} (and empty their queues)"
        f" | {seconds(figures['decks done'] - figures['first page'])} after the first page | "
        f"{seconds(figures['decks done'])} |"
    )
    rows.append(
        f"| second `make run` (installed, seeded) to the first page | | "
        f"{seconds(figures['again first page'])} |"
    )
    return "\n".join(rows)


def main():
    # Started in the background by a shell, we would ignore SIGINT, and so would make and the
    # servers, and stopping them "as Ctrl-C does" would do nothing.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    folder = Path(tempfile.mkdtemp(prefix="vitrine-bench-startup-"))
    try:
        figures = measure(folder)
    finally:
        if os.environ.get("KEEP") == "1":
            print(f"kept: {folder}", file=sys.stderr)
        else:
            shutil.rmtree(folder, ignore_errors=True)
    today = datetime.date.today().isoformat()
    heading = (
        f"{today}, {os.cpu_count()} cores ({platform.machine()}), shared with other work (load "
        f"average over the last 5 minutes at the end: {os.getloadavg()[1]:.1f}); "
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}. "
        f"Not counted: `git clone` {figures['clone']:.2f} s, and the first install that "
        f"warmed pip's cache, {seconds(figures['warm-up install'])} s."
    )
    lines = [heading, "", table(figures)]
    if figures["answers before"]:
        lines += ["", f"Answers before the first 200: {figures['answers before']}."]
    tasks = ", ".join(
        f"{count} on the {queue} queue ({busy:.0f} s of work, one job at a time)"
        for queue, (count, busy) in sorted(figures["tasks"].items())
    )
    lines += ["", f"Jobs the workers ran after the first `make run`: {tasks}."]
    if figures["survivors"]:
        lines += [
            "",
            "Still running after make had stopped (Ctrl-C), then killed: "
            + "; ".join(f"`{command}`" for command in figures["survivors"])
            + ".",
        ]
    text = "\n".join(lines)
    print(text)
    notes = figures["notes"] + [
        line for line in figures["again notes"] if line not in figures["notes"]
    ]
    if notes:
        print("\nWarnings and errors in the output of make run:", file=sys.stderr)
        for line in notes:
            print(f"  {line}", file=sys.stderr)
    if os.environ.get("WRITE_README", "1") != "0":
        write_block("startup", text)


if __name__ == "__main__":
    main()
