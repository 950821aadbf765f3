"""The cart a customer fills in the chat. Pure: quantities, lines and totals."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from mostrador.domain.money import Money

MAX_LINE_QUANTITY = 999


class CartError(ValueError):
    """A cart change that breaks a rule (mixed currencies, silly quantity)."""


@dataclass(frozen=True)
class CartLine:
    sku: str
    name: str  # full name incl. variant, frozen at the time it was added
    unit_price: Money
    quantity: int

    @property
    def subtotal(self) -> Money:
        return self.unit_price.times(self.quantity)


def lines_total(lines: list[CartLine], currency: str) -> Money:
    """Sum of the lines' subtotals (zero in `currency` for no lines)."""
    total = Money.zero(currency)
    for line in lines:
        total = total + line.subtotal
    return total


@dataclass
class Cart:
    currency: str
    lines: list[CartLine] = field(default_factory=list)

    def take(self, line: CartLine) -> CartLine:
        """`add`, where an empty cart first takes the currency of its first line (a cart is in
        whatever currency its products are priced in; it only refuses a mix)."""
        if not self.lines:
            self.currency = line.unit_price.currency
        return self.add(line)

    def add(self, line: CartLine) -> CartLine:
        """Adds `line`, merging with an existing line of the same sku. Returns the merged line."""
        if line.unit_price.currency != self.currency:
            raise CartError(f"price in {line.unit_price.currency}, cart in {self.currency}")
        if not 0 < line.quantity <= MAX_LINE_QUANTITY:
            raise CartError(f"quantity {line.quantity} out of range")
        for index, existing in enumerate(self.lines):
            if existing.sku == line.sku:
                total = existing.quantity + line.quantity
                if total > MAX_LINE_QUANTITY:
                    raise CartError(f"quantity {total} out of range")
                merged = replace(existing, quantity=total, unit_price=line.unit_price)
                self.lines[index] = merged
                return merged
        self.lines.append(line)
        return line

    def set_quantity(self, sku: str, quantity: int) -> None:
        """Sets a line's quantity; 0 removes the line."""
        if not 0 <= quantity <= MAX_LINE_QUANTITY:
            raise CartError(f"quantity {quantity} out of range")
        if quantity == 0:
            self.remove(sku)
            return
        self.lines = [replace(li, quantity=quantity) if li.sku == sku else li for li in self.lines]

    def remove(self, sku: str) -> CartLine | None:
        found = self.line(sku)
        self.lines = [li for li in self.lines if li.sku != sku]
        return found

    def line(self, sku: str) -> CartLine | None:
        return next((li for li in self.lines if li.sku == sku), None)

    def clear(self) -> None:
        self.lines = []

    @property
    def empty(self) -> bool:
        return not self.lines

    @property
    def subtotal(self) -> Money:
        return lines_total(self.lines, self.currency)

    @property
    def units(self) -> int:
        return sum(li.quantity for li in self.lines)
