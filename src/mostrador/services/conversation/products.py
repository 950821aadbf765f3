"""Showing the catalog: search results, a product's variants, sold-out refusals, quantity.

Variants are one product to the customer: results are grouped by `group_key` and the variant
is asked afterwards. "agotado" appears in option descriptions and in the refusal of a picked
product only, never in the body of a list that shows the products.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from mostrador.domain.catalog import Product
from mostrador.domain.language import WORD_NUMBERS, normalize_chat
from mostrador.domain.text import fold
from mostrador.services.conversation import order_requests, texts
from mostrador.services.conversation.choices import describe, distinct_titles, shorten
from mostrador.services.conversation.ports import ShopPort
from mostrador.services.conversation.state import Offered, Step
from mostrador.services.conversation.turn import Turn
from mostrador.services.conversation.variants import (
    COLORS,
    variant_named,
    variant_tagged,
    variant_word,
)

PAGE_SIZE = 8
SEARCH_LIMIT = 80  # SKUs fetched per query; pages are cut from these groups
QUERY_LIMIT = 80
MORE_ID = "results:more"
MAX_LISTED_VARIANTS = 10  # a WhatsApp list's rows; more variants are asked for by text
# An interactive body holds 1,024 characters; the question and a note need room too.
_NAMED_IN_FULL_LIMIT = 700
NEW_SEARCH_ID = "search:new"


_FOUND = 30  # products compared when telling one count shared out from two products


def read_order(t: Turn, text: str) -> order_requests.OrderRequest:
    """`text` read as a one-message order, with the shop's catalog settling what words alone
    cannot (is this a product? are these among those?)."""
    return order_requests.order_request(
        text,
        lambda words: bool(t.shop.search(words, limit=1)),
        lambda words: {p.sku for p in t.shop.search(words, limit=_FOUND)},
    )


def counted_name(shop: ShopPort, text: str, query: str) -> str | None:
    """The query with its number word put back when that word is part of a product's name:
    "tres leches porción" is the Torta Tres Leches, not three of a "leches porción"."""
    words = fold(text).split()
    rest = fold(query).split()
    if not rest:
        return None
    for index, word in enumerate(words[:-1]):
        if word in WORD_NUMBERS and words[index + 1] == rest[0]:
            phrase = f"{word} {rest[0]}"
            if any(phrase in fold(p.name) for p in shop.search(f"{phrase} {query}", limit=5)):
                return f"{word} {query}"
            return None
    return None


def clean_query(text: str) -> str:
    return " ".join(text.split())[:QUERY_LIMIT]


def group_members(shop: ShopPort, key: str) -> list[Product]:
    """Every SKU of the product the customer picked, in catalog order."""
    members = shop.variants(key)
    if members:
        return members
    single = shop.product(key)
    return [single] if single is not None else []


def grouped(products: Sequence[Product]) -> list[list[Product]]:
    groups: dict[str, list[Product]] = {}
    for product in products:
        groups.setdefault(product.group_key, []).append(product)
    return list(groups.values())


def search(
    t: Turn,
    query: str,
    note: str = "",
    page: int = 0,
    quantity: int | None = None,
    measure: str = "",
) -> None:
    """Searches `query` and shows what fits: a list, the one product, or a no-results question.

    A `quantity` the customer already stated is kept for the product they end up choosing;
    the `measure` it was said in ("1 kilo" of "1 kilo de ddl") narrows the choice when some
    products are named by their size ("Helado 1 kg" among "Helado 1/4 kg"...).
    """
    query = clean_query(query)
    if page == 0:
        t.state.want_quantity = quantity
    if not query:
        t.ask(Step.SEARCH, texts.PRODUCT_QUESTION, note=note)
        return
    query, avoided = _without_negated(query)
    groups = named_groups(grouped(t.shop.search(query, limit=SEARCH_LIMIT, strict=True)), query)
    if avoided:
        # "scooter razor azul, no eléctrico": what was ruled out goes, unless it is all there is.
        groups = [g for g in groups if not _says_any(g, avoided)] or groups
    if measure and len(groups) > 1:
        sized = f"{query} {measure}"
        narrowed = named_groups(
            grouped(t.shop.search(sized, limit=SEARCH_LIMIT, strict=True)), sized
        )
        if narrowed and len(narrowed) < len(groups):
            groups, query = narrowed, sized
    t.state.query, t.state.page = query, page
    if not groups and page == 0:
        shorter, nearby = nearest_query(t, query)
        if nearby:
            # "tarritos de vaselina", "aguas de 600 col roma": nothing fits every word, but
            # fewer words find something. Offer it and let the customer say; never add a guess.
            t.state.query = shorter
            options = group_options(t, nearby[:PAGE_SIZE])
            options.append(Offered(NEW_SEARCH_ID, texts.OPT_NEW_SEARCH))
            t.ask(
                Step.RESULTS,
                texts.RESULTS_QUESTION,
                options,
                note=note,
                intro=texts.nearest_results(query),
            )
            return
    if not groups and page == 0 and t.state.wanted:
        # One of several products named at once is not found ("hola guapa, 2 docenas de
        # huevos…"): say so and go on with the others rather than stop the order there.
        following = t.state.wanted.pop(0)
        search(
            t,
            following.query,
            _join(note, texts.no_results(query)),
            quantity=following.quantity,
            measure=following.measure,
        )
        return
    if not groups:
        t.ask(Step.SEARCH, texts.OTHER_PRODUCT_QUESTION, note=_join(note, texts.no_results(query)))
        return
    if len(groups) == 1 and page == 0:
        show_group(t, groups[0][0].group_key, note)
        return
    start = min(page * PAGE_SIZE, max(len(groups) - 1, 0) // PAGE_SIZE * PAGE_SIZE)
    t.state.page = start // PAGE_SIZE
    shown = groups[start : start + PAGE_SIZE]
    options = group_options(t, shown)
    if start + PAGE_SIZE < len(groups):
        options.append(Offered(MORE_ID, texts.OPT_MORE))
    options.append(Offered(NEW_SEARCH_ID, texts.OPT_NEW_SEARCH))
    intro = texts.results_note(query, t.state.page)
    t.ask(Step.RESULTS, texts.RESULTS_QUESTION, options, note=note, intro=intro)


# "no eléctrico", "que no sea de plástico", "ni el rosado": a kind of product ruled out.
_NEGATED = re.compile(
    r"(?:^|\s)(?:pero\s+)?(?:no|ni|que no sea|que no sean)\s+"
    r"(?:(?:el|la|los|las|un|una|de|del)\s+)?(?P<word>[a-z]{4,})(?=\s|$)"
)


def _without_negated(query: str) -> tuple[str, list[str]]:
    """`query` without the words it rules out, and those words; the query as it was when
    nothing else would be left."""
    said = normalize_chat(query)
    avoided = [m.group("word") for m in _NEGATED.finditer(said)]
    rest = " ".join(_NEGATED.sub(" ", said).split())
    if not avoided or not rest:
        return query, []
    return rest, avoided


def _says_any(group: Sequence[Product], words: list[str]) -> bool:
    said = {w[:5] for p in group for w in fold(f"{p.full_name} {p.brand}").split()}
    return any(w[:5] in said for w in words)


_NOT_NAMING_WORDS = (
    "de del la el los las con y para por en sin un una talla talle size color numero tamano "
    # "busco unos juguetes" names no "Juego de Cartas Uno".
    "uno unos unas busco quiero necesito tienen tienes hay"
)
_NOT_NAMING = frozenset(_NOT_NAMING_WORDS.split())


def _stem(word: str) -> str:
    return word[:-2] if word.endswith("es") and len(word) > 4 else word.rstrip("s")


def _naming_words(text: str) -> set[str]:
    return {
        _stem(w)
        for w in re.findall(r"[a-z]+", fold(text))
        if len(w) > 2 and w not in _NOT_NAMING and w not in COLORS
    }


def named_groups(groups: list[list[Product]], query: str) -> list[list[Product]]:
    """The groups whose own name (with brand, the variants found and the shop's tags) shares
    the most words with the query, when some share any: "casaca impermeable talla l" is about
    the casaca, not every product with a size L; "pizza de queso mozzarella" is the Pizza
    Muzzarella its shop tagged "mozzarella" as much as the Cuatro Quesos."""
    said = _naming_words(query)
    if len(groups) < 2 or not said:
        return groups
    covered = [(len(said & _naming_words(" ".join(_naming_text(p) for p in g))), g) for g in groups]
    most = max(count for count, _ in covered)
    if most == 0:
        return groups
    # "milanesas de nalga": the Milanesas whose variant is de Nalga name both words; the
    # Nalga (kg) only one (its description mentions milanesas).
    return [g for count, g in covered if count == most]


def _naming_text(product: Product) -> str:
    return " ".join([product.name, product.brand, product.variant, *product.tags])


def group_options(t: Turn, groups: Sequence[Sequence[Product]]) -> list[Offered]:
    # A search may hit one size of a product ("talla l" in "casaca talla L" finds the sold-out
    # buzo L): offer the whole product, never one stray variant of it.
    groups = [_whole(t, group) for group in groups]
    names = [group[0].name if len(group) > 1 else group[0].full_name for group in groups]
    titles = distinct_titles(names)
    options = []
    for group, name, title in zip(groups, names, titles, strict=True):
        prices = sorted(p.price.amount for p in group)
        cheapest = min(group, key=lambda p: p.price.amount).price
        price = t.money(cheapest)
        if prices[0] != prices[-1]:
            price = texts.from_price(price)
        extra = texts.variety(variant_word(group)) if len(group) > 1 else ""
        sold_out = "" if any(p.available for p in group) else texts.SOLD_OUT
        full = name if title != name else ""
        options.append(
            Offered(f"p:{group[0].group_key}", title, describe(full, price, extra, sold_out))
        )
    return options


def _whole(t: Turn, group: Sequence[Product]) -> Sequence[Product]:
    if not group[0].variant_group:
        return group
    members = group_members(t.shop, group[0].group_key)
    return members if len(members) > len(group) else group


def show_group(t: Turn, key: str, note: str = "") -> None:
    """The product the customer picked: its variants, or straight to the quantity."""
    members = group_members(t.shop, key)
    if not members:
        t.ask(Step.SEARCH, texts.OTHER_PRODUCT_QUESTION, note=note)
        return
    t.state.group = key
    if len(members) == 1:
        offer_product(t, members[0], note)
        return
    if not any(p.available for p in members):
        refuse_sold_out(t, members[0], note, whole_group=True)
        return
    named = variant_named(members, t.state.query) or variant_tagged(members, t.state.query)
    if named is not None:  # "coca de 600": the size was in the request already
        offer_product(t, named, note)
        return
    question = texts.variant_question(variant_word(members), members[0].name)
    if len(members) > MAX_LISTED_VARIANTS:
        # More than a WhatsApp list holds: name them all and let the customer write theirs.
        names = ", ".join(p.variant or p.full_name for p in members if p.available)
        t.ask(Step.VARIANT, question, note=_join(note, names))
        return
    titles = distinct_titles([p.variant or p.full_name for p in members])
    options = [
        Offered(
            f"v:{p.sku}",
            title,
            describe(t.money(p.price), "" if p.available else texts.SOLD_OUT),
        )
        for p, title in zip(members, titles, strict=True)
    ]
    t.ask(Step.VARIANT, question, options, note=note, intro=_named_in_full(t, members))


def _named_in_full(t: Turn, members: Sequence[Product]) -> str:
    """The variants by their whole names, when more products of the same message wait.

    "2 kilos de vacío, un chorizo y una provoleta": while several products are being sorted
    out, "¿Qué variante quieres de Chorizo Parrillero?" over rows titled "Clásico" and "Puro
    Cerdo" leaves the row titles without their product; the body says each one in full.
    """
    if not t.state.wanted:
        return ""
    # Sold-out ones stay in the list only: named here they would read as "not available".
    lines = [f"• {p.full_name} — {t.money(p.price)}" for p in members if p.available]
    text = "\n".join(lines)
    return text if len(text) <= _NAMED_IN_FULL_LIMIT else ""


_NOT_ALONE = frozenset(
    [
        "de",
        "del",
        "el",
        "la",
        "los",
        "las",
        "un",
        "una",
        "unos",
        "unas",
        "con",
        "sin",
        "para",
        "por",
        "en",
        "y",
        "a",
        "al",
        "mi",
        "me",
        "tu",
        "su",
        "lo",
        # Units and size words name no product: "litros" alone would offer every 1 L item.
        "litro",
        "litros",
        "lt",
        "lts",
        "ml",
        "mililitros",
        "kilo",
        "kilos",
        "kg",
        "gr",
        "grs",
        "gramos",
        "mg",
        "oz",
        "onzas",
        "libra",
        "libras",
        "lb",
        "pack",
        "paquete",
        "paquetes",
        "piezas",
        "pzas",
        "unidades",
        "talla",
        "talle",
        "numero",
        "medida",
        "tamano",
        "size",
    ]
)
_LONGEST_QUERY = 8


def nearest_query(t: Turn, query: str) -> tuple[str, list[list[Product]]]:
    """What fewer of `query`'s words find when all of them find nothing: the longest run cut
    from its end and the longest cut from its start, their groups together (the customer
    picks; neither is a sure reading). "pack de yogures naturales vivo en lavapies" -> "pack
    de yogures naturales"; "tarritos de vaselina" -> "de vaselina". ("", []) when none does."""
    words = query.split()
    if len(words) < 2 or len(words) > _LONGEST_QUERY:
        return "", []
    found: list[tuple[str, list[list[Product]]]] = []
    for runs in (
        [words[:n] for n in range(len(words) - 1, 0, -1)],
        [words[n:] for n in range(1, len(words))],
    ):
        for run in runs:
            named = [w for w in run if w not in _NOT_ALONE]
            if sum(len(w) for w in named if w.isalpha()) < 4 and not any(map(_is_model, named)):
                continue
            shorter = " ".join(run)
            groups = named_groups(grouped(t.shop.search(shorter, limit=SEARCH_LIMIT)), shorter)
            if groups:
                found.append((shorter, groups))
                break
    if not found:
        return "", []
    # "auriculares g335": a model names one product; what the other words find comes after.
    # The fewer kinds a run finds, the more it says: "pescado rebozado" is the breaded fish
    # before every fish.
    found.sort(key=lambda pair: (not any(map(_is_model, pair[0].split())), len(pair[1])))
    seen: set[str] = set()
    merged = []
    for _score, groups in found:
        for group in groups:
            if group[0].group_key not in seen:
                seen.add(group[0].group_key)
                merged.append(group)
    return found[0][0], merged


def _is_model(word: str) -> bool:
    """ "g335", "a54", "rtx4060": letters and figures together, a model's name."""
    return len(word) >= 3 and any(c.isalpha() for c in word) and any(c.isdigit() for c in word)


def offer_product(t: Turn, product: Product, note: str = "") -> None:
    """The product is chosen: add it when the quantity is known, else ask how many."""
    if not product.available:
        refuse_sold_out(t, product, note)
        return
    if t.state.want_quantity is not None:
        # Deferred: adding searches the next product named, which loops back here.
        from mostrador.services.conversation import adding

        quantity = in_packs(product, t.state.want_quantity)
        size = pack_size(product)
        if size and quantity >= size and quantity % size == 0:
            # "media docena de cervezas" and a "Pack 6": six cans or six packs? Ask, once.
            t.state.want_quantity = None
            t.state.sku, t.state.group = product.sku, product.group_key
            body = _join(note, texts.unit_price(t.money(product.price)))
            t.ask(Step.QUANTITY, texts.packs_question(product.full_name, size), note=body)
            return
        adding.add(t, product, quantity, note)
        return
    ask_quantity(t, product, note)


_HALF_DOZEN_PACK = re.compile(r"\bmedia docena\b")
# Sold in pairs, said so in the name: "Ampolletas T10 (par)", "Par de Medias".
_PAIR_PACK = re.compile(r"\(par\)|^par de\b|\bx ?2 (?:unidades|u)\b")
_DOZEN_PACK = re.compile(
    r"(?<![a-z0-9])(?:docena|dozen|x ?12|12 ?(?:ct|pack|u|un|unidades|pzas))(?!\w)"
)


_PACK_OF = re.compile(
    r"(?<![a-z0-9])(?:(?:pack|paquete|caja|bolsa)\s*(?:x\s*|de\s+)?|x\s*)(?P<n>\d+)"
    r"(?!\s*(?:[.,]\d|l|ml|cc|cl|g|gr|kg|cm|mm|oz|lb|w|gb|mg|m)\b)(?![\d.,])|"
    r"(?<![a-z0-9.,])(?P<m>\d+)\s*(?:pack|ct|u|un|unidades|pzas|piezas|rollos|sobres|bolsitas|"
    r"tabletas|comprimidos|capsulas|barras|latas)(?!\w)"
)


def pack_size(product: Product) -> int:
    """How many pieces one unit of `product` holds when its name says so ("Pack 6",
    "x 10 tabletas", "12 pack"); 0 for a single piece or a size too small to mistake."""
    found = _PACK_OF.search(fold(product.full_name))
    size = int(found.group("n") or found.group("m")) if found else 0
    return size if size >= 4 else 0


def in_packs(product: Product, quantity: int) -> int:
    """A count of pieces as packs when the product is sold by the dozen: "una docena de
    huevos" or "12 huevos" is one "Huevos Docena", not twelve."""
    name = fold(product.full_name)
    if quantity >= 6 and quantity % 6 == 0 and _HALF_DOZEN_PACK.search(name):
        return quantity // 6  # "media docena de tamales" is one "Media Docena"
    if quantity >= 12 and quantity % 12 == 0 and _DOZEN_PACK.search(name):
        return quantity // 12
    if quantity % 2 == 0 and _PAIR_PACK.search(name):
        return quantity // 2  # "un par de focos T10" is one "Ampolletas T10 (par)"
    return quantity


def ask_quantity(t: Turn, product: Product, note: str = "") -> None:
    t.state.sku = product.sku
    t.state.group = product.group_key
    body = _join(note, texts.unit_price(t.money(product.price)))
    t.ask(Step.QUANTITY, texts.quantity_question(product.full_name), note=body)


def refuse_sold_out(t: Turn, product: Product, note: str = "", whole_group: bool = False) -> None:
    """The one place that says a product is sold out, offering what can be bought instead."""
    name = product.name if whole_group else product.full_name
    options: list[Offered] = []
    if product.variant_group and not whole_group:
        others = [
            p for p in group_members(t.shop, product.group_key) if p.available and p != product
        ]
        options = [
            Offered(f"v:{p.sku}", shorten(p.variant or p.full_name), t.money(p.price))
            for p in others[:PAGE_SIZE]
        ]
    if not options and t.state.query:
        groups = [
            g
            for g in grouped(t.shop.search(t.state.query, limit=SEARCH_LIMIT))
            if g[0].group_key != product.group_key and any(p.available for p in g)
        ]
        options = group_options(t, groups[:PAGE_SIZE])
    if not options:
        t.ask(Step.SEARCH, texts.OTHER_PRODUCT_QUESTION, note=_join(note, texts.sold_out(name)))
        return
    options.append(Offered(NEW_SEARCH_ID, texts.OPT_NEW_SEARCH))
    t.ask(
        Step.ALTERNATIVES,
        texts.ALTERNATIVES_QUESTION,
        options,
        note=note,
        intro=texts.sold_out(name),
    )


def _join(*parts: str) -> str:
    return "\n".join(part for part in parts if part)
