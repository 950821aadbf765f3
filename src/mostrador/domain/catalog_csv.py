"""The catalog as a spreadsheet: parse a shop owner's CSV into products, and write it back.

`parse_catalog_csv` never raises on bad content: it returns the good rows as `Product`s, one
`LineError` per problem (line numbers as a spreadsheet shows them: the header is line 1, a
quoted field spanning several physical lines is still one line) and warnings for what it
ignored or trimmed. Messages are in Spanish, written for the shop owner who made the file.
A missing required column, a repeated column or an unreadable file is one error at line 1 and
no products at all: guessing which column is the price would be worse than refusing.

Accepted input: UTF-8 with or without BOM; ',' delimited, or ';' / tab as Excel and Google
Sheets export them in Spanish locales (sniffed from the header); any line endings. Columns are
those of CONTRACT.md ("Catalog CSV") in any order; header names are matched ignoring case,
accents, spaces, '-' and '_', and a few Spanish names are understood (`precio`, `existencia`...).
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from babel.numbers import list_currencies

from mostrador.domain.catalog import Product
from mostrador.domain.money import Money, MoneyError

COLUMNS = (
    "sku",
    "name",
    "price",
    "currency",
    "stock",
    "category",
    "brand",
    "description",
    "variant_group",
    "variant",
    "image_url",
    "tags",
)
REQUIRED = ("sku", "name", "price")

SKU_MAX = 64
NAME_MAX = 200
DESCRIPTION_MAX = 2000
SHORT_MAX = 100  # category, brand, variant_group, variant
TAG_MAX = 60
URL_MAX = 2000
PRICE_MAX = Decimal(10) ** 12  # major units; keeps minor units far inside a 64-bit column
STOCK_MAX = 10**9

_ALIASES = {
    "codigo": "sku",
    "clave": "sku",
    "nombre": "name",
    "precio": "price",
    "moneda": "currency",
    "existencia": "stock",
    "existencias": "stock",
    "inventario": "stock",
    "categoria": "category",
    "marca": "brand",
    "descripcion": "description",
    "grupo": "variant_group",
    "grupovariante": "variant_group",
    "grupodevariantes": "variant_group",
    "variante": "variant",
    "imagen": "image_url",
    "urlimagen": "image_url",
    "etiquetas": "tags",
}
# Bidirectional overrides can make a name read differently from what it is; no catalog needs them.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_SPACES = re.compile(r"\s+")
_PLAIN_DECIMAL = re.compile(r"\d+(\.\d*)?|\.\d+")
_INTEGER = re.compile(r"[+-]?\d+")
_COMMA_DECIMAL = re.compile(r"\d+,\d{1,2}")
_MALFORMED = "Las comillas de esta línea no cuadran: un campo con comillas debe cerrarlas"


@dataclass(frozen=True)
class LineError:
    line: int  # 1 = the header row
    error: str


@dataclass(frozen=True)
class CatalogParse:
    products: tuple[Product, ...]
    errors: tuple[LineError, ...]
    warnings: tuple[str, ...]


def catalog_csv_header() -> str:
    """The header row `export_catalog_csv` writes, without a line terminator."""
    return ",".join(COLUMNS)


def export_catalog_csv(products: Iterable[Product]) -> str:
    """The catalog as CSV in the import format, header included, '\n' line endings.

    `parse_catalog_csv` reads it back to equal products for any product it could have made
    (normalized text, tags without '|'); `popularity` is sales data, not catalog, and is not
    written.
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for p in products:
        writer.writerow(
            [
                p.sku,
                p.name,
                p.price.decimal_string(),
                p.price.currency,
                "" if p.stock is None else str(p.stock),
                p.category,
                p.brand,
                p.description,
                p.variant_group,
                p.variant,
                p.image_url,
                "|".join(p.tags),
            ]
        )
    return out.getvalue()


def parse_catalog_csv(text: str, default_currency: str) -> CatalogParse:
    """Products from catalog CSV `text`; rows without a currency get `default_currency`.

    Good rows are returned even when other rows are bad. A sku repeated within the file is an
    error on each later line (the first row wins). Raises ValueError only when
    `default_currency` itself is not an ISO 4217 code (a caller bug, not a file problem).
    """
    default = default_currency.strip().upper()
    if not _known_currency(default):
        raise ValueError(f"unknown default currency {default_currency!r}")
    text = text.removeprefix("\ufeff").replace("\x00", "")
    if not text.strip():
        return CatalogParse((), (LineError(1, "El archivo está vacío"),), ())
    reader = csv.reader(
        io.StringIO(text, newline=""), delimiter=_sniff_delimiter(text), strict=True
    )
    try:
        header = next(reader, [])
    except csv.Error:
        return CatalogParse((), (LineError(1, _MALFORMED),), ())
    columns, warnings, header_error = _read_header(header)
    if header_error:
        return CatalogParse((), (LineError(1, header_error),), tuple(warnings))
    rows = _RowParser(columns, len(header), default, warnings)
    line = 1
    while True:
        line += 1
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error:
            rows.errors.append(LineError(line, _MALFORMED))
            continue
        rows.parse(line, record)
    rows.check_variant_groups()
    return rows.result()


class _RowParser:
    """Turns data records into products, collecting errors and warnings as it goes."""

    def __init__(
        self, columns: dict[str, int], width: int, currency: str, warnings: list[str]
    ) -> None:
        self.columns = columns
        self.width = width
        self.currency = currency
        self.products: list[Product] = []
        self.errors: list[LineError] = []
        self.warnings = warnings
        self.sku_lines: dict[str, int] = {}
        self.group_lines: dict[str, list[tuple[int, str]]] = {}

    def result(self) -> CatalogParse:
        return CatalogParse(tuple(self.products), tuple(self.errors), tuple(self.warnings))

    def _cell(self, record: Sequence[str], column: str) -> str:
        index = self.columns.get(column)
        if index is None or index >= len(record):
            return ""
        return record[index]

    def parse(self, line: int, record: Sequence[str]) -> None:
        if not any(cell.strip() for cell in record):
            return  # blank spreadsheet row
        if any(cell.strip() for cell in record[self.width :]):
            # Every cell after the stray delimiter is shifted: its other errors would mislead.
            self.errors.append(
                LineError(
                    line,
                    f"La fila tiene {len(record)} columnas y el encabezado {self.width}; "
                    "¿hay una coma sin comillas en algún campo?",
                )
            )
            return
        errors: list[str] = []
        sku = _one_line(self._cell(record, "sku"))
        if not sku:
            errors.append("Falta el SKU")
        elif len(sku) > SKU_MAX:
            errors.append(f"El SKU «{sku[:20]}…» es demasiado largo (máximo {SKU_MAX} caracteres)")
        elif sku in self.sku_lines:
            errors.append(
                f"El SKU «{sku}» está repetido: ya aparece en la línea {self.sku_lines[sku]}"
            )
        if sku and sku not in self.sku_lines:
            self.sku_lines[sku] = line
        name = self._bounded(line, "el nombre", _one_line(self._cell(record, "name")), NAME_MAX)
        if not name:
            errors.append("Falta el nombre")
        currency, currency_error = _currency(self._cell(record, "currency"), self.currency)
        if currency_error:
            errors.append(currency_error)
        price, price_error = _price(self._cell(record, "price"), currency)
        if price_error:
            errors.append(price_error)
        stock, stock_error = _stock(self._cell(record, "stock"))
        if stock_error:
            errors.append(stock_error)
        if errors or price is None:
            self.errors.extend(LineError(line, e) for e in errors)
            return
        product = Product(
            sku=sku,
            name=name,
            price=price,
            stock=stock,
            category=self._short(line, "la categoría", record, "category"),
            brand=self._short(line, "la marca", record, "brand"),
            description=self._bounded(
                line,
                "la descripción",
                _multi_line(self._cell(record, "description")),
                DESCRIPTION_MAX,
            ),
            variant_group=self._short(line, "el grupo de variantes", record, "variant_group"),
            variant=self._short(line, "la variante", record, "variant"),
            image_url=self._image_url(line, self._cell(record, "image_url")),
            tags=_tags(self._cell(record, "tags")),
        )
        self.products.append(product)
        if product.variant_group:
            self.group_lines.setdefault(product.variant_group, []).append((line, product.variant))

    def _bounded(self, line: int, what: str, value: str, limit: int) -> str:
        if len(value) <= limit:
            return value
        self.warnings.append(f"Línea {line}: {what} se recortó a {limit} caracteres")
        return value[:limit].rstrip()

    def _short(self, line: int, what: str, record: Sequence[str], column: str) -> str:
        return self._bounded(line, what, _one_line(self._cell(record, column)), SHORT_MAX)

    def _image_url(self, line: int, raw: str) -> str:
        url = _one_line(raw)
        if not url:
            return ""
        if not url.lower().startswith(("https://", "http://")) or len(url) > URL_MAX or " " in url:
            self.warnings.append(
                f"Línea {line}: la imagen «{url[:80]}» no es una dirección http(s) válida; "
                "se ignora"
            )
            return ""
        return url

    def check_variant_groups(self) -> None:
        """Warn about variants a customer could not tell apart."""
        for group, members in self.group_lines.items():
            if len(members) < 2:
                continue
            seen: dict[str, int] = {}
            for line, variant in members:
                key = variant.casefold()
                if not variant:
                    self.warnings.append(
                        f"Línea {line}: el producto es del grupo «{group}» pero no dice su "
                        "variante (p. ej. «Talla 26»)"
                    )
                elif key in seen:
                    self.warnings.append(
                        f"Línea {line}: la variante «{variant}» del grupo «{group}» ya aparece "
                        f"en la línea {seen[key]}"
                    )
                else:
                    seen[key] = line


def _read_header(header: Sequence[str]) -> tuple[dict[str, int], list[str], str]:
    """(column -> index, warnings, error or '') for the header row."""
    columns: dict[str, int] = {}
    warnings: list[str] = []
    canonical = {_header_key(c): c for c in COLUMNS}
    for index, raw in enumerate(header):
        label = _one_line(raw.removeprefix("\ufeff"))
        if not label:
            continue  # trailing empty columns, as spreadsheets export them
        key = _header_key(label)
        column = canonical.get(key) or _ALIASES.get(key)
        if column is None:
            warnings.append(f"Columna desconocida ignorada: «{label}»")
        elif column in columns:
            return {}, warnings, f"La columna «{column}» aparece dos veces en el encabezado"
        else:
            columns[column] = index
    missing = [c for c in REQUIRED if c not in columns]
    if len(missing) == 1:
        return {}, warnings, f"Falta la columna obligatoria «{missing[0]}»"
    if missing:
        names = ", ".join(f"«{c}»" for c in missing)
        return {}, warnings, f"Faltan las columnas obligatorias {names}"
    return columns, warnings, ""


def _header_key(label: str) -> str:
    decomposed = unicodedata.normalize("NFKD", label.casefold())
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))


def _sniff_delimiter(text: str) -> str:
    """',' unless the header line has more ';' (Excel, Spanish locales) or tabs."""
    first = text.lstrip("\r\n").splitlines()[0] if text.strip() else ""
    unquoted = re.sub(r'"[^"]*"', "", first)
    counts = {d: unquoted.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] > counts[","] else ","


def _strip_controls(value: str, keep: str = "") -> str:
    return "".join(
        c
        for c in value
        if c in keep or (unicodedata.category(c) != "Cc" and c not in _BIDI_CONTROLS)
    )


def _one_line(value: str) -> str:
    """Whitespace (newlines included) collapsed to single spaces, control characters removed."""
    return _SPACES.sub(" ", _strip_controls(value.replace("\t", " "), keep="\n\r")).strip()


def _multi_line(value: str) -> str:
    """Line breaks kept (normalized to '\\n'), other control characters removed."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    lines = (_SPACES.sub(" ", line).strip() for line in _strip_controls(value, "\n\t").split("\n"))
    return "\n".join(lines).strip()


@cache
def _currencies() -> frozenset[str]:
    return frozenset(str(c) for c in list_currencies()) - {"XXX", "XTS"}


def _known_currency(code: str) -> bool:
    return len(code) == 3 and code.isascii() and code.isalpha() and code in _currencies()


def _currency(raw: str, default: str) -> tuple[str, str]:
    code = _one_line(raw).upper()
    if not code:
        return default, ""
    if not _known_currency(code):
        return (
            default,
            f"Moneda «{_one_line(raw)}» no reconocida (usa un código ISO como {default})",
        )
    return code, ""


def _price(raw: str, currency: str) -> tuple[Money | None, str]:
    text = _one_line(raw)
    if not text:
        return None, "Falta el precio"
    number = text.removeprefix("$").strip()
    if number.startswith("-") and _PLAIN_DECIMAL.fullmatch(number[1:]):
        return None, f"El precio «{text}» no puede ser negativo"
    if not _PLAIN_DECIMAL.fullmatch(number):
        if _COMMA_DECIMAL.fullmatch(number):
            dotted = number.replace(",", ".")
            return None, f"El precio «{text}» no es válido: usa punto decimal ({dotted})"
        return None, (
            f"El precio «{text}» no es válido: escribe solo el número, con punto decimal "
            "y sin separador de miles (1299.90)"
        )
    if Decimal(number) >= PRICE_MAX:
        return None, f"El precio «{text}» es demasiado alto"
    try:
        money = Money.parse(number, currency)
    except MoneyError:
        return None, f"El precio «{text}» tiene demasiados decimales para {currency}"
    if money.amount == 0:
        return None, "El precio no puede ser cero"
    return money, ""


def _stock(raw: str) -> tuple[int | None, str]:
    text = _one_line(raw)
    if not text:
        return None, ""
    if not _INTEGER.fullmatch(text):
        return None, f"La existencia «{text}» debe ser un número entero"
    value = int(text)
    if value < 0:
        return None, f"La existencia «{text}» no puede ser negativa"
    if value > STOCK_MAX:
        return None, f"La existencia «{text}» es demasiado grande"
    return value, ""


def _tags(raw: str) -> tuple[str, ...]:
    tags = (_one_line(t)[:TAG_MAX].strip() for t in raw.split("|"))
    return tuple(dict.fromkeys(t for t in tags if t))
