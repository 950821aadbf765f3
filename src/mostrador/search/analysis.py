"""Text analysis for product search: folding, tokens, units, Spanish stems, phonetic keys.

Documents and queries go through the same `analyze`, so both sides meet on one vocabulary of
terms. Only the query side adds typo correction and synonyms (see `_vocabulary.py`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

import Stemmer

from mostrador.domain.text import fold

__all__ = [
    "FILLER_WORDS",
    "SOFT_WORDS",
    "STOPWORDS",
    "Kind",
    "Token",
    "allowed_edits",
    "analyze",
    "fold_text",
    "phonetic_key",
    "stem",
]


class Kind(Enum):
    WORD = "word"
    NUMBER = "number"
    UNIT = "unit"
    SIZE = "size"  # a number after "talla", "número", "del"...: ranks sizes above counts
    MEASURE = "measure"  # a number and unit in a base unit: "1 L" = "1000 ml" = "=1000ml"


@dataclass(frozen=True, slots=True)
class Token:
    term: str  # what the index stores: a stem, a normalized number or a unit code
    surface: str  # the folded word as typed; typo budgets and prefixes are measured on it
    kind: Kind


# Numbers stay glued to a unit ("600ml") or a decimal part ("1,5"); words may carry digits
# ("ps5", "a54") and then are kept whole.
_RAW_TOKEN = re.compile(r"\d+(?:[.,]\d+)?[a-z]*|[a-z][a-z0-9]*")
_NUMBER_UNIT = re.compile(r"(\d+(?:[.,]\d+)?)([a-z]*)")

_UNIT_FORMS: dict[str, tuple[str, ...]] = {
    "ml": ("ml", "mls", "mililitro", "mililitros", "cc"),
    "l": ("l", "lt", "lts", "ltr", "ltrs", "litro", "litros"),
    "g": ("g", "gr", "grs", "grm", "grms", "gramo", "gramos"),
    "kg": ("kg", "kgs", "kilo", "kilos", "kilogramo", "kilogramos"),
    "mg": ("mg", "miligramo", "miligramos"),
    "oz": ("oz", "onza", "onzas"),
    "gb": ("gb", "giga", "gigas"),
    "tb": ("tb",),
    "mb": ("mb",),
    "cm": ("cm", "centimetro", "centimetros"),
    "mm": ("mm", "milimetro", "milimetros"),
    "m": ("m", "mt", "mts", "metro", "metros"),
    "in": ("in", "pulgada", "pulgadas", "pulg"),
    "pz": ("pz", "pza", "pzas", "pieza", "piezas"),
    "w": ("w", "watt", "watts", "vatio", "vatios"),
    "v": ("v", "volt", "volts", "voltio", "voltios"),
    "mah": ("mah",),
    # A car battery's amp-hours, as shoppers say them: "batería 45 amp", "60 amperes".
    "ah": ("ah", "amp", "amps", "amper", "amperes", "amperios"),
    "gal": ("gal", "galon", "galones"),
    "pack": ("pack", "packs", "pk"),
}
UNITS: dict[str, str] = {form: code for code, forms in _UNIT_FORMS.items() for form in forms}
# Short forms read as units only right after a number: "talla l", "playera m" are sizes, and
# "cc"/"in"/"pieza" are ordinary words elsewhere.
_UNIT_ONLY_AFTER_NUMBER = frozenset(
    {"l", "lt", "g", "gr", "m", "mt", "cc", "in", "oz", "pz", "pza", "pzas", "pieza", "piezas"}
    | {"cm", "mm", "mts", "metro", "metros", "tb", "mb", "w", "v", "pack", "packs", "pk"}
    | {"ah", "amp", "amps", "amper"}
)
# Units of one dimension meet in one base unit, so a query and a product written in different
# units match: "1 litro" = "1 L" = "1000 ml", "medio kilo" = "500 g", "1 g" = "1000 mg".
_BASE_UNITS: dict[str, tuple[str, float]] = {
    "ml": ("ml", 1.0),
    "l": ("ml", 1000.0),
    "g": ("g", 1.0),
    "kg": ("g", 1000.0),
    "mg": ("g", 0.001),
    "mm": ("mm", 1.0),
    "cm": ("mm", 10.0),
    "m": ("mm", 1000.0),
    "gb": ("gb", 1.0),
    "tb": ("gb", 1000.0),
    "pack": ("pack", 1.0),
}
# Amounts said in words, rewritten as figures before tokens are cut. Order matters: "litro y
# medio" before "un litro".
_MEASURE_WORDS = r"(litros?|lts?|l|kilos?|kgs?|kg|galon(?:es)?)"
_SPOKEN_AMOUNTS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bmedia docena\b"), "6"),
    (re.compile(r"\bsix[ -]?pack\b"), "6 pack"),
    # US Spanish: "un twelve de Modelo", "un six de Tecate" are the 12 and 6 packs.
    (re.compile(r"\btwelve(?:[ -]?pack)?\b"), "12 pack"),
    (re.compile(r"\bsix\b(?![ -]?pack)"), "6 pack"),
    (re.compile(r"\b(\d+)\s*(pack|packs|pk)\b"), r"\1 pack"),
    (re.compile(r"\b(\d+)\s*" + _MEASURE_WORDS + r"\s+y\s+medio\b"), r"\1.5 \2"),
    (re.compile(r"\b(?:(?:un|una|1)\s+)?" + _MEASURE_WORDS + r"\s+y\s+medio\b"), r"1.5 \1"),
    (re.compile(r"\bmedi[oa]\s+" + _MEASURE_WORDS + r"\b"), r"0.5 \1"),
    (re.compile(r"\b(?:un\s+)?cuarto\s+(?:de\s+)?" + _MEASURE_WORDS + r"\b"), r"0.25 \1"),
    # "coca de litro", "un kilo de arroz": one of the unit, said without a figure.
    (re.compile(r"\b(un|una|de|el)\s+(litro|kilo|galon)\b"), r"\1 1 \2"),
)


def _speak_figures(folded: str) -> str:
    for pattern, replacement in _SPOKEN_AMOUNTS:
        folded = pattern.sub(replacement, folded)
    return folded


# Words that make the number after them a size: "talla 26", "del 42", "número 9", "etapa 3".
_SIZE_WORDS = frozenset({"talla", "tallas", "talle", "talles", "numero", "num", "nro", "no", "n"})
_SIZE_WORDS |= frozenset({"size", "del"})
_SIZE_WORDS |= frozenset({"etapa", "etapas", "t"})

_GRAMMAR_WORDS = """
a al algo algun alguna algunas alguno algunos ante aqui como con cual cuales cuando de del
desde donde e el ella en entre es esa esas ese eso esos esta estas este esto estos hay la las
le les lo los mas me mi mis muy o otra otro para pero por que quien se si su sus tu tus u
un una unas uno unos y ya yo x q k pa pal
"""
# What shoppers wrap around a product in chat. Kept apart so typos of them can be forgiven.
_FILLER_WORDS = """
quiero quisiera queria busco buscando buscaba necesito ocupo tienen tienes tiene tendras
tendran tendria das da dame den deme dar mandas manda mandame mande envias envian vendes
venden venta favor porfa porfavor xfa plis please precio precios cuanto cuanta cuantos cuantas
cuesta cuestan vale valen sale salen costo hola buenas buenos dias tardes noches gracias info
informacion disponible disponibles talla tallas numero num nro no n size marca par
barato barata baratos baratas economico economica economicos economicas bonito bonita
bonitos bonitas bien fria frio frias frios oye oiga oigan disculpa disculpe perdon regala
regalas regale regalame regalan vende vender traes trae traeme traen pasame puedes puede podes
podrias podria gustaria tendra amigo amiga joven senor senora senorita porfis
talle talles porfi pls plz pliss plissss thx thanks ok okay okey dale bueno hello
wey guey we che po pue pues parce parcero parcera bro brother compa oe cachai weon huevon
teneis tenes tendreis vendeis manejan manejas quedan queda necesitaria necesitamos queremos
buscamos ocupamos ocupaba querria comprar compro pedir pido encargar conseguir enviar dime digame
todavia aca ahi
"""
FILLER_WORDS = frozenset(_FILLER_WORDS.split())
STOPWORDS = frozenset(_GRAMMAR_WORDS.split()) | FILLER_WORDS

# Words that wrap a request in chat but also name products: "un remedio para la tos", "una
# bolsa de papas", "me pasas el precio" (pasas = raisins), "oye tío" (Tío Nacho is a brand),
# "pañales pa la guagua" (CL, PE: the baby; a bus elsewhere). They rank a product that carries
# them but never decide membership, unless nothing else is asked for ("bolsas", "pasas").
# "pizza de puro queso": only cheese, said of a product named otherwise (Pizza Muzzarella).
_SOFT_WORDS = """
remedio remedios medicina medicinas medicamento medicamentos cosa cosas cosita cositas producto
productos pasas pasa tio tia mano casera casero caserita bolsa bolsita bote tarro lata caja
cajita paquete paquetito botella frasco envase garrafa guagua guaguita
bolsas bolsitas botes tarros tarrito tarritos latas latita latitas cajas cajitas paquetes
paquetitos botellas botellita botellitas frascos frasquito frasquitos envases sobrecito sobrecitos
puro pura puros puras bulto bultos
color colores tamano
"""
SOFT_WORDS = frozenset(_SOFT_WORDS.split())
# The soft words that are things in their own right: "botellas para bebé" are baby bottles.
CONTAINER_WORDS = frozenset(
    w
    for w in SOFT_WORDS
    if w.startswith(("bols", "bote", "tarr", "lat", "caj", "paquet", "frasc"))
    or w.startswith(("envase", "garrafa", "sobrecit"))
)

# Counts written out: "una docena de huevos" is the "12 pzas" tray, "dos litros" the 2 L bottle.
_NUMBER_WORDS = {
    "dos": "2", "tres": "3", "cuatro": "4", "cinco": "5", "seis": "6", "siete": "7",
    "ocho": "8", "nueve": "9", "diez": "10", "doce": "12", "docena": "12", "quince": "15",
    "veinte": "20", "cien": "100",
}  # fmt: skip

_stemmer = Stemmer.Stemmer("spanish")
_stems: dict[str, str] = {}
_STEM_CACHE_LIMIT = 200_000


def stem(word: str) -> str:
    """Spanish stem of a folded word; words carrying digits are kept whole."""
    cached = _stems.get(word)
    if cached is not None:
        return cached
    if any(c.isdigit() for c in word):
        result = word
    else:
        # A final z turns c in the plural ("lápiz"/"lápices", "nuez"/"nueces"): both sides
        # are stemmed from the c spelling so they meet.
        result = _stemmer.stemWord(word[:-1] + "c" if word[-1] == "z" and len(word) > 2 else word)
        # Snowball leaves loanword plurals alone ("jeans", "crocs", "tenis"/"tennis"); dropping
        # the s on both sides lets singular and plural meet.
        if result == word and len(word) >= 5 and word[-1] == "s" and word[-2] != "s":
            result = word[:-1]
        # Snowball cuts derivations down to stubs that collide across products ("bebidas" and
        # "bebés" both -> "beb"); long words keep their root with only number and gender removed.
        elif len(result) <= 3 and len(word) >= 6:
            result = _light_stem(word)
    if len(_stems) < _STEM_CACHE_LIMIT:
        _stems[word] = result
    return result


def _light_stem(word: str) -> str:
    if word.endswith("es") and word[-3] not in "aeiou":
        word = word[:-2]
    elif word.endswith("s"):
        word = word[:-1]
    return word[:-1] if word[-1] in "aoe" else word


def _number(text: str) -> str:
    """ "1,50" and "1.5" and "01.5" are one size; a decimal comma is the Spanish default."""
    whole, _, fraction = text.replace(",", ".").partition(".")
    whole, fraction = whole.lstrip("0") or "0", fraction.rstrip("0")
    return f"{whole}.{fraction}" if fraction else whole


# The accented letters of Spanish (and neighbours) folded by table. `fold` does the same per
# character in Python, which dominated index builds; anything else still goes through it.
_LATIN = str.maketrans("áàâäãéèêëíìîïóòôöõúùûüñç", "aaaaaeeeeiiiiooooouuuunc")


def fold_text(text: str) -> str:
    """`fold` for matching: same letters out, whitespace left as it was."""
    quick = text.lower().translate(_LATIN)
    return quick if quick.isascii() else fold(text)


def analyze(text: str) -> list[Token]:
    """Tokens of `text` with stopwords dropped; a number followed by a unit yields both."""
    tokens: list[Token] = []
    after_number = False
    after_size = False
    # Apostrophes join rather than split: "Levi's" is levis, not levi plus a stray "s".
    folded = fold_text(text).replace("'", "").replace("\u2019", "")
    # Plain substring tests are the cheapest way to skip the rewrites for most texts.
    if (
        "medi" in folded
        or "litro" in folded
        or "kilo" in folded
        or "pack" in folded
        or "galon" in folded
        or "cuarto" in folded
        or "six" in folded
        or "twelve" in folded
    ):
        folded = _speak_figures(folded)
    for raw in _RAW_TOKEN.findall(folded):
        if raw in _NUMBER_WORDS:
            raw = _NUMBER_WORDS[raw]
        elif raw[0] == "x" and raw[1:].isdigit():
            raw = raw[1:]  # "colores x24": how many in the box, "Caja x 24"
        if raw[0].isdigit():
            match = _NUMBER_UNIT.fullmatch(raw)
            unit = UNITS.get(match.group(2)) if match else None
            if match and (unit is not None or not match.group(2)):
                number = _number(match.group(1))
                tokens.append(Token(number, raw, Kind.NUMBER))
                if after_size and unit is None:
                    tokens.append(Token("#" + number, raw, Kind.SIZE))
                if unit is not None:
                    tokens.append(Token(unit, raw, Kind.UNIT))
                    _add_measure(tokens, number, unit, raw)
                after_number = unit is None
                after_size = False
                continue
            tokens.append(Token(raw, raw, Kind.WORD))
            after_number = after_size = False
            continue
        unit = UNITS.get(raw)
        if unit is not None and (after_number or raw not in _UNIT_ONLY_AFTER_NUMBER):
            tokens.append(Token(unit, raw, Kind.UNIT))
            if after_number and tokens[-2].kind is Kind.NUMBER:
                _add_measure(tokens, tokens[-2].term, unit, raw)
        elif raw not in STOPWORDS:
            tokens.append(Token(stem(raw), raw, Kind.WORD))
        # "coca cola de 600 ml": the stopword "de" must not break the number-unit pair.
        after_number = after_number and raw in STOPWORDS
        after_size = raw in _SIZE_WORDS
    return tokens


def _add_measure(tokens: list[Token], number: str, unit: str, raw: str) -> None:
    base = _BASE_UNITS.get(unit)
    if base is not None:
        amount = _number(f"{float(number) * base[1]:.6f}")
        tokens.append(Token(f"={amount}{base[0]}", raw, Kind.MEASURE))


_DIMINUTIVE = re.compile(r"^(?P<stem>[a-z]{2,}?)(?:ecit|cit|it|ill)(?P<end>[oa])s?$")


def diminutive_bases(surface: str) -> list[str]:
    """The words a chat diminutive may stand for, likeliest first: "jarrita" -> jarra,
    "velitas" -> velas, "cafecito" -> cafe, "tacita" -> taza, "paquetito" -> paquete,
    "arbolito" -> arbol. The caller keeps the first one its catalog knows."""
    found = _DIMINUTIVE.match(surface)
    if found is None:
        return []
    plural = "s" if surface.endswith("s") else ""
    whole = surface[: -len(plural) or None]
    bases: list[str] = []
    for cut in ("ecit", "cit", "it", "ill"):
        at = whole.rfind(cut)
        if at < 2 or at + len(cut) != len(whole) - 1:
            continue
        stem, end = whole[:at], whole[-1]
        # "cafecito", "panecito": the -cito of a word that keeps its own ending.
        forms = [stem] if cut in ("ecit", "cit") else [stem + end, stem + "e", stem]
        if stem.endswith("qu"):
            forms.insert(0, stem[:-2] + "c" + end)  # chiquito -> chico
        if stem.endswith("c"):
            forms.insert(0, stem[:-1] + "z" + end)  # tacita -> taza
        if stem.endswith("gu"):
            forms.insert(0, stem[:-1] + end)  # amiguito -> amigo
        bases += [f + plural for f in forms]
    return list(dict.fromkeys(b for b in bases if len(b) >= 3))


def allowed_edits(surface: str) -> int:
    """Typo budget by word length: short words change meaning with a single edit."""
    if len(surface) <= 3:
        return 0
    return 1 if len(surface) <= 7 else 2


_VOWELS = frozenset("aeiou")
_FRONT = frozenset("ei")


def phonetic_key(word: str) -> str:
    """How a folded Spanish word sounds, so chat spellings meet: "sapatiya" ~ "zapatilla".

    s/z/soft c -> s; b/v/w -> b; ll/y -> y; silent h dropped; qu/k/hard c -> k; soft g -> j;
    sh -> ch; doubled letters collapse ("tennis" -> "tenis").
    """
    out: list[str] = []
    n = len(word)
    i = 0
    while i < n:
        c = word[i]
        nxt = word[i + 1] if i + 1 < n else ""
        step = 1
        if c == "c":
            if nxt == "h":
                out.append("C")  # "ch" is its own sound; the placeholder keeps it apart
                step = 2
            else:
                out.append("s" if nxt in _FRONT else "k")
        elif c == "q":
            out.append("k")
            step = 2 if nxt == "u" else 1
        elif c == "g":
            if nxt == "u" and i + 2 < n and word[i + 2] in _FRONT:
                out.append("g")
                step = 2
            else:
                out.append("j" if nxt in _FRONT else "g")
        elif c == "s" and nxt == "h":
            out.append("C")  # chat writes "sh" for "ch" ("leshe"), and "shampoo" is champú
            step = 2
        elif c == "z":
            out.append("s")
        elif c in "vw":
            out.append("b")
        elif c == "h":
            pass
        elif c == "p" and nxt == "h":
            out.append("f")
            step = 2
        elif c == "l" and nxt == "l":
            out.append("y")
            step = 2
        elif c == "y":
            out.append("y" if nxt in _VOWELS else "i")
        else:
            out.append(c)
        i += step
    key = "".join(out)
    return "".join(ch for j, ch in enumerate(key) if j == 0 or ch != key[j - 1])
