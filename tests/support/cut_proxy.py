"""A loopback TCP proxy whose link can be cut and restored: "the office lost its internet" for whole app
processes or windows (every connection through it dies at once; new ones are refused until restored)."""

from __future__ import annotations

import contextlib
import socket
import threading
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit


class CutProxy:
    def __init__(self, target: str | tuple[str, int]) -> None:
        self._target = target  # a Unix socket path, or (host, port)
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._open: set[socket.socket] = set()
        self._lock = threading.Lock()
        self.connected = True
        self._closed = False
        threading.Thread(target=self._accept, name="cut-proxy", daemon=True).start()

    @classmethod
    def for_url(cls, url: str) -> tuple[CutProxy, str]:
        """A proxy in front of a database URL's server (TCP or Unix socket), and the same URL through it."""
        parts = urlsplit(url)
        query = dict(parse_qsl(parts.query))
        socket_dir = query.pop("host", parts.hostname or "")
        port = int(query.pop("port", parts.port or 5432))
        target: str | tuple[str, int] = (f"{socket_dir}/.s.PGSQL.{port}" if socket_dir.startswith("/")
                                         else (socket_dir or "127.0.0.1", port))
        proxy = cls(target)
        credentials = parts.netloc.rpartition("@")[0]
        netloc = f"{credentials}@127.0.0.1:{proxy.port}" if credentials else f"127.0.0.1:{proxy.port}"
        return proxy, urlunsplit((parts.scheme, netloc, parts.path, urlencode(query), parts.fragment))

    def cut(self) -> None:
        with self._lock:
            self.connected = False
            for sock in self._open:
                _close(sock)
            self._open.clear()

    def restore(self) -> None:
        self.connected = True

    def close(self) -> None:
        self._closed = True
        self.cut()
        _close(self._listener)

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _address = self._listener.accept()
            except OSError:
                return
            if not self.connected:
                _close(client)
                continue
            try:
                if isinstance(self._target, str):
                    upstream = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                    upstream.connect(self._target)
                else:
                    upstream = socket.create_connection(self._target, timeout=5)
                upstream.settimeout(None)
            except OSError:
                _close(client)
                continue
            with self._lock:
                self._open.update((client, upstream))
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(source, sink), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            return  # cut
        finally:
            for sock in (source, sink):
                _close(sock)
                with self._lock:
                    self._open.discard(sock)


def _close(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    sock.close()
