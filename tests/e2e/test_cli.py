"""The `mostrador` command as a user runs it: chat in the terminal, import a catalog."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


def _run(args: list[str], tmp_path: Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MOSTRADOR_")}
    env["MOSTRADOR_DATABASE_URL"] = f"sqlite:///{tmp_path / 'cli.db'}"
    return subprocess.run(
        [sys.executable, "-m", "mostrador", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )


def test_a_customer_can_order_in_the_terminal_chat(tmp_path: Path) -> None:
    lines = [
        "hola",
        "1",
        "arroz",
        "2",
        "2",
        "Ana Pérez",
        "55 1234 5678",
        "ana@example.org",
    ]
    done = _run(["chat", "--user", "ana"], tmp_path, "\n".join([*lines, "salir"]) + "\n")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "Miscelánea La Esquina" in out
    assert "1. Pedir para recoger" in out
    assert "¿Cuántas unidades de Arroz Súper Extra 1 kg quieres?" in out
    assert "2 × Arroz Súper Extra 1 kg" in out
    assert "quedó registrado" in out and "/pay/" in out


def test_the_chat_remembers_the_conversation_between_runs(tmp_path: Path) -> None:
    first = _run(["chat", "--user", "luis"], tmp_path, "quiero hacer un pedido\nsalir\n")
    assert "¿Cómo quieres recibir tu pedido" in first.stdout
    again = _run(["chat", "--user", "luis"], tmp_path, "retiro en tienda\nsalir\n")
    assert "¿Qué producto buscas?" in again.stdout


def test_import_catalog_reports_bad_lines_and_keeps_the_good_ones(tmp_path: Path) -> None:
    csv = tmp_path / "catalogo.csv"
    csv.write_text(
        "sku,name,price,stock\n"
        "TAZ-01,Taza <b>Azul</b>,120.00,5\n"
        "TAZ-02,Taza Roja,12,50,3\n"
        "TAZ-03,Taza Verde,abc,1\n",
        encoding="utf-8",
    )
    done = _run(["import-catalog", str(csv)], tmp_path)
    assert done.returncode == 0, done.stderr
    assert "imported 1 product(s), 2 error(s)" in done.stdout
    assert "line 3:" in done.stderr and "line 4:" in done.stderr


def test_import_catalog_refuses_a_file_that_is_not_utf8(tmp_path: Path) -> None:
    csv = tmp_path / "latin1.csv"
    csv.write_bytes("sku,name,price\nX1,Café,10.00\n".encode("latin-1"))
    done = _run(["import-catalog", str(csv)], tmp_path)
    assert done.returncode == 1
    assert "UTF-8" in done.stderr
