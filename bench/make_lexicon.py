"""Regenerate src/mostrador/search/_lexicon.py from wordfreq's Spanish list.

    python -m venv /tmp/wf && /tmp/wf/bin/pip install wordfreq==3.1.1
    /tmp/wf/bin/python bench/make_lexicon.py > /tmp/words.txt

wordfreq is not a dependency of the project: this prints the folded words (one per line) that
go between the triple quotes of `COMMON_WORDS`, wrapped at 96 columns. The data is CC BY-SA 4.0
(see the module docstring of _lexicon.py).
"""

from __future__ import annotations

import sys
import textwrap
import unicodedata

TOP = 40_000  # measured: 20k missed "tornillos", 80k gained nothing on the query sets
MIN_LENGTH = 4  # shorter words are never corrected anyway (allowed_edits)


def _fold(word: str) -> str:
    word = word.lower().replace("ñ", "\0")
    word = "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")
    return word.replace("\0", "n")


def main() -> None:
    from wordfreq import top_n_list  # type: ignore[import-not-found]

    words = {_fold(w) for w in top_n_list("es", TOP)}
    kept = sorted(w for w in words if w.isascii() and w.isalpha() and MIN_LENGTH <= len(w) <= 20)
    sys.stdout.write("\n".join(textwrap.wrap(" ".join(kept), width=96)) + "\n")


if __name__ == "__main__":
    main()
