"""The catalog CSV as shop owners write it: parsing, their mistakes, and export round trips."""

from __future__ import annotations

import pytest

from mostrador.domain.catalog import Product
from mostrador.domain.catalog_csv import (
    CatalogParse,
    LineError,
    catalog_csv_header,
    export_catalog_csv,
    parse_catalog_csv,
)
from mostrador.domain.money import Money

HEADER = (
    "sku,name,price,currency,stock,category,brand,description,variant_group,variant,image_url,tags"
)

GOOD_FILE = (
    "sku,name,price,stock,category,brand,tags\n"
    "CAF-500,Café Molido 500 g,189.00,20,abarrotes,Sierra Alta,café|cafe molido\n"
    "TE-MAN,Té de Manzanilla,45.5,,abarrotes,,\n"
)
GOOD_PRODUCTS = (
    Product(
        sku="CAF-500",
        name="Café Molido 500 g",
        price=Money(18900, "MXN"),
        stock=20,
        category="abarrotes",
        brand="Sierra Alta",
        tags=("café", "cafe molido"),
    ),
    Product(sku="TE-MAN", name="Té de Manzanilla", price=Money(4550, "MXN"), category="abarrotes"),
)


def parse(text: str, currency: str = "MXN") -> CatalogParse:
    return parse_catalog_csv(text, currency)


def rows(*lines: str) -> str:
    return "\n".join(["sku,name,price,currency,stock", *lines]) + "\n"


# -- whole files ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(GOOD_FILE, id="a_plain_comma_file"),
        pytest.param("\ufeff" + GOOD_FILE, id="a_file_with_a_utf8_bom"),
        pytest.param(GOOD_FILE.replace("\n", "\r\n"), id="a_file_with_windows_line_endings"),
        pytest.param(GOOD_FILE.replace(",", ";"), id="a_semicolon_file_from_excel_in_spanish"),
        pytest.param(GOOD_FILE.replace(",", "\t"), id="a_tab_separated_file"),
        pytest.param(
            GOOD_FILE.replace("sku,name,price,stock", " SKU , Name ,PRICE,Stock"),
            id="header_names_with_any_case_and_spaces",
        ),
        pytest.param(
            GOOD_FILE.replace(
                "sku,name,price,stock,category,brand,tags",
                "Clave,Nombre,Precio,Existencia,Categoría,Marca,Etiquetas",
            ),
            id="spanish_header_names",
        ),
        pytest.param(GOOD_FILE + "\n,,,,,,\n\n", id="trailing_blank_rows"),
    ],
)
def test_a_good_file_gives_every_product_and_no_errors(text: str) -> None:
    assert parse(text) == CatalogParse(GOOD_PRODUCTS, (), ())


def test_columns_may_come_in_any_order() -> None:
    text = "tags,price,name,sku\nbocina|parlante,599,Bocina Bluetooth,BOC-1\n"

    assert parse(text).products == (
        Product("BOC-1", "Bocina Bluetooth", Money(59900, "MXN"), tags=("bocina", "parlante")),
    )


def test_every_column_is_read() -> None:
    text = (
        f"{HEADER}\n"
        "TEN-26,Tenis Runner Pro,899.00,mxn,5,calzado,Trotamundos,Para correr,TEN,Talla 26,"
        "https://example.com/ten.jpg,tenis|zapatillas\n"
    )

    assert parse(text) == CatalogParse(
        (
            Product(
                sku="TEN-26",
                name="Tenis Runner Pro",
                price=Money(89900, "MXN"),
                stock=5,
                category="calzado",
                brand="Trotamundos",
                description="Para correr",
                variant_group="TEN",
                variant="Talla 26",
                image_url="https://example.com/ten.jpg",
                tags=("tenis", "zapatillas"),
            ),
        ),
        (),
        (),
    )


def test_unknown_columns_are_ignored_with_one_warning_each() -> None:
    text = "sku,color,name,price,Peso (kg),\nA-1,rojo,Taza,120,0.3,\n"

    result = parse(text)

    assert result.products == (Product("A-1", "Taza", Money(12000, "MXN")),)
    assert result.errors == ()
    assert result.warnings == (
        "Columna desconocida ignorada: «color»",
        "Columna desconocida ignorada: «Peso (kg)»",
    )


@pytest.mark.parametrize(
    ("text", "error"),
    [
        pytest.param(
            "sku,name,stock\nA,Taza,3\n",
            "Falta la columna obligatoria «price»",
            id="without_a_price_column",
        ),
        pytest.param(
            "nombre del artículo,costo\nTaza,3\n",
            "Faltan las columnas obligatorias «sku», «name», «price»",
            id="without_any_required_column",
        ),
        pytest.param(
            "sku,name,price,precio\nA,Taza,3,4\n",
            "La columna «price» aparece dos veces en el encabezado",
            id="with_the_price_column_twice",
        ),
        pytest.param("", "El archivo está vacío", id="that_is_empty"),
        pytest.param("\ufeff \n\n", "El archivo está vacío", id="that_is_only_blank_lines"),
    ],
)
def test_a_file_with_a_bad_header_is_one_error_at_line_1_and_no_products(
    text: str, error: str
) -> None:
    result = parse(text)

    assert result.products == ()
    assert result.errors == (LineError(1, error),)


# -- row errors -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("row", "errors"),
    [
        pytest.param(",Taza,10,,", ["Falta el SKU"], id="missing_sku"),
        pytest.param("A-1, ,10,,", ["Falta el nombre"], id="blank_name"),
        pytest.param("A-1,Taza,,,", ["Falta el precio"], id="missing_price"),
        pytest.param(
            'A-1,Taza,"12,50",,',
            ["El precio «12,50» no es válido: usa punto decimal (12.50)"],
            id="decimal_comma_price",
        ),
        pytest.param(
            'A-1,Taza,"1,299.90",,',
            [
                "El precio «1,299.90» no es válido: escribe solo el número, con punto decimal "
                "y sin separador de miles (1299.90)"
            ],
            id="price_with_thousands_separator",
        ),
        pytest.param(
            "A-1,Taza,gratis,,",
            [
                "El precio «gratis» no es válido: escribe solo el número, con punto decimal "
                "y sin separador de miles (1299.90)"
            ],
            id="price_in_words",
        ),
        pytest.param(
            "A-1,Taza,-5,,", ["El precio «-5» no puede ser negativo"], id="negative_price"
        ),
        pytest.param("A-1,Taza,0.00,,", ["El precio no puede ser cero"], id="zero_price"),
        pytest.param(
            "A-1,Taza,12.505,,",
            ["El precio «12.505» tiene demasiados decimales para MXN"],
            id="price_with_three_decimals",
        ),
        pytest.param(
            "A-1,Taza,1e3,,",
            [
                "El precio «1e3» no es válido: escribe solo el número, con punto decimal "
                "y sin separador de miles (1299.90)"
            ],
            id="price_in_scientific_notation",
        ),
        pytest.param(
            "A-1,Taza,1000000000000,,",
            ["El precio «1000000000000» es demasiado alto"],
            id="absurd_price",
        ),
        pytest.param(
            "A-1,Taza,10,,muchos",
            ["La existencia «muchos» debe ser un número entero"],
            id="stock_in_words",
        ),
        pytest.param(
            "A-1,Taza,10,,2.5",
            ["La existencia «2.5» debe ser un número entero"],
            id="fractional_stock",
        ),
        pytest.param(
            "A-1,Taza,10,,-3", ["La existencia «-3» no puede ser negativa"], id="negative_stock"
        ),
        pytest.param(
            "A-1,Taza,10,PESOS,",
            ["Moneda «PESOS» no reconocida (usa un código ISO como MXN)"],
            id="currency_as_a_word",
        ),
        pytest.param(
            "A-1,Taza,10,ZZZ,",
            ["Moneda «ZZZ» no reconocida (usa un código ISO como MXN)"],
            id="currency_code_that_does_not_exist",
        ),
        pytest.param(
            "A-1,Galletas, 3 piezas,10,MXN,5",
            [
                "La fila tiene 6 columnas y el encabezado 5; "
                "¿hay una coma sin comillas en algún campo?"
            ],
            id="unquoted_comma_in_the_name",
        ),
        pytest.param(
            ",,abc,,x",
            [
                "Falta el SKU",
                "Falta el nombre",
                "El precio «abc» no es válido: escribe solo el número, con punto decimal "
                "y sin separador de miles (1299.90)",
                "La existencia «x» debe ser un número entero",
            ],
            id="every_problem_of_a_row_at_once",
        ),
    ],
)
def test_a_bad_row_is_reported_on_its_line_and_the_good_rows_are_kept(
    row: str, errors: list[str]
) -> None:
    result = parse(rows("OK-1,Jabón,20,,", row, "OK-2,Cloro,19.50,,4"))

    assert [p.sku for p in result.products] == ["OK-1", "OK-2"]
    assert result.errors == tuple(LineError(3, e) for e in errors)


def test_a_repeated_sku_is_an_error_on_the_later_line_and_the_first_row_wins() -> None:
    result = parse(rows("A-1,Taza Blanca,120,,", "B-1,Vela,150,,", "A-1,Taza Azul,130,,"))

    assert [(p.sku, p.name) for p in result.products] == [("A-1", "Taza Blanca"), ("B-1", "Vela")]
    assert result.errors == (LineError(4, "El SKU «A-1» está repetido: ya aparece en la línea 2"),)


def test_line_numbers_count_spreadsheet_rows_not_physical_lines() -> None:
    text = rows(
        'A-1,"Taza\ngrande",120,,',  # one row on two physical lines
        "",  # a blank row still has its number
        "B-1,Vela,caro,,",
    )

    result = parse(text)

    assert result.products == (Product("A-1", "Taza grande", Money(12000, "MXN")),)
    assert result.errors == (
        LineError(
            4,
            "El precio «caro» no es válido: escribe solo el número, con punto decimal "
            "y sin separador de miles (1299.90)",
        ),
    )


def test_a_row_with_broken_quotes_is_an_error_and_the_next_rows_are_still_read() -> None:
    result = parse(rows('A-1,"Taza" grande,120,,', "B-1,Vela,150,,"))

    assert [p.sku for p in result.products] == ["B-1"]
    assert result.errors == (
        LineError(2, "Las comillas de esta línea no cuadran: un campo con comillas debe cerrarlas"),
    )


def test_an_unclosed_quote_at_the_end_of_the_file_is_an_error_on_its_line() -> None:
    result = parse(rows("A-1,Taza,120,,", 'B-1,"Vela,150,,'))

    assert [p.sku for p in result.products] == ["A-1"]
    assert result.errors == (
        LineError(3, "Las comillas de esta línea no cuadran: un campo con comillas debe cerrarlas"),
    )


# -- values -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stock_cell", "stock"),
    [("", None), ("  ", None), ("0", 0), ("7", 7), ("+7", 7), (" 12 ", 12)],
)
def test_stock_is_an_integer_or_blank_for_not_tracked(stock_cell: str, stock: int | None) -> None:
    (product,) = parse(rows(f"A-1,Taza,120,,{stock_cell}")).products

    assert product.stock == stock


@pytest.mark.parametrize(
    ("price_cell", "currency_cell", "price"),
    [
        ("1299.90", "", Money(129990, "MXN")),
        ("1299.9", "", Money(129990, "MXN")),
        ("1299", "", Money(129900, "MXN")),
        (".50", "", Money(50, "MXN")),
        ("$1299.90", "", Money(129990, "MXN")),
        ("15.99", "usd", Money(1599, "USD")),
        ("15.99", " Usd ", Money(1599, "USD")),
        ("12000", "COP", Money(1200000, "COP")),
        ("1500", "JPY", Money(1500, "JPY")),
    ],
)
def test_prices_are_read_in_major_units_of_the_row_currency(
    price_cell: str, currency_cell: str, price: Money
) -> None:
    (product,) = parse(rows(f"A-1,Taza,{price_cell},{currency_cell},")).products

    assert product.price == price


def test_rows_without_a_currency_take_the_shops_default() -> None:
    (product,) = parse(rows("A-1,Taza,120,,"), currency="ars").products

    assert product.price == Money(12000, "ARS")


def test_an_unknown_default_currency_is_a_caller_bug() -> None:
    with pytest.raises(ValueError, match="PESOS"):
        parse(rows("A-1,Taza,120,,"), currency="PESOS")


@pytest.mark.parametrize(
    ("tags_cell", "tags"),
    [
        ("tenis|zapatillas|deportivos", ("tenis", "zapatillas", "deportivos")),
        (" tenis | zapatillas ||  deportivos | ", ("tenis", "zapatillas", "deportivos")),
        ("tenis|Tenis|tenis", ("tenis", "Tenis")),
        ("", ()),
        ("|", ()),
        ("una sola etiqueta", ("una sola etiqueta",)),
    ],
)
def test_tags_are_split_on_bars_stripped_and_deduplicated(
    tags_cell: str, tags: tuple[str, ...]
) -> None:
    (product,) = parse(f"sku,name,price,tags\nA-1,Tenis,899,{tags_cell}\n").products

    assert product.tags == tags


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("<script>alert('x')</script> Taza", id="html"),
        pytest.param("Taza'); DROP TABLE products;--", id="sql"),
        pytest.param('Taza "La Grande" 1/2 L & más', id="quotes_and_ampersand"),
        pytest.param("Pastel 🎂 de Cumpleaños", id="emoji"),
        pytest.param("Playera 👨‍👩‍👧 Familia 🇲🇽", id="emoji_with_joiners_and_flags"),
        pytest.param("Ｔａｚａ ñandú ÁÉÍÓÚ", id="full_width_and_accents"),
    ],
)
def test_names_with_html_sql_and_emoji_survive_intact(name: str) -> None:
    text = export_catalog_csv([Product("A-1", name, Money(100, "MXN"))])

    assert parse(text).products == (Product("A-1", name, Money(100, "MXN")),)


def test_control_characters_are_removed_and_whitespace_collapsed_in_names() -> None:
    text = 'sku,name,price\nA-1,"  Taza\x07 \u202egrande\x1b  \n azul\t ",120\n'

    (product,) = parse(text).products

    assert product.name == "Taza grande azul"


def test_descriptions_keep_their_line_breaks_but_not_control_characters() -> None:
    text = (
        "sku,name,price,description\n"
        'A-1,Taza,120,"  Cerámica.\r\n\x00Apta para\x0b\tmicroondas. "\n'
    )

    (product,) = parse(text).products

    assert product.description == "Cerámica.\nApta para microondas."


def test_long_names_and_descriptions_are_cut_with_a_warning() -> None:
    text = f"sku,name,price,description\nA-1,{'N' * 250},120,{'D' * 2500}\n"

    result = parse(text)

    (product,) = result.products
    assert (len(product.name), len(product.description)) == (200, 2000)
    assert result.warnings == (
        "Línea 2: el nombre se recortó a 200 caracteres",
        "Línea 2: la descripción se recortó a 2000 caracteres",
    )


def test_an_image_that_is_not_a_web_address_is_dropped_with_a_warning() -> None:
    text = "sku,name,price,image_url\nA-1,Taza,120,C:\\fotos\\taza.jpg\n"

    result = parse(text)

    assert result.products == (Product("A-1", "Taza", Money(12000, "MXN")),)
    assert result.warnings == (
        "Línea 2: la imagen «C:\\fotos\\taza.jpg» no es una dirección http(s) válida; se ignora",
    )


# -- variants ---------------------------------------------------------------------------------

VARIANTS = (
    "sku,name,price,stock,variant_group,variant\n"
    "PLA-NEG-M,Playera Básica,149,3,PLA,Negro / M\n"
    "PLA-NEG-G,Playera Básica,149,0,PLA,Negro / G\n"
    "PLA-BLA-M,Playera Básica,159,,PLA,Blanco / M\n"
)


def test_rows_sharing_a_variant_group_are_variants_of_one_product() -> None:
    result = parse(VARIANTS)

    assert result.errors == ()
    assert result.warnings == ()
    assert [(p.sku, p.group_key, p.full_name, p.available) for p in result.products] == [
        ("PLA-NEG-M", "PLA", "Playera Básica Negro / M", True),
        ("PLA-NEG-G", "PLA", "Playera Básica Negro / G", False),
        ("PLA-BLA-M", "PLA", "Playera Básica Blanco / M", True),
    ]


def test_variants_a_customer_cannot_tell_apart_get_warnings() -> None:
    text = VARIANTS + "PLA-X,Playera Básica,149,,PLA,\nPLA-Y,Playera Básica,149,,PLA,negro / m\n"

    result = parse(text)

    assert len(result.products) == 5
    assert result.warnings == (
        "Línea 5: el producto es del grupo «PLA» pero no dice su variante (p. ej. «Talla 26»)",
        "Línea 6: la variante «negro / m» del grupo «PLA» ya aparece en la línea 2",
    )


# -- export -----------------------------------------------------------------------------------


def test_the_header_lists_every_column_in_contract_order() -> None:
    assert catalog_csv_header() == HEADER


def test_export_then_parse_gives_back_the_same_products() -> None:
    products = [
        Product(
            sku="TEN-26",
            name='Tenis "Runner", Pro',
            price=Money(89900, "MXN"),
            stock=5,
            category="calzado",
            brand="Trotamundos",
            description="Línea uno, con coma.\nLínea dos; con punto y coma.",
            variant_group="TEN",
            variant="Talla 26",
            image_url="https://example.com/ten.jpg?size=2&x=1",
            tags=("tenis", "zapatillas", "deportivos"),
        ),
        Product(sku="TEN-27", name="Tenis Runner Pro", price=Money(1, "MXN"), stock=0),
        Product(sku="USD-1", name="Café; importado", price=Money(1599, "USD")),
        Product(sku="CLP-1", name="Empanada", price=Money(2500, "CLP")),
    ]

    text = export_catalog_csv(products)

    assert text.splitlines()[0] == catalog_csv_header()
    assert parse(text) == CatalogParse(tuple(products), (), ())


def test_export_writes_prices_as_decimal_strings_and_untracked_stock_as_blank() -> None:
    text = export_catalog_csv([Product("A-1", "Taza", Money(12050, "MXN"), tags=("a", "b"))])

    assert text == f"{HEADER}\nA-1,Taza,120.50,MXN,,,,,,,,a|b\n"
