"""Regional synonyms: the same product goes by different names across Spanish-speaking markets.

Groups are written in plain words; `SynonymTable` analyzes them with the same pipeline as
documents, so "Zapatos deportivos" becomes the phrase ("zapat", "deport") and matches however a
product spells it. Expansion happens at query time only, so adding a group never needs a
re-index.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from mostrador.search.analysis import Kind, analyze, fold_text

__all__ = ["BUILTIN_ONE_WAY", "BUILTIN_SYNONYMS", "Phrase", "SynonymTable"]

Phrase = tuple[str, ...]

BUILTIN_SYNONYMS: tuple[tuple[str, ...], ...] = (
    # "deportivas" alone would also pull in "camiseta deportiva"; only the phrases are safe.
    ("tenis", "zapatillas", "championes", "zapatos deportivos", "zapatillas deportivas"),
    ("sneakers", "tenis"),
    ("playera", "remera", "camiseta", "polera", "polo", "franela", "camisilla", "t shirt"),
    # "bebida" is broader than refresco: as a synonym it ranked juices and isotonics first.
    ("refresco", "gaseosa", "soda"),
    ("coca", "coca cola", "cocacola", "coke"),
    ("sin azucar", "zero"),
    ("audifonos", "auriculares", "cascos", "headphones", "earbuds", "headset", "headsets"),
    ("chamarra", "campera", "chaqueta", "casaca", "jacket", "parka"),
    ("plumifero", "puffer", "campera inflable", "chaqueta acolchada", "chamarra acolchada"),
    ("frijoles", "porotos", "judias", "caraotas", "alubias", "habichuelas", "frejoles"),
    ("celular", "movil", "telefono", "smartphone", "phone"),
    # "portátil" alone is an adjective ("bocina portátil"); only the phrase means a laptop.
    ("computadora", "ordenador", "laptop", "notebook", "computadora portatil", "computador", "pc"),
    ("pantalon", "jean", "vaquero", "tejano", "bluyin"),
    ("pantalon deportivo", "pants", "jogging", "joggers", "chandal", "pantalon de chandal"),
    ("sudadera", "buzo", "poleron", "hoodie"),
    ("lentes", "gafas", "anteojos", "espejuelos"),
    ("jugo", "zumo"),
    ("aguacate", "palta"),
    ("papa", "patata"),
    ("durazno", "melocoton"),
    ("pastel", "torta", "tarta", "queque", "ponque"),
    ("mantequilla", "manteca"),
    ("calcetines", "calcetas", "medias", "socks"),
    ("mochila", "morral", "backpack"),
    ("cacahuate", "mani", "cacahuete"),
    ("maiz", "elote", "choclo", "mazorca", "jojoto"),
    ("fresa", "frutilla"),
    ("platano", "banana", "banano", "cambur", "guineo"),
    ("chile", "aji"),
    ("popote", "pajita", "sorbete", "pitillo"),
    ("refrigerador", "nevera", "heladera", "refrigeradora", "frigorifico"),
    # "chela" is left out: its stem meets names like "Chelo" far more often than beer.
    ("cerveza", "birra"),
    ("biberon", "mamila", "mamadera", "tetero", "mamadero", "pacha"),
    ("chupon", "chupete", "chupo"),
    ("carriola", "cochecito", "carrito de bebe", "coche de bebe"),
    ("gorra", "cachucha"),
    ("bermuda", "short", "pantalon corto", "pantaloneta"),
    ("falda", "pollera"),
    ("boligrafo", "pluma", "lapicero", "birome", "esfero"),
    ("television", "televisor", "tv", "tele"),
    ("galletas", "galletitas", "cookies"),
    ("pan de caja", "pan de molde", "pan lactal"),
    ("toallas femeninas", "toallas sanitarias", "toallas higienicas", "compresas"),
    ("toronja", "pomelo"),
    ("chanclas", "chancletas", "ojotas"),
    ("bocina", "parlante", "altavoz", "speaker"),
    ("foco", "bombilla", "bombillo", "ampolleta"),
    ("cloro", "lejia", "lavandina", "limpido"),
    ("lavatrastes", "lavaplatos", "lavavajillas", "lavaloza", "lavalozas"),
    ("pasta dental", "pasta de dientes", "crema dental", "dentifrico"),
    ("champu", "shampoo"),
    ("toallitas humedas", "panitos humedos", "toallas humedas", "wipes"),
    ("rastrillo", "rasuradora", "afeitadora", "maquina de afeitar", "prestobarba"),
    # "mascarilla capilar" still finds the hair mask first: both words must match.
    ("tapabocas", "cubrebocas", "barbijo", "mascarilla"),
    ("curitas", "tiritas", "banditas", "venditas"),
    ("rimel", "mascara de pestanas", "pestanina"),
    # "constipado" is a cold in Spain but constipation elsewhere: left out.
    ("gripa", "gripe", "resfriado", "resfrio", "catarro"),
    ("acetaminofen", "paracetamol"),
    ("preservativos", "condones", "forros"),
    ("bloqueador solar", "protector solar", "filtro solar"),
    ("labial", "pintalabios", "lapiz labial"),
    ("esmalte", "pintaunas"),
    ("zancudos", "mosquitos"),
    ("palomitas", "pochoclo", "canchita", "cabritas", "crispetas", "pororo", "popcorn"),
    ("sueter", "jersey", "chompa", "pulover", "sweater"),
    ("calzones", "bragas", "bombachas", "pantaletas", "panties", "calzon"),
    ("calzoncillos", "boxer", "truza", "trusa"),
    # "bra" is left out: three letters one slip from "barra".
    ("brasier", "sosten", "corpino", "sujetador"),
    ("traje de bano", "banador", "vestido de bano"),
    ("trapeador", "fregona", "mopa", "trapero", "mechudo"),
    ("cubeta", "balde"),
    ("jitomate", "tomate"),
    ("chicharo", "arveja", "guisante"),
    ("ejote", "judia verde", "vainita", "chaucha", "poroto verde"),
    ("camote", "batata", "boniato"),
    ("betabel", "remolacha", "betarraga"),
    ("calabacita", "zapallito", "calabacin", "zapallo italiano", "zucchini"),
    ("pimiento", "morron", "pimenton"),
    # Spain, Chile, Peru and US Spanish (Spanglish) words for what the groups above missed.
    ("calabaza", "zapallo", "auyama", "ahuyama"),
    ("camarones", "gambas"),
    (
        *("papel higienico", "papel de bano", "papel sanitario", "papel toilet"),
        *("papel de vater", "toilet paper", "papel confort"),
    ),
    ("limpiador de pisos", "limpiapisos", "fregasuelos", "friegasuelos", "limpiador de suelos"),
    (
        *("gel antibacterial", "alcohol en gel", "alcohol gel", "gel hidroalcoholico"),
        *("gel desinfectante", "sanitizante", "sanitizer"),
    ),
    ("tabletas", "pastillas", "comprimidos", "pildoras", "grageas"),
    ("enjuague bucal", "colutorio", "lavado bucal"),
    ("acondicionador", "crema de enjuague", "balsamo capilar"),
    ("hilo dental", "seda dental"),
    ("papas fritas", "papitas", "chips", "patatas fritas"),
    ("sandwich", "sanduche", "sanguche", "emparedado", "bocata"),
    ("cerdo", "puerco", "chancho", "marrano", "cochino"),
    ("tocino", "tocineta", "bacon", "panceta"),
    ("salchichas", "vienesas", "frankfurt"),
    ("carne molida", "carne picada"),
    ("nata", "crema de leche"),
    ("maicena", "fecula de maiz", "almidon de maiz"),
    ("espagueti", "spaghetti", "tallarines"),
    ("bolillo", "pan frances", "marraqueta", "pan batido"),
    ("pilas", "baterias", "batteries"),
    ("cargador", "charger"),
    ("control remoto", "mando a distancia"),
    ("memoria usb", "pendrive", "pen drive", "memoria flash"),
    ("mouse", "raton"),
    ("chanclas", "chinelas", "sayonaras", "flip flops"),
    ("hielera", "cooler", "nevera portatil"),
    ("lonchera", "fiambrera", "lunchera"),
    ("camioneta", "troca", "troka", "pickup"),
    ("carro", "coche", "auto", "automovil"),
    ("piscina", "alberca", "pileta"),
    ("cobija", "frazada", "manta", "cobertor"),
    ("aretes", "pendientes", "zarcillos"),
    ("anillo", "sortija"),
    ("cinturon", "cinto"),
    ("playstation", "play station", "la play", "plei", "ps5", "ps4", "ps"),
    # Letter sizes: Mexico writes CH/M/G/EG where others write S/M/L/XL; shoppers say them.
    ("ch", "s", "small", "pequeno", "pequena", "chico", "chica"),
    ("m", "medium", "mediano", "mediana"),
    ("g", "l", "large", "grande"),
    ("eg", "xg", "xl", "extra grande", "extra large"),
    # Pet shops: what the food is called from Madrid to Medellín, and in Spanglish.
    (
        *("comida para perro", "alimento para perro", "dog food", "croquetas para perro"),
        *("concentrado para perro", "cuido para perro", "pienso para perro", "perrarina"),
    ),
    ("comida para gato", "alimento para gato", "cat food", "pienso para gato", "gatarina"),
    # Cafés and bakeries.
    ("croissant", "cruasan", "medialuna", "cuernito"),
    ("cheesecake", "tarta de queso", "pay de queso", "torta de queso", "pie de queso"),
    ("banana bread", "pan de banana", "pan de platano", "queque de platano", "budin de banana"),
    ("leche de avena", "bebida de avena", "oat milk"),
    ("leche de almendras", "bebida de almendras", "almond milk"),
    ("leche de soya", "leche de soja", "bebida de soja", "soy milk"),
    ("cafetera italiana", "greca", "cafetera moka"),
    ("prensa francesa", "cafetera de embolo", "french press"),
    ("molinillo", "moledor", "molino de cafe", "grinder"),
    ("hervidor", "tetera electrica", "pava electrica", "kettle"),
    ("bascula", "balanza"),
    ("cafe frio", "cold brew", "cafe helado", "iced coffee"),
    ("pocillo", "taza"),
    # Sweets and parties.
    ("gomitas", "gominolas", "chuches"),
    ("chupetines", "piruletas", "colombinas", "paletas de dulce", "lollipops"),
    ("malvaviscos", "masmelos", "nubes", "marshmallows", "esponjitas"),
    ("spiderman", "hombre arana"),
    ("globos", "chimbombas", "bombitas"),
    ("desechables", "descartables"),
    ("matasuegras", "espantasuegras", "silbatos de fiesta"),
    ("bengalas", "chispitas", "luces de bengala"),
    # Car parts.
    ("plumillas", "plumas", "escobillas", "limpiaparabrisas", "wipers"),
    ("pastillas de freno", "balatas"),
    ("refrigerante", "anticongelante", "coolant", "coolan"),
    (
        *("cables de partida", "cables pasa corriente", "cables para pasar corriente"),
        *("cables puente", "cables de arranque", "cables pasacorriente"),
    ),
    ("eslinga", "cuerda para remolcar", "cuerda de remolque", "cable de remolque"),
    ("aromatizante", "ambientador", "aromatizador", "pinito"),
    ("cubre volante", "cubrevolante", "funda volante", "funda de volante", "forro de volante"),
    ("pisos de goma", "alfombras de goma", "tapetes", "alfombrillas", "cubrepisos"),
    # Shoes and gardens.
    ("betun", "grasa para zapatos", "pomada para zapatos", "crema para zapatos"),
    ("agujetas", "cordones", "pasadores", "trenzas"),
    ("bugambilia", "buganvilia", "buganvilla", "santa rita", "veranera"),
    ("abono", "fertilizante"),
    ("hormiguicida", "mata hormigas", "veneno para hormigas"),
    # Everyday regional names across the seven markets, written before any set asked.
    ("pina", "anana"),
    ("damasco", "albaricoque", "chabacano"),
    ("mandarina", "tangerina"),
    ("huevos", "blanquillos"),
    ("hamburguesa", "burger"),
    ("salchichas", "panchos", "hot dogs"),
    ("chicle", "goma de mascar"),
    ("helado", "nieve", "mantecado"),
    ("borrador", "goma de borrar"),
    ("cuaderno", "libreta"),
    ("carpeta", "folder", "fólder"),
    ("sacapuntas", "tajador", "afilalapices", "tajalapiz"),
    ("pegamento", "pegante", "resistol", "colbon", "cola blanca", "plasticola"),
    ("cinta adhesiva", "diurex", "cinta scotch", "celo", "durex", "cinta transparente"),
    ("marcadores", "plumones", "rotuladores", "plumon"),
    ("crayones", "crayolas", "ceras"),
    ("pijama", "piyama"),
    ("bufanda", "chalina"),
    ("paraguas", "sombrilla"),
    ("enchufe", "tomacorriente"),
    ("extension electrica", "alargue", "regleta", "multicontacto", "zapatilla electrica"),
    ("recogedor", "pala de basura", "cogedor"),
    ("esponja", "estropajo", "fibra"),
    ("bolsas de basura", "bolsas de residuos", "bolsas para basura"),
    ("papel aluminio", "papel de aluminio", "papel plata"),
    ("papel film", "plastico para envolver", "film transparente", "papel transparente"),
    ("power bank", "bateria portatil", "cargador portatil"),
    ("funda", "carcasa", "case", "forro", "cover"),
    ("mica", "protector de pantalla", "vidrio templado", "lamina de vidrio"),
    ("suero oral", "electrolitos", "sales de rehidratacion"),
    ("repelente", "antimosquitos"),
    ("desarmador", "destornillador", "atornillador"),
    ("llave inglesa", "llave perica", "llave ajustable"),
    ("tornillos", "pijas"),
    ("taquetes", "tarugos", "chazos", "tacos fisher"),
    ("cinta de aislar", "cinta aislante", "tirro"),
    ("brocha", "pincel"),
    ("silicon", "silicona"),
    # Who it is for, as shops and shoppers say it.
    ("infantil", "nino", "nina", "ninos", "ninas", "kids", "chicos"),
    ("dama", "mujer", "femenino", "damas", "mujeres", "women"),
    ("caballero", "hombre", "masculino", "caballeros", "hombres", "men"),
    # Opticians.
    ("lentes de contacto", "pupilentes", "lentillas", "contactos"),
    ("solucion para lentes", "liquido para lentes", "solucion multiproposito"),
    ("gotas lubricantes", "lagrimas artificiales", "gotas para los ojos", "gotas humectantes"),
    ("armazon", "montura", "marco de lentes", "espejuelos", "anteojos recetados"),
    ("portalentes", "porta lentillas", "estuche para lentes de contacto"),
    ("pano de microfibra", "franela para lentes", "franelita", "gamuza para lentes"),
    # Building materials and plumbing.
    ("gravilla", "grava", "piedrin", "ripio"),
    ("registro", "llave de paso"),
    ("griferia", "grifo", "canilla", "llave de agua", "mezcladora"),
    ("sanitario", "inodoro", "excusado", "wc", "taza de bano", "poceta", "water"),
    ("tanque de agua", "tinaco", "tanque", "cisterna"),
    ("manguera de abasto", "latiguillo", "coflex", "flexible de agua"),
    ("enchape", "azulejos", "baldosas", "ceramica de pared", "cerámicos"),
    ("pegante ceramico", "pegazulejo", "pegamento para ceramica", "adhesivo ceramico", "bondex"),
    ("boquilla", "fragua", "lechada", "junta de ceramica", "pastina"),
    ("varsol", "aguarras", "thinner", "disolvente", "solvente"),
    ("cinta de enmascarar", "masking tape", "masking", "cinta de papel"),
    ("pulidora", "amoladora", "esmeril", "esmeriladora", "galletera"),
    ("flexometro", "cinta metrica", "wincha", "huincha", "metro"),
    ("brocas", "mechas"),
    ("puntillas", "clavos"),
    ("placa de yeso", "tablaroca", "pladur", "drywall", "durlock", "gyplac"),
    ("soldadura pvc", "pegamento pvc", "cemento pvc", "pegamento para tubo"),
    # Beauty.
    ("tinte", "tintura", "coloracion", "tinte para el pelo"),
    ("oxidante", "agua oxigenada", "revelador", "peroxido"),
    ("quitaesmalte", "removedor de esmalte", "acetona"),
    ("esmalte", "barniz de unas", "pintura de unas"),
    ("esmalte semipermanente", "esmalte permanente", "gel de unas", "shellac"),
    ("cortaculticulas", "alicate de cuticula", "cortacuticulas"),
    ("crema corporal", "locion corporal", "body milk", "crema para el cuerpo"),
    ("mascarilla capilar", "bano de crema", "tratamiento capilar", "mascara capilar"),
    ("protector termico", "protector de calor"),
    ("laca", "spray fijador", "fijador", "spray para el pelo"),
    ("rizador", "buclera", "tenaza", "rizadora", "ondulador"),
    ("gomas de pelo", "ligas", "colets", "coleteros", "donas para el pelo"),
    ("horquillas", "pasadores", "invisibles", "pinches"),
    ("pinzas de peluqueria", "ganchos para el pelo", "broches para el pelo"),
    ("plancha de pelo", "alisadora", "plancha para el cabello", "planchita"),
    ("secador", "secadora", "blower"),
    # Camping.
    ("carpa", "tienda de campana", "casa de campana", "casita de campana"),
    ("toldo", "gazebo", "carpa plegable"),
    ("saco de dormir", "sleeping", "bolsa de dormir", "sleeping bag"),
    ("colchoneta", "esterilla", "aislante", "mat"),
    ("cocinilla", "hornillo", "anafe", "estufa de camping", "estufa para acampar"),
    ("cooler", "conservadora", "hielera", "nevera portatil"),
    ("hamaca", "chinchorro"),
    ("cortaplumas", "navaja suiza", "navaja multiusos"),
    ("linterna frontal", "lampara de cabeza", "frontal", "headlamp"),
    ("bolso estanco", "bolsa impermeable", "dry bag"),
    ("filtro de agua", "purificador de agua"),
    # Fishmongers and computer shops (batch 25).
    ("apanado", "empanizado", "rebozado", "empanado", "apanados", "empanizados", "rebozados"),
    ("vieiras", "callo de hacha", "ostiones", "scallops"),
    ("rabas", "anillos de calamar", "aros de calamar", "calamares fritos"),
    ("mouse pad", "mousepad", "alfombrilla para raton", "alfombrilla raton", "pad para mouse"),
    # Ice-cream parlours, appliances and stationers (batch 24).
    ("dulce de leche", "ddl", "cajeta", "arequipe", "manjar", "manjar blanco"),
    ("milkshake", "malteada", "batido", "milk shake", "licuado de helado"),
    ("menta granizada", "mint chip", "menta con chispas"),
    ("licuadora", "blender", "batidora de vaso"),
    ("ventilador", "abanico"),
    ("terma", "therma", "calentador de agua", "calefon", "boiler"),
    ("tostadora", "tostador", "toaster"),
    ("boligrafo rojo", "lapiz pasta rojo"),
    ("lapiz pasta", "boligrafo", "lapicera"),
    ("pizarron", "pizarra", "pizarra blanca"),
    ("resaltador", "marcatextos", "destacador", "subrayador", "fosforito", "highlighter"),
    ("engargolado", "anillado", "encuadernado", "espiralado"),
    ("engrapadora", "grapadora", "abrochadora", "corchetera", "cosedora", "stapler"),
    ("grapas", "corchetes", "ganchos para engrapadora"),
    ("enmicado", "plastificado", "plastificar", "enmicar", "laminado", "emplasticado"),
    ("corrector", "liquid paper", "tipex", "corrector liquido"),
    ("post it", "notas adhesivas", "sticky notes", "notitas"),
    # Liquor, hardware and cosmetics (batch 26).
    ("energizante", "bebida energetica", "energy drink", "energetica"),
    ("six pack", "six", "sixpack", "paquete de 6", "pack de 6"),
    ("protector labial", "balsamo labial", "labial protector", "lip balm", "cacao"),
    ("quitaesmalte", "quita esmalte"),
    ("exterior", "frentes", "fachada"),
    # Sports and baby shops (batch 27).
    (
        *("tacos de futbol", "zapatos de futbol", "botas de futbol", "botines de futbol"),
        *("guayos", "chimpunes", "tachones", "taquetes"),
    ),
    ("body", "bodies", "panalero", "panaleros", "pilucho", "piluchos", "bodi"),
    ("pelele", "mameluco", "enterito", "pijama entera"),
    ("sonajero", "sonaja", "sonajera"),
    ("trona", "silla de comer", "periquera", "silla alta"),
    # More everyday names, written before any set asked for them (session 4, last round).
    ("jamon cocido", "jamon york", "jamon de pierna", "jamon ingles"),
    ("queso crema", "queso untable", "queso philadelphia"),
    ("crema de cacahuate", "mantequilla de mani", "mantequilla de cacahuate", "peanut butter"),
    ("salsa de tomate", "catsup", "ketchup"),
    ("azucar morena", "azucar rubia", "azucar moreno", "azucar mascabado"),
    ("avena", "hojuelas de avena", "oats"),
    ("pan dulce", "bolleria", "facturas"),
    ("mermelada", "confitura", "jalea"),
    ("embutidos", "fiambres", "carnes frias"),
    ("carne de res", "carne de vacuno", "carne vacuna", "ternera"),
    ("yuca", "mandioca"),
    ("cilantro", "culantro"),
    ("cebolla morada", "cebolla roja"),
    ("cebollin", "cebolla de verdeo", "cebolla larga", "cebollino", "cebolleta"),
    ("detergente", "jabon en polvo", "jabon para ropa", "polvo para lavar"),
    ("suavizante", "suavizante de ropa", "acondicionador para ropa"),
    ("jabon de barra", "jabon en barra", "pan de jabon"),
    ("limpiador multiusos", "multiusos", "limpiador de superficies"),
    ("papel toalla", "toallas de papel", "papel de cocina", "rollo de cocina"),
    ("desodorante", "antitranspirante"),
    ("jabon liquido", "jabon de manos"),
    ("cepillo de dientes", "cepillo dental"),
    ("espuma de afeitar", "crema de afeitar", "gel de afeitar"),
    ("protectores diarios", "pantiprotectores"),
    ("tacones", "zapatos de tacon", "tacos altos", "stilettos"),
    ("pantuflas", "zapatillas de casa", "babuchas", "slippers"),
    ("gorro de lana", "chullo", "beanie"),
    ("ropa interior", "lenceria", "interiores"),
    ("smartwatch", "reloj inteligente"),
    ("tablet", "tableta"),
    ("disco duro externo", "disco externo", "hdd externo"),
    ("tarjeta de memoria", "memoria sd", "micro sd", "microsd"),
    ("mando", "joystick", "gamepad"),
    ("sabanas", "juego de sabanas", "ropa de cama"),
    ("edredon", "cubrecama", "colcha", "acolchado", "plumon"),
    ("toalla de bano", "toallon"),
    ("olla", "cacerola"),
    ("sarten", "paila"),
    ("perchas", "colgadores", "armadores"),
    ("rompecabezas", "puzzle", "puzle"),
    ("peluche", "muneco de peluche"),
    ("pelota", "balon"),
    ("cerradura", "chapa"),
    ("cachorro", "puppy"),
    ("gatito", "kitten"),
)

# Words that mean a group's product but whose other senses must not flow back: "confort" is
# toilet paper in Chile but also "Sandalias Confort", so "papel higiénico" must not find
# sandals; brands said for the product ("pampers"); "bebida" is a soft drink in Chile, yet
# "refresco" must not rank juices; "jockey" a cap in Chile and an underwear brand elsewhere.
# ("correa" for a belt was tried and left out: its stem "corre" drew typos of "correr".)
BUILTIN_ONE_WAY: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("confort", ("papel higienico",)),
    ("pampers", ("panales",)),
    ("huggies", ("panales",)),
    ("dodotis", ("panales",)),
    ("diapers", ("panales",)),
    ("tampax", ("tampones",)),
    ("kleenex", ("panuelos",)),
    ("clinex", ("panuelos",)),
    ("bebida", ("refresco", "gaseosa")),
    ("bebidas", ("refresco", "gaseosa")),
    ("jockey", ("gorra",)),
    ("malla", ("traje de bano",)),
    ("guagua", ("bebe",)),
    ("bototos", ("botas",)),
    ("boots", ("botas",)),
    ("pienso", ("croquetas", "concentrado", "comida para perro", "alimento para perro")),
    ("bloqueador", ("spf", "protector solar")),
    ("grifo", ("llave",)),
    ("audifonos", ("diadema",)),
    ("guayos", ("tacos", "botines")),
    ("chimpunes", ("tacos", "botines")),
    ("botines", ("tacos",)),
    ("auriculares", ("diadema",)),
    # AR, CL, PE: an empanada or tamal of sweetcorn is "de humita"; asked for as "de choclo".
    ("choclo", ("humita",)),
    ("acumulador", ("bateria",)),
    ("bombas", ("globos",)),
)


class SynonymTable:
    """Phrases grouped by meaning; a phrase may belong to several groups.

    `one_way` maps a phrase to others it stands for without the reverse ("confort" ->
    "papel higienico"); the built-in ones apply unless another list is given.
    """

    def __init__(
        self,
        groups: Iterable[Iterable[str]] = BUILTIN_SYNONYMS,
        one_way: Iterable[tuple[str, Iterable[str]]] = BUILTIN_ONE_WAY,
    ) -> None:
        self._written: list[tuple[str, ...]] = []
        self._written_keys: list[str] = []
        self._groups: list[tuple[Phrase, ...]] = []
        self._membership: dict[Phrase, list[int]] = {}
        self._one_way: dict[Phrase, list[Phrase]] = {}
        # Longest phrases first, so "coca cola" wins over "coca" at the same position.
        self._by_first: dict[str, list[Phrase]] = {}
        for words in groups:
            words = tuple(words)
            self._written.append(words)
            phrases = tuple(dict.fromkeys(p for p in map(_phrase, words) if p))
            if len(phrases) < 2:
                continue
            gid = len(self._groups)
            self._groups.append(phrases)
            for phrase in phrases:
                self._membership.setdefault(phrase, []).append(gid)
                self._start(phrase)
        for word, meanings in one_way:
            self._written_keys.append(word)
            key = _phrase(word)
            targets = [p for p in map(_phrase, meanings) if p and p != key]
            if key and targets:
                self._one_way.setdefault(key, []).extend(targets)
                self._start(key)

    def _start(self, phrase: Phrase) -> None:
        starts = self._by_first.setdefault(phrase[0], [])
        if phrase not in starts:
            starts.append(phrase)
            starts.sort(key=len, reverse=True)

    def words(self) -> set[str]:
        """Every word written in a group or as a one-way key, folded: typed as such, it is
        meant as written, never a typo of a catalog word."""
        written = [*(w for group in self._written for w in group), *self._written_keys]
        return {word for text in written for word in fold_text(text).split()}

    def terms(self) -> set[str]:
        """Every single term named by a group or a one-way key; the query side treats them
        as known words."""
        phrases = [*self._membership, *self._one_way]
        return {term for phrase in phrases for term in phrase}

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
        others = [o for gid in self._membership.get(phrase, ()) for o in self._groups[gid]]
        for other in [*others, *self._one_way.get(phrase, ())]:
            if other not in seen:
                seen.add(other)
                out.append(other)
        return out


def _phrase(words: str) -> Phrase:
    return tuple(t.term for t in analyze(words) if t.kind is Kind.WORD)
