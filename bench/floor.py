"""The floor of `make bench`: the production WSGI application plus one address, /__floor__.

gunicorn serves `bench.floor:application` instead of `config.wsgi:application`, with the same
settings, workers and static files, so every page runs exactly as in production. /__floor__
answers the home page's HTML from memory: the bytes are rendered once per worker, on its first
/__floor__ request (the benchmark's warm-up), then every later request costs only gunicorn,
WSGI and the network: the most any page could reach on this machine.
"""

from config.wsgi import application as site

FLOOR_PATH = "/__floor__"
_cache = {}  # the body, once per worker process, for its lifetime


def home_page_bytes(environ):
    """The home page as the site renders it for this request's headers (no cookies kept)."""
    home = {**environ, "PATH_INFO": "/", "QUERY_STRING": "", "REQUEST_METHOD": "GET"}
    response = site(home, lambda status, headers, exc_info=None: None)
    try:
        return b"".join(response)
    finally:
        if hasattr(response, "close"):
            response.close()


def application(environ, start_response):
    if environ.get("PATH_INFO") != FLOOR_PATH:
        return site(environ, start_response)
    if "body" not in _cache:
        _cache["body"] = home_page_bytes(environ)
    body = _cache["body"]
    start_response(
        "200 OK",
        [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(body)))],
    )
    return [body]
