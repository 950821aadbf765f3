"""Which variant a customer's words name: "la negra", "de 600", "talla 26", "el grande".

Variants of one product share its name; what tells them apart is a few words of their
variant text ("Negro / M", "600 ml", "Blíster x 10 tabletas"). These functions read those
words in what the customer wrote, and how a variant is asked for (talla, color...).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from mostrador.domain.catalog import Product
from mostrador.domain.language import WORD_NUMBERS
from mostrador.domain.text import fold

COLOR_WORDS = (
    "negro negra blanco blanca rojo roja azul verde amarillo amarilla rosa gris cafe morado "
    "morada naranja beige dorado plateado cafe marron vino celeste turquesa crema"
)
COLORS = frozenset(COLOR_WORDS.split())
_SIZE = re.compile(r"^(?:talla\b.*|x{0,3}[sml]|xx?l|ch|med|gde|unitalla|\d{1,2}(?:\.5)?)$")
_UNITS = frozenset(
    [
        "ml",
        "l",
        "lt",
        "lts",
        "litro",
        "litros",
        "g",
        "gr",
        "kg",
        "oz",
        "talla",
        "color",
        "tamano",
        "pza",
        "pzas",
    ]
)
_MEASURE = re.compile(r"\d\s?(?:g|gr|kg|ml|l|lt|oz|pzas?|piezas|gb|tb|cm|m)\b")


def variant_word(variants: Sequence[Product]) -> str:
    """How to ask for the variant: talla, color, presentación or variante."""
    sizes = colors = measures = 0
    for product in variants:
        parts = [p.strip() for p in re.split(r"[/,|-]", fold(product.variant)) if p.strip()]
        sizes += any(_SIZE.match(p) for p in parts)
        colors += any(w in COLORS for p in parts for w in p.split())
        measures += bool(_MEASURE.search(fold(product.variant)))
    count = len(variants)
    if colors == count and sizes == count:
        return "color y talla"
    if sizes == count:
        return "talla"
    if colors == count:
        return "color"
    if measures == count:
        return "presentación"
    return "variante"


def variant_named(variants: Sequence[Product], text: str) -> Product | None:
    """The one variant whose words all appear in `text` ("negra", "de 600", "talla 26")."""
    said = _variant_words(text)
    if variants:
        # Words of the product's own name say nothing about the variant: the 3 of "Pack x3
        # Pañaleros" is no "3-6 meses".
        said = said - set(_words_of(variants[0].name)) or said
    if not said:
        return None
    keys = [_variant_key_words(product.variant) for product in variants]
    fits = [
        product
        for product, wanted in zip(variants, keys, strict=True)
        if wanted and all(any(_same_word(w, s) for s in said) for w in wanted)
    ]
    if not fits and len(variants) > 1:
        # Words every variant shares ("Único" in "Turquesa / Único", "talle") tell none apart.
        shared = set.intersection(*keys)
        fits = [
            product
            for product, wanted in zip(variants, keys, strict=True)
            if wanted - shared and all(any(_same_word(w, s) for s in said) for w in wanted - shared)
        ]
    if not fits and len(variants) > 1:
        # Said in part: "2 blísteres de paracetamol" is the "Blíster x 10 tabletas", "de
        # manzana" the "Manzana 400 ml": the one variant most of whose own words were said,
        # when no other ties with it.
        shared = set.intersection(*keys)
        own = said
        # A size said ("de 500 gramos") outweighs a container word ("2 paquetes de fideos" is
        # not the "Paquete x20" when the "Bolsa 500 g" was named by its size).
        scored = [
            (
                sum(
                    (2 if w[0].isdigit() else 1)
                    for w in wanted - shared
                    if any(_same_word(w, s) for s in own)
                ),
                product,
            )
            for product, wanted in zip(variants, keys, strict=True)
        ]
        best = max(score for score, _ in scored)
        fits = [product for score, product in scored if score == best] if best else []
        if len(fits) > 1:
            # "4 latas de atún": the "Lata 170 g", not the "Pack x6 latas".
            first = [
                p
                for p in fits
                if (lead := _words_of(p.variant)[0]).isalpha()
                and any(_same_word(lead, s) for s in own)
            ]
            fits = first or fits
    if not fits and len(variants) > 1:
        fits = _by_size_word(variants, said)
    return fits[0] if len(fits) == 1 else None


_BIG = frozenset(["grande", "grandes", "grandote", "big", "large", "familiar", "mayor"])
_SMALL_WORDS = frozenset(["chico", "chica", "chicos", "chicas", "pequeno", "pequena", "small"])
_AMOUNT = re.compile(r"(\d+(?:[.,]\d+)?)\s*(ml|l|lt|g|gr|kg|oz|cm|m)?\b")
_TO_BASE = {"l": 1000.0, "lt": 1000.0, "kg": 1000.0, "m": 100.0}


def _by_size_word(variants: Sequence[Product], said: set[str]) -> list[Product]:
    """ "el chimichurri grande": the biggest of variants that differ only in amount ("250 g",
    "500 g"); "un frasco chico" the smallest."""
    big, small = bool(said & _BIG), bool(said & _SMALL_WORDS)
    if big == small:
        return []
    amounts: list[tuple[float, Product]] = []
    for product in variants:
        found = _AMOUNT.search(fold(product.variant))
        if found is None:
            return []
        amount = float(found.group(1).replace(",", "."))
        amounts.append((amount * _TO_BASE.get(found.group(2) or "", 1.0), product))
    amounts.sort(key=lambda pair: pair[0])
    if amounts[0][0] == amounts[-1][0]:
        return []
    return [amounts[-1][1] if big else amounts[0][1]]


def closest_variant(variants: Sequence[Product], current: Product, text: str) -> Product | None:
    """The variant that has every variant word of `text` and otherwise stays closest to
    `current`: "talla L" from "Negro / S" is "Negro / L", not "Blanco / L"."""
    said = _variant_words(text)
    known = set().union(*(_variant_key_words(p.variant) for p in variants), set())
    wanted = {w for w in said if any(_same_word(k, w) for k in known)}
    if not wanted:
        return None
    keep = _variant_key_words(current.variant)
    fits = [
        (len(keep & _variant_key_words(p.variant)), p)
        for p in variants
        if all(any(_same_word(k, w) for k in _variant_key_words(p.variant)) for w in wanted)
    ]
    if not fits:
        return None
    best = max(score for score, _ in fits)
    chosen = [p for score, p in fits if score == best]
    return chosen[0] if len(chosen) == 1 else None


def variant_tagged(variants: Sequence[Product], text: str) -> Product | None:
    """The one variant tagged with a phrase `text` contains that no other variant has:
    "una tapa de huevo" is the 30-egg tray when only that row is tagged "tapa de huevo"."""
    said = f" {' '.join(_ordered_words(text))} "
    own = [
        {tag for tag in (fold(t) for t in product.tags) if tag}
        - set().union(*({fold(t) for t in other.tags} for other in variants if other != product))
        for product in variants
    ]
    fits = [
        (product, tag)
        for product, tags in zip(variants, own, strict=True)
        for tag in tags
        if f" {' '.join(_ordered_words(tag))} " in said
    ]
    if len({product.sku for product, _ in fits}) != 1:
        return None
    product, tag = fits[0]
    # "una malteada de fresa": the row tagged "malteada" is no answer when the customer also
    # said which one ("fresa") in words the tag does not hold.
    explained = set(_ordered_words(tag)) | set(_words_of(product.name)) | _JOINING
    rest = [
        w
        for w in _ordered_words(text)
        if w not in explained and w not in _COUNT_WORDS and not w[0].isdigit()
    ]
    return None if rest else product


# Colours catalogs name in English ("Cosmic Red", "Midnight Black"), said in Spanish, and one
# colour's regional names.
_ENGLISH_COLORS = {
    "red": "rojo", "black": "negro", "white": "blanco", "blue": "azul", "green": "verde",
    "gray": "gris", "grey": "gris", "pink": "rosa", "yellow": "amarillo", "purple": "morado",
    "orange": "naranja", "silver": "plateado", "gold": "dorado", "brown": "marron",
    # One colour, three names: café (MX, CL), marrón (AR, ES), brown.
    "cafe": "marron",
}  # fmt: skip


def _words_of(text: str) -> list[str]:
    return [_ENGLISH_COLORS.get(w, w) for w in re.findall(r"[a-z]+|\d+(?:[.,]\d+)?", fold(text))]


# Words that join a variant's name ("Dulce de Leche", "Con Orégano") and tell nothing apart:
# "una malteada de fresa" must not pick the Dulce de Leche for its "de". "sin" stays.
_JOINING = frozenset(["de", "del", "la", "el", "los", "las", "y", "con", "en", "a", "al", "para"])
_COUNT_WORDS = frozenset(["un", "una", "uno", "unos", "unas", "quiero", "me", "das", "dame"])


def _variant_key_words(variant: str) -> set[str]:
    """The words that tell a variant apart: "600 ml" -> {600}, "Negro / M" -> {negro, m}."""
    tokens = _words_of(variant)
    return {
        token
        for index, token in enumerate(tokens)
        if not (token in _UNITS and index > 0 and tokens[index - 1][0].isdigit())
        and token not in ("talla", "color")
        and token not in _JOINING
    }


def _ordered_words(text: str) -> list[str]:
    return re.findall(r"[a-z]+|\d+(?:[.,]\d+)?", fold(text))


def _variant_words(text: str) -> set[str]:
    words = _words_of(text)
    said = set(words)
    for index, word in enumerate(words):
        if word not in ("litro", "kilo") or (index > 0 and words[index - 1][0].isdigit()):
            continue
        before = words[max(0, index - 2) : index]
        if "medio" in before or "media" in before:
            said.add("500")  # "medio kilo del blend": the 500 g bag, not the kilo
        elif "cuarto" in before:
            said.add("250")
        else:
            said.add("1")  # "aceite de litro", "azúcar de un kilo": one of the unit
    return said


def _same_word(wanted: str, said: str) -> bool:
    if wanted.isdigit() or said.isdigit() or len(wanted) < 4:
        return wanted == said
    return said[:4] == wanted[:4]  # negro/negra, blanco/blancas


# A weight, volume or length said as the answer to "¿cuántas?": "un kilo", "2 kilos",
# "medio kilo", "veinte metros".
_SAID_AMOUNT = re.compile(
    r"^(?:(?P<half>medio|media)|(?P<n>\S+?)(?P<and_half> y medio)?)\s+"
    r"(?P<unit>kilos?|kilitos?|kgs?|litros?|lts?|metros?|mts?)$"
)
_PER_UNIT = re.compile(
    r"\((?:kg|kilo|x kg|por kilo|l|litro|m|metro|x metro|por metro)\)|"
    r"\bpor (?:kilo|kg|litro|metro)\b"
)


def amount_count(product: Product, said: str) -> int | None:
    """How many of `product` a weight or volume makes: "un kilo" of the "Judía verde 1 kg" is
    one, of a "500 g" bag two, "medio kilo" of it one; None when it does not divide evenly
    or the product says no amount."""
    found = _SAID_AMOUNT.match(said)
    if found is None:
        return None
    if found.group("half"):
        wanted = 0.5
    else:
        n = found.group("n")
        number = WORD_NUMBERS.get(n) if not n[0].isdigit() else float(n.replace(",", "."))
        if number is None:
            return None
        wanted = float(number) + (0.5 if found.group("and_half") else 0.0)
    text = fold(product.full_name)
    if _PER_UNIT.search(text):
        each = 1.0  # sold by the kilo, the litre or the metre: the amount is the count
    elif (size := _AMOUNT.search(text)) and size.group(2) in _WEIGHED_UNITS:
        # In kilos or litres: "500 g" is 0.5, "1 kg" is 1.
        base = float(size.group(1).replace(",", ".")) * _TO_BASE.get(size.group(2), 1.0)
        each = base / 1000.0
    else:
        return None
    count = wanted / each
    return round(count) if count >= 1 and abs(count - round(count)) < 1e-6 else None


_WEIGHED_UNITS = frozenset(["ml", "l", "lt", "g", "gr", "kg"])
