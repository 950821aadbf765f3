"""Regional synonyms: the same product goes by different names across Spanish-speaking markets.

Groups are written in plain words; `SynonymTable` analyzes them with the same pipeline as
documents, so "Zapatos deportivos" becomes the phrase ("zapat", "deport") and matches however a
product spells it. Expansion happens at query time only, so adding a group never needs a
re-index.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from mostrador.search.analysis import Kind, analyze

__all__ = ["BUILTIN_SYNONYMS", "Phrase", "SynonymTable"]

Phrase = tuple[str, ...]

BUILTIN_SYNONYMS: tuple[tuple[str, ...], ...] = (
    # "deportivas" alone would also pull in "camiseta deportiva"; only the phrases are safe.
    ("tenis", "zapatillas", "championes", "zapatos deportivos", "zapatillas deportivas"),
    ("sneakers", "tenis"),
    ("playera", "remera", "camiseta", "polera", "polo", "franela", "camisilla"),
    # "bebida" is broader than refresco: as a synonym it ranked juices and isotonics first.
    ("refresco", "gaseosa", "soda"),
    ("coca", "coca cola", "cocacola"),
    ("audifonos", "auriculares", "cascos", "headphones"),
    ("chamarra", "campera", "chaqueta", "casaca"),
    ("frijoles", "porotos", "judias", "caraotas", "alubias", "habichuelas"),
    ("celular", "movil", "telefono", "smartphone"),
    # "portátil" alone is an adjective ("bocina portátil"); only the phrase means a laptop.
    ("computadora", "ordenador", "laptop", "notebook", "computadora portatil", "computador"),
    ("pantalon", "jean", "vaquero"),
    ("sudadera", "buzo", "poleron", "hoodie"),
    ("lentes", "gafas", "anteojos", "espejuelos"),
    ("jugo", "zumo"),
    ("aguacate", "palta"),
    ("papa", "patata"),
    ("durazno", "melocoton"),
    ("pastel", "torta", "tarta", "queque", "ponque"),
    ("mantequilla", "manteca"),
    ("calcetines", "calcetas", "medias"),
    ("mochila", "morral"),
    ("cacahuate", "mani", "cacahuete"),
    ("maiz", "elote", "choclo"),
    ("fresa", "frutilla"),
    ("platano", "banana", "banano", "cambur", "guineo"),
    ("chile", "aji"),
    ("popote", "pajita", "sorbete", "pitillo"),
    ("refrigerador", "nevera", "heladera", "refrigeradora"),
    # "chela" is left out: its stem meets names like "Chelo" far more often than beer.
    ("cerveza", "birra"),
    ("biberon", "mamila", "mamadera", "tetero"),
    ("chupon", "chupete"),
    ("carriola", "cochecito"),
    ("gorra", "cachucha"),
    ("bermuda", "short", "pantalon corto", "pantaloneta"),
    ("falda", "pollera"),
    ("boligrafo", "pluma", "lapicero", "birome", "esfero"),
    ("television", "televisor", "tv", "tele"),
    ("galletas", "galletitas"),
    ("pan de caja", "pan de molde", "pan lactal"),
    ("toallas femeninas", "toallas sanitarias", "toallas higienicas", "compresas"),
    ("toronja", "pomelo"),
    ("chanclas", "chancletas", "ojotas"),
    ("bocina", "parlante", "altavoz"),
    ("foco", "bombilla", "bombillo", "ampolleta"),
    ("cloro", "lejia", "lavandina", "limpido"),
    ("lavatrastes", "lavaplatos", "lavavajillas"),
    ("pasta dental", "pasta de dientes", "crema dental", "dentifrico"),
    ("champu", "shampoo"),
    ("toallitas humedas", "panitos humedos", "toallas humedas"),
    ("rastrillo", "rasuradora", "afeitadora", "maquina de afeitar", "prestobarba"),
    ("tapabocas", "cubrebocas", "barbijo"),
    ("curitas", "tiritas", "banditas", "venditas"),
    ("rimel", "mascara de pestanas", "pestanina"),
    ("gripa", "gripe", "resfriado"),
    ("acetaminofen", "paracetamol"),
    ("preservativos", "condones", "forros"),
    ("bloqueador solar", "protector solar", "filtro solar"),
    ("labial", "pintalabios", "lapiz labial"),
    ("esmalte", "pintaunas"),
    ("zancudos", "mosquitos"),
    ("palomitas", "pochoclo", "canchita", "cabritas", "crispetas", "pororo"),
    ("sueter", "jersey", "chompa", "pulover"),
    ("calzones", "bragas", "bombachas", "pantaletas"),
    ("calzoncillos", "boxer"),
    ("brasier", "sosten", "corpino"),
    ("traje de bano", "banador", "vestido de bano"),
    ("trapeador", "fregona", "mopa", "trapero"),
    ("cubeta", "balde"),
    ("jitomate", "tomate"),
    ("chicharo", "arveja", "guisante"),
    ("ejote", "judia verde", "vainita", "chaucha"),
    ("camote", "batata", "boniato"),
    ("betabel", "remolacha", "betarraga"),
    ("calabacita", "zapallito", "calabacin"),
    ("pimiento", "morron", "pimenton"),
)


class SynonymTable:
    """Phrases grouped by meaning; a phrase may belong to several groups."""

    def __init__(self, groups: Iterable[Iterable[str]] = BUILTIN_SYNONYMS) -> None:
        self._groups: list[tuple[Phrase, ...]] = []
        self._membership: dict[Phrase, list[int]] = {}
        # Longest phrases first, so "coca cola" wins over "coca" at the same position.
        self._by_first: dict[str, list[Phrase]] = {}
        for words in groups:
            phrases = tuple(dict.fromkeys(p for p in map(_phrase, words) if p))
            if len(phrases) < 2:
                continue
            gid = len(self._groups)
            self._groups.append(phrases)
            for phrase in phrases:
                self._membership.setdefault(phrase, []).append(gid)
                starts = self._by_first.setdefault(phrase[0], [])
                if phrase not in starts:
                    starts.append(phrase)
                    starts.sort(key=len, reverse=True)

    def terms(self) -> set[str]:
        """Every single term named by a group; the query side treats them as known words."""
        return {term for phrase in self._membership for term in phrase}

    def match(self, terms: Sequence[str], start: int) -> Phrase | None:
        """Longest multi-term phrase of a group found at `terms[start:]`, if any."""
        for phrase in self._by_first.get(terms[start], ()):
            if len(phrase) > 1 and tuple(terms[start : start + len(phrase)]) == phrase:
                return phrase
        return None

    def expand(self, phrase: Phrase) -> list[Phrase]:
        """Other phrases meaning the same as `phrase`, in group order, without duplicates."""
        seen = {phrase}
        out: list[Phrase] = []
        for gid in self._membership.get(phrase, ()):
            for other in self._groups[gid]:
                if other not in seen:
                    seen.add(other)
                    out.append(other)
        return out


def _phrase(words: str) -> Phrase:
    return tuple(t.term for t in analyze(words) if t.kind is Kind.WORD)
