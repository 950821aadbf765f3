"""Money as integer minor units plus an ISO 4217 currency. Never a float."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from babel import Locale
from babel.numbers import format_currency, get_currency_precision

# Currencies with cents on paper that shops price in whole units.
_WHOLE_UNIT_CURRENCIES = frozenset({"COP", "ARS"})


class MoneyError(ValueError):
    """An amount that cannot be money (bad decimal, mixed currencies)."""


def minor_digits(currency: str) -> int:
    """Digits after the decimal point for `currency` (MXN 2, CLP 0, ...)."""
    return int(get_currency_precision(currency.upper()))


@dataclass(frozen=True, order=True)
class Money:
    amount: int  # minor units (centavos)
    currency: str

    @classmethod
    def zero(cls, currency: str) -> Money:
        return cls(0, currency.upper())

    @classmethod
    def parse(cls, text: str, currency: str) -> Money:
        """'1299.90' in major units -> Money(129990, 'MXN'). Rejects negatives and excess digits."""
        currency = currency.upper()
        try:
            value = Decimal(text.strip())
        except (InvalidOperation, AttributeError) as exc:
            raise MoneyError(
                f"«{text}» no es un precio válido (usa punto decimal: 1299.90)"
            ) from exc
        if not value.is_finite() or value < 0:
            raise MoneyError(f"«{text}» no es un precio válido")
        digits = minor_digits(currency)
        if value.adjusted() > 15:  # beyond any real price; also keeps Decimal from overflowing
            raise MoneyError(f"«{text}» es demasiado grande para ser un precio")
        scaled = value * (10**digits)
        if scaled != scaled.to_integral_value():
            raise MoneyError(f"«{text}» tiene más de {digits} decimales para {currency}")
        return cls(int(scaled), currency)

    def _same(self, other: Money) -> None:
        if other.currency != self.currency:
            raise MoneyError(f"cannot mix {self.currency} and {other.currency}")

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount + other.amount, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount - other.amount, self.currency)

    def times(self, quantity: int) -> Money:
        return Money(self.amount * quantity, self.currency)

    def to_decimal(self) -> Decimal:
        digits = minor_digits(self.currency)
        exact: Decimal = Decimal(self.amount) / (10**digits)
        return exact.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)

    def decimal_string(self) -> str:
        """Major units as the API shows them: '1299.90'."""
        return str(self.to_decimal())

    def format(self, locale: str = "es_MX") -> str:
        """Locale-formatted for customers: '$1,299.90' (es_MX), '$ 1.299,90' (es_AR).

        Pesos of Colombia and Argentina are priced in whole units: '$23.800', not '$23.800,00'
        (cents are shown when there are any)."""
        value = self.to_decimal()
        if self.currency.upper() in _WHOLE_UNIT_CURRENCIES and value == value.to_integral():
            pattern = Locale.parse(locale).currency_formats["standard"].pattern
            whole = pattern.split(";")[0].replace(".00", "")
            return str(
                format_currency(
                    value, self.currency, format=whole, locale=locale, currency_digits=False
                )
            )
        return str(format_currency(value, self.currency, locale=locale))
