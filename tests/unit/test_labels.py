"""Option titles shortened against each other keep the words that tell them apart."""

import pytest

from mostrador.domain.labels import shorten
from mostrador.services.conversation.choices import TITLE_LIMIT, distinct_titles


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (  # batch 11: "Pilas Alcalinas… Pack x4" twice hid AA from AAA
            [
                "Pilas Alcalinas AA Duracell Pack x4",
                "Pilas Recargables AA Energizer Pack x2",
                "Pilas Alcalinas AAA Duracell Pack x4",
            ],
            ["Pilas Alcalinas AA x4", "Pilas Recargables AA x2", "Pilas Alcalinas AAA x4"],
        ),
        (  # a connecting word is kept only between the words it connects
            ["Arena para Gatos Aroma Lavanda", "Arena Sanitaria Aglomerante para Gatos"],
            ["Arena Aroma Lavanda", "Arena Sanitaria Gatos"],
        ),
        (  # the accessory keeps what it is, not only the model it fits
            [
                "Funda de Silicona Samsung Galaxy A15",
                "Samsung Galaxy A15",
                "Vidrio Templado Samsung Galaxy A15",
            ],
            ["Funda de Silicona A15", "Samsung Galaxy A15", "Vidrio Templado A15"],
        ),
        (
            ["Pintura Vinílica Comex Vinimex 4 L", "Pintura Vinílica Comex Vinimex Cubeta 19 L"],
            ["Pintura Vinílica 4 L", "Pintura Cubeta 19 L"],
        ),
        (  # batch 13: "Coca-Cola Azúcar 2.25 L" said the opposite; a unit never goes alone
            ["Coca-Cola 2.25 L", "Coca-Cola Sin Azúcar 2.25 L", "Coca-Cola Original 1.5 L"],
            ["Coca-Cola 2.25 L", "Coca-Cola Sin Azúcar", "Coca-Cola Original 1.5 L"],
        ),
        (  # batch 19: "con" rides with its word too, so con and sin gas stay apart
            ["Agua San Luis sin Gas Botella 625 ml", "Agua San Luis con Gas 625 ml"],
            ["Agua sin Gas Botella 625", "Agua San con Gas 625 ml"],
        ),
    ],
)
def test_titles_keep_the_words_that_tell_products_apart(
    names: list[str], expected: list[str]
) -> None:
    assert distinct_titles(names) == expected


def test_titles_that_still_collide_are_numbered_and_stay_within_the_limit() -> None:
    names = ["Cuaderno Profesional Scribe Raya 100 hojas"] * 2
    titles = distinct_titles(names)
    assert len(set(titles)) == 2
    assert all(len(t) <= TITLE_LIMIT for t in titles)


def test_a_title_of_only_connecting_words_and_a_long_figure_is_cut_not_emptied() -> None:
    # Found by hypothesis: "?A" folds to the connector "a", and the figure did not fit.
    assert shorten("?A 0000000000000000000000", 24, []) == "?A 00000000000000000000…"
