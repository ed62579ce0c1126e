"""How values are printed: amounts with two (or more) decimals, optional thousands separators, blanks."""
from decimal import Decimal


def amount(value, thousands):
    """`2697.6` → `2,697.60` (or `2697.60`); an absent value is a blank cell."""
    if value is None:
        return ""
    d = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    places = max(2, -d.as_tuple().exponent)
    return f"{d:,.{places}f}" if thousands else f"{d:.{places}f}"


def count(value):
    return "" if value is None else str(value)


def percent(value):
    return "" if value is None else f"{amount(value, False)}%"
