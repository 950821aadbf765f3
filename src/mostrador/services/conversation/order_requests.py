"""A first message that already orders: "hola, me mandás 2 coca de 600 y unas galletas, paso
a buscar" becomes products with their counts and a delivery mode.

The message is cut where one product ends (punctuation, "y", "más", "con un…"), pieces that
only describe the product before them are joined back ("una playera, talla M"), and what is
no product at all is dropped: greetings, who is addressed, remarks ("es pa un asado"), a
story ("mi perra pesa 28 kilos"), the delivery mode's own words. `sells` (does the catalog
have something for these words?) settles what the wording alone cannot.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from mostrador.domain.language import normalize_chat, parse_quantity, split_quantity
from mostrador.domain.orders import DeliveryMode
from mostrador.services.conversation.intents import (
    DELIVERY_WORDS,
    ONLY_FILLER,
    PICKUP_WORDS,
    delivery_mode,
    without_greeting,
)
from mostrador.services.conversation.state import Wanted


def _word(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{pattern})(?!\w)")


# An address written along ("a domicilio, calle 45"): not a product; the address question
# comes later.
_ADDRESS_PIECE = re.compile(
    r"^(?:calle|cll|av|avenida|carrera|cra|kr|jr|jiron|pasaje|psje|diagonal|transversal|"
    r"street|st|ave|blvd|apt|depto|dpto|departamento|piso)\s+\S*\d|"
    # "col roma", "barrio Laureles", "comuna de Ñuñoa": the neighbourhood, said along.
    r"^(?:col|colonia|barrio|comuna|distrito|fracc|fraccionamiento|urb|urbanizacion)\s+[a-z]|"
    # "delivery to 90201", "mi zip es 90063": where, not what.
    r"^(?:(?:delivery|envio|despacho)\s+)?(?:to|a|al|en el|zip|my zip|mi zip|cp|mi cp)"
    r"(?:\s+(?:es|is))?\s+\d{4,7}\b"
)

_DESTINATION = re.compile(
    r"(?<!\w)(?P<mode>delivery|envio|despacho|entrega|domicilio)\s+(?:a|en|hasta)\s+"
    r"(?!(?:mi|la|el|casa|domicilio|favor|tiempo)\b)[a-z]+(?:\s+[a-z]+)?"
    r"(?:\s+(?:porfa|por favor|plis|pls|please|gracias|xfa))*$"
)
_AVAILABILITY = re.compile(
    r"^(?:(?:oiga|oye|disculpa|perdon|una pregunta)\s+)*(?:tienen|tienes|tenes|teneis|tiene|"
    r"hay|venden|vendes|vende|manejan|manejas|tendran|tendras|tendra|queda|quedan|te quedan|"
    r"les quedan|do you have|busco|buscaba|ando buscando|estoy buscando|andaba buscando)(?!\w)"
)
_ORDER_VERBS = _word(
    r"quiero|quisiera|queria|querria|necesito|ocupo|dame|deme|mandame|mandeme|enviame|traeme|"
    r"ponme|pasame|regalame|me das|me da|me mandas|me manda|me pasas|me traes|me pones|"
    r"me regalas|me regala|me vendes|me vende|pedir|comprar|llevo|me llevo"
)
_WEIGHED_UNIT = re.compile(
    r"^(?:kilos?|kilitos?|kgs?|libras?|lbs?|metros?|mts?)\s+de\s+(?=[^\d\s])"
)
_BY_WEIGHT = re.compile(
    r"^(?P<n>\d{1,2}|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)\s+"
    r"(?:kilos?|kilitos?|kgs?|libras?|lbs?|metros?|mts?)\s+de\s+(?P<rest>[^\d\s].*)$",
    re.IGNORECASE,
)
# "5 zuko de frutilla y 5 de naranja": the second one is a zuko too.
_ELLIPSIS = re.compile(
    r"^\s*(?:\d+|un|una|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|otro|otra|otros|"
    r"otras)\s+(?:de|del)\s+(?P<rest>[a-z0-9].*)$"
)
_ANOTHER = re.compile(r"^\s*(?:otro|otra)\s")
_CONTAINER_WORDS = (
    "paquete paquetes bolsa bolsas botella botellas lata latas caja cajas frasco frascos "
    "tarro tarros pack packs sobre sobres kilo kilos litro litros unidad unidades"
)
_CONTAINERS = frozenset(_CONTAINER_WORDS.split())
_CONTAINERS_ONLY = re.compile(
    r"^(?:(?:" + "|".join(_CONTAINER_WORDS.split()) + r"|piezas?|pzas?|cajitas?|bolsitas?"
    r"|paquetitos?|tarritos?|frasquitos?|botellitas?|latitas?)\s*)+$"
)
_ORDER_PHRASES = re.compile(
    r"(?<!\w)(?:(?:quiero|quisiera|me gustaria|deseo|necesito|voy a|vengo a|para)\s+)?"
    r"(?:(?:hacer|realizar|levantar)\s+)?(?:(?:un|una|mi)\s+)?(?:pedido|orden|compra)(?:\s+de)?"
    r"(?!\w)|(?<!\w)(?:(?:quiero|quisiera|me gustaria|deseo|necesito|vengo a)\s+)?"
    r"(?:pedir|comprar|ordenar|encargar)(?!\w)|"
    # "te pido dos rompecabezas", "le encargo 2 potus": asked of the shop.
    r"(?<!\w)(?:te|le|les|os)\s+(?:pido|pedimos|encargo|encargamos|compro)(?!\w)|"
    # Portuguese and English customers ("quero comprar", "I want to order").
    r"(?<!\w)(?:(?:quero|queria|gostaria de|preciso|i want to|i'?d like to|i would like to|"
    r"want to|i wanna|can i)\s+)?(?:fazer (?:um )?pedido|comprar|pedir|encomendar|"
    r"place an order|order|buy)(?!\w)"
)
_MODE_PHRASES = re.compile(
    r"(?<!\w)(?:para |con )?(?:recoger|retirar|retiro|pasar por (?:el|ella|ellos|ellas))"
    r"(?: en (?:la )?tienda)?(?!\w)|(?<!\w)(?:con |para )?(?:envio|entrega) a domicilio(?!\w)|"
    r"(?<!\w)a domicilio(?!\w)|(?<!\w)en (?:la )?tienda(?!\w)|(?<!\w)(?:paso|pasare|pasamos|"
    r"pasar|voy|vamos) a (?:buscar|recoger|retirar)\w*(?!\w)|(?<!\w)(?:lo|los|las|la) busco(?!\w)|"
    r"(?<!\w)(?:paso|pasare|pasamos|voy) por (?:el|ella|ellos|ellas|ahi|alla)(?!\w)"
)
_MODE_WORDS = re.compile(
    r"(?<!\w)(?:(?:lo|la|los|las|para|con|por|a|en|y|me|mi|mis|su|lo voy a|es|seria|sera|"
    r"i ll|i will|we ll|i can|can you|for)\s+)*(?:"
    + PICKUP_WORDS.pattern[len("(?<!\\w)(?:") : -len(")(?!\\w)")]
    + "|"
    + DELIVERY_WORDS.pattern[len("(?<!\\w)(?:") : -len(")(?!\\w)")]
    + r")(?:\s+(?:yo|nosotros))?(?:\s+(?:en|a|por) (?:la |el )?(?:tienda|local|negocio|farmacia|"
    r"drogueria|sucursal|bodega|minimarket|almacen|super|supermercado|kiosco))?(?!\w)"
)
# Where to, said after the delivery words: "me lo mandás a Vista Hermosa".
_WHERE_TO = re.compile(r"^\s*(?:a|al|hasta)\s+(?!(?:\w+\s+)*\d)[a-z]+(?:\s+[a-z]+){0,3}\s*$")
_BUY_VERBS = _word(r"quiero|quisiera|necesito|busco|buscaba|dame|deme|me das|me da|me vendes|"
                   r"me mandas|me pasas|pasame|me traes|traeme|me regalas|regalame|queria|"
                   r"tienen|tienes|tendran|hay|venden|manden|mandame|envien|ocupo|me gustaria|"
                   r"deseo|pedido|pedir|comprar|ordenar|encargar|llevo|me llevo|i need|i want|"
                   r"i'?d like|can i get|give me|querria|quisiera|me manda|me mandan|me trae|"
                   r"me traen|me traeis|traer|me envian|me pone|me pones")  # fmt: skip
# Where one product ends: punctuation (not the comma or point of "2,25" or "1.5"), a colon
# ("pa la once: 1 kilo de hallulla"), "y", "más", "también".
_ITEM_BREAK = re.compile(
    r"((?:[;\n•·▪►✓✔?!:]|(?<!\d),|,(?!\d))+|(?<!\d)\.(?!\d)|"
    r"\s+(?:y|e|and|m[aá]s|tambi[eé]n|adem[aá]s)\s+|"
    # "un arreglo mediano con una tarjeta": a second item, where "café con leche" is one.
    r"\s+con\s+(?=(?:un|una|unos|unas|\d+)\s))",
    re.IGNORECASE,
)
_NOISE = _word(
    r"(?:se|te) lo agradezco(?: mucho)?|muchas gracias|mil gracias|de antemano|bendiciones|"
    r"en la tarde|en la manana|en la noche|esta tarde|esta noche|por la tarde|por la manana|"
    r"por favor|gracias|porfa|hola|buenas|ok|va|pues|bueno|che|vale|oye|porfis|"
    r"ola|oi|hi|hello|please|obrigad[oa]|po|pe|cachai|guay|al tiro|altiro|al toque|nomas|"
    r"wena|wenas|thanks|thank you|al rato|mas tarde|ahorita|ja(?:ja)+|je(?:je)+|js(?:js)+|"
    r"despues|luego|en un rato|en un ratito|"
    # When, not what: "paso a buscar en 40 min", "tipo a las 9".
    r"(?:en|dentro de) (?:\d+|un|una|media|dos|tres|cinco|diez|quince|veinte|treinta|"
    r"cuarenta) (?:min|mins|minutos|minutitos|hs|hrs|horas?|horitas?)|en media hora|"
    r"en un toque|(?:como |tipo |a eso de )?a las \d{1,2}(?:[:.]\d{2})?"
    r"(?: ?(?:hs|am|pm|de la (?:tarde|noche|manana)))?"
)
_TRAILING_CONNECTOR = re.compile(r"(?:\s+(?:que|y|e|pero|porque|pues|o|yo|nomas))+$")
# "unas galletas", "la miel": a new item even without a count ("café y leche" is one).
_ITEM_OPENER = re.compile(r"^\s*(?:un|una|unos|unas|algun|alguna|algunos|algunas|el|la|los|las)\s")
# The container stays in the query ("3 latas de stella" is the can, not the bottle); the search
# ranks by it without requiring it ("2 latas de atún" still finds "Atún en Agua 140 g").
_INDEFINITE = re.compile(r"^(?:(?:unos|unas|algun|alguna|algunos|algunas|un poco de)\s+)?")
# "algo pa la tos" next to a product named for it: the need, not another item.
_VAGUE = re.compile(r"^(?:tienen |tienes |hay |tenes )?(?:algo|alguna cosa)(?:\s|$)")
# Questions about the shop, not its products: "¿hasta qué hora atienden?", "¿aceptan tarjeta?".
_SHOP_QUESTION = re.compile(
    r"(?<!\w)(?:(?:a|hasta|desde) que hora|que horarios?|horarios?(?: de atencion)?|"
    r"(?:donde|en donde) (?:estan|quedan|se ubican|queda)|aceptan|reciben (?:tarjeta|efectivo)|"
    r"hacen (?:envios|delivery|domicilios)|tienen (?:delivery|envios)|"
    r"cuanto (?:cuesta|sale|cobran) (?:el )?(?:envio|delivery|domicilio)|atienden|abren|cierran)"
    r"(?!\w)"
)
# Browsing, not buying: "¿ustedes venden cosas para pc?", "cosas de El Salvador", "un regalo
# para mi hijo". No product is named; the customer is asked what they are looking for.
_BROWSING = re.compile(
    r"^(?:(?:ustedes|usted|que|do you have|you have)\s+)*"
    r"(?:(?:venden|tienen|manejan|hay|tenes|tienes|have|sell)\s+)?"
    r"(?:(?:unas|unos|un|una)\s+)?(?:cosas|cositas|productos|articulos|regalo|regalito|detalle)"
    r"(?:\s|$)"
)
# A piece after a comma that only describes the product before it: "una playera, talla M".
_ATTRIBUTE_FIRST = re.compile(
    r"^(?:talla|talle|size|numero|color|sabor|tamano|marca|de|del|sin|con|en|tipo|modelo)\b"
)
_REMARK = re.compile(
    r"^(?:(?:es|son|seria|sera|todo|eso|lo)\s+)?(?:para|pa|pal)\s+"
    r"(?:(?:el|la|los|las|un|una|unos|unas|mi|mis|su|tu)\s+)?"
)
_PURPOSE_INTRO = re.compile(
    r"^(?:(?:che|oye|y|bueno)\s+)?(?:para|pa|pal)\s+(?:\S+\s+){1,5}?"
    r"(?=(?:\d+|un|una|unos|unas|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|media|medio)"
    r"\s)"
)
_STATE = re.compile(
    r"(?<!\w)(?:(?:esta|estan) (?:con|enferm\w*|mal\w*|resfriad\w*|engripad\w*)|estoy|"
    r"estamos|tengo|tenemos|anda|ando|andamos|me duele|le duele|pesa|pesan|mide|miden|"
    r"cumple|cumplio|tiene \d+ (?:anos|meses|semanas|dias)|"
    r"nos duele|me siento|se siente|amanecio|amaneci)(?!\w)"
)
_SOMETHING_COUNTED = re.compile(r"(?<!\w)(?:un|una|unos|unas|\d+)(?!\w)")
# "mi perra tiene 12 años y pesa 28 kilos": numbers of a story, not a count of anything.
_STORY_NUMBERS = re.compile(
    r"\d+\s+(?:anos|meses|semanas|dias|kilos|kg)(?!\w)|(?:cumple|cumplio|cumplira)\s+\d+"
)
_SENTENCE_BREAK = re.compile(r"[?!.\n]")


@dataclass
class OrderRequest:
    """A first message that already says what it wants ("hola, quiero 2 cafés, a domicilio")."""

    wants_order: bool = False
    mode: DeliveryMode | None = None
    items: list[Wanted] = field(default_factory=list)
    verbs: bool = False  # a buy verb was used: keep the items even if a search finds nothing
    # Items asked for in so many words (a count, an article or a buy verb in their own piece:
    # "unas patatas fritas grandes"), as against words around the order ("pa la once"):
    # when the catalog has nothing for them, the customer is told so.
    asked: set[str] = field(default_factory=set)
    # Items asked about in a question before the rest ("¿me mandas unas flores pa mi jeva? un
    # ramo de 24 rosas rojas"): maybe only the kind of thing the next items name.
    questioned: set[str] = field(default_factory=set)
    # Items said as "una …", "otra …", "el …" rather than with a figure: maybe one of the
    # product counted before them ("2 muñecas, una elsa y una anna").
    one_of: set[str] = field(default_factory=set)
    # A postal code said with its label ("me lo mandás a Vista Hermosa? CP 62290"), as typed.
    postal_code: str = ""


def order_request(
    text: str,
    sells: Callable[[str], bool] | None = None,
    finds: Callable[[str], set[str]] | None = None,
) -> OrderRequest:
    """Reads an opening message for an order intent, a delivery mode and product requests.

    `finds` (the skus some words find) tells "2 muñecas, una elsa y una anna" (one count
    shared out) from "2 lápices, un tajador" (two products).
    `sells` (does the catalog have something for these words?) tells a list of products
    ("2 cafés, leche y pan") from one product said in two pieces ("una playera, talla M").
    """
    request = OrderRequest()
    parts: list[str] = []
    asked_about: set[int] = set()  # indexes of parts followed by a question mark
    said_mode: DeliveryMode | None = None  # in a piece that names no product
    pieces = _ITEM_BREAK.split(_spoken_sizes(text[:1000]))
    for index in range(0, len(pieces), 2):
        raw = pieces[index]
        opener = without_greeting(raw)
        if not opener or ONLY_FILLER.match(opener) or _ADDRESS_PIECE.match(opener):
            # "wena,", "hola tío,", "al tiro": nobody orders a greeting; "delivery to 90201"
            # still says how.
            said_mode = (delivery_mode(opener) if opener else None) or said_mode
            continue
        if _STATE.search(opener) and not _SOMETHING_COUNTED.search(_STORY_NUMBERS.sub(" ", opener)):
            continue  # "el niño está con fiebre", "mi perra pesa 28 kilos": why, not what
        remark = _REMARK.match(opener)
        if remark and not _SOMETHING_COUNTED.search(opener[remark.end() :]):
            # "es pa la carne asada", "pa un asado", "para el colegio": what for, not what;
            # ", para recoger" still says how.
            said_mode = delivery_mode(opener) or said_mode
            continue
        if parts and _continues(parts[-1], pieces[index - 1], opener, sells):
            parts[-1] = f"{parts[-1]}{pieces[index - 1]}{raw}"
        else:
            parts.append(raw)
        following = pieces[index + 1] if index + 1 < len(pieces) else ""
        if "?" in following:
            asked_about.add(len(parts) - 1)
    for part_index, raw in enumerate(parts):
        norm = without_greeting(raw)
        # "¿tenéis 2 packs de agua?" asks; the count is confirmed at the quantity question.
        asks = bool(_AVAILABILITY.match(norm)) and not _ORDER_VERBS.search(norm)
        buys = bool(_BUY_VERBS.search(norm))
        request.verbs = request.verbs or buys
        opened = buys or _opens_item(norm)
        mode = delivery_mode(norm)
        if mode is not None:
            request.mode = mode
            # "delivery a Miraflores", "envío a Providencia": where to, not what.
            norm = _DESTINATION.sub(" ", norm)
        if mode is not None or PICKUP_WORDS.search(norm) or DELIVERY_WORDS.search(norm):
            # The mode's words ("lo retiro en tienda", "delivery") are not part of a product,
            # even when they leave the mode unclear ("para llevar a casa").
            norm = _MODE_PHRASES.sub(" ", _MODE_WORDS.sub(" ", norm))
            if mode == DeliveryMode.DELIVERY:
                norm = _WHERE_TO.sub(" ", norm)
        stripped = _ORDER_PHRASES.sub(" ", norm)
        if stripped != norm:
            request.wants_order = True
        # "para el asado del domingo 2 kg de vacío": what for, then what.
        stripped = _PURPOSE_INTRO.sub("", " ".join(stripped.split()))
        quantity, query = split_quantity(stripped)
        if asks:
            quantity = None
        measure = ""
        if quantity is None and not asks and (by_weight := weighed(query)):
            measure = weight_said(query)
            quantity, query = by_weight  # "2 kilos de palta", "3 libras de arrachera"
        elif quantity is not None:
            query = _WEIGHED_UNIT.sub("", query)  # "dos kilitos de entraña": two kilos of it
        query = _INDEFINITE.sub("", " ".join(_NOISE.sub(" ", query).split()))
        query = _TRAILING_CONNECTOR.sub("", query)
        if request.items and (ellipsis := _ELLIPSIS.match(stripped)):
            if quantity is None and _ANOTHER.match(stripped):
                quantity = 1  # "y otro del 0"
            rest = " ".join(_NOISE.sub(" ", ellipsis.group("rest")).split())
            borrowed = _with_head(request.items[-1].query, query, rest)
            # "3 kilos de asado de tira y dos de vacío": vacío is a cut of its own.
            query = rest if sells is not None and not sells(borrowed) and sells(rest) else borrowed
        if (aside := _ASIDE.search(raw)) and sells is not None and not sells(query):
            # "2 bolsas de bombones de colores (malvaviscos)": the aside is what they are.
            said_aside = normalize_chat(aside.group(1))
            query = said_aside if sells(said_aside) else query
        named = sum(c.isalnum() for c in query) >= 3 and any(c.isalpha() for c in query)
        if quantity and request.items and _CONTAINERS_ONLY.match(query):
            query = ""  # "pañales huggies talla xg, 2 paquetes": how many of them, no product
        if named and query and not ONLY_FILLER.match(query):  # "7up" is a product too
            request.items.append(Wanted(query[:80], quantity, measure))
            if opened or quantity is not None:
                request.asked.add(query[:80])
            if part_index in asked_about and quantity is None:
                request.questioned.add(query[:80])
            if _ONE_OF.match(stripped):
                request.one_of.add(query[:80])
        elif quantity and not query and request.items and request.items[-1].quantity is None:
            # "¿tienen leche? quiero 2": the count of the product just named
            request.items[-1] = Wanted(request.items[-1].query, quantity)
    # Said on its own (", para recoger", "delivery to 90201"), the mode is the customer's
    # last word on it.
    request.mode = said_mode or request.mode
    if labelled := _LABELLED_POSTAL.search(normalize_chat(text[:1000])):
        request.postal_code = labelled.group("code")
    request.items = [
        w
        for w in request.items
        if not _BROWSING.match(w.query) and not _SHOP_QUESTION.search(w.query)
    ]
    concrete = [w for w in request.items if not _VAGUE.match(w.query)]
    if concrete:
        request.items = concrete
    if sells is not None:
        _resolve_ones(request, sells)
        if finds is not None:
            _share_out(request, sells, finds)
    return request


_ASIDE = re.compile(r"\(([^()]{3,60})\)")
_LABELLED_POSTAL = re.compile(
    r"(?<!\w)(?:cp|c p|codigo postal|zip(?: code)?|postal code)\s*:?\s*(?:es\s+|is\s+)?"
    r"(?P<code>[a-z]?\d{4,7}(?:[a-z]{3})?)(?!\w)"
)
_DEFINITE = re.compile(r"^(?:el|la|los|las)\s+")
_ONE_OF = re.compile(r"^\s*(?:una|uno|un|otra|otro|el|la|los|las)\s")


def _share_out(
    request: OrderRequest, sells: Callable[[str], bool], finds: Callable[[str], set[str]]
) -> None:
    """ "2 barbies, la morena y la pelirroja", "dos plumillas, una de 24 y otra de 16": the
    count of a product shared out among the ones named after it, which replace it; "dos
    bolsas de chuches, las gominolas mogul": which ones they are, said once."""
    items = request.items
    index = 0
    while index < len(items):
        whole = items[index]
        following = _specifying(request, index, sells, finds, whole.quantity or 1)
        shared = sum(w.quantity or 1 for _, w in following)
        if whole.quantity and whole.quantity >= 2 and following and shared == whole.quantity:
            named = [Wanted(query[:80], w.quantity or 1) for query, w in following]
            request.asked.update(w.query for w in named)
            items[index : index + 1 + len(following)] = named
            index += len(named)
            continue
        if len(following) == 1 and following[0][1].quantity is None and (whole.quantity or 0) >= 2:
            query, said = following[0]
            if _DEFINITE.match(said.query):
                items[index : index + 2] = [Wanted(query[:80], whole.quantity)]
                request.asked.add(items[index].query)
        index += 1


def _specifying(
    request: OrderRequest,
    index: int,
    sells: Callable[[str], bool],
    finds: Callable[[str], set[str]],
    count: int,
) -> list[tuple[str, Wanted]]:
    """The items right after `items[index]` that say which of its `count` ("una de 24", "la
    morena"), each with the query that names it in full; [] when the next one is a product
    of its own."""
    items = request.items
    whole = items[index].query
    found: list[tuple[str, Wanted]] = []
    for said in items[index + 1 :]:
        if said.quantity not in (None, 1) or len(found) >= count:
            break
        if said.query.startswith(f"{whole} "):
            found.append((said.query, said))  # "una de 24": the product's name borrowed
            continue
        if said.query not in request.one_of and not _DEFINITE.match(said.query):
            break  # "2 cafés, leche y pan": products of their own
        alone = _DEFINITE.sub("", said.query)
        combined = f"{whole} {alone}"
        # "una elsa" is one of the "muñecas de frozen": what it finds alone is among what
        # they find; "un tajador" is not one of the "lapiceros".
        if not sells(combined) or not finds(alone) & finds(whole):
            break
        found.append((combined, said))
    return found


# Words that only say which one: sizes, colours, "en", "talla". An item made only of them
# ("una en talla L") is one of a product named before it.
_WHICH_ONE_WORDS = (
    "en de del la el los las talla talle size numero tamano tono sabor color xs s m l xl xxl "
    "xxxl ch g eg chica chico mediana mediano grande negro negra blanco blanca azul rojo roja "
    "verde gris rosa amarillo amarilla morado morada cafe marron beige"
)
_WHICH_ONE = frozenset(_WHICH_ONE_WORDS.split())
_EDGE_WORDS = (
    "de del la el los las en con para por y que un una me mucho muy esta este estos estas esa "
    "ese mi tu su"
)
_NOT_A_NAME_EDGE = frozenset(_EDGE_WORDS.split())


def _resolve_ones(request: OrderRequest, sells: Callable[[str], bool]) -> None:
    """ "me mola la camiseta del madrid de esta temporada, ¿me mandáis una en talla L?": the
    item "en talla l" is a camiseta del madrid; the praise around it is no item at all.
    "la camiseta técnica, una negra en talla M y una blanca en talla L" is two camisetas."""
    items = request.items
    named: dict[int, str] = {}  # index -> the product words an item was resolved with
    for index, wanted in enumerate(items):
        words = wanted.query.split()
        if index == 0 or not words or not all(w in _WHICH_ONE or w.isdigit() for w in words):
            continue
        source = index - 1
        while source > 0 and not items[source].query:
            source -= 1
        before = items[source]
        product = named.get(source) or _sold_phrase(before.query, sells)
        if product is None or not before.query:
            continue
        if wanted.quantity is None and source not in named:
            # "una camiseta técnica, negra en talla M": the same one, said in two pieces.
            items[source] = Wanted(f"{before.query} {wanted.query}"[:80], before.quantity)
            items[index] = Wanted("", None)
            continue
        items[index] = Wanted(f"{product} {wanted.query}"[:80], wanted.quantity)
        named[index] = product
        request.asked.add(items[index].query)
        if source not in named and (before.quantity is None or not sells(before.query)):
            items[source] = Wanted("", None)  # the product introduced, or praise around it
    request.items = [w for w in items if w.query]


def _sold_phrase(text: str, sells: Callable[[str], bool]) -> str | None:
    """The longest run of words in `text` the catalog sells, the latest first."""
    words = text.split()
    for size in range(min(4, len(words)), 0, -1):
        for start in range(len(words) - size, -1, -1):
            gram = words[start : start + size]
            if gram[0] in _NOT_A_NAME_EDGE or gram[-1] in _NOT_A_NAME_EDGE:
                continue
            if all(w in _WHICH_ONE for w in gram) or sum(len(w) for w in gram) < 4:
                continue
            if sells(" ".join(gram)):
                return " ".join(gram)
    return None


def _continues(
    previous: str, separator: str, piece: str, sells: Callable[[str], bool] | None
) -> bool:
    """Whether `piece` goes on describing the product in `previous` rather than naming
    another: "café y leche" may be one product, "2 cafés y unas tazas" are two."""
    if _opens_item(piece) or _SENTENCE_BREAK.search(separator):
        return False  # a count or an article opens an item; a question or a stop ends one
    if _ATTRIBUTE_FIRST.match(piece) or sells is None:
        return True
    named = " ".join(_NOISE.sub(" ", _MODE_WORDS.sub(" ", piece)).split())
    if len(named) < 3:
        return True
    before = split_quantity(without_greeting(previous))[1]
    if separator.strip() in ("y", "e", "and") and sells(f"{before} {separator.strip()} {named}"):
        return True  # "shampoo head and shoulders manzana": one name with "and" in it
    if sells(named) and sells(before):
        return False  # "2 cafés, leche y pan"
    # "café y leche" may be one product; "…cacahuates japoneses, es pa la carne asada" is a
    # remark, left to stand alone (and be dropped) rather than spoil the product before it.
    return sells(f"{without_greeting(previous)} {named}")


_HALF_MEASURE = re.compile(
    r"(?<!\w)(?:(?P<n>\d|un|una|uno|dos|tres|cuatro|cinco)\s+)?(?P<unit>litros?|kilos?)\s+y\s+medio(?!\w)",
    re.IGNORECASE,
)
_HALF_OF = re.compile(r"(?<!\w)(?:medio|1/2)\s+(?P<unit>litro|kilo)(?!\w)", re.IGNORECASE)
_SMALL = {"un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5}
# "la coca de 2 y cuarto": the 2.25 L bottle.
_AND_A_QUARTER = re.compile(r"(?<!\w)(?P<n>\d)\s+y\s+(?:un\s+)?cuarto(?!\w)", re.IGNORECASE)


def weighed(query: str) -> tuple[int, str] | None:
    """ "2 kilos de palta" -> (2, "palta"): a product sold by the kilo or the pound is listed
    per kilo or per pound, so the weight is the count."""
    found = _BY_WEIGHT.match(query)
    if found is None:
        return None
    quantity = parse_quantity(found.group("n"))
    return (quantity, found.group("rest")) if quantity is not None else None


def weight_said(query: str) -> str:
    """The weight of "2 kilos de palta" as it was said ("2 kilos"), or ""."""
    found = _BY_WEIGHT.match(query)
    return query[: found.start("rest")].removesuffix(" de ").strip() if found else ""


def _spoken_sizes(text: str) -> str:
    """ "de litro y medio" -> "de 1.5 litros", "medio kilo" -> "500 g": sizes as catalogs
    write them, and no " y " left to split the product in two."""

    def whole_and_half(found: re.Match[str]) -> str:
        n = found.group("n")
        whole = int(n) if n and n.isdigit() else _SMALL.get((n or "un").lower(), 1)
        unit = "litros" if found.group("unit").lower().startswith("litro") else "kg"
        return f"{whole}.5 {unit}"

    text = _HALF_MEASURE.sub(whole_and_half, text)
    text = _AND_A_QUARTER.sub(lambda found: f"{found.group('n')}.25", text)
    return _HALF_OF.sub(
        lambda found: "500 ml" if found.group("unit").lower() == "litro" else "500 g", text
    )


def _opens_item(opener: str) -> bool:
    """A count ("2 cafés", "1 kilo de palta", "dos kilos de manzanas") or an article starts a
    new product."""
    if _ITEM_OPENER.match(opener) or split_quantity(opener)[0] is not None:
        return True
    if weighed(opener) is not None:
        return True
    return bool(re.match(r"\d", opener))


def _with_head(previous: str, query: str, rest: str) -> str:
    """ "zuko de frutilla" then "5 de naranja": "zuko de naranja"; a bare container
    ("paquetes de…", "tarros de…") is no product to borrow."""
    said = " ".join(re.sub(r"\s(?:para|pa|pal)\s.*$", "", f" {rest}").split())
    if said.isdigit() and (number := re.search(r"\d+$", previous)):
        # "un globo del número 3 y otro del 0": the same product, another number.
        return f"{previous[: number.start()]}{said}"
    head, found, _ = previous.partition(" de ")
    if not found and said.isdigit() and len(previous.split()) <= 3:
        return f"{previous} de {said}"  # "una coca y otra de 600"
    if not found or head.split()[-1] in _CONTAINERS or len(head.split()) > 3:
        return query
    return f"{head} de {said}"
