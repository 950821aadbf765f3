"""Regenerates the Rioplatense overlay catalog (locale/es_AR) from the Spanish message ids.

Argentine and Uruguayan shoppers read "¿Qué producto buscás?", not "buscas". The Spanish
sentences are the message ids (see services/conversation/i18n.py); this rewrites the tú forms
they use into voseo and keeps only the sentences that change. Run it after adding Spanish
sentences, then read the diff: the rules are mechanical and a new verb may need one more.

    .venv/bin/python scripts/voseo_catalog.py
"""

from __future__ import annotations

import re
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

LOCALE = Path(__file__).resolve().parents[1] / "src" / "mostrador" / "locale"
RULES = (
    ("quieres", "querés"), ("puedes", "podés"), ("buscas", "buscás"), ("tienes", "tenés"),
    ("escribe", "escribí"), ("escríbelo", "escribilo"), ("elige", "elegí"),
    ("prefieres", "preferís"), ("necesitas", "necesitás"), ("deseas", "querés"),
    ("dime", "decime"), ("confirmas", "confirmás"), ("revisa", "revisá"), ("paga", "pagá"),
    ("intenta", "intentá"), ("mira", "mirá"), ("llevas", "llevás"), ("agrega", "agregá"),
    ("pide", "pedí"), ("pídela", "pedila"), ("comparte", "compartí"), ("envía", "mandá"),
    ("responde", "respondé"), ("toca", "tocá"), ("vuelve", "volvé"), ("pasas", "pasás"),
    ("cuéntame", "contame"), ("avísame", "avisame"), ("recoges", "retirás"),
    ("recogerlo", "retirarlo"), ("recoger", "retirar"), ("aquí", "acá"), ("a ti", "a vos"),
)  # fmt: skip


def voseo(sentence: str) -> str:
    for tu, vos in RULES:
        for a, b in ((tu, vos), (tu.capitalize(), vos.capitalize())):
            sentence = re.sub(rf"\b{a}\b", b, sentence)
    return sentence


def main() -> None:
    with (LOCALE / "en" / "LC_MESSAGES" / "mostrador.po").open("rb") as handle:
        spanish = [m.id for m in read_po(handle) if m.id and isinstance(m.id, str)]
    overlay = Catalog(locale="es_AR", project="Mostrador", charset="utf-8")
    for message_id in spanish:
        if (changed := voseo(message_id)) != message_id:
            overlay.add(message_id, changed)
    target = LOCALE / "es_AR" / "LC_MESSAGES" / "mostrador.po"
    with target.open("wb") as handle:
        write_po(handle, overlay, width=100, omit_header=False)
    print(f"{len(overlay)} sentences in {target}")


if __name__ == "__main__":
    main()
