"""`mostrador serve` as a real subprocess: start, wait until healthy, stop, crash, restart.

The process gets a temp SQLite database (or the database URL given), fresh random secrets,
``MOSTRADOR_WHATSAPP_API_BASE`` pointing at the fake Graph API and ``MOSTRADOR_PUBLIC_URL``
pointing at itself (so payment links can be opened). Its output goes to ``server.log`` in its
work directory; `log_tail` is what failure messages show. Inherited ``MOSTRADOR_*`` variables
are dropped so a developer's shell or `.env` cannot change what the tests run against.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


@dataclass(frozen=True)
class Secrets:
    """Credentials shared by the tests, the fake Graph API and the server (fresh per run)."""

    admin_token: str = field(default_factory=lambda: "adm_" + secrets.token_hex(12))
    app_secret: str = field(default_factory=lambda: secrets.token_hex(16))
    verify_token: str = field(default_factory=lambda: "verify_" + secrets.token_hex(8))
    access_token: str = field(default_factory=lambda: "EAAG" + secrets.token_hex(20))
    phone_number_id: str = "106540352242922"


class ServerError(RuntimeError):
    """The server did not start or died; the message carries the end of its log."""


class ServerProcess:
    """One `mostrador serve --port P` process. The port and database survive `restart`."""

    def __init__(
        self,
        api_base: str,
        creds: Secrets | None = None,
        *,
        demo: bool = True,
        database_url: str | None = None,
        workdir: Path | None = None,
        extra_env: dict[str, str] | None = None,
        port: int | None = None,
    ) -> None:
        self.creds = creds or Secrets()
        self.port = port or free_port()
        self.workdir = Path(workdir or tempfile.mkdtemp(prefix="mostrador-e2e-"))
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.database_url = database_url or f"sqlite:///{self.workdir / 'db.sqlite'}"
        self.log_path = self.workdir / "server.log"
        inherited = {k: v for k, v in os.environ.items() if not k.startswith("MOSTRADOR_")}
        self.env = {
            **inherited,
            "PYTHONUNBUFFERED": "1",
            "MOSTRADOR_DATABASE_URL": self.database_url,
            "MOSTRADOR_ADMIN_TOKEN": self.creds.admin_token,
            "MOSTRADOR_WHATSAPP_APP_SECRET": self.creds.app_secret,
            "MOSTRADOR_WHATSAPP_VERIFY_TOKEN": self.creds.verify_token,
            "MOSTRADOR_WHATSAPP_ACCESS_TOKEN": self.creds.access_token,
            "MOSTRADOR_WHATSAPP_PHONE_NUMBER_ID": self.creds.phone_number_id,
            "MOSTRADOR_WHATSAPP_API_BASE": api_base,
            "MOSTRADOR_PUBLIC_URL": self.base_url,
            "MOSTRADOR_DEMO": "1" if demo else "0",
            **(extra_env or {}),
        }
        self.proc: subprocess.Popen[bytes] | None = None
        self.starts = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def command(self) -> list[str]:
        return [sys.executable, "-m", "mostrador", "serve", "--port", str(self.port)]

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    # -- lifecycle -------------------------------------------------------------------------------

    def start(self, ready_timeout: float = 60.0) -> ServerProcess:
        """Starts the process and waits for GET /api/healthz = 200."""
        if self.running:
            raise ServerError("already running")
        self.starts += 1
        with open(self.log_path, "ab") as log:
            log.write(f"\n===== start #{self.starts}: {' '.join(self.command)}\n".encode())
            log.flush()
            self.proc = subprocess.Popen(
                self.command,
                env=self.env,
                cwd=self.workdir,  # no stray .env or mostrador.db from the checkout
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
            )
        self.wait_ready(ready_timeout)
        return self

    def wait_ready(self, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        with httpx.Client(timeout=2.0) as client:
            while time.monotonic() < deadline:
                if self.proc is None or self.proc.poll() is not None:
                    code = None if self.proc is None else self.proc.returncode
                    raise ServerError(f"server exited with {code}; log tail:\n{self.log_tail()}")
                try:
                    if client.get(f"{self.base_url}/api/healthz").status_code == 200:
                        return
                except httpx.HTTPError:
                    pass
                time.sleep(0.05)
        raise ServerError(f"server not healthy after {timeout}s; log tail:\n{self.log_tail()}")

    def _signal(self, sig: signal.Signals) -> None:
        if self.running:
            assert self.proc is not None
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, sig)

    def stop(self, timeout: float = 10.0) -> int | None:
        """SIGTERM (graceful), then SIGKILL after `timeout` seconds. Returns the exit code."""
        if self.proc is None:
            return None
        self._signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self._signal(signal.SIGKILL)
            return self.proc.wait(timeout=5)

    def crash(self) -> int | None:
        """kill -9 at once: no shutdown code runs, as in a power cut or an OOM kill."""
        if self.proc is None:
            return None
        self._signal(signal.SIGKILL)
        return self.proc.wait(timeout=10)

    def restart(self, ready_timeout: float = 60.0) -> ServerProcess:
        """Starts again on the same port and database (after `stop` or `crash`)."""
        if self.running:
            self.stop()
        return self.start(ready_timeout)

    def __enter__(self) -> ServerProcess:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- diagnostics -----------------------------------------------------------------------------

    def log_tail(self, lines: int = 60) -> str:
        try:
            text = self.log_path.read_text(errors="replace")
        except OSError:
            return "(no log)"
        return "\n".join(text.splitlines()[-lines:])

    def admin_client(self, timeout: float = 10.0) -> httpx.Client:
        """An httpx client for the admin API (base URL and bearer token set)."""
        return httpx.Client(
            base_url=self.base_url,
            headers={"authorization": f"Bearer {self.creds.admin_token}"},
            timeout=timeout,
        )
