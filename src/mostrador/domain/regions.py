"""Which country a shop is in, when its settings do not say.

The country decides how postal codes and phone numbers are read, how the address is asked for
and whether the bot speaks with vos. Settings written to the public contract carry a locale,
a timezone and a currency but need not carry a country, so it is read from them: each one that
points at a country votes, and the most voted wins ("es_CO", "America/Bogota", "COP" is
Colombia; a Miami shop written "es_MX", "America/New_York", "USD" is the United States).
"""

from __future__ import annotations

DEFAULT_COUNTRY = "MX"

# Timezones of the markets we sell in, and their neighbours.
_TIMEZONES = {
    "America/Mexico_City": "MX", "America/Monterrey": "MX", "America/Cancun": "MX",
    "America/Merida": "MX", "America/Tijuana": "MX", "America/Chihuahua": "MX",
    "America/Hermosillo": "MX", "America/Mazatlan": "MX", "America/Bahia_Banderas": "MX",
    "America/Matamoros": "MX", "America/Ojinaga": "MX", "America/Ciudad_Juarez": "MX",
    "America/Buenos_Aires": "AR", "America/Cordoba": "AR", "America/Mendoza": "AR",
    "America/Bogota": "CO", "America/Santiago": "CL", "America/Punta_Arenas": "CL",
    "Pacific/Easter": "CL", "America/Lima": "PE", "Europe/Madrid": "ES", "Atlantic/Canary": "ES",
    "Africa/Ceuta": "ES", "America/Montevideo": "UY", "America/Asuncion": "PY",
    "America/La_Paz": "BO", "America/Guayaquil": "EC", "Pacific/Galapagos": "EC",
    "America/Caracas": "VE", "America/Guatemala": "GT", "America/El_Salvador": "SV",
    "America/Tegucigalpa": "HN", "America/Managua": "NI", "America/Costa_Rica": "CR",
    "America/Panama": "PA", "America/Santo_Domingo": "DO", "America/Puerto_Rico": "PR",
    "America/Havana": "CU", "America/Sao_Paulo": "BR", "America/New_York": "US",
    "America/Chicago": "US", "America/Denver": "US", "America/Phoenix": "US",
    "America/Los_Angeles": "US", "America/Anchorage": "US", "Pacific/Honolulu": "US",
    "America/Detroit": "US", "America/Boise": "US", "America/Indiana/Indianapolis": "US",
    "America/Kentucky/Louisville": "US", "US/Eastern": "US", "US/Central": "US",
    "US/Mountain": "US", "US/Pacific": "US",
}  # fmt: skip
_TIMEZONE_PREFIXES = {"America/Argentina/": "AR"}
_CURRENCIES = {
    "MXN": "MX", "ARS": "AR", "COP": "CO", "CLP": "CL", "PEN": "PE", "EUR": "ES", "USD": "US",
    "UYU": "UY", "PYG": "PY", "BOB": "BO", "VES": "VE", "GTQ": "GT", "HNL": "HN", "NIO": "NI",
    "CRC": "CR", "PAB": "PA", "DOP": "DO", "CUP": "CU", "BRL": "BR",
}  # fmt: skip


def country_of_timezone(timezone: str) -> str | None:
    zone = timezone.strip()
    if zone in _TIMEZONES:
        return _TIMEZONES[zone]
    return next((c for prefix, c in _TIMEZONE_PREFIXES.items() if zone.startswith(prefix)), None)


def country_of_locale(locale: str) -> str | None:
    """ "es_CO" -> "CO"; "es", "es_419" (Latin America, no one country) -> None."""
    _, _, territory = locale.replace("-", "_").partition("_")
    territory = territory.split("_")[0].split(".")[0].upper()
    return territory if len(territory) == 2 and territory.isalpha() else None


def infer_country(
    locale: str, timezone: str, currency: str, defaults: tuple[str, str, str] = ("", "", "")
) -> str:
    """The country `locale`, `timezone` and `currency` point at, by vote.

    A value equal to its entry in `defaults` (what settings hold when the shop never set it)
    votes weakly: a shop that only set "ARS" is in Argentina, not in the default's Mexico.
    """
    votes: dict[str, float] = {}
    order: list[str] = []
    said = (country_of_locale(locale), country_of_timezone(timezone), _CURRENCIES.get(currency))
    for value, default, country in zip((locale, timezone, currency), defaults, said, strict=True):
        if country:
            votes[country] = votes.get(country, 0.0) + (_WEAK if value == default else 1.0)
            order.append(country)
    if not votes:
        return DEFAULT_COUNTRY
    best = max(votes.values())
    # A tie goes to the first voter: the locale, then the timezone.
    return next(country for country in order if votes[country] == best)


_WEAK = 0.4
