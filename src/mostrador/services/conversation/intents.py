"""What a free-text message asks for, beyond the answer to the pending question.

Typed changes of the cart live in `cart_phrases` (`cart_edit` and `CartEdit` re-exported),
one-message orders in `order_requests`.

Keyword rules over `normalize_chat` text (folded, shorthand spelled out). Anytime commands
("menú", "carrito", "asesor") match only short, command-like messages, so an address or a
name that happens to contain such a word is still read as the answer it is.
"""

from __future__ import annotations

import re
from enum import StrEnum

from mostrador.domain.language import normalize_chat
from mostrador.domain.orders import DeliveryMode
from mostrador.services.conversation.cart_phrases import NOT_A_PRODUCT
from mostrador.services.conversation.cart_phrases import CartEdit as CartEdit
from mostrador.services.conversation.cart_phrases import cart_edit as cart_edit
from mostrador.services.conversation.cart_phrases import loose_removal as loose_removal


class Command(StrEnum):
    HUMAN = "human"
    MENU = "menu"
    CANCEL = "cancel"
    HELP = "help"
    CART = "cart"
    EMPTY_CART = "empty_cart"


class Goal(StrEnum):
    ORDER = "order"
    REPEAT = "repeat"
    STATUS = "status"
    FAQ = "faq"


def _full(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"^(?:{pattern})$")


def _word(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{pattern})(?!\w)")


_POLITE = r"(?:por favor |porfa |oye |disculpa |quiero |quisiera |me gustaria |necesito |puedo )*"
_COMMANDS: tuple[tuple[Command, re.Pattern[str]], ...] = (
    (Command.HUMAN, _word(r"asesora?|humano|persona|agente|operador(?:a)?|ejecutiv[oa]")),
    (Command.HUMAN, _word(r"hablar con (?:alguien|una persona|un humano|el encargado)")),
    (Command.MENU, _full(_POLITE + r"(?:ver |volver al |ir al |regresar al )?(?:el )?"
                         r"(?:menu|inicio)(?: principal)?")),
    (Command.EMPTY_CART, _full(_POLITE + r"(?:vaciar|vacia|vaciame|limpiar|limpia|borrar|borra)"
                               r" (?:el |mi )?carrito|(?:quita|elimina|borra|saca)(?:lo)? todo")),
    (Command.CANCEL, _full(_POLITE + r"(?:mejor )?(?:cancelar|cancela|cancelalo|cancelo)"
                           r"(?: (?:el |mi |la )?(?:pedido|orden|compra|todo))?")),
    (Command.HELP, _full(_POLITE + r"(?:ayuda|ayudame|help|auxilio|como funciona|"
                         r"que puedo hacer)")),
    (Command.CART, _full(_POLITE + r"(?:ver |mostrar |muestrame |revisar )?(?:el |mi )?carrito"
                         r"|que llevo|que tengo en (?:el |mi )?carrito")),
)  # fmt: skip
_GOALS: tuple[tuple[Goal, re.Pattern[str]], ...] = (
    (Goal.STATUS, _word(r"estado|estatus|status|seguimiento|rastrear|rastreo|"
                        r"(?:donde|como) (?:esta|va|viene) (?:mi|el) (?:pedido|orden|paquete)|"
                        r"no (?:me )?ha llegado|cuando llega")),
    (Goal.REPEAT, _word(r"repetir|repite|lo mismo|mismo pedido|ultimo pedido|pedido anterior|"
                        r"volver a pedir")),
    (Goal.FAQ, _word(r"preguntas frecuentes|preguntas|faq|dudas|tengo una (?:duda|pregunta)")),
    (Goal.ORDER, _word(r"pedido|pedir|comprar|compra|ordenar|orden|encargar|hacer un pedido|"
                       r"catalogo|productos|que (?:tienen|venden|hay)|"
                       r"encomendar|order|buy|purchase|shop")),
)  # fmt: skip
PICKUP_WORDS = _word(r"retir\w*|recog\w*|recoj\w*|tienda|sucursal|paso por \w+|pasar por \w+|"
                r"voy por \w+|pick ?up|pick (?:it|them|this|that|everything) up|en persona|"
                r"(?:paso|pasare|pasamos|voy|vamos) a por \w+|"
                r"(?:paso|pasare|pasamos|pasar|voy|vamos) a "
                r"(?:buscar|recoger|retirar)\w*|lo busco|los busco|las busco|"
                r"(?:en|al) (?:el )?(?:local|negocio)|"
                r"(?:paso|voy|vamos) yo(?: a (?:buscar|recoger|retirar)\w*)?|yo (?:paso|voy)|"
                r"para llevar|paso (?:en la tarde|mas tarde|al rato|hoy|manana|luego|despues)|"
                r"(?:me )?(?:lo|la|los|las) llevo yo")  # fmt: skip
DELIVERY_WORDS = _word(r"domicilio|envio|envios|enviar|envien|envian|enviame|enviais|mandar|manden|"
                  r"mandame|mandais|mandan|traen|llevan|traeis|traigan|mandai|despach\w*|"
                  r"a (?:mi |la )?casa|entrega|delivery|que me (?:lo|la|los|las) traigan|"
                  r"a (?:mi |la )?(?:depa|departamento|apartamento|apartment|apto|oficina|"
                  r"jato)|en (?:mi|la) casa|"
                  r"to (?:my |the )?(?:house|home|place|apartment|apt|office)|"
                  # After the product, with its pronoun: "me las traes", "llévamelos".
                  r"me (?:lo|la|los|las) (?:traes|traen|traeis|llevas|llevan|mandas|mandan|"
                  r"envias|envian|mandai)|(?:trae|traiga|lleva|lleve|manda|mande|envia|envie)"
                  r"mel[oa]s?|"
                  r"que me (?:lo |la |los |las )?(?:traigan|lleven|manden|envien)|"
                  # "¿me podéis traer…?", "¿nos pueden mandar…?": asked to bring it.
                  r"(?:puede|puedes|pueden|podeis|podes|podria|podrias|podrian) "
                  r"(?:traer|mandar|enviar|llevar)\w*")  # fmt: skip
_GREETING = re.compile(
    r"^(?:hola+s?|holi+s?|ola|buen(?:os|as)? (?:dias|tardes|noches)|buenas|buen dia|que tal|"
    r"que onda|hey|saludos|hi|hello|oye|wena+s?|wen(?:os|as) (?:dias|tardes|noches)|quiubo|"
    r"que hubo|alo|epa|good (?:morning|afternoon|evening)|que pasa|que hay|habla|que mas)"
    r"(?:\s+|$)"
)
# Words that open a message without naming anything: who is addressed ("tío", "vecina",
# "causa") and fillers ("al tiro", "po", "pe"). A piece made only of them is not a product.
_VOCATIVES = (
    r"tio|tia|vecin[oa]|veci|causa|compa|amig[oa]|jef[ea]|senor|senora|senorita|seno|reina|"
    r"hermano|hermana|bro|pana|parce|parcero|weon|wn|loco|boludo|prim[oa]|mij[oa]|joven|"
    r"caser[oa]|caserita|chamo|mano|manito|cuate|guey|wey|man|amiga|brother|sis|guap[oa]|"
    r"carino|corazon|maj[oa]|chaval|colega|nen[ae]|mami|papi|mamita|crack|cabros|cabras|"
    r"chiquillos|chiquillas|muchachos|muchachas|chicos|chicas|gente|guys|amigos|amigas|"
    # A title and a name: "don Beto", "doña Mari".
    r"(?:don|dona|sr|sra|srta|dr|dra|profe) [a-z]+"
)
_FILLERS = (
    r"al tiro|altiro|al toque|po|pe|pues|ya|cachai|guay|please|por favor|gracias|nomas|"
    r"no mas|ok|okay|vale|venga|oye|mira|hola|buenas|che|ey|rapidito|urgente|thanks|bueno|"
    r"dale|uh|eh|una pregunta|una consulta|una duda|pregunta|consulta|"
    r"(?:me |nos )?(?:puedes|podeis|podes|puede|pueden|podria|podrias|podrian) ayudar|"
    r"ayudame|ayudeme|me ayudas|me ayuda|"
    # When, not what: "lo paso a recoger mañana".
    r"manana|hoy|ahorita|ahora|temprano|mas tarde|al rato|luego|despues|en la tarde|"
    r"en la manana|en la noche|esta tarde|esta noche|en un rato"
)
_CLAUSES = r"(?:lo|la|los|las) (?:quiero|necesito|ocupo|espero)|si se puede|si puedes|si pueden"
_VOCATIVE_FIRST = re.compile(rf"^(?:{_VOCATIVES})\s+")
ONLY_FILLER = re.compile(rf"^(?:(?:{_VOCATIVES}|{_FILLERS}|{_CLAUSES})(?:\s+|$))+$")


def command(text: str) -> Command | None:
    """An anytime command, or None; only short messages count as commands."""
    norm = normalize_chat(text[:300])
    if not norm or len(norm.split()) > 8:
        return None
    return next((cmd for cmd, pattern in _COMMANDS if pattern.search(norm)), None)


def goal(text: str) -> Goal | None:
    norm = normalize_chat(text[:300])
    return next((g for g, pattern in _GOALS if pattern.search(norm)), None)


def delivery_mode(text: str) -> DeliveryMode | None:
    norm = normalize_chat(text[:300])
    pickup, delivery = bool(PICKUP_WORDS.search(norm)), bool(DELIVERY_WORDS.search(norm))
    if pickup == delivery:
        return None
    return DeliveryMode.PICKUP if pickup else DeliveryMode.DELIVERY


def without_greeting(text: str) -> str:
    """The message with its opening greeting(s) cut off ("hola buenas, quiero…" -> "quiero…"),
    and who they greet ("amigo buenas tardes, …")."""
    norm = normalize_chat(text[:1000])
    while True:
        cut = _GREETING.sub("", norm, count=1)
        addressed = _VOCATIVE_FIRST.match(cut)
        if addressed and _GREETING.match(cut[addressed.end() :]):
            cut = cut[addressed.end() :]
        if cut == norm:
            return norm
        norm = cut


_NOT_PRODUCT_WORDS = NOT_A_PRODUCT | frozenset(
    [
        "si",
        "quiero",
        "quisiera",
        "agregar",
        "agrega",
        "anadir",
        "anade",
        "sumar",
        "otro",
        "otra",
        "otros",
        "otras",
        "seguir",
        "comprando",
        "tambien",
        "por",
        "favor",
        "un",
        "una",
        "y",
        "de",
        "el",
        "la",
        "los",
        "las",
        "mas",
    ]
)


def names_a_product(query: str) -> bool:
    """False for "sí, otro producto", "agregar algo más": a wish to go on, not a product."""
    words = [w for w in normalize_chat(query).split() if w not in _NOT_PRODUCT_WORDS]
    return sum(len(w) for w in words if w.isalpha()) >= 3
