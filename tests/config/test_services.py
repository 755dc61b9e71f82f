import os
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command

ROOT = Path(__file__).resolve().parents[2]


def test_static_files_get_hashed_compressed_names_with_debug_off(
    client, home_page, settings, tmp_path
):
    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    call_command("collectstatic", interactive=False, verbosity=0)

    html = client.get("/").content.decode()
    css_url = re.search(r'href="(/static/home/css/vitrine\.[0-9a-f]{12}\.css)"', html).group(1)
    response = client.get(css_url, headers={"accept-encoding": "gzip"})
    response.close()

    assert response.status_code == 200
    assert response["Content-Encoding"] == "gzip"
    assert "immutable" in response["Cache-Control"]


def redis_is_running():
    with socket.socket() as connection:
        connection.settimeout(0.5)
        return connection.connect_ex(("127.0.0.1", 6379)) == 0


def test_redis_url_gives_a_shared_redis_cache():
    if not redis_is_running() and not os.environ.get("CI"):
        pytest.skip("No Redis server on 127.0.0.1:6379.")
    # Read back through the same redis-py client object, as a page cache hit does.
    script = (
        "import django; django.setup();"
        "from django.core.cache import cache; from django.conf import settings;"
        "cache.set('vitrine-probe', 'shared', 10);"
        "cache.set_many({'vitrine-a': 1, 'vitrine-b': [2]}, 10);"
        "found = cache.get_many(['vitrine-a', 'vitrine-b', 'vitrine-none']);"
        "same = cache._cache.get_client() is cache._cache.get_client(write=True);"
        "cache.delete_many(['vitrine-probe', 'vitrine-a', 'vitrine-b']);"
        "print(settings.CACHES['default']['BACKEND'], found == {'vitrine-a': 1, 'vitrine-b': [2]},"
        " same, cache.get('vitrine-probe', 'gone'))"
    )

    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={
            **os.environ,
            "PYTHONPATH": f"{ROOT}{os.pathsep}{ROOT / 'site'}",
            "DJANGO_SETTINGS_MODULE": "config.settings.dev",
            "REDIS_URL": "redis://127.0.0.1:6379/15",
        },
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.stdout.split() == [
        "config.redis_cache.SharedClientsRedisCache",
        "True",
        "True",
        "gone",
    ], result.stderr
