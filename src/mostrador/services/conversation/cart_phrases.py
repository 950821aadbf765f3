"""What a typed change of the cart says: remove, set a quantity, add more, switch variant.

Keyword rules over `normalize_chat` text, for every region's way of changing its mind
("mejor quita la bocina", "sáqueme el pisco", "ya pe, sácame las chelas", "que sean 3",
"cámbiala a la talla L", "sorry, take out the takis"). The cart is not consulted here:
`cart_edits.apply` decides whether a named line exists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from mostrador.domain.language import normalize_chat, parse_quantity

_ARTICLE = r"(?:(?:el|la|los|las|lo|de|del|un|una|unos|unas|mis|tu|tus|the|my|those|these)\s+)*"
# Openers of a change of mind in every region: "sabe que,", "ya pe,", "sorry,", "actually".
_DISCOURSE = (
    r"sorry|actually|oops|ups|sabe que|sabes que|oiga|fijate|ya pe|ya po|pe|po|vale|venga|"
    r"tio|causa|okay|hmm+|chuta|pucha|perdona|perdone|disculpe|no espera|oh|nah|nope|wait|"
    r"no wait|so|oe|oie|oye|ey|sabi que|sabis que|uh|uhh|eh|can you|could you|can u|please|"
    # Who is addressed: "ay no veci, quite la coca".
    r"veci|vecino|vecina|senorita|senor|senora|joven|amigo|amiga|parce|compa|jefe|jefa|mijo|"
    r"mija|reina|bro|pana|don \w+|dona \w+"
)
# "la lechuga no me la mande", "no me traigas el pan": not to be sent.
_NOT_SENT = (
    r"(?<!\w)no (?:me |nos )?(?:lo |la |los |las )?(?:mande|mandes|manden|envie|envies|envien|"
    r"traiga|traigas|traigan|pongas|ponga|pongan|des|de|agregues|agregue|sumes)(?!\w)"
)
_REMOVE = re.compile(
    r"^(?:(?:mejor|y|por favor|oye|tambien|no|che|pero|siempre no|siempre|vale|ok|bueno|ah|ay|"
    r"uy|espera|sabes que|mira|al final|finalmente|pensandolo bien|pensandolo mejor|la verdad|"
    r"ahora que lo pienso|disculpa|perdon|eh|ey|mm+|" + _DISCOURSE + r")\s+)*"
    r"(?P<verb>quit\w*|elimin\w*|sac(?:a|ar|ame|ale|alo|ala|alos|alas)|borr\w*|remueve|"
    # "retire el arreglo grande": usted; "retiro la caja en tienda" is picking it up.
    r"retir(?:e|a|en)(?=\s+(?:el|la|los|las|lo)\s+(?!(?:pedido|compra|orden|paquete)\b))|"
    r"saque(?:me|le|n|nme)?|"
    r"descart\w*|"
    r"ya no (?:quiero|voy a querer|me des|me mandes|necesito|voy a llevar|llevo)|"
    # "ya no la gris", "ya no el pisco": the line named after the article.
    r"ya no(?=\s+(?:el|la|los|las)\s+(?!(?:quiero|necesito|llevo|voy|mandes|traigas)\b)\w)|"
    r"(?:siempre )?no quiero(?: mas)?|siempre no(?: quiero)?|no (?:me )?(?:llevo|voy a llevar)|"
    r"no me (?:mandes|mande|traigas|traiga|pongas|ponga|envies|envie|des|de)|"
    r"take out|take off|remove|delete|cancel|no more|forget(?: about)?|"
    r"olvida\w*|cancela|sin)\s+" + _ARTICLE + r"(?P<target>.+)$"
)
# The product first: "el jogging no, sacalo", "la gorra ya no la quiero", "las papas mejor no".
# "el cinturón sácalo", "las papas quítalas": the product, then a removal verb pointing back
# at it with its pronoun.
_REMOVE_BACK = re.compile(
    r"^(?:(?:no|para|espera|mejor|ay|uy|ah|pero|bueno|oye|che|"
    + _DISCOURSE
    + r")\s+)*"
    + _ARTICLE
    + r"(?P<target>.+?)\s+(?:mejor\s+)?(?:quita|quite|saca|saque|borra|borre|elimina|elimine)"
    r"(?:me)?l[oa]s?(?:\s+(?:por favor|porfa|plis|mejor|ya))*$"
)
# "la leche ya no", "el pisco mejor no": only ever about a cart line.
_REMOVE_BARE = re.compile(r"^" + _ARTICLE + r"(?P<target>.+?)\s+(?:ya no|mejor no)$")
_REMOVE_AFTER = re.compile(
    r"^(?:(?:mejor|y|por favor|oye|tambien|che|pero|bueno|ah|ay|uy|espera|sabes que|mira|no|"
    r"al final|finalmente|pensandolo bien|pensandolo mejor|la verdad|ahora que lo pienso|"
    r"disculpa|perdon|eh|ey|mm+|" + _DISCOURSE + r")\s+)*" + _ARTICLE + r"(?P<target>.+?)\s+"
    r"(?:(?:mejor\s+)?no|ya no|siempre no|mejor no)\s+(?:(?:me\s+)?(?:lo|la|los|las)\s+)?"
    r"(?:quiero|necesito|llevo|voy a llevar|(?:quit|sac|saq|borr|elimin)\w*)"
    r"(?:\s+(?:por favor|porfa|gracias|mejor|ya|entonces|mas|nomas|no mas|pues|pe|po|plis|"
    r"please))*$"
)
_SET = (
    re.compile(r"(?<!\w)(?:que )?sean? (?:(?:solo|solamente|nada mas)\s+)?(?P<qty>\S+)"
               r"(?: (?:(?:de las|de los|de la|del|de)\s+)?(?P<target>.+))?$"),
    re.compile(r"^(?:mejor\s+)?cambia(?:r|me)?\s+(?:(?:el|la|los|las|lo de)\s+)?(?P<target>.+?)"
               r"\s+a\s+(?P<qty>\S+)(?:\s+(?:unidades|piezas))?$"),
    re.compile(r"^(?:mejor|solo|solamente|nada mas)\s+(?P<qty>\S+)\s+(?:(?:de las|de los|de la|"
               r"del|de)\s+)?(?P<target>.+)$"),
    # "ponle 3 a la leche", "súbele a 3 el café".
    re.compile(r"^(?:ponle|sube|subele|baja|bajale|dejale)\s+(?:a\s+)?(?P<qty>\S+)"
               r"\s+(?:a|al|de|del|en)\s+" + _ARTICLE + r"(?P<target>.+)$"),
)  # fmt: skip
# "mejor 2", "que sean 3", "déjalo en 4": the line just added or changed.
_SET_LAST = re.compile(
    r"^(?:(?:no|mejor|perdon|pero|ay|ah|uy|mm+|bueno|este|oye|ok|" + _DISCOURSE + r")\s+)*"
    r"(?:que sean|sean|solo|solamente|"
    r"mejor|nada mas|dejal[oa]s? en|cambial[oa]s? a|ponle|ponme|pon|subele a|bajale a|"
    r"cambiale a|sube a|baja a|solo quiero|quiero solo|nomas quiero|mejor solo)\s+"
    r"(?P<qty>\S+(?: docenas?| par)?)"
    r"(?:\s+(?:unidades|piezas|nomas|nada mas|mejor|por favor|gracias|entonces|de ese|de esa|"
    r"de esos|de esas|del mismo|de la misma))*$"
)
# "agrega otra coca", "otro café", "dos más de galletas".
_ADD_MORE = re.compile(
    r"^(?:(?:y|tambien|porfa|por favor|oye|che)\s+)*(?:(?:agrega\w*|anade\w*|suma\w*|pon(?:me|le)?|"
    r"dame|mandame|pasame|quiero|quisiera|echale)\s+)?(?:(?:otr[oa]s?)(?:\s+(?P<n>\S+))?|"
    r"(?P<m>\S+)\s+mas)\s+(?:(?:de|del|el|la|los|las)\s+)?(?P<target>.+)$"
)
# "no, la negra", "mejor el de 2 litros": the variant of the line just added.
_SWITCH = re.compile(
    r"^(?:(?:no|nop|perdon|mejor|ay|uy|espera|pero|siempre)\s+)+(?:(?:el|la|los|las|en|uno|una)"
    r"\s+)+(?P<target>.+)$"
)
# "mejor talla M", "en talla M mejor", "la quiero en negro", "prefiero la M".
_SWITCH_SAID = re.compile(
    r"^(?:(?:no|mejor|perdon|prefiero|quiero|mejor quiero|ay|uy|pero)\s+)*"
    r"(?:(?:en|la|el|los|las)\s+)*"
    r"(?P<target>(?:talla|talle|color|size|numero|tamano)\s+\S+)(?:\s+(?:mejor|porfa|por favor))*$|"
    r"^(?:mejor\s+)?(?:la|lo|los|las) quiero en\s+(?P<said>.+)$|"
    r"^prefiero\s+(?:el|la|los|las)\s+(?P<preferred>.+)$"
)
_REMOVAL_VERB = re.compile(
    r"(?<!\w)(?:quit|sac[aeoq]|borr|elimin|cancel|descart|olvid)\w*|" + _NOT_SENT
)
_DIMENSIONS = frozenset(["talla", "talle", "color", "size", "numero", "tamano", "sabor"])
# "cambia la toalla a color blanco", "mejor cámbialo a la talla L": another variant, by name.
_SWITCH_TO = re.compile(
    r"^(?:(?:no|mejor|perdon|pero|ay|ah|uy|bueno|oye|mejor|" + _DISCOURSE + r")\s+)*"
    r"(?:(?:cambia(?:r|me)?|pasa(?:me)?)\s+" + _ARTICLE + r"(?P<line>.+?)|"
    r"(?:cambia|pasa)(?:me)?(?:l[oa]s?))\s+(?:al|a|por|en)\s+"
    + _ARTICLE
    + r"(?P<target>(?:(?:color|talla|talle|size|tamano|sabor|numero)\s+)?\S+(?:\s+\S+)?)"
    r"(?:\s+(?:por favor|porfa|gracias|mejor|entonces|plis))*$"
)
# The verbs of taking something out, with the pronouns Spanish glues on ("quítemelo",
# "sácala", "retírelo"), spelled whole so that a product like "quitaesmalte" is no verb.
_CLITIC = r"(?:me|le|se|nos)?(?:lo|la|los|las)?"
_TAKE_OUT = (
    rf"quit(?:a|e|o|ar|ad|en|as|es){_CLITIC}|(?:sac(?:a|ar|ad|as)|saqu(?:e|en|es)){_CLITIC}|"
    r"retir(?:a|e|ar|en)(?:me|le|se)?(?:lo|la|los|las)|"
    rf"(?:elimin|borr|cancel|descart)(?:a|e|ar|en){_CLITIC}|olvid(?:a|e|ar|en)(?:te|se)?{_CLITIC}|"
    r"remove|take out|delete|drop|forget"
)
_TARGET_END = re.compile(
    r"(?:^|\s+)(?:por favor|gracias|porfa|(?:" + _TAKE_OUT + r")\b|ya\b|no\b|que\b|"
    r"porque|pues|mejor|siempre|entonces|tambien|cambi\w*|"
    # "sacá el rojo del carrito": where it is, not which.
    r"(?:del|de mi|de la|en el|en mi) (?:carrito|pedido|orden|compra)\b|"
    # "sin el collar, solo la correa", "sácala, déjame solo el alargue": what stays.
    r"solo\b|solamente\b|dejame\b|deja\b|"
    # "quita el pisco y agrega 2 cervezas": the addition is asked for next, not removed.
    r"y (?:agreg|anad|pon|dame|mand|sum|trae|quiero|en su lugar)\w*).*$"
)
# Said after the product without being part of it: "el chorizo please", "6 nomás".
_TARGET_FILLER = re.compile(r"(?<!\w)(?:please|nomas|no mas|po|pe|cachai|plis|guay|tio)(?!\w)")
# "el labial mejor no, gracias": thanks after a change are not part of it.
_THANKS_AFTER = re.compile(r"(?:\s+(?:muchas gracias|gracias|porfa|por favor|plis|please))+$")
NOT_A_PRODUCT = frozenset(
    ["producto", "productos", "articulo", "articulos", "cosa", "cosas", "mas", "item", "algo"]
)


@dataclass(frozen=True)
class CartEdit:
    kind: str  # "remove" | "set" | "add" (more of a line) | "variant" (switch the last line's)
    target: str  # "" for "the line just added"
    quantity: int = 0
    sure: bool = True  # False: only an edit if `target` names a line ("sin azúcar" may not)
    line: str = ""  # "variant": the line it is about ("la toalla"), "" for the line just added


# Where a clause ends: punctuation, or an emoji put where a stop would go ("me fui de
# presupuesto 😅 sacame el etiqueta negra").
_CLAUSE_BREAK = re.compile(r"[,;.!?\n\U0001F000-\U0001FAFF\u2600-\u27BF]+")


def cart_edit(text: str) -> CartEdit | None:
    """A typed cart change: "quita las galletas", "que sean 3 del café", "cambia el café a 2",
    "mejor 2", "agrega otra coca", "no, la negra"."""
    edit = _cart_edit(normalize_chat(text[:300]))
    rest, heads = text[:300], 0
    while edit is None and "," in rest and heads < 3:
        # "sabe que, sáqueme el pisco", "no, pará, el cinturón sacalo": openers the patterns
        # do not know, then the edit.
        head, _, rest = rest.partition(",")
        heads += 1
        if len(normalize_chat(head).split()) > 3:
            break
        edit = _cart_edit(normalize_chat(rest))
    if edit is None:
        # "no, para, la trincheta sacala, dejame solo el alargue": the removal is one clause
        # among others that keep or confirm; a clause alone is read only as a removal.
        clauses = [c for c in _CLAUSE_BREAK.split(text[:300]) if c.strip()]
        for clause in clauses if len(clauses) > 1 else []:
            found = _cart_edit(normalize_chat(clause))
            if found is not None and found.kind == "remove":
                edit = found
                break
    if edit is not None and edit.kind == "remove" and edit.target:
        edit = replace(edit, target=_within_clause(text[:300], edit.target))
    return edit or _loose_removal(text[:300])


_LOOSE_CUE = re.compile(
    rf"(?<!\w)(?:{_TAKE_OUT}|ya no|mejor no|mejor sin|no quiero|no lo quiero|no la quiero)(?!\w)"
    rf"|{_NOT_SENT}|(?<!\w)no$"
)
_POINTING = re.compile(
    r"(?<!\w)(?:ese|esa|eso|esos|esas|este|esta|esto|estos|estas)(?!\w)|"
    r"(?:a|e|ar|en|ad)(?:me|le|se|nos)?(?:lo|la|los|las)(?!\w)"
)
_NOTHING = re.compile(r"(?<!\w)(?:nada|todo|nothing|anything)(?!\w)")
_NOT_NAMING_WORDS = re.compile(
    r"(?<!\w)(?:" + _DISCOURSE + r"|al final|finalmente|mejor|ya|no|si|el|la|los|las|lo|un|"
    r"una|unos|unas|del|de|mi|mis|ese|esa|eso|esos|esas|este|esta|esto|estos|estas|por favor|"
    r"porfa|please|pls|plis|nomas|tio|tia|senorita|senor|senora|disculpe|disculpa|perdon|"
    r"gracias|pues|ay|uy|ah|mira|bueno|pero|y|que|pedido|orden|carrito|compra|quiero|ahora|"
    r"mas|todo|entonces|solo|deja\w*|lleve|llevo|llevar|mande|traiga|ponga|agregue|pida|"
    r"compre|pensandolo bien|pensandolo mejor)(?!\w)"
)


def loose_removal(text: str) -> CartEdit | None:
    """The last-resort reading of a removal (see `_loose_removal`), for when the first reading
    of a message named no line of the cart."""
    return _loose_removal(text[:300])


def _loose_removal(text: str) -> CartEdit | None:
    """A removal the patterns above do not know, read clause by clause: a clause with a
    taking-out word ("quítala", "retírelo", "ya no", "mejor no", "...no") and what it names
    ("al final la gorra no, tío, quítala" -> gorra), or, naming nothing but pointing ("mejor
    ese quítemelo"), the line just added. Only ever acts on a line the cart has."""
    pointed = False
    before = ""  # what the clause before named: "la zapatilla déjala, sacámela del pedido"
    for clause in re.split(r"[,;.!?\n]+", text):
        norm = normalize_chat(clause)
        # What the clause names ends where its comment starts: "la carriola ya nos la
        # regalaron" names the carriola.
        kept = _target(_LOOSE_CUE.sub(" ", norm))
        named = " ".join(_NOT_NAMING_WORDS.sub(" ", kept).split())
        target = _target(named) if len(named) >= 3 else ""
        if not _LOOSE_CUE.search(norm) or _NOTHING.search(norm):
            # "ya no quiero nada más" is nothing else, not a line less.
            before = "" if _NOTHING.search(norm) else target
            continue
        if target:
            return CartEdit("remove", target, sure=False)
        if _POINTING.search(norm):
            if before:
                return CartEdit("remove", before, sure=False)
            pointed = True
    return CartEdit("remove", "", sure=False) if pointed else None


def _within_clause(text: str, target: str) -> str:
    """A removed product ends where its clause does: "saque el paracetamol, solo el
    ibuprofeno" removes the paracetamol; what follows the comma is another thought."""
    words = target.split()
    longest = 0
    for clause in re.split(r"[,;.!?\n]+", text):
        said = normalize_chat(clause).split()
        for start in range(len(said)):
            k = 0
            while k < len(words) and start + k < len(said) and said[start + k] == words[k]:
                k += 1
            longest = max(longest, k)
    return " ".join(words[:longest]) if longest else target


def _cart_edit(norm: str) -> CartEdit | None:
    norm = _THANKS_AFTER.sub("", norm)
    if len(norm.split()) > 14:
        return None
    removal = _REMOVE.match(norm)
    if removal:
        target = _target(removal.group("target"))
        # "sin azúcar", "no quiero nada" may not be about the cart: act only on a cart line.
        verb = removal.group("verb")
        sure = verb not in ("sin", "ya no") and not verb.startswith("no quiero")
        return CartEdit("remove", target, sure=sure) if target else None
    after = _REMOVE_AFTER.match(norm) or _REMOVE_BARE.match(norm) or _REMOVE_BACK.match(norm)
    if after and (target := _target(after.group("target"))):
        return CartEdit("remove", target, sure=False)
    for pattern in _SET:
        found = pattern.search(norm)
        if found:
            quantity = parse_quantity(found.group("qty"))
            if quantity is not None:
                return CartEdit("set", _target(found.group("target") or ""), quantity)
    last = _SET_LAST.match(norm)
    if last:
        quantity = parse_quantity(last.group("qty"))
        return CartEdit("set", "", quantity) if quantity is not None else None
    more = _ADD_MORE.match(norm)
    if more:
        target = _target(more.group("target"))
        counted = more.group("n") or more.group("m")
        quantity = parse_quantity(counted) if counted else 1
        if quantity is None and more.group("n"):  # "otro café molido": a word of the product
            target, quantity = _target(f"{counted} {more.group('target')}"), 1
        if target and quantity and not set(target.split()) <= NOT_A_PRODUCT:
            return CartEdit("add", target, quantity)
    if _REMOVAL_VERB.search(norm):
        return None  # "no, la cosedora no, quítemela": not "the other cosedora"
    switched = _SWITCH_TO.match(norm)
    if switched and parse_quantity(switched.group("target")) is None:
        line = _target(switched.group("line") or "")
        target = " ".join(switched.group("target").split())
        if line in _DIMENSIONS:  # "cambia la talla a M": the line just added
            line, target = "", f"{line} {target}"
        return CartEdit("variant", target, line=line)
    said = _SWITCH_SAID.match(norm)
    if said:
        named = said.group("target") or said.group("said") or said.group("preferred") or ""
        if target := _target(named):
            return CartEdit("variant", target)
    switch = _SWITCH.match(norm)
    if switch and (target := _target(switch.group("target"))):
        return CartEdit("variant", target)
    return None


def _target(raw: str) -> str:
    words = _TARGET_FILLER.sub(" ", _TARGET_END.sub("", _LEADING.sub("", raw))).split()
    while words and words[-1] in ("y", "e", "pero", "o"):
        words.pop()
    if set(words) <= _ONLY_POINTING:
        return ""  # "ese quítemelo", "sácala del pedido": the line just added
    return " ".join(words)


# Openers left in front of a product ("al final la gorra no"): not part of its name.
_LEADING = re.compile(
    r"^(?:(?:al final|finalmente|mejor|pues|ya|y|pero|bueno|entonces|no|pensandolo bien|"
    r"pensandolo mejor|me|nos|lleve|llevo|mande|manden|traiga|traigan|ponga|agregue|"
    + _DISCOURSE
    + r")\s+)+"
    r"(?:(?:el|la|los|las|lo de|lo del)\s+)?"
)
_POINTING_WORDS = (
    "ese esa eso esos esas este esta esto estos estas nada mas todo pedido orden carrito compra"
)
_ONLY_POINTING = frozenset(_POINTING_WORDS.split())
