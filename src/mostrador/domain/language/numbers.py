"""How many: quantities in answers ("mejor que sean dos") and in item requests ("2 coca 600").

The hard part is what is *not* a quantity. Sizes and measures ride along with product names
("coca de 600", "talla 42", "2 litros", "ps5", "7up"), and a wrong quantity silently puts
600 bottles in a cart, so a number next to a unit, a size word or glued to letters is
never taken as one. When in doubt the answer is None and the bot asks.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from mostrador.domain.text import fold


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_SPANISH = {
    "cero": 0, "un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
    "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12,
    "trece": 13, "catorce": 14, "quince": 15, "dieciseis": 16, "diecisiete": 17,
    "dieciocho": 18, "diecinueve": 19, "veinte": 20, "veintiun": 21, "veintiuno": 21,
    "veintiuna": 21, "veintidos": 22, "veintitres": 23, "veinticuatro": 24,
    "veinticinco": 25, "veintiseis": 26, "veintisiete": 27, "veintiocho": 28,
    "veintinueve": 29, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60,
    "setenta": 70, "ochenta": 80, "noventa": 90, "cien": 100,
}  # fmt: skip
_PORTUGUESE = {
    "um": 1, "uma": 1, "dois": 2, "duas": 2, "quatro": 4, "sete": 7, "oito": 8, "nove": 9,
    "dez": 10,
}  # fmt: skip
_ENGLISH = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
WORD_NUMBERS: dict[str, int] = {**_ENGLISH, **_PORTUGUESE, **_SPANISH}
"""Number words, folded (no accents), in Spanish, Portuguese and English."""

_ARTICLES = frozenset({"un", "una", "um", "uma"})
# "un momento", "una pregunta": the article, not a count.
_NOT_COUNTED_AFTER_ARTICLE = _words(
    "momento momentito poco poquito rato ratito segundo segundito sec pregunta duda "
    "consulta favor vez"
)
_DOZEN = frozenset({"docena", "docenas", "dozen", "dozens", "duzia", "duzias"})
_HALF = frozenset({"media", "meia"})
_PAIR = frozenset({"par", "pares", "parcito"})
# Sold by the pair: a pair of them is one item.
_PAIRED = _words(
    "zapatos zapatillas tenis medias calcetines calcetas soquetes ojotas chanclas sandalias "
    "botas botines guantes aretes aros pendientes mocasines pantuflas chinelas chancletas "
    "championes taco tacos"
)
_TIMES = frozenset({"x", "por"})
_PIECES = _words("unidad unidades u uds pieza piezas pza pzas pz pzs pc pcs items")
_MEASURES = _words(
    "ml cl l lt lts litro litros g gr grs gramo gramos kg kgs kilo kilos mg cm mm m mts metro "
    "metros oz onza onzas lb lbs libra libras gb tb mb pulgada pulgadas pulg cc w mah "
    "pesos peso mxn soles sol dolares dolar usd euros euro eur reales real clp cop ars "
    "min minutos hr hrs hora horas dia dias semana semanas mes meses ano anos am pm"
)
_SIZE_WORDS = frozenset(
    {"talla", "talle", "numero", "num", "nro", "del", "de", "modelo", "size", "version"}
)
_SIZE_SYMBOLS = frozenset({"#", "$", "€", "°", "%"})
_CORRECTIONS = frozenset({"mejor", "sean", "corrijo", "perdon", "cambialo", "cambia", "bien"})
_LEAD_INS: tuple[tuple[str, ...], ...] = tuple(
    tuple(phrase.split())
    for phrase in (
        "me puedes dar", "me podrias dar", "me gustaria", "por favor", "me das", "me da",
        "me puedes mandar", "me podes mandar", "me podrias mandar", "me mandas", "me manda",
        "me envias", "me pasas", "me traes", "me vendes", "me regalas", "regalame", "pasame",
        "traeme", "enviame", "quiero", "quisiera", "queria", "dame", "deme", "ponme", "mandame",
        "agrega", "agregame", "anade", "anademe", "necesito", "ocupo", "tambien", "porfa",
        "y", "e", "che", "hola", "buenas",
        # Asking whether the shop has it ("¿tenés zapatillas?", "¿manejan tapabocas?").
        "consultar si", "saber si", "sabes si", "sabe si", "tienes", "tenes", "tienen", "tiene",
        "busco", "buscaba", "ando buscando", "estoy buscando", "do you have", "do u have",
        "have you got", "you have", "like", "ustedes", "usted", "oiga", "oigan", "oye", "disculpe",
        "disculpa", "perdon",
        "tendras", "tendran", "tendra", "hay", "venden", "vendes", "vende", "manejan", "manejas",
        "me vende", "me regala",
        # Spain's vosotros, usted, Chile's voseo, fillers: "me traéis", "tráigame", "al tiro".
        "me traeis", "me poneis", "me mandais", "me dais", "me vendeis", "teneis", "poneme",
        "me pone", "me trae", "me manda", "traigame", "mandeme", "pongame", "echame", "me echas",
        "me puede mandar", "me puede dar", "me mandai", "me trai", "me pasai", "teni", "me pones",
        "al tiro", "altiro", "al toque", "pues", "ya", "oye", "mira", "please",
        # What is left of "me puede enviar…" once the delivery words are read off.
        "me puede", "me puedes", "me podes", "me podis", "me podrias", "me pueden", "querria",
        "seria", "serian", "son", "i want", "i need", "i'd like", "i would like", "can i get",
        "give me", "get me", "i wanna", "me envia", "me envias", "mande", "envie", "envieme",
        "traiga", "por fa", "me puedes apartar", "me apartas", "apartame", "me separas",
        "separame", "apartar",
    )
)  # fmt: skip
# Who is addressed ("tío, ponme…", "vecina mándame…"): skipped only before more lead-in
# words or a count, so "Tía Rosa" stays a brand.
_VOCATIVES = _words(
    "tio tia vecina vecino veci causa compa amigo amiga jefe jefa senor senora senorita seno "
    "reina hermano hermana bro pana parce parcero weon wn mija mijo joven casera casero caserita "
    "chamo cuate guey wey guapa guapo carino corazon maja majo chaval colega nena nene mami "
    "papi mamita"
)
# What it is for, before the count: "pa los completos 2 paquetes de vienesas".
_PURPOSE = frozenset({"para", "pa"})
_PURPOSE_WORDS = 3
_CLITICS = frozenset({"me", "nos"})
_MODALS = _words(
    "puede puedes pueden podeis podes podis podi podria podrias podrian podriais podra podras "
    "podran"
)
_VERB_WORDS = 3
_LEAD_PUNCTUATION = frozenset({"¿", "¡", ",", "!", ".", ":", ";"})
_TRAILING_POLITENESS = frozenset({"porfa", "plis", "pls", "xfa", "gracias", "porfavor"})
_MAX_QUANTITY = 999
_DECIMAL = re.compile(r"\d+(?:[.,]\d+)+")
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+|[^\w\s]")


@dataclass(frozen=True)
class _Token:
    word: str  # folded, for matching
    start: int
    end: int


@dataclass(frozen=True)
class _Count:
    value: int
    first: int  # token index where the quantity starts
    end: int  # token index just past it
    marked: bool  # 'x3', '3x', '3 piezas': certainly a quantity wherever it stands


def parse_quantity(text: str) -> int | None:
    """The quantity an answer to "¿cuántas quieres?" states, or None.

    None also for 0 and for more than 999. After a correction word ("mejor", "que sean") the
    number that follows it wins: "no 2, mejor 3" -> 3.
    """
    tokens = _tokenize(text)
    counts = _counts(tokens)
    if not counts:
        return None
    chosen = counts[0]
    corrections = [i for i, token in enumerate(tokens) if token.word in _CORRECTIONS]
    for marker in reversed(corrections):
        after = [count for count in counts if count.first > marker]
        if after:
            chosen = after[0]
            break
    return chosen.value if 0 < chosen.value <= _MAX_QUANTITY else None


def split_quantity(text: str) -> tuple[int | None, str]:
    """An item request split into (quantity, product query).

    The quantity is read at the start ("dos cafés molidos", after lead-ins such as "quiero")
    or anywhere when marked ("galletas x3", "jabón 3 piezas"). The query is the original text
    without the quantity, counting filler ("unidades de", "piezas de"), leading request words
    and trailing "porfa"/"gracias"; sizes stay in it: "coca de 600" -> (None, "coca de 600").
    """
    text = unicodedata.normalize("NFC", text)
    tokens = _tokenize(text)
    start = _skip_lead_ins(tokens)
    counts = _counts(tokens)
    leading = [count for count in counts if count.first == start]
    marked = [count for count in counts if count.marked]
    chosen = next(iter(leading or marked), None)
    removed = set(range(start))
    quantity: int | None = None
    if chosen is not None and 0 < chosen.value <= _MAX_QUANTITY:
        quantity = chosen.value
        removed.update(range(chosen.first, _filler_end(tokens, chosen.end)))
    removed.update(range(_trailing_politeness(tokens), len(tokens)))
    return quantity, _remaining(text, tokens, removed)


def _tokenize(text: str) -> list[_Token]:
    return [
        _Token(fold(match.group()), match.start(), match.end())
        for match in _TOKEN.finditer(text[:2000])
    ]


def _counts(tokens: list[_Token]) -> list[_Count]:
    counts: list[_Count] = []
    index = 0
    while index < len(tokens):
        count = _count_at(tokens, index)
        if count is None:
            index += 1
            continue
        counts.append(count)
        index = count.end
    return counts


def _count_at(tokens: list[_Token], index: int) -> _Count | None:
    if not 0 <= index < len(tokens):
        return None
    word = tokens[index].word
    if word in _HALF and _word(tokens, index + 1) in _DOZEN:
        return _Count(6, index, index + 2, marked=False)
    if word in _DOZEN:
        return _Count(12, index, index + 1, marked=False)
    value, end = _number_at(tokens, index)
    if value is None or _is_measure(tokens, index, end):
        return None
    if word in _PACK_NAMES and _word(tokens, end) in {"de", "pack", "packs"}:
        return None  # "six de tecate", "un twelve de modelo": the pack, not six of them
    if _dimension(tokens, index, end):
        return None  # "autoperforantes 8 x 1/2", "cable 2x1.5": a size, not a count
    if _word(tokens, end) == "/" or _word(tokens, index - 1) == "/":
        return None  # "1/2 kilo": a fraction, never a count
    if word in _ARTICLES and _word(tokens, end) in _NOT_COUNTED_AFTER_ARTICLE:
        return None
    if word == "once" and _word(tokens, index - 1) in {"la", "las"}:
        return None  # "pa la once" (Chile's tea time), "a las once": never eleven of anything
    following = _word(tokens, end)
    if following in _DOZEN:
        return _Count(value * 12, index, end + 1, marked=False)
    if following in _PAIR:
        # "un par de zapatillas" is one pair; "un par de aceites" two; "dos pares de medias" two.
        paired = _word(tokens, end + 1) == "de" and _word(tokens, end + 2) in _PAIRED
        if paired:
            return _Count(value, index, end + 1, marked=False)
        if value == 1:
            return _Count(2, index, end + 1, marked=False)
    if _word(tokens, index - 1) == "x":
        return _Count(value, index - 1, end, marked=True)
    return _Count(value, index, end, marked=following == "x" or following in _PIECES)


_PACK_NAMES = frozenset(["six", "twelve"])
_DETERMINERS = frozenset(["el", "la", "los", "las", "un", "una", "unos", "unas"])


def _dimension(tokens: list[_Token], first: int, end: int) -> bool:
    """A figure on either side of an "x" between figures: "8 x 1/2", "2x1.5", "60x40"."""
    after = _word(tokens, end) == "x" and _figure(_word(tokens, end + 1))
    before = _word(tokens, first - 1) == "x" and _figure(_word(tokens, first - 2))
    return after or before


def _figure(word: str) -> bool:
    return bool(word) and word[0].isdigit()


def _number_at(tokens: list[_Token], index: int) -> tuple[int | None, int]:
    word = tokens[index].word
    if word.isascii() and word.isdigit():
        # Past four digits it is a phone, a code or a price, never a count; also keeps
        # int() away from absurdly long digit runs.
        return (int(word) if len(word) <= 4 else _MAX_QUANTITY + 1), index + 1
    value = WORD_NUMBERS.get(word)
    if value is None:
        return None, index
    # "treinta y dos": tens joined to units by 'y'.
    unit = WORD_NUMBERS.get(_word(tokens, index + 2), 0)
    if value >= 30 and value % 10 == 0 and _word(tokens, index + 1) == "y" and 0 < unit < 10:
        return value + unit, index + 3
    return value, index + 1


def _is_measure(tokens: list[_Token], first: int, end: int) -> bool:
    """A size, measure, price or name part: "de 600", "talla 42", "2 litros", "ps5", "7up"."""
    previous, following = _word(tokens, first - 1), _word(tokens, end)
    if previous in _SIZE_WORDS or previous in _SIZE_SYMBOLS or following in _MEASURES:
        return True
    if following in _SIZE_SYMBOLS:
        return True
    if previous in {"la", "las"} and _word(tokens, first - 2) == "a":
        return True  # "a las 3": a time
    glued_before = first > 0 and tokens[first - 1].end == tokens[first].start
    glued_after = end < len(tokens) and tokens[end - 1].end == tokens[end].start
    if glued_before and previous.isalpha() and previous not in _TIMES:
        return True
    return glued_after and following.isalpha() and following not in _TIMES | _PIECES


def _skip_lead_ins(tokens: list[_Token]) -> int:
    position = 0
    progressed = True
    while progressed:
        progressed = False
        word = tokens[position].word if position < len(tokens) - 1 else ""
        if word in _LEAD_PUNCTUATION or (word and not word.isalnum() and not _DECIMAL.match(word)):
            position += 1  # "¿tenés …?", "hola, quiero …", "😊 quiero …"
            progressed = True
            continue
        for phrase in _LEAD_INS:
            words = tuple(token.word for token in tokens[position : position + len(phrase)])
            if words == phrase:
                position += len(phrase)
                progressed = True
                break
        else:
            skipped = _vocative_or_purpose(tokens, position)
            if skipped == position:
                skipped = _request_preamble(tokens, position)
            if skipped > position:
                position, progressed = skipped, True
    return position


# A verb that asks for the thing, with its pronoun glued on or just before it: "mandarme",
# "apártame", "enviarnos", "tráigamelo", "can u send me", "me hace favor de mandarme".
_ASKING_VERB = re.compile(r"^[^\W\d_]{2,}(?:[aeinr]me|[aeir]nos|[aei]melos?|[aei]melas?)$")
_ASKING_WORDS = _words(
    "me nos le les u you dame deme ponme manda mande mandas envia envie envias aparta aparte "
    "apartas separa separe guarda guarde trae traiga traes pasa pase pon ponga vende venda "
    "regala regale consigue consiga alista aliste prepara prepare reserva reserve send get "
    "give bring need want"
)
_PREAMBLE_WORDS = 9


def _request_preamble(tokens: list[_Token], position: int) -> int:
    """Past a longer way of asking that ends in an asking verb right before a count: "me hace
    favor de mandarme una coca", "sería tan amable de enviarme 2 kilos de frijol", "can u send
    me 2 packs"; else `position` unchanged. The count must be of things ("una coca", "2 kilos
    de frijol"), not a size ("coca de 2 litros"). A preamble never opens with an article:
    "la base fit me 110 porcelain" is a product whose name has a "me" in it."""
    if _word(tokens, position) in _DETERMINERS:
        return position
    for end in range(position + 1, min(position + 1 + _PREAMBLE_WORDS, len(tokens))):
        if not tokens[end - 1].word.isalpha():
            return position
        verb = tokens[end - 1].word
        # A lone word is a verb only if known: "Supreme 2 pack" names the product.
        said = verb in _ASKING_WORDS or (end - position > 1 and _ASKING_VERB.match(verb))
        if not said:
            continue
        count = _count_at(tokens, end)
        if count is None:
            counted = _number_at(tokens, end)
            if counted[0] is None or _word(tokens, counted[1] + 1) != "de":
                continue
            return end  # "enviarme 2 kilos de frijol": a weight said as the count
        if _word(tokens, _filler_end(tokens, count.end)).isalpha():
            return end
    return position


def _vocative_or_purpose(tokens: list[_Token], position: int) -> int:
    """Past a vocative followed by a lead-in, punctuation or a count, or past a purpose
    ("para la once") followed by a count; else `position` unchanged."""
    word = _word(tokens, position)
    if word in _VOCATIVES:
        following = position + 1
        nxt = _word(tokens, following)
        if nxt in _LEAD_PUNCTUATION or _count_at(tokens, following) is not None:
            return following
        if any(nxt == phrase[0] for phrase in _LEAD_INS):
            return following
        return position
    if word in _CLITICS or word in _MODALS:
        # "me podéis traer 3 zumos", "podrían enviarme dos panes", "nos mandan 2 cocas": a
        # pronoun or a modal opens a verb cluster; words up to a counted product are that verb.
        for end in range(position + 1, min(position + 1 + _VERB_WORDS, len(tokens))):
            if not tokens[end - 1].word.isalpha():
                break
            count = _count_at(tokens, end)
            if (
                count is not None
                and _word(tokens, _filler_end(tokens, count.end)).isalpha()
                and _word(tokens, count.end) not in _MEASURES
            ):
                return end
            weight, after = _number_at(tokens, end)
            if (
                weight is not None
                and _word(tokens, after) in _MEASURES
                and (_word(tokens, after + 1) == "de")
            ):
                return end  # "me podí mandar tres kilos de plátanos": the weight is the count
    if word in _PURPOSE:
        for end in range(position + 2, min(position + 2 + _PURPOSE_WORDS, len(tokens))):
            count = _count_at(tokens, end)
            # "para la once 6 marraquetas": la once (tea time) is named, 6 is the count.
            if count is not None and _count_at(tokens, count.end) is None:
                return end
    return position


def _trailing_politeness(tokens: list[_Token]) -> int:
    end = len(tokens)
    while end > 0:
        word = tokens[end - 1].word
        if word in _TRAILING_POLITENESS or not (word.isalnum() or _DECIMAL.fullmatch(word)):
            end -= 1  # "porfa", "?", "🙏"; a size such as "1.5" stays
        elif word == "favor" and _word(tokens, end - 2) == "por":
            end -= 2
        else:
            break
    return end


def _filler_end(tokens: list[_Token], end: int) -> int:
    """Past the counting filler after a quantity: 'x', 'piezas', 'de' before a word."""
    while _word(tokens, end) in _PIECES or _word(tokens, end) == "x":
        end += 1
    if _word(tokens, end) == "de" and _word(tokens, end + 1).isalpha():
        end += 1
    return end


def _remaining(text: str, tokens: list[_Token], removed: set[int]) -> str:
    pieces: list[str] = []
    cursor = 0
    for index, token in enumerate(tokens):
        if index in removed:
            pieces.append(text[cursor : token.start])
            cursor = token.end
    pieces.append(text[cursor:])
    rest = " ".join("".join(pieces).split())
    return rest.strip(" ,.;:!¡?¿-")


def _word(tokens: list[_Token], index: int) -> str:
    return tokens[index].word if 0 <= index < len(tokens) else ""
