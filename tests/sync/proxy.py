"""A loopback TCP proxy in front of PostgreSQL that plays a bad office link (sync.md §6.1 H2).

Runs an asyncio loop on a daemon thread; every control method is thread-safe. Faults:

- `latency_s`: one-way delay added to every chunk in both directions (RTT = 2 × latency + the server's time);
- `bandwidth_bps`: a cap shared by every connection, per direction (a chunk occupies the link for its
  serialisation time, then travels `latency_s`), so a big pull queues behind itself as on a real line;
- `blackhole(True)`: connections stay accepted but nothing is forwarded (bytes are dropped, new connections
  never reach the server); `blackhole(False)` heals and resets every connection that lost bytes, as TCP
  would after its retransmissions ran out;
- `reset()`: every open connection gets an RST on both sides; `refuse(True)` resets new ones on accept;
- `cut_next_request()`: the next request chunk a client sends is forwarded, the server's reply is awaited
  and dropped, then the client gets an RST — the reply is lost after the server committed.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import statistics
import struct
import threading
import time
from collections.abc import Coroutine
from dataclasses import dataclass, field
from typing import Any, TypeVar

T = TypeVar("T")
CHUNK = 65536


def _rst(writer: asyncio.StreamWriter | None) -> None:
    """Close with an RST (SO_LINGER 0) instead of a FIN."""
    if writer is None or writer.transport.is_closing():
        return
    sock = writer.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()


@dataclass(eq=False)
class _Link:
    client: asyncio.StreamWriter
    server: asyncio.StreamWriter | None = None
    lost_bytes: bool = False
    cut: bool = False  # armed: the reply to the request in flight is dropped, then the client is reset
    tasks: list[asyncio.Task[None]] = field(default_factory=list)

    def reset(self) -> None:
        _rst(self.client)
        _rst(self.server)
        for task in self.tasks:
            task.cancel()


class _Direction:
    """One direction of the shared office link: bandwidth is serialised, latency added after."""

    def __init__(self) -> None:
        self.free_at = 0.0


class FaultProxy:
    def __init__(self, target_host: str, target_port: int, *, latency_s: float = 0.0,
                 bandwidth_bps: float | None = None) -> None:
        """`target_host` may be a socket directory (as libpq takes it): then the server's Unix socket."""
        self.target = (target_host, target_port)
        self.latency_s = latency_s
        self.bandwidth_bps = bandwidth_bps
        self.port = 0
        self.connections = 0
        self.cuts = 0
        self._blackhole = False
        self._refuse = False
        self._cut_armed = False
        self._links: set[_Link] = set()
        self._up, self._down = _Direction(), _Direction()
        self._loop = asyncio.new_event_loop()
        self._server: asyncio.base_events.Server | None = None
        self._thread = threading.Thread(target=self._loop.run_forever, name="fault-proxy", daemon=True)

    # ---- life cycle

    @classmethod
    def in_front_of(cls, conninfo: str, **options: Any) -> FaultProxy:
        """A proxy (not started) for the server that `conninfo` points at."""
        from psycopg.conninfo import conninfo_to_dict

        params = conninfo_to_dict(conninfo.replace("postgresql+psycopg://", "postgresql://"))
        return cls(str(params.get("host") or "/tmp"), int(params.get("port") or 5432), **options)

    def start(self) -> FaultProxy:
        self._thread.start()
        self._server = self._run(asyncio.start_server(self._accept, "127.0.0.1", 0))
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    def stop(self) -> None:
        async def close() -> None:
            assert self._server is not None
            self._server.close()
            for link in list(self._links):
                link.reset()

        self._run(close())
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    def url(self, conninfo: str) -> str:
        """`conninfo` (a postgresql:// URL or a key=value string) pointed at this proxy."""
        from psycopg.conninfo import conninfo_to_dict, make_conninfo

        params = conninfo_to_dict(conninfo.replace("postgresql+psycopg://", "postgresql://"))
        params.update(host="127.0.0.1", port=str(self.port))
        return make_conninfo(**params)

    def _run(self, coro: Coroutine[Any, Any, T]) -> T:
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(10)

    # ---- faults (callable from any thread)

    def blackhole(self, on: bool) -> None:
        async def switch() -> None:
            self._blackhole = on
            if not on:
                for link in [link for link in self._links if link.lost_bytes]:
                    link.reset()

        self._run(switch())

    def refuse(self, on: bool) -> None:
        self._refuse = on

    def reset(self) -> int:
        """RST every open connection; returns how many there were."""
        async def reset_all() -> int:
            links = list(self._links)
            for link in links:
                link.reset()
            return len(links)

        return self._run(reset_all())

    def cut_next_request(self) -> None:
        self._cut_armed = True

    def heal(self) -> None:
        self._cut_armed = False
        self.refuse(False)
        self.blackhole(False)

    # ---- forwarding

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        if self._refuse:
            _rst(writer)
            return
        link = _Link(writer)
        self._links.add(link)
        try:
            if self._blackhole:  # accepted, but the server never hears of it
                link.lost_bytes = True
                while await reader.read(CHUNK):
                    pass
                writer.close()
                return
            server_reader, link.server = await self._open_server()
            up = asyncio.ensure_future(self._pump(reader, link.server, link, self._up, upstream=True))
            down = asyncio.ensure_future(self._pump(server_reader, writer, link, self._down, upstream=False))
            link.tasks = [up, down]
            await asyncio.wait(link.tasks)
            writer.close()
            link.server.close()
        except (OSError, asyncio.CancelledError):
            link.reset()
        finally:
            self._links.discard(link)

    async def _open_server(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        host, port = self.target
        if host.startswith("/"):
            return await asyncio.open_unix_connection(f"{host}/.s.PGSQL.{port}")
        return await asyncio.open_connection(host, port)

    def _deliver_at(self, direction: _Direction, size: int) -> float:
        now = time.monotonic()
        if self.bandwidth_bps:
            start = max(now, direction.free_at)
            direction.free_at = start + size * 8 / self.bandwidth_bps
            now = direction.free_at
        return now + self.latency_s

    async def _pump(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, link: _Link,
                    direction: _Direction, *, upstream: bool) -> None:
        """Read chunks as they come; a second task writes each at its delivery time, in order."""
        queue: asyncio.Queue[tuple[float, bytes] | None] = asyncio.Queue()

        async def write() -> None:
            while (item := await queue.get()) is not None:
                due, data = item
                delay = due - time.monotonic()
                if delay > 0:
                    await asyncio.sleep(delay)
                if not upstream and link.cut:  # the server answered: it has committed; drop it, reset
                    self.cuts += 1
                    link.reset()
                    return
                writer.write(data)
                await writer.drain()

        writing = asyncio.ensure_future(write())
        try:
            while data := await reader.read(CHUNK):
                if self._blackhole:
                    link.lost_bytes = True
                    continue
                if upstream and self._cut_armed and not link.cut:
                    self._cut_armed = False
                    link.cut = True
                queue.put_nowait((self._deliver_at(direction, len(data)), data))
            queue.put_nowait(None)
            await writing
            if writer.can_write_eof() and not writer.transport.is_closing():
                writer.write_eof()  # a graceful close travels on, after the data
        except OSError:
            link.reset()
        finally:
            writing.cancel()


def measure_rtt(conninfo: str, samples: int = 5) -> float:
    """Median seconds of a `SELECT 1` round trip on an open connection (through the proxy if pointed at it)."""
    import psycopg

    with psycopg.connect(conninfo, autocommit=True, prepare_threshold=None) as conn:
        conn.execute("SELECT 1")
        times = []
        for _ in range(samples):
            start = time.perf_counter()
            conn.execute("SELECT 1").fetchone()
            times.append(time.perf_counter() - start)
    return statistics.median(times)
