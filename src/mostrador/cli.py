"""The `mostrador` command: serve, chat, import-catalog."""

from __future__ import annotations

import gc
import sys
from pathlib import Path
from typing import Annotated

import typer

from mostrador.settings import Settings

app = typer.Typer(
    help="Mostrador: una tienda que vende por WhatsApp. / A shop that sells inside WhatsApp.",
    no_args_is_help=True,
    add_completion=False,
)


def _settings() -> Settings:
    settings = Settings()
    if settings.production:
        missing = settings.missing_production_secrets()
        if missing:
            typer.secho(
                "Production mode needs: " + ", ".join(missing), fg=typer.colors.RED, err=True
            )
            raise typer.Exit(2)
    if settings.llm_url and not settings.llm_model:
        typer.secho("MOSTRADOR_LLM_URL needs MOSTRADOR_LLM_MODEL", fg=typer.colors.RED, err=True)
        raise typer.Exit(2)
    return settings


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
) -> None:
    """Run the whole product in one process: webhooks, admin API, payment pages and workers."""
    import uvicorn

    from mostrador.bootstrap import bootstrap
    from mostrador.logs import configure
    from mostrador.web.app import create_app
    from mostrador.web.webhooks import FastWebhookPath

    settings = _settings()
    if not settings.public_url:
        shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host  # noqa: S104
        settings.public_url = f"http://{shown}:{port}"
    configure(settings.log_level, settings.log_json)
    typer.echo(f"Mostrador: database {_safe_url(settings.database_url)}")
    container = bootstrap(settings)
    # Everything built so far (catalog index, tables, settings) lives as long as the process:
    # keep it out of the collector's full passes, which otherwise stall replies under load.
    gc.collect()
    gc.freeze()
    gc.set_threshold(20_000, 20, 20)
    typer.echo(f"Mostrador: listening on http://{host}:{port}  (API docs: /docs)")
    uvicorn.run(
        FastWebhookPath(create_app(container)),
        host=host,
        port=port,
        log_level="warning",
        access_log=False,
        backlog=4096,
        timeout_keep_alive=30,
    )


@app.command()
def chat(
    user: Annotated[
        str, typer.Option(help="Who you are in this session (kept between runs).")
    ] = "local",
    name: Annotated[str, typer.Option(help="Your name as the shop sees it.")] = "",
) -> None:
    """Talk to the shop's bot in the terminal, as a customer would. Ctrl-D or 'salir' to quit."""
    from mostrador.bootstrap import TERMINAL_ACCOUNT, bootstrap
    from mostrador.channels.terminal import render_text
    from mostrador.logs import configure
    from mostrador.services.terminal import TerminalSession

    settings = _settings()
    configure("warning")
    container = bootstrap(settings)
    session = TerminalSession(
        container.uow,
        container.ingest,
        container.processor,
        TERMINAL_ACCOUNT,
        user,
        name,
        container.interpreter,
    )
    typer.secho("Escribe como cliente (por ejemplo «hola»). «salir» para terminar.", dim=True)
    while True:
        try:
            text = input("tú> ")
        except (EOFError, KeyboardInterrupt):
            typer.echo()
            break
        if text.strip().lower() in {"salir", "exit", "quit"}:
            break
        for reply in session.say(text):
            typer.echo(f"tienda> {render_text(reply)}")
    if container.llm is not None:
        session.run(container.llm.aclose())
    session.close()
    container.close()


@app.command("import-catalog")
def import_catalog(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="Catalog CSV (UTF-8).")],
) -> None:
    """Import or update products from a CSV file (sku, name, price, ... see README)."""
    from mostrador.bootstrap import bootstrap

    settings = _settings()
    container = bootstrap(settings)
    try:
        text = file.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        typer.secho(
            "The file is not UTF-8: save it as 'CSV UTF-8' and try again.", fg="red", err=True
        )
        raise typer.Exit(1) from None
    report = container.catalog.import_csv(container.shop_id, text)
    for warning in report.warnings:
        typer.secho(f"warning: {warning}", fg="yellow", err=True)
    for error in report.errors:
        typer.secho(f"line {error['line']}: {error['error']}", fg="red", err=True)
    typer.echo(f"imported {report.imported} product(s), {len(report.errors)} error(s)")
    container.close()
    if report.errors and not report.imported:
        sys.exit(1)


def _safe_url(url: str) -> str:
    """The database URL without its password."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        return f"{scheme}://{creds.split(':')[0]}:***@{host}" if ":" in creds else url
    return url
