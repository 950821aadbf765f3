"""Phone numbers: one canonical E.164 string per person, whatever way it was written.

Every phone the product stores or compares goes through `normalize_phone`, so the same
customer never becomes two rows because WhatsApp, a typed checkout answer and a CSV import
wrote their number differently. `phonenumbers` does the parsing; this module adds the Latin
American rewrites that library leaves alone:

* Mexico: WhatsApp still sends mobiles with the obsolete '1' after 52 (521 55 ...), and people
  still type the retired 044/045/01 prefixes. All are dropped: +52 and 10 digits.
* Argentina: the same mobile is written +54 9 11 ..., +54 11 15 ... and +54 11 ... . Without
  the 9 a landline and a mobile look the same, so every number that is valid with a 9 is
  stored in the 9 form WhatsApp uses; one person is then one key, at the cost of giving an
  Argentine landline its mobile spelling (harmless: we only ever message over WhatsApp).
* Brazil: mobiles gained a ninth digit (9) in 2012-2016; old 8-digit mobiles (first digit not
  a landline 2-5) get the 9 inserted after the area code. Landlines are left as they are.

Numbers written without their country code must be valid for `phonenumbers`' metadata, not
merely the right length: a typo that still "fits" would otherwise become a key nobody can
reach. A number written in full international form (+56 9 1234 5001, or a WhatsApp wa_id,
which WhatsApp itself vouches for) needs only a plausible length for its country: the metadata
lags behind numbering plans, and refusing a customer's own WhatsApp number left them stuck at
checkout asked for "a complete number" forever.
"""

from __future__ import annotations

import re

import phonenumbers

_WRITTEN_PHONE = re.compile(r"\+?[\d\s().\-/]+")
# "MX.4839201736455201"; parent BSUIDs carry an ENT segment: "US.ENT.11815799212886844830".
_BSUID = re.compile(r"[A-Z]{2}\.(?:ENT\.)?[A-Za-z0-9]{1,128}")
_NON_DIGITS = re.compile(r"\D")
# E.164 allows 15 digits; a national form with a trunk or carrier prefix adds a few more.
_MIN_DIGITS, _MAX_DIGITS = 6, 18
_MX, _AR, _BR = 52, 54, 55
_BR_LANDLINE_FIRST_DIGITS = "2345"


def normalize_phone(raw: str, default_region: str = "MX") -> str | None:
    """The canonical E.164 form ('+525512345678') of a written phone, or None if not valid.

    Accepts spaces, dashes, dots, slashes, parentheses, a leading '+' or '00', and bare
    WhatsApp wa_id digits. A number without a country code is read in `default_region`
    (ISO 3166 alpha-2). Letters make the input invalid: vanity numbers and BSUIDs are not
    phones.
    """
    text = raw.strip()
    if not _WRITTEN_PHONE.fullmatch(text):
        return None
    digits = _NON_DIGITS.sub("", text)
    if not _MIN_DIGITS <= len(digits) <= _MAX_DIGITS:
        return None
    if text.startswith("+") or digits.startswith("00"):
        return _canonical(_parse("+" + digits.removeprefix("00"), None), international=True)
    # Bare digits: national in the shop's country first, then as a wa_id (country code first).
    national = _canonical(_parse(digits, default_region.upper()))
    return national or _canonical(_parse("+" + digits, None))


def phone_key(raw: str, default_region: str = "MX") -> str | None:
    """The key under which a phone is stored and looked up; equal keys mean the same person."""
    return normalize_phone(raw, default_region)


def phone_from_wa_id(wa_id: str) -> str | None:
    """The canonical E.164 phone for a WhatsApp wa_id (country code and number, no '+')."""
    digits = wa_id.strip().removeprefix("+")
    if not digits.isascii() or not digits.isdigit():
        return None
    return normalize_phone("+" + digits)


def is_bsuid(value: str) -> bool:
    """True for a WhatsApp business-scoped user id such as 'MX.4839201736455201' (or a parent
    one, 'US.ENT.11815799212886844830').

    Phones never carry a letter country prefix followed by a dot, so the two never clash.
    """
    return _BSUID.fullmatch(value.strip()) is not None


def display_phone(e164: str) -> str:
    """International human format: '+525512345678' -> '+52 55 1234 5678'.

    Anything that does not parse is returned unchanged, so display never fails.
    """
    number = _parse(e164, None)
    if number is None:
        return e164
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL))


def _parse(text: str, region: str | None) -> phonenumbers.PhoneNumber | None:
    """`phonenumbers.parse` returning None instead of raising on unparseable text."""
    try:
        return phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None


def _canonical(number: phonenumbers.PhoneNumber | None, international: bool = False) -> str | None:
    if number is None or number.country_code is None:
        return None
    country = int(number.country_code)
    national = str(phonenumbers.national_significant_number(number))
    if country == _MX:
        national = _mexican_national(national)
    elif country == _AR and len(national) == 10 and not national.startswith("9"):
        national = _prefer_valid(country, "9" + national, national)
    elif country == _BR and len(national) == 10 and national[2] not in _BR_LANDLINE_FIRST_DIGITS:
        national = _prefer_valid(country, national[:2] + "9" + national[2:], national)
    candidate = _parse(f"+{country}{national}", None)
    if candidate is None:
        return None
    if not phonenumbers.is_valid_number(candidate) and not (
        international
        and phonenumbers.region_code_for_country_code(country) != "ZZ"
        and phonenumbers.is_possible_number_with_reason(candidate)
        == phonenumbers.ValidationResult.IS_POSSIBLE  # a whole number, not a local-only one
    ):
        return None
    return str(phonenumbers.format_number(candidate, phonenumbers.PhoneNumberFormat.E164))


def _mexican_national(national: str) -> str:
    # 044/045 (domestic mobile), 01 (long distance) and the international mobile '1' were all
    # retired in 2019 but are still written, and WhatsApp still sends the '1'.
    if len(national) == 13 and national.startswith(("044", "045")):
        return national[3:]
    if len(national) == 12 and national.startswith("01"):
        return national[2:]
    if len(national) == 11 and national.startswith("1"):
        return national[1:]
    return national


def _prefer_valid(country: int, preferred: str, fallback: str) -> str:
    number = _parse(f"+{country}{preferred}", None)
    if number is not None and phonenumbers.is_valid_number(number):
        return preferred
    return fallback
