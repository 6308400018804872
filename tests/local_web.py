"""A tiny web server on 127.0.0.1 for the tests: pages, feeds, redirects and errors they write.

Routes map a path to (status, headers, body); a body may be a callable returning bytes, so a
test can change a page between two fetches. Nothing here reaches beyond this machine.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Body = bytes | Callable[[], bytes]


@dataclass
class Site:
    """The routes the server answers, and every request it saw (path, user agent)."""

    base: str = ""
    routes: dict[str, tuple[int, dict[str, str], Body]] = field(default_factory=dict)
    requests: list[tuple[str, str]] = field(default_factory=list)

    def page(self, path: str, body: Body, content_type: str = "text/html; charset=utf-8") -> str:
        self.routes[path] = (200, {"Content-Type": content_type}, body)
        return self.base + path

    def redirect(self, path: str, to: str, status: int = 302) -> str:
        self.routes[path] = (status, {"Location": to}, b"")
        return self.base + path

    def url(self, path: str) -> str:
        return self.base + path


@contextmanager
def serve() -> Iterator[Site]:
    site = Site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            site.requests.append((self.path, self.headers.get("User-Agent", "")))
            status, headers, body = site.routes.get(
                self.path, (404, {"Content-Type": "text/html"}, b"<html><body>gone</body></html>")
            )
            data = body() if callable(body) else body
            self.send_response(status)
            for key, value in headers.items():
                if key != "Content-Length":
                    self.send_header(key, value)
            if headers.get("Content-Length") != "":  # "" = say no length: read until closed
                self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            # The client may stop reading (a size limit): what the test wants.
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(data)

        def log_message(self, format: str, *args: object) -> None:  # quiet tests
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
