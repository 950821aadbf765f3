"""Phones: every written form of one person's number gives one canonical E.164 key."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mostrador.domain.phone import (
    display_phone,
    is_bsuid,
    normalize_phone,
    phone_from_wa_id,
    phone_key,
)


@pytest.mark.parametrize(
    ("raw", "region", "expected"),
    [
        # Mexico: WhatsApp's obsolete mobile '1' and the retired 044/045/01 prefixes go away.
        ("+52 1 55 1234 5678", "MX", "+525512345678"),
        ("5215512345678", "MX", "+525512345678"),
        ("+5215512345678", "MX", "+525512345678"),
        ("+525512345678", "MX", "+525512345678"),
        ("55 1234 5678", "MX", "+525512345678"),
        ("(55) 1234-5678", "MX", "+525512345678"),
        ("55.1234.5678", "MX", "+525512345678"),
        ("044 55 1234 5678", "MX", "+525512345678"),
        ("045 33 1234 5678", "MX", "+523312345678"),
        ("01 55 1234 5678", "MX", "+525512345678"),
        ("0052 55 1234 5678", "US", "+525512345678"),
        # Argentina: with 9, with 15, without either: all the WhatsApp mobile form.
        ("+54 9 11 2345-6789", "MX", "+5491123456789"),
        ("5491123456789", "MX", "+5491123456789"),
        ("+54 11 2345 6789", "MX", "+5491123456789"),
        ("+54 11 15 2345 6789", "MX", "+5491123456789"),
        ("011 15 2345-6789", "AR", "+5491123456789"),
        ("11 2345-6789", "AR", "+5491123456789"),
        ("0341 15 423-4567", "AR", "+5493414234567"),
        # Brazil: old 8-digit mobiles gain the ninth digit; landlines do not.
        ("+55 11 91234-5678", "MX", "+5511912345678"),
        ("+55 11 1234-5678", "MX", "+5511912345678"),
        ("+55 11 8234-5678", "MX", "+5511982345678"),
        ("5511912345678", "MX", "+5511912345678"),
        ("(11) 91234-5678", "BR", "+5511912345678"),
        ("+55 11 3234-5678", "MX", "+551132345678"),
        # Colombia, Peru, Chile, Spain, United States: plain E.164.
        ("+57 300 1234567", "MX", "+573001234567"),
        ("300 123 4567", "CO", "+573001234567"),
        ("573001234567", "MX", "+573001234567"),
        ("+51 912 345 678", "MX", "+51912345678"),
        ("912 345 678", "PE", "+51912345678"),
        ("0051912345678", "MX", "+51912345678"),
        ("+56 9 6123 4567", "MX", "+56961234567"),
        ("9 6123 4567", "CL", "+56961234567"),
        ("+56 2 2123 4567", "MX", "+56221234567"),
        ("+34 612 345 678", "MX", "+34612345678"),
        ("612 34 56 78", "ES", "+34612345678"),
        ("0034 612-345-678", "MX", "+34612345678"),
        ("+1 (202) 555-0143", "MX", "+12025550143"),
        ("202-555-0143", "US", "+12025550143"),
        ("1 202 555 0143", "US", "+12025550143"),
        ("12025550143", "MX", "+12025550143"),
    ],
)
def test_every_written_form_gives_the_one_canonical_number(
    raw: str, region: str, expected: str
) -> None:
    assert normalize_phone(raw, region) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "   ",
        "abc",
        "55 1234 567a",
        "1-800-FLOWERS",
        "123",
        "12345",
        "+52 55 1234",
        "++52",
        "+",
        "MX.4839201736455201",
        "0000000000",
        "1" * 30,
        "mi número es 55 1234 5678",
    ],
)
def test_text_that_is_not_a_valid_phone_gives_none(raw: str) -> None:
    assert normalize_phone(raw) is None


def test_the_region_only_applies_to_numbers_written_without_a_country_code() -> None:
    assert normalize_phone("+34 612 345 678", "AR") == "+34612345678"
    assert normalize_phone("612 345 678", "es") == "+34612345678"


def test_an_unknown_default_region_still_reads_international_numbers() -> None:
    assert normalize_phone("+525512345678", "ZZ") == "+525512345678"
    assert normalize_phone("55 1234 5678", "ZZ") is None


def test_an_international_number_needs_a_whole_length_and_a_written_one_a_valid_range() -> None:
    # Batch 11: a Chilean shopper's own number, refused at checkout five times in a row.
    assert normalize_phone("+56 9 1234 5001") == "+56912345001"
    assert phone_key("+56912345001", "CL") == phone_from_wa_id("56912345001")
    assert normalize_phone("+1 555 0100") is None  # a local-only length is not a whole number
    assert normalize_phone("912345001", "CL") is None  # national typos still need a valid range


def test_the_lookup_key_is_the_canonical_number() -> None:
    assert phone_key("+52 1 55 1234 5678") == phone_key("55 1234 5678") == "+525512345678"
    assert phone_key("+54 11 2345 6789", "AR") == phone_key("5491123456789", "AR")


@pytest.mark.parametrize(
    ("wa_id", "expected"),
    [
        ("5215512345678", "+525512345678"),
        ("525512345678", "+525512345678"),
        ("5491123456789", "+5491123456789"),
        ("5511912345678", "+5511912345678"),
        ("573001234567", "+573001234567"),
        ("12025550143", "+12025550143"),
        ("+5215512345678", "+525512345678"),
        # Outside phonenumbers' allocated ranges but whole: WhatsApp vouches for its own ids.
        ("56912345001", "+56912345001"),
        ("55 1234 5678", None),
        ("MX.4839201736455201", None),
        ("", None),
        ("٥٥١٢٣٤٥٦٧٨", None),
    ],
)
def test_a_wa_id_becomes_the_canonical_number(wa_id: str, expected: str | None) -> None:
    assert phone_from_wa_id(wa_id) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("MX.4839201736455201", True),
        ("US.13491208655302741918", True),
        ("AR.a1B2c3", True),
        ("+525512345678", False),
        ("5215512345678", False),
        ("mx.4839201736455201", False),
        ("MEX.4839201736455201", False),
        ("MX.", False),
        ("MX.48392-01736", False),
        ("", False),
    ],
)
def test_business_scoped_user_ids_are_told_apart_from_phones(value: str, expected: bool) -> None:
    assert is_bsuid(value) is expected


@pytest.mark.parametrize(
    ("e164", "expected"),
    [
        ("+525512345678", "+52 55 1234 5678"),
        ("+5491123456789", "+54 9 11 2345-6789"),
        ("+5511912345678", "+55 11 91234-5678"),
        ("+12025550143", "+1 202-555-0143"),
        ("+34612345678", "+34 612 34 56 78"),
        ("not a phone", "not a phone"),
    ],
)
def test_display_shows_the_international_format(e164: str, expected: str) -> None:
    assert display_phone(e164) == expected


@given(st.text(max_size=40), st.sampled_from(["MX", "AR", "BR", "US", "ES", "", "zz"]))
def test_no_input_crashes_and_results_are_canonical_e164(raw: str, region: str) -> None:
    result = normalize_phone(raw, region)
    assert result is None or (result.startswith("+") and result[1:].isdigit())
    if result is not None:
        assert normalize_phone(result) == result
    from_wa_id = phone_from_wa_id(raw)
    assert from_wa_id is None or from_wa_id.startswith("+")
    assert isinstance(display_phone(raw), str)
    assert isinstance(is_bsuid(raw), bool)


@given(st.from_regex(r"\+?[0-9 ()\-.]{6,24}", fullmatch=True))
def test_digit_strings_never_crash_and_normalizing_twice_changes_nothing(raw: str) -> None:
    result = normalize_phone(raw)
    assert result is None or normalize_phone(result) == result


@pytest.mark.parametrize(
    "value", ["MX.4839201736455201", "US.ENT.11815799212886844830", "AR.13491208655302741"]
)
def test_business_scoped_user_ids_and_parent_ids_are_recognised(value: str) -> None:
    assert is_bsuid(value)


@pytest.mark.parametrize("value", ["+5215512345678", "5215512345678", "MX.", "mx.123", "US.ENT."])
def test_phones_and_broken_ids_are_not_business_scoped_user_ids(value: str) -> None:
    assert not is_bsuid(value)
