"""Serve the site as in production for the HTTP benchmarks (bench/search.py, bench/harness.py).

gunicorn with sync workers, DEBUG off, static files collected into a temporary folder and
served by WhiteNoise, on a free local port. Importing this module has no side effects: it
neither sets Django up nor reads the database.
"""

import http.client
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HOST = "127.0.0.1"


def default_file_roots(database_url):
    """MEDIA_ROOT and PRIVATE_MEDIA_ROOT as bench/generate.py names them, next to the database."""
    import dj_database_url

    database = dj_database_url.parse(database_url)
    if database["ENGINE"].endswith("sqlite3"):
        base = Path(database["NAME"]).with_suffix("")
    else:
        base = Path("/tmp/bench") / database["NAME"]  # noqa: S108 -- a benchmark's scratch folder
    return {"MEDIA_ROOT": f"{base}-media", "PRIVATE_MEDIA_ROOT": f"{base}-private"}


def free_port():
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def server_environment(static_root):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": f"{HOST},localhost",
        "DJANGO_STATIC_ROOT": str(static_root),
        "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "site")]),
    }


def fetch(port, path, timeout=120):
    """One GET as a browser behind the HTTPS load balancer sends it: (status, seconds)."""
    started = time.perf_counter()
    client = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        client.request(
            "GET",
            path,
            headers={
                "Host": HOST,
                "X-Forwarded-Proto": "https",  # production trusts the proxy's header
                "Accept-Encoding": "gzip",
                "User-Agent": "vitrine-bench",
            },
        )
        response = client.getresponse()
        response.read()
        status = response.status
    except (OSError, http.client.HTTPException):
        status = "no answer"
    finally:
        client.close()
    return status, time.perf_counter() - started


def wait_until_up(port, process, seconds=120):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        status, _elapsed = fetch(port, "/", timeout=10)
        if status == 200:
            return True
        time.sleep(0.5)
    return False


def collect_static(environment):
    """collectstatic into the environment's DJANGO_STATIC_ROOT, as a deployment does."""
    started = time.perf_counter()
    subprocess.run(  # noqa: S603 -- our own manage.py, fixed arguments
        [sys.executable, str(ROOT / "manage.py"), "collectstatic", "--noinput", "-v0"],
        env=environment,
        cwd=ROOT,
        check=True,
    )
    print(f"collectstatic: {time.perf_counter() - started:.0f} s", file=sys.stderr)


def start_gunicorn(application, port, environment, log, workers):
    """gunicorn in a session of its own (stop() ends it with its workers), logging to log."""
    bin_dir = Path(sys.executable).parent
    with open(log, "w") as log_file:
        return subprocess.Popen(  # noqa: S603 -- gunicorn from this venv, fixed arguments
            [
                str(bin_dir / "gunicorn"),
                application,
                f"--workers={workers}",
                "--worker-class=sync",
                f"--bind={HOST}:{port}",
                "--timeout=120",
                "--log-level=warning",
            ],
            env=environment,
            cwd=ROOT,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


def stop(process):
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
