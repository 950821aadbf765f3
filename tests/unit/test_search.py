"""Product search over a small Spanish catalog: what shoppers type, and what they must get."""

from __future__ import annotations

import pytest

from mostrador.search import SearchDocument, SearchHit, build_index
from mostrador.search.analysis import Kind, analyze, phonetic_key
from mostrador.search.memory import InMemorySearchIndex

D = SearchDocument
NIKE = "tenis-nike-revolution"
PLAYERA = "playera-basica-hanes"

CATALOG = (
    # abarrotes
    D("A01", "Café Molido Legal 400 g", category="Abarrotes", brand="Legal",
      tags=("cafe", "desayuno"), popularity=50),
    D("A02", "Café en Grano Veracruz 1 kg", category="Abarrotes", brand="Finca Coatepec",
      tags=("cafe",), popularity=20),
    D("A03", "Café Soluble Nescafé Clásico 200 g", category="Abarrotes", brand="Nescafé",
      popularity=80),
    D("A04", "Galletas Marías Gamesa 170 g", category="Abarrotes", brand="Gamesa",
      popularity=40),
    D("A05", "Galletas Emperador Chocolate 91 g", category="Abarrotes", brand="Gamesa",
      popularity=30),
    D("A06", "Frijoles Negros La Costeña 560 g", category="Abarrotes", brand="La Costeña"),
    D("A07", "Arroz Blanco Verde Valle 1 kg", category="Abarrotes", brand="Verde Valle"),
    D("A08", "Aceite Vegetal Nutrioli 946 ml", category="Abarrotes", brand="Nutrioli"),
    D("A09", "Jabón en Barra Zote Rosa 400 g", category="Limpieza", brand="Zote",
      description="Jabón para lavar ropa a mano", popularity=25),
    D("A10", "Leche Entera Lala 1 L", category="Lácteos", brand="Lala", popularity=60),
    D("A11", "Mantequilla Gloria sin sal 90 g", category="Lácteos", brand="Gloria"),
    D("A12", "Jabón de Tocador Dove Original 135 g", category="Higiene", brand="Dove",
      popularity=35),
    # bebidas
    D("B01", "Coca-Cola Original 600 ml", category="Bebidas", brand="Coca-Cola",
      tags=("refresco",), popularity=100),
    D("B02", "Coca-Cola Original 2 L", category="Bebidas", brand="Coca-Cola",
      tags=("refresco",), popularity=90),
    D("B03", "Coca-Cola Sin Azúcar 600 ml", category="Bebidas", brand="Coca-Cola",
      tags=("refresco",), popularity=40),
    D("B04", "Sprite Lima-Limón 600 ml", category="Bebidas", brand="Sprite",
      tags=("refresco",), popularity=30),
    D("B05", "Agua Natural Ciel 1 L", category="Bebidas", brand="Ciel", popularity=70),
    D("B06", "Jugo de Naranja Jumex 1 L", category="Bebidas", brand="Jumex", popularity=20),
    D("B07", "Cerveza Corona Extra 355 ml", category="Bebidas", brand="Corona", popularity=65),
    # calzado
    D("C01", "Tenis Nike Revolution 7", variant="Blanco / 40", category="Calzado",
      brand="Nike", group=NIKE, popularity=12),
    D("C02", "Tenis Nike Revolution 7", variant="Blanco / 42", category="Calzado",
      brand="Nike", group=NIKE, popularity=10),
    D("C03", "Tenis Nike Revolution 7", variant="Negro / 42", category="Calzado",
      brand="Nike", group=NIKE, in_stock=False, popularity=30),
    D("C04", "Tenis Adidas Runfalcon 3", variant="Talla 42", category="Calzado",
      brand="Adidas", popularity=8),
    D("C05", "Zapato Oxford Flexi", variant="Café / 27", category="Calzado", brand="Flexi",
      popularity=5),
    D("C06", "Sandalias Crocs Clásicas", variant="Talla 25", category="Calzado",
      brand="Crocs", popularity=9),
    # ropa
    D("R01", "Playera Básica Hanes", variant="Negro / M", category="Ropa", brand="Hanes",
      group=PLAYERA, popularity=25),
    D("R02", "Playera Básica Hanes", variant="Blanco / M", category="Ropa", brand="Hanes",
      group=PLAYERA, popularity=15),
    D("R03", "Camiseta Deportiva Dry Fit", variant="Azul / L", category="Ropa",
      brand="Adidas", popularity=7),
    D("R04", "Sudadera con Capucha", variant="Gris / L", category="Ropa", brand="Hanes"),
    D("R05", "Jeans Levi's 505", variant="Azul / 32", category="Ropa", brand="Levi's"),
    D("R06", "Chamarra Impermeable", variant="Negro / M", category="Ropa", brand="Columbia"),
    # electrónica
    D("E01", "Audífonos Inalámbricos JBL Tune 510BT", category="Electrónica", brand="JBL",
      tags=("bluetooth",), popularity=22),
    D("E02", "Auriculares Sony WH-CH520", category="Electrónica", brand="Sony",
      tags=("bluetooth",), popularity=11),
    D("E03", "Celular Samsung Galaxy A15 128 GB", category="Electrónica", brand="Samsung",
      popularity=18),
    D("E04", "Cafetera de Goteo Oster 12 tazas", category="Electrónica", brand="Oster"),
    D("E05", "Laptop Lenovo IdeaPad 15 8 GB RAM 512 GB SSD", category="Electrónica",
      brand="Lenovo"),
    D("E06", "Bocina Bluetooth JBL Go 3", category="Electrónica", brand="JBL", popularity=14),
    # bebés
    D("K01", "Pañales Huggies Supreme Etapa 3", variant="40 piezas", category="Bebés",
      brand="Huggies", popularity=33),
    D("K02", "Pañales Huggies Supreme Etapa 4", variant="36 piezas", category="Bebés",
      brand="Huggies", popularity=28),
    D("K03", "Toallitas Húmedas Huggies", variant="80 piezas", category="Bebés",
      brand="Huggies", popularity=19),
    D("K04", "Biberón Avent Natural 260 ml", category="Bebés", brand="Philips Avent"),
)  # fmt: skip


@pytest.fixture(scope="module")
def index() -> InMemorySearchIndex:
    return build_index(CATALOG)


def skus(hits: list[SearchHit]) -> list[str]:
    return [hit.sku for hit in hits]


@pytest.mark.parametrize(
    ("query", "first"),
    [
        # accents, case, plurals
        ("cafe molido", "A01"),
        ("CAFÉ MOLIDO", "A01"),
        ("Café molida", "A01"),
        ("galletas marias", "A04"),
        ("galleta maría", "A04"),
        ("pañales etapa 3", "K01"),
        ("panales etapa 4", "K02"),
        ("frijol negro", "A06"),
        # filler words and chat phrasing
        ("quiero unos tenis nike del 42 por favor", "C02"),
        ("hola, tienen leche lala? cuanto cuesta", "A10"),
        ("me das un jabon zote", "A09"),
        ("kiero cafe molido", "A01"),
        ("una coca bien fria", "B01"),
        # while typing
        ("cafe mol", "A01"),
        ("audifonos inalam", "E01"),
        # sizes: the number goes to the variant, the in-stock variant first
        ("tenis nike del 42", "C02"),
        ("tenis nike talla 42", "C02"),
        ("tenis nike número 42", "C02"),
        ("tenis nike 40", "C01"),
        # units in every spelling
        ("coca 600", "B01"),
        ("coca cola de 600ml", "B01"),
        ("coca cola 600 ml", "B01"),
        ("coca 2 litros", "B02"),
        ("coca cola 2L", "B02"),
        ("coca 2lt", "B02"),
        ("leche de 1 litro", "A10"),
        ("cafe 400 gr", "A01"),
        ("cafe de grano 1 kilo", "A02"),
        ("laptop 512gb", "E05"),
        ("biberon 260ml", "K04"),
        ("coca sin azucar", "B03"),
        # regional synonyms
        ("zapatillas nike", "C01"),
        ("championes adidas", "C04"),
        ("audifonos sony", "E02"),
        ("auriculares jbl", "E01"),
        ("porotos", "A06"),
        ("movil samsung", "E03"),
        ("telefono", "E03"),
        ("computadora lenovo", "E05"),
        ("vaqueros", "R05"),
        ("buzo", "R04"),
        ("campera", "R06"),
        ("gaseosa", "B01"),
        ("manteca", "A11"),
        # typos and chat spellings
        ("sapatillas naik", "C01"),
        ("tenis naik", "C01"),
        ("galetas marias", "A04"),
        ("arros verde valle", "A07"),
        ("samsumg galaxy", "E03"),
        ("audifonos inalambricoss", "E01"),
        ("cerbeza corona", "B07"),
        ("bosina jbl", "E06"),
        ("toaitas humedas", "K03"),
        ("leshe entera", "A10"),
        ("aciete vegetal", "A08"),
        ("ceveza", "B07"),
    ],
)
def test_best_product_comes_first(index: InMemorySearchIndex, query: str, first: str) -> None:
    assert skus(index.search(query))[0] == first


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("playeras", {"R01", "R02", "R03"}),
        ("remeras", {"R01", "R02", "R03"}),
        ("audifonos", {"E01", "E02"}),
        ("jabon", {"A09", "A12"}),
        ("galletas", {"A04", "A05"}),
        ("pañales", {"K01", "K02"}),
        ("coca cola 600", {"B01", "B03"}),
        ("tenis nike", {"C01", "C02", "C03"}),
    ],
)
def test_every_fitting_product_is_found_and_nothing_else(
    index: InMemorySearchIndex, query: str, expected: set[str]
) -> None:
    assert set(skus(index.search(query, limit=50))) == expected


@pytest.mark.parametrize(
    "query",
    [
        "bicicleta",
        "asdfgh",
        "tornillos",
        "cafe bicicleta",
        "coca 900",
        "tenis talla 99",
        "hola",
        "precio?",
        "quiero, por favor",
        "zzz",
    ],
)
def test_a_query_nothing_fits_returns_no_products(index: InMemorySearchIndex, query: str) -> None:
    """For the conversation always; browsing, when no part of the query fits."""
    assert index.search(query) == []
    assert index.search(query, strict=True) == []
    if query not in ("cafe bicicleta", "coca 900", "tenis talla 99"):
        assert index.search(query, browsing=True) == []


def test_browsing_still_finds_what_most_of_a_query_names(index: InMemorySearchIndex) -> None:
    """A word no product uses does not empty a browsing search when the rest fits, and its
    hits score below any that fit every word."""
    relaxed = index.search("cafe bicicleta", browsing=True)
    assert relaxed and set(skus(relaxed)) <= set(skus(index.search("cafe", limit=50)))
    assert relaxed[0].score < index.search("cafe")[0].score
    assert index.search("cafe bicicleta") == []
    assert index.search("bicicleta tornillos", browsing=True) == []  # nothing of it fits


def test_refresco_brings_sodas_first_and_never_baby_products(index: InMemorySearchIndex) -> None:
    found = skus(index.search("refresco", limit=50))
    assert found[:4] == ["B01", "B02", "B03", "B04"]
    assert not [sku for sku in found if sku.startswith("K")]


def test_a_short_word_alone_is_not_completed_into_longer_ones(
    index: InMemorySearchIndex,
) -> None:
    assert index.search("pan") == []  # not pañales
    assert skus(index.search("huggies pan"))[:2] == ["K01", "K02"]


def test_sport_shirts_are_not_sneakers(index: InMemorySearchIndex) -> None:
    assert "R03" not in skus(index.search("tenis", limit=50))
    assert skus(index.search("zapatos deportivos adidas")) == ["C04"]


def test_a_whole_word_is_not_read_as_the_start_of_longer_ones(
    index: InMemorySearchIndex,
) -> None:
    # The brown shoe says "Café" too; the cafetera only starts with it.
    assert skus(index.search("cafe", limit=50)) == ["A01", "A02", "A03", "C05"]
    assert skus(index.search("cafet")) == ["E04"]


def test_a_size_the_variant_lacks_ranks_below_the_exact_size(index: InMemorySearchIndex) -> None:
    found = skus(index.search("tenis nike 42", limit=50))
    assert found[:2] == ["C02", "C03"]
    assert found.index("C02") < found.index("C01")


def test_out_of_stock_ranks_after_in_stock_of_equal_relevance(index: InMemorySearchIndex) -> None:
    found = skus(index.search("tenis nike revolution 42"))
    assert found[:2] == ["C02", "C03"]  # C03 is more popular but out of stock


def test_relevance_outranks_stock(index: InMemorySearchIndex) -> None:
    assert skus(index.search("tenis nike negro 42"))[0] == "C03"


def test_popularity_breaks_ties_then_name(index: InMemorySearchIndex) -> None:
    assert skus(index.search("playera basica hanes")) == ["R01", "R02"]


def test_blank_query_lists_catalog_in_stock_then_popular_then_by_name(
    index: InMemorySearchIndex,
) -> None:
    listing = skus(index.search("   ", limit=100))
    assert len(listing) == len(CATALOG)
    assert listing[:3] == ["B01", "B02", "A03"]
    assert listing[-1] == "C03"
    assert skus(index.search("", limit=5, offset=2)) == listing[2:7]
    # Zero-popularity products fall back to name order.
    unpopular = [sku for sku in listing if sku in {"A06", "A07", "A08", "E04"}]
    assert unpopular == ["A08", "A07", "E04", "A06"]


def test_pages_follow_one_ranking(index: InMemorySearchIndex) -> None:
    everything = skus(index.search("bebidas", limit=50))
    assert len(everything) == 7
    assert skus(index.search("bebidas", limit=3, offset=3)) == everything[3:6]
    assert index.search("bebidas", limit=0) == []


def test_negative_paging_is_rejected(index: InMemorySearchIndex) -> None:
    with pytest.raises(ValueError, match="limit and offset"):
        index.search("cafe", limit=-1)


def test_scores_decrease_down_the_ranking(index: InMemorySearchIndex) -> None:
    scores = [hit.score for hit in index.search("coca cola", limit=50)]
    assert scores == sorted(scores, reverse=True)
    assert all(score > 0 for score in scores)


def test_upsert_adds_replaces_and_remove_forgets() -> None:
    index = build_index(CATALOG)
    assert index.search("bicicleta") == []

    index.upsert([D("X01", "Bicicleta Rodada 26 Benotto", category="Deportes")])
    assert len(index) == len(CATALOG) + 1
    assert skus(index.search("bicicleta rodada 26")) == ["X01"]
    assert skus(index.search("bisicleta")) == ["X01"]

    index.upsert([D("X01", "Patineta Tech Deck", category="Deportes")])
    assert len(index) == len(CATALOG) + 1
    assert index.search("bicicleta") == []
    assert index.search("bisicleta") == []
    assert skus(index.search("patineta")) == ["X01"]

    index.remove(["X01", "does-not-exist"])
    assert len(index) == len(CATALOG)
    assert index.search("patineta") == []
    assert "X01" not in skus(index.search("", limit=100))


def test_upsert_updates_stock_in_the_ranking() -> None:
    index = build_index(CATALOG)
    assert skus(index.search("tenis nike revolution 42"))[0] == "C02"
    index.upsert([D("C02", "Tenis Nike Revolution 7", variant="Blanco / 42", in_stock=False,
                    brand="Nike", group=NIKE, popularity=10)])  # fmt: skip
    index.upsert([D("C03", "Tenis Nike Revolution 7", variant="Negro / 42", in_stock=True,
                    brand="Nike", group=NIKE, popularity=30)])  # fmt: skip
    assert skus(index.search("tenis nike revolution 42"))[0] == "C03"


def test_removing_the_last_product_with_a_word_forgets_its_typos() -> None:
    index = build_index(CATALOG)
    assert skus(index.search("bosina")) == ["E06"]
    index.remove(["E06"])
    assert index.search("bosina") == []
    assert index.search("bocina") == []


def test_shop_synonyms_are_added_at_construction() -> None:
    plain = build_index(CATALOG)
    assert plain.search("caguama") == []
    shop = build_index(CATALOG, extra_synonyms=[("caguama", "cerveza")])
    assert skus(shop.search("caguama")) == ["B07"]
    assert skus(shop.search("refresco"))[0] == "B01"  # built-in groups are kept


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("600ml", [("600", Kind.NUMBER), ("ml", Kind.UNIT), ("=600ml", Kind.MEASURE)]),
        ("de 600", [("600", Kind.NUMBER)]),
        ("600 ml", [("600", Kind.NUMBER), ("ml", Kind.UNIT), ("=600ml", Kind.MEASURE)]),
        ("2 litros", [("2", Kind.NUMBER), ("l", Kind.UNIT), ("=2000ml", Kind.MEASURE)]),
        ("2 L", [("2", Kind.NUMBER), ("l", Kind.UNIT), ("=2000ml", Kind.MEASURE)]),
        ("2lt", [("2", Kind.NUMBER), ("l", Kind.UNIT), ("=2000ml", Kind.MEASURE)]),
        ("500 g", [("500", Kind.NUMBER), ("g", Kind.UNIT), ("=500g", Kind.MEASURE)]),
        ("500gr", [("500", Kind.NUMBER), ("g", Kind.UNIT), ("=500g", Kind.MEASURE)]),
        ("500 grs", [("500", Kind.NUMBER), ("g", Kind.UNIT), ("=500g", Kind.MEASURE)]),
        ("1,5 kg", [("1.5", Kind.NUMBER), ("kg", Kind.UNIT), ("=1500g", Kind.MEASURE)]),
        ("1.50kg", [("1.5", Kind.NUMBER), ("kg", Kind.UNIT), ("=1500g", Kind.MEASURE)]),
        ("0,5 L", [("0.5", Kind.NUMBER), ("l", Kind.UNIT), ("=500ml", Kind.MEASURE)]),
        ("2.0 litros", [("2", Kind.NUMBER), ("l", Kind.UNIT), ("=2000ml", Kind.MEASURE)]),
        ("250 de mg", [("250", Kind.NUMBER), ("mg", Kind.UNIT), ("=0.25g", Kind.MEASURE)]),
        ("12 oz", [("12", Kind.NUMBER), ("oz", Kind.UNIT)]),
        ("1 lts", [("1", Kind.NUMBER), ("l", Kind.UNIT), ("=1000ml", Kind.MEASURE)]),
        ("1000 ml", [("1000", Kind.NUMBER), ("ml", Kind.UNIT), ("=1000ml", Kind.MEASURE)]),
        ("medio litro", [("0.5", Kind.NUMBER), ("l", Kind.UNIT), ("=500ml", Kind.MEASURE)]),
        ("litro y medio", [("1.5", Kind.NUMBER), ("l", Kind.UNIT), ("=1500ml", Kind.MEASURE)]),
        ("2 kilos y medio", [("2.5", Kind.NUMBER), ("kg", Kind.UNIT), ("=2500g", Kind.MEASURE)]),
        ("medio kilo", [("0.5", Kind.NUMBER), ("kg", Kind.UNIT), ("=500g", Kind.MEASURE)]),
        ("un kilo", [("1", Kind.NUMBER), ("kg", Kind.UNIT), ("=1000g", Kind.MEASURE)]),
        ("1000 mg", [("1000", Kind.NUMBER), ("mg", Kind.UNIT), ("=1g", Kind.MEASURE)]),
        ("six pack", [("6", Kind.NUMBER), ("pack", Kind.UNIT), ("=6pack", Kind.MEASURE)]),
        ("12pack", [("12", Kind.NUMBER), ("pack", Kind.UNIT), ("=12pack", Kind.MEASURE)]),
        ("una docena", [("12", Kind.NUMBER)]),
        ("Tono medio", [("ton", Kind.WORD), ("medi", Kind.WORD)]),
        ("Talle 39", [("39", Kind.NUMBER), ("#39", Kind.SIZE)]),
        ("128GB", [("128", Kind.NUMBER), ("gb", Kind.UNIT), ("=128gb", Kind.MEASURE)]),
        ("talla l", [("l", Kind.WORD)]),
        ("del 42", [("42", Kind.NUMBER), ("#42", Kind.SIZE)]),
        ("número 42", [("42", Kind.NUMBER), ("#42", Kind.SIZE)]),
        ("Talla 26", [("26", Kind.NUMBER), ("#26", Kind.SIZE)]),
        ("20W", [("20", Kind.NUMBER), ("w", Kind.UNIT)]),
        ("9 watts", [("9", Kind.NUMBER), ("w", Kind.UNIT)]),
        ("Pañales", [("panal", Kind.WORD)]),
        ("ps5", [("ps5", Kind.WORD)]),
    ],
)
def test_analysis_normalizes_sizes_and_units(text: str, expected: list[tuple[str, Kind]]) -> None:
    assert [(t.term, t.kind) for t in analyze(text)] == expected


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("sapatiya", "zapatilla"),
        ("seresa", "cereza"),
        ("baca", "vaca"),
        ("ielo", "hielo"),
        ("kilo", "quilo"),
        ("jel", "gel"),
        ("tennis", "tenis"),
        ("poyo", "pollo"),
        ("kaja", "caja"),
        ("leshe", "leche"),
    ],
)
def test_chat_spellings_share_a_phonetic_key(typed: str, meant: str) -> None:
    assert phonetic_key(typed) == phonetic_key(meant)
