"""How many everyday words a catalog does not sell still return products (false matches).

    .venv/bin/python bench/search_false_matches.py [--catalog src/mostrador/demo/catalog.csv]

Each word below is searched alone; the demo catalog sells none of them, so every hit is a word
"corrected" into another (pollo -> polvo), a stem collision (mesa/meses) or a phrase that only
mentions it ("sin alcohol"). Prints the count and the words that found something.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from search_quality import load_index

_WORDS = """
pollo carne pescado jamón salchicha tocino chorizo manzana plátano tomate cebolla ajo zanahoria
lechuga uvas sandía melón piña cereal miel mermelada mayonesa catsup mostaza vinagre pimienta
canela cerveza vino tequila whisky hielo helado paleta chicle caramelos tornillos martillo
clavos pintura escoba trapeador cubeta vela cerillos encendedor cigarros televisión laptop mouse
teclado impresora cuaderno lápiz pluma tijeras pegamento cinta vestido falda corbata bufanda
guantes pijama bikini reloj anillo collar perfume maquillaje labial esmalte condones aspirina
vitaminas termómetro curitas alcohol jeringa croquetas juguete pelota muñeca bicicleta llanta
gasolina carbón leña sartén olla cuchillo tenedor plato vaso taza almohada sábanas toalla
cortina espejo peine cepillo secadora plancha licuadora ventilador colchón silla mesa pasas
rosas cooler lonchera troca sandías botes gorros
"""
WORDS = _WORDS.split()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--catalog", type=Path, default=Path("src/mostrador/demo/catalog.csv"))
    args = parser.parse_args()
    index = load_index(args.catalog)
    found = {word: [h.sku for h in index.search(word, limit=3)] for word in WORDS}
    matched = {word: skus for word, skus in found.items() if skus}
    print(f"{len(WORDS)} words the catalog does not sell; {len(matched)} found something")
    for word, skus in matched.items():
        print(f"  {word}: {skus}")


if __name__ == "__main__":
    main()
