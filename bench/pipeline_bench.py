"""Pipeline benchmark: signed webhooks in, bot replies recorded at a fake Graph API.

Starts `mostrador serve` (embedded mode: SQLite, in-process workers) as a real process and a
fake Graph API (tests/support), then sends greetings from many customers and measures, per
message, the time from the webhook POST to the first reply the fake receives.

    .venv/bin/python bench/pipeline_bench.py --mode open --rate 300 --duration 10
    .venv/bin/python bench/pipeline_bench.py --mode closed --concurrency 50 --duration 10

Prints replies/s, webhook ack and reply latency percentiles, lost (no reply within the
timeout) and duplicated (more replies than one greeting gets). Run one benchmark at a time on
a quiet machine; the load generator, the fake and the server share the same cores.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
from pathlib import Path

import aiohttp
import orjson
from aiohttp import web

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.support import webhooks
from tests.support.server import Secrets, ServerProcess


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


class QuickGraph:
    """A minimal Graph API fake on the benchmark's own event loop (aiohttp): answers like
    Meta and hands each reply to the waiting customer. The test suite's fake keeps full
    records for assertions and is too slow to measure a server near its limit."""

    def __init__(self, access_token: str) -> None:
        self.access_token = access_token
        self.queues: dict[str, asyncio.Queue[float]] = {}
        self.replies = 0
        self.reads = 0
        self.runner: web.AppRunner | None = None
        self.port = 0

    def queue(self, key: str) -> asyncio.Queue[float]:
        return self.queues.setdefault(key, asyncio.Queue())

    async def handle(self, request: web.Request) -> web.Response:
        received = time.monotonic()
        if request.headers.get("authorization") != f"Bearer {self.access_token}":
            return web.json_response({"error": {"code": 190, "message": "bad token"}}, status=401)
        body = await request.json(loads=orjson.loads)
        if body.get("status") == "read":
            self.reads += 1
            return web.json_response({"success": True})
        self.replies += 1
        to = str(body.get("to") or body.get("recipient"))
        self.queue(to).put_nowait(received)
        return web.json_response(
            {
                "messaging_product": "whatsapp",
                "contacts": [{"input": to, "wa_id": to}],
                "messages": [{"id": f"wamid.bench{self.replies}"}],
            }
        )

    async def start(self) -> str:
        app = web.Application()
        app.router.add_post("/{version}/{phone_id}/messages", self.handle)
        self.runner = web.AppRunner(app, access_log=None)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return f"http://127.0.0.1:{self.port}/v23.0"

    async def stop(self) -> None:
        if self.runner is not None:
            await self.runner.cleanup()


class Load:
    def __init__(self, server: ServerProcess, graph: QuickGraph, creds: Secrets, timeout: float):
        self.server = server
        self.graph = graph
        self.creds = creds
        self.timeout = timeout
        self.acks: list[float] = []
        self.latencies: list[float] = []
        self.lost = 0
        self.statuses: dict[int, int] = {}
        self.sent = 0

    async def one(self, session: aiohttp.ClientSession, customer: webhooks.Customer) -> None:
        body = webhooks.encode(
            webhooks.webhook(
                [webhooks.text(customer, "hola")], phone_number_id=self.creds.phone_number_id
            )
        )
        headers = {
            "content-type": "application/json",
            "x-hub-signature-256": webhooks.sign(self.creds.app_secret, body),
        }
        start = time.monotonic()
        url = f"{self.server.base_url}/webhooks/whatsapp"
        async with session.post(url, data=body, headers=headers) as response:
            await response.read()
            self.statuses[response.status] = self.statuses.get(response.status, 0) + 1
        self.acks.append((time.monotonic() - start) * 1000)
        self.sent += 1
        # Mexico's mobile "1" is dropped by the server's phone normalisation.
        key = (
            "52" + customer.address[3:] if customer.address.startswith("521") else customer.address
        )
        try:
            received = await asyncio.wait_for(self.graph.queue(key).get(), self.timeout)
        except TimeoutError:
            self.lost += 1
        else:
            self.latencies.append((received - start) * 1000)


async def drive(args: argparse.Namespace, load: Load) -> tuple[float, int]:
    """Sends the load; returns (sending window in seconds, sends skipped for no idle customer)."""
    idle = [webhooks.phone_customer(f"52155{90000000 + i}") for i in range(args.customers)]
    limit = args.concurrency * 2 if args.mode == "closed" else 256
    skipped = 0
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=limit)) as session:
        started = time.monotonic()

        async def turn(customer: webhooks.Customer) -> None:
            try:
                await load.one(session, customer)
            finally:
                idle.append(customer)

        if args.mode == "closed":

            async def worker() -> None:
                while time.monotonic() - started < args.duration:
                    if idle:
                        await turn(idle.pop(0))
                    else:
                        await asyncio.sleep(0.001)

            await asyncio.gather(*(worker() for _ in range(args.concurrency)))
        else:
            tasks: set[asyncio.Task[None]] = set()
            n = 0
            while (now := time.monotonic()) - started < args.duration:
                due = started + n / args.rate
                if now < due:
                    await asyncio.sleep(due - now)
                n += 1
                if not idle:
                    skipped += 1
                    continue
                task = asyncio.create_task(turn(idle.pop(0)))
                tasks.add(task)
                task.add_done_callback(tasks.discard)
            if tasks:
                await asyncio.gather(*tasks)
        return time.monotonic() - started, skipped


async def run(args: argparse.Namespace) -> dict[str, object]:
    creds = Secrets()
    graph = QuickGraph(creds.access_token)
    api_base = await graph.start()
    server = await asyncio.to_thread(ServerProcess(api_base, creds, demo=True).start)
    try:
        load = Load(server, graph, creds, args.reply_timeout)
        elapsed, skipped = await drive(args, load)
        await asyncio.sleep(1.0)  # late replies count as duplicates below, not as lost
        duplicated = graph.replies - (load.sent - load.lost)
    finally:
        await asyncio.to_thread(server.stop)
        await graph.stop()
    replies = len(load.latencies)
    return {
        "mode": args.mode,
        "sent": load.sent,
        "sent_per_s": round(load.sent / args.duration, 1),
        "replies": replies,
        "replies_per_s": round(replies / elapsed, 1),
        "skipped_no_idle_customer": skipped,
        "webhook_status": load.statuses,
        "ack_ms": {
            "p50": round(percentile(load.acks, 0.5), 2),
            "p99": round(percentile(load.acks, 0.99), 2),
        },
        "reply_ms": {
            "p50": round(percentile(load.latencies, 0.5), 2),
            "p95": round(percentile(load.latencies, 0.95), 2),
            "p99": round(percentile(load.latencies, 0.99), 2),
            "mean": round(statistics.fmean(load.latencies), 2) if load.latencies else None,
        },
        "lost": load.lost,
        "duplicated": max(duplicated, 0),
    }


def main() -> int:
    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("--mode", choices=["open", "closed"], default="open")
    p.add_argument("--rate", type=float, default=300.0, help="open loop: webhooks per second")
    p.add_argument("--concurrency", type=int, default=50, help="closed loop: customers at once")
    p.add_argument("--duration", type=float, default=10.0)
    p.add_argument("--customers", type=int, default=1000)
    p.add_argument("--reply-timeout", type=float, default=10.0)
    args = p.parse_args()
    result = asyncio.run(run(args))
    print(json.dumps(result, indent=2))
    r = result
    print(
        f"pipeline: {r['mode']} sent={r['sent']} ({r['sent_per_s']}/s) replies={r['replies']} "
        f"({r['replies_per_s']}/s) reply p50/p99={r['reply_ms']['p50']}/{r['reply_ms']['p99']} ms "  # type: ignore[index]
        f"lost={r['lost']} duplicated={r['duplicated']}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
