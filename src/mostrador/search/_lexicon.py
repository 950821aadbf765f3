"""Common Spanish words, so a query word that is a real word is not "corrected" into another.

A shopper who types "pollo" in a shop without chicken means chicken, not "polvo" one edit away;
only a word no dictionary knows ("detergnte", "tortilals") is taken for a typo. The list is the
36,000-odd most frequent Spanish words of four letters or more (folded: lower case, no accents,
ñ as n) among the first 40,000 of wordfreq's Spanish list (wordfreq 3.1.1, `top_n_list("es",
...)`), which blends subtitles, Wikipedia, books, web text and social media from Spain and
Latin America, so everyday nouns ("jamon", "tornillos", "garbanzos") and chat forms are in it.

Data licence: derived from wordfreq's data, which is licensed CC BY-SA 4.0
(https://creativecommons.org/licenses/by-sa/4.0/, credit: Robyn Speer, wordfreq,
https://github.com/rspeer/wordfreq); this word list is shared under the same licence. The code
around it is the project's. Regenerate with bench/make_lexicon.py.
"""

from __future__ import annotations

__all__ = ["COMMON_WORDS"]

_WORDS = """
aaah aaron abad abadia abajo abanderado abandona abandonada abandonadas abandonado abandonados
abandonan abandonando abandonar abandonara abandonaria abandonarlo abandonaron abandone
abandonen abandones abandono abanico abarca abarcaba abarcan abarcando abarcar abascal abastecer
abastecimiento abasto abastos abate abatido abatidos abba abbas abbey abbott abby abdicacion
abdomen abdominal abdominales abdul abdullah abeja abejas abel abelardo aberracion aberraciones
aberrante abertura aberturas abierta abiertamente abiertas abierto abiertos abigail abismo aboga
abogacia abogada abogado abogados abolicion abolida abolido abolir abominable abominacion abona
abonado abonados abonar abono abonos aborda abordado abordados abordaje abordan abordando
abordar abordaron abordo aborigen aborigenes abortar aborto abortos about abra abraham abran
abras abraza abrazaba abrazado abrazados abrazame abrazan abrazando abrazar abrazo abrazos abre
abren abres abreu abreviada abreviado abreviatura abri abria abrian abriendo abriendose abriera
abrieron abrigo abrigos abril abrimos abrio abrir abrira abriran abriria abrirla abrirle abrirlo
abrirme abrirse abro abrumado abrumador abrumadora abrupta abruptamente abrupto absolucion
absoluta absolutamente absolutas absoluto absolutos absorbe absorben absorbente absorber
absorbida absorbido absorcion abstencion abstenciones abstenerse abstinencia abstraccion
abstracta abstractas abstracto abstractos absuelto absurda absurdas absurdo absurdos abuela
abuelas abuelita abuelito abuelo abuelos abunda abundan abundancia abundante abundantes aburre
aburren aburrida aburridas aburrido aburridos aburrimiento aburrir aburro abusa abusado abusador
abusadores abusan abusando abusar abusiva abusivas abusivo abusivos abuso abusos acaba acababa
acababan acabada acabado acabados acabamos acaban acabando acabar acabara acabaran acabaremos
acabaria acabaron acabarse acabas acabe acabemos acaben acabes acabo academia academias
academica academicas academico academicos academy acaecidos acallar acampada acampar acantilado
acantilados acapulco acaricia acariciando acariciar acarrea acarrear acaso acatar acceda accedan
accede acceden acceder accedido accediendo accedieron accedio accesibilidad accesible accesibles
acceso accesorio accesorios accesos access accidentado accidental accidentales accidentalmente
accidente accidentes accion accionar acciones accionista accionistas account acecha acecho
aceite aceites aceituna aceitunas acelera aceleracion acelerada acelerado acelerador acelerando
acelerar acelero acento acentos acentua acepcion acepciones acepta aceptaba aceptaban aceptable
aceptables aceptacion aceptada aceptadas aceptado aceptados aceptamos aceptan aceptando aceptar
aceptara aceptaran aceptaria aceptarla aceptarlo aceptaron aceptas acepte acepten aceptes acepto
acequia acer acera aceras acerca acercaba acercaban acercado acercamiento acercamientos
acercamos acercan acercando acercandose acercar acercarme acercarnos acercaron acercarse
acercarte acercas acercate acerco acero aceros acerque acerquen acerques acertada acertadamente
acertadas acertado acertar acertijo acerto acervo acetato acevedo acida acidez acido acidos
acierta acierto aciertos ackerman aclamada aclamado aclara aclaracion aclaraciones aclarado
aclaran aclarando aclarar aclararlo aclare aclaro acne acnur acoge acogedor acogedora acogen
acoger acogerse acogida acogido acogieron acogio acometer acomoda acomodada acomodado acomodados
acomodar acomodarse acomode acomodo acompana acompanaba acompanaban acompanada acompanadas
acompanado acompanados acompanamiento acompanamos acompanan acompanando acompanante acompanantes
acompanar acompanara acompanarla acompanarlo acompanarme acompanarnos acompanaron acompanarte
acompanas acompane acompanen acompano aconcagua acondicionado acondicionados acondicionamiento
aconseja aconsejable aconsejado aconsejan aconsejar aconsejo acontece acontecer acontecido
acontecimiento acontecimientos acontecio acopio acoplamiento acorazado acordaba acordada
acordado acordados acordamos acordando acordar acordarme acordaron acordarse acordas acordate
acorde acordeon acordes acordo acorralado acortar acosa acosada acosado acosador acosan acosando
acosar acoso acosta acostada acostado acostar acostarme acostarse acostarte acoste acosto
acostumbra acostumbraba acostumbrada acostumbradas acostumbrado acostumbrados acostumbran
acostumbrando acostumbrar acostumbrarme acostumbrarse acostumbras acostumbre acostumbro acotar
acre acredita acreditacion acreditada acreditado acreditados acreditar acredite acreedor
acreedores acres acrobacias acronimo acta actas action actitud actitudes activa activacion
activada activado activados activamente activan activando activar activas active actividad
actividades activismo activista activistas activo activos acto actor actores actos actrices
actriz actua actuaba actuaban actuacion actuaciones actuado actual actuales actualidad actualiza
actualizacion actualizaciones actualizada actualizadas actualizado actualizados actualizan
actualizando actualizar actualizo actualmente actuamos actuan actuando actuar actuara actuaran
actuaron actue actuen actuo acuarela acuarelas acuario acuatica acuaticas acuatico acuaticos
acuda acudan acude acuden acudian acudido acudiendo acudieron acudio acudir acueducto acuerda
acuerdan acuerdas acuerdate acuerde acuerden acuerdes acuerdo acuerdos acuesta acuesto acuiferos
acumula acumulacion acumulada acumuladas acumulado acumulados acumulan acumulando acumular
acumulo acuna acunado acusa acusaba acusaban acusacion acusaciones acusada acusadas acusado
acusador acusados acusan acusando acusar acusaron acuse acuso acustica acustico adam adams adan
adapta adaptacion adaptaciones adaptada adaptadas adaptado adaptador adaptados adaptan adaptando
adaptar adaptarse adapte adapto addison adecuacion adecuada adecuadamente adecuadas adecuado
adecuados adecuar adela adelanta adelantada adelantado adelantados adelantan adelantando
adelantar adelantaron adelantarse adelante adelanto adelantos adele adelgazar ademas adentra
adentrarse adentro adeptos aderezo adherencia adherentes adherido adherirse adhesion adhesiva
adhiere adhieren adiccion adicciones adicion adicional adicionales adicionalmente adiciones
adicta adictiva adictivo adicto adictos adidas adiestramiento adinerada adios aditivos adivina
adivinar adivinen adivino adjetivo adjetivos adjudica adjudicacion adjudicado adjudicar adjudico
adjunta adjunto adjuntos adler admin administra administracion administraciones administrada
administradas administrado administrador administradora administradores administrados
administran administrando administrar administrativa administrativas administrativo
administrativos admira admiraba admirable admiracion admirado admirador admiradores admiran
admirando admirar admiro admisible admision admita admite admitelo admiten admitida admitido
admitidos admitiendo admitieron admitio admitir admitirlo admito adobe adoctrinamiento
adolescencia adolescente adolescentes adolf adolfo adonde adopcion adopta adoptada adoptadas
adoptado adoptados adoptan adoptando adoptar adoptara adoptaron adopte adopten adoptiva adoptivo
adoptivos adopto adora adoraba adorable adorables adoracion adorada adorado adoran adorar
adornada adornado adornan adornar adorno adornos adoro adquiera adquieran adquiere adquieren
adquirida adquiridas adquirido adquiridos adquiriendo adquirieron adquirio adquirir adquisicion
adquisiciones adquisitivo adrede adrenalina adrian adriana adriano adscrito adscritos adsl
aduana aduanas aduanera aduanero aduaneros aduciendo adulta adultas adulterio adultez adulto
adultos advanced advenimiento adventure adversa adversario adversarios adversas adversidad
adversidades adverso adversos advertencia advertencias adverti advertia advertido advertimos
advertir advierte advierten advierto advirtiendo advirtieron advirtio adyacente adyacentes aerea
aereas aereo aereos aerodromo aeroespacial aerolinea aerolineas aeronautica aeronautico aeronave
aeronaves aeropuerto aeropuertos aerosol afable afamado afan afeccion afecciones afecta afectaba
afectacion afectada afectadas afectado afectados afectan afectando afectar afectara afectaria
afectaron afecte afecten afectiva afectivo afecto afectos afectuoso afeitado afeitar aferra
aferrado aferrarse afganistan afgano afganos afianzar afiche afiches aficion aficionada
aficionado aficionados aficiones afilada afiladas afilado afilados afiliacion afiliada afiliadas
afiliado afiliados afin afinar afines afinidad afip afirma afirmaba afirmaban afirmacion
afirmaciones afirmado afirman afirmando afirmar afirmaron afirmativa afirmativo afirmo afliccion
afloja aflojar afluencia afluente afluentes aforo afortunada afortunadamente afortunadas
afortunado afortunados afrenta africa african africana africanas africano africanos afro
afroamericano afroamericanos afronta afrontar after afuera afueras again against agallas agarra
agarraba agarrado agarramos agarran agarrando agarrar agarraron agarrarse agarras agarre agarren
agarres agarro agatha agencia agencias agency agenda agendas agente agentes agil agiles agilidad
agilizar agita agitacion agitada agitado agitando agitar aglomeracion agnes agobiante agonia
agonizante agora agosto agota agotada agotadas agotado agotador agotados agotamiento agotan
agotando agotar agotaron agoto agrada agradable agradables agradan agradar agrade agradece
agradecemos agradecen agradecer agradeceria agradecerle agradecerles agradecerte agradecida
agradecido agradecidos agradeciendo agradecimiento agradecimientos agradecio agradezco agrado
agrandar agraria agrarias agrario agrarios agrava agravada agravado agravante agravar agravio
agravios agravo agredida agredido agredidos agredio agredir agrega agregacion agregada agregado
agregados agregamos agregan agregando agregar agregarle agregaron agrego agregue agreguen
agresion agresiones agresiva agresivas agresividad agresivo agresivos agresor agresores agria
agricola agricolas agricultor agricultores agricultura agridulce agrio agro agroindustria
agronomia agronomo agropecuaria agropecuarias agropecuario agropecuarios agrupa agrupacion
agrupaciones agrupadas agrupados agrupan agrupar agua aguacate aguacero aguada aguado aguanta
aguantaba aguantado aguantan aguantando aguantar aguantas aguante aguanten aguanto aguarda
aguardiente aguas aguascalientes aguayo aguda agudas agudeza agudo agudos aguero aguiar aguila
aguilar aguilas aguilera aguinaldo aguirre aguja agujas agujero agujeros agustin agustina
agustinos agusto ahhh ahhhh ahmad ahmed ahoga ahogada ahogado ahogados ahogan ahogando ahogar
ahogarse ahogo ahondar ahora ahorcado ahorita ahorra ahorrado ahorran ahorrando ahorrar ahorras
ahorre ahorro ahorros ahre ahumada ahumado ahuyentar aida airbag airbnb airbus aire aires
airlines airways aislada aisladas aislado aislados aislamiento aislante aislar aitor ajax
ajedrez ajena ajenas ajeno ajenos ajos ajusta ajustada ajustadas ajustado ajustados ajustan
ajustando ajustar ajustarse ajuste ajusten ajustes akbar akira alaba alabado alabama alaban
alabando alabanza alabanzas alabar alabo alado alain alambre alambres alameda alamo alamos alan
alarcon alarde alardear alarga alargada alargado alargar alarma alarmante alarmantes alarmas
alas alaska alava alaves alba albacete albanes albania albanil albaniles albedrio alberca
alberdi alberga albergaba albergan albergar albergue albergues albert alberti alberto albino
albondigas albores albornoz alboroto album albumes albuquerque alcaide alcala alcalde alcaldes
alcaldesa alcaldia alcaldias alcance alcancen alcances alcantara alcantarilla alcantarillado
alcantarillas alcanza alcanzaba alcanzaban alcanzada alcanzado alcanzados alcanzamos alcanzan
alcanzando alcanzar alcanzara alcanzaria alcanzarlo alcanzaron alcanzo alcaraz alcazar alce
alcoba alcohol alcoholica alcoholicas alcoholico alcoholicos alcoholismo alcorcon aldana aldea
aldeanos aldeas aldo aleacion aleaciones aleatoria aleatoriamente aleatorias aleatorio
aleatorios alec aledanas aledanos alega alegaciones alegado alegan alegando alegar alegato
alegatos alego alegoria alegra alegrado alegran alegrar alegrarse alegre alegremente alegres
alegria alegrias alegro aleja alejada alejadas alejado alejados alejamiento alejan alejando
alejandose alejandra alejandria alejandro alejar alejarme alejarse alejarte alejate aleje alejes
alejo aleksandr aleluya alem aleman alemana alemanas alemanes alemania alentado alentador
alentando alentar alento alepo alergia alergias alergica alergico alero alerta alertar alertas
alerto alessandri alessandro aleta aletas alex alexa alexander alexandra alexandre alexei alexis
alfa alfabetico alfabetizacion alfabeto alfajores alfalfa alfareria alfaro alferez alfiler
alfileres alfombra alfombras alfonsin alfonso alfred alfredo alga algas algebra algeciras algido
algo algodon algoritmo algoritmos alguacil alguien algun alguna algunas alguno algunos alhambra
aliada aliadas aliado aliados alianza alianzas aliarse alias alicante alice alicia aliciente
alien alienacion alienigena alienigenas aliens alienta aliento alimenta alimentaba alimentacion
alimentada alimentado alimentados alimentan alimentando alimentar alimentaria alimentarias
alimentario alimentarios alimentarse alimenticia alimenticias alimenticio alimenticios alimento
alimentos alina alineacion alineado alineados alinear alison alitas alive alivia aliviado
aliviar alivio alla allah allan allanamiento allanamientos allanar allegados allen allende alli
alliance allison allup ally alma almacen almacena almacenada almacenado almacenados almacenaje
almacenamiento almacenan almacenar almacenes almagro almanaque almas almeida almejas almendra
almendras almenos almeria almidon almirante almodovar almohada almohadas almorzar almudena
almuerzo almuerzos aloe aloja alojado alojados alojamiento alojamientos alojan alojar alojo
alondra alone alonso alos alpargatas alpes alpha alquila alquilado alquilan alquilar alquiler
alquileres alquilo alquimia alquitran alrededor alrededores alsina also alta altagracia
altamente altamira altamirano altar altares altas altavoces altavoz alter altera alteracion
alteraciones alterada alteradas alterado alterados alteran alterando alterar altercado altere
alterna alternan alternancia alternando alternas alternativa alternativamente alternativas
alternativo alternativos alterno altero alteza altibajos altiplano altisima altisimo altitud
alto altos altruismo altruista altura alturas alucinaciones alucinante alud alude aludido
aludiendo alumbrado aluminio alumna alumnado alumnas alumno alumnos alusion alusiones aluvion
alva alvarado alvarez alvaro alvear alves alvin always alza alzada alzado alzamiento alzan
alzando alzar alzaron alzarse alzas alzheimer alzo amaba amaban amabilidad amable amablemente
amables amada amadeo amado amador amados amalgama amalia amamantar amamos aman amancio amanda
amando amanece amanecer amanecio amante amantes amapola amar amara amaral amare amarga amargado
amargamente amargas amargo amargos amargura amarilla amarillas amarillento amarillo amarillos
amarla amarlo amarme amaro amarrado amarrar amarte amaru amas amat amateur amateurs amaya
amazing amazon amazonas amazonia amazonica ambar ambas ambato amber amberes ambicion ambiciones
ambiciosa ambicioso ambiciosos ambientacion ambientada ambientado ambiental ambientales
ambientalistas ambiente ambientes ambigua ambiguedad ambiguo ambito ambitos ambos ambrosio
ambulancia ambulancias ambulante ambulantes amelia amen amena amenaza amenazaba amenazaban
amenazada amenazadas amenazado amenazados amenazan amenazando amenazante amenazar amenazaron
amenazas amenazo ameno amer america american americana americanas americano americanos americas
americo amerita ames ametralladora ametralladoras amia amiga amigable amigables amigas amigo
amigos amiguita amiguito amiguitos amin aminoacidos amir amistad amistades amistosa amistosas
amistoso amistosos amlo amnesia amnistia amoniaco amor amore amores amorosa amorosas amoroso
amorosos amortizacion amos ampara amparado amparados amparo amplia ampliacion ampliaciones
ampliada ampliado ampliamente amplian ampliando ampliar amplias amplificador amplio amplios
amplitud ampollas amputacion amsterdam amuleto anada anade anaden anadia anadida anadido
anadidos anadiendo anadieron anadimos anadio anadir anado anagrama anal anales analfabeta
analfabetismo analfabeto analfabetos analgesicos analice analisis analista analistas analitica
analiticas analitico analiticos analiza analizada analizadas analizado analizados analizamos
analizan analizando analizar analizaron analizo analoga analogia analogias analogica analogico
analogo analogos analysis analytics anaranjado anarquia anarquismo anarquista anarquistas
anastasia anastasio anatomia anaya ancestral ancestrales ancestros ancha anchas ancho anchos
anchura anciana ancianas anciano ancianos ancla anclado anclaje anclas anda andaba andaban
andabas andado andadura andaluces andalucia andalus andaluz andaluza andaluzas andamos andan
andando andante andanzas andar andas andate ande anden andenes anders anderson andes andina
andinas andino andinos ando andorra andrade andre andrea andreas andrei andres andreu andrew
andrews android androide anduve anduvo andy anecdota anecdotas anecdotico anemia anestesia anexa
anexion anexo anexos anfiteatro anfitrion anfitriona anfitriones angel angela angeles angelica
angelical angelici angelina angelito angelitos angelo angels angie angina anglo anglosajon
anglosajona anglosajones angola angosta angosto angostura angry anguila angular angulo angulos
angus angustia angustiada angustiado angustias anhela anhelo anhelos anibal anicos anillo
anillos anima animaba animacion animaciones animada animadas animado animador animadora
animadores animados animal animales animalito animalitos animamos animan animando animar
animaron animas animate anime animes animo animos aniquilacion aniquilar anis anita anitos
aniversario aniversarios ankara anna anne annie anoche anochecer anomalia anomalias anonima
anonimas anonimato anonimo anonimos anonymous anorexia anormal anormales anos anota anotacion
anotaciones anotado anotados anotando anotar anotaron anote another anoto anselmo anses ansia
ansias ansiedad ansiosa ansioso ansiosos antagonismo antagonista antano antartica antartico
antartida ante anteayer antebrazo antecedente antecedentes antecesor antecesores antelacion
antemano antena antenas anteojos antepasado antepasados anteproyecto antequera anterior
anteriores anterioridad anteriormente antes antesala anthony anti antibalas antibiotico
antibioticos anticipa anticipacion anticipada anticipadas anticipado anticipar anticipo
anticomunista anticonceptivo anticonceptivos anticorrupcion anticristo anticuada anticuado
anticuerpos antidemocratico antidepresivos antidisturbios antidoto antifascista antigua
antiguamente antiguas antiguedad antiguedades antiguo antiguos antillas antioqueno antioquia
antisemita antisemitas antisemitismo antisocial antisociales antiterrorista antitesis antivirus
anto antofagasta antoine antoja antoje antojo antojos antologia antologias anton antoni antonia
antonieta antonio antorcha antorchas antro antropologia antropologo antropologos anual anuales
anualmente anuario anula anulacion anulada anulado anular anulo anuncia anunciaba anunciaban
anunciada anunciadas anunciado anunciados anunciamos anuncian anunciando anunciantes anunciar
anunciara anunciaron anuncie anuncio anuncios anya anything anzoategui anzuelo aora aorta apache
apacible apaciguar apaga apagada apagadas apagado apagados apagan apagando apagar apagaron apago
apagon apagones apague apaguen aparato aparatos aparcamiento aparcar apareamiento aparece
aparecen aparecer aparecera apareceran apareceria apareces aparecia aparecian aparecida
aparecido apareciendo apareciera aparecieron aparecio aparenta aparentar aparente aparentemente
aparentes aparezca aparezcan aparicio aparicion apariciones apariencia apariencias aparta
apartada apartado apartados apartamento apartamentos apartar apartarse aparte apartheid aparto
apasiona apasionada apasionadamente apasionado apasionados apasionante apatia apegado apego
apela apelacion apelaciones apelando apelar apelativo apellido apellidos apelo apena apenas
apendice apendices aperitivo aperitivos apertura aperturas apesar apesta apetece apetecia
apetezca apetito apice apio aplacar aplasta aplastada aplastado aplastante aplastar aplasto
aplaude aplauden aplaudido aplaudiendo aplaudieron aplaudio aplaudir aplaudo aplauso aplausos
aplazado aplazamiento aplazar aplica aplicaba aplicable aplicables aplicacion aplicaciones
aplicada aplicadas aplicado aplicados aplicamos aplican aplicando aplicar aplicara aplicaran
aplicaria aplicarla aplicarlo aplicaron aplicarse aplico aplique apliquen apocalipsis
apocaliptico apoco apodado apodera apoderado apoderados apoderaron apoderarse apodero apodo
apodos apogeo apollo apolo apologia aporta aportacion aportaciones aportado aportados aportan
aportando aportar aportaron aporte aporten aportes aporto aposentos apostado apostamos apostando
apostar apostaria aposto apostol apostolado apostoles apostolica apostolico apoya apoyaba
apoyaban apoyada apoyadas apoyado apoyados apoyamos apoyan apoyando apoyandose apoyar apoyara
apoyare apoyaria apoyarla apoyarlo apoyarlos apoyarnos apoyaron apoyarse apoyarte apoyas apoye
apoyen apoyo apoyos apple apps apra aprecia apreciable apreciacion apreciaciones apreciada
apreciadas apreciado apreciados apreciamos aprecian apreciar apreciarse aprecie aprecio
aprehension apremiante aprenda aprendamos aprendan aprendas aprende aprendemos aprenden aprender
aprendera aprenderan aprenderas aprendes aprendi aprendices aprendida aprendidas aprendido
aprendiendo aprendieron aprendimos aprendio aprendiste aprendiz aprendizaje aprendizajes aprendo
apresado apresuradamente apresurado apresuro apretada apretado apretados apretando apretar
apreto apreton aprieta apriete aprieto april aprista aprobaba aprobacion aprobada aprobadas
aprobado aprobados aprobando aprobar aprobara aprobaron aprobarse aprobe aprobo apropiacion
apropiada apropiadamente apropiadas apropiado apropiados apropiarse aprovecha aprovechaba
aprovechada aprovechado aprovechados aprovechamiento aprovechamos aprovechan aprovechando
aprovechandose aprovechar aprovecharlo aprovecharon aprovecharse aproveche aprovechen aprovecho
aprovisionamiento aprox aproxima aproximacion aproximaciones aproximada aproximadamente
aproximado aproximan aproximarse aprueba aprueban apruebe aprueben apruebo apta aptas aptitud
aptitudes apto aptos apuesta apuestan apuestas apuesto apunalado apunalar apunta apuntaba
apuntaban apuntado apuntados apuntan apuntando apuntar apuntaron apuntarse apuntas apunte
apunten apuntes apunto apurado apurar apure apuro apuros aqua aquel aquella aquellas aquello
aquellos aqui aquiles aquino arabe arabes arabia araceli arado aragon aragones aragonesa
aragoneses aragua arana aranas arancel aranceles aranda arandanos arango aranguren aranjuez aras
arauca araucania arauco araujo araya arbitraje arbitral arbitraria arbitrariamente arbitrarias
arbitrariedad arbitrario arbitrarios arbitro arbitros arbol arbolado arboleda arboles arbolito
arbusto arbustos arca arcadas arcade arcadia arcaica arcaico arcangel arcas arce arch archer
archiduque archie archipielago archivado archivar archive archivo archivos arcilla arco arcoiris
arcos arda arde arden arder ardid ardiendo ardiente ardientes ardilla ardillas ardor ardua arduo
area areas arellano arena arenal arenales arenas arenisca arepa arepas arequipa ares aretes
arevalo argel argelia argelino argentina argentinas argentino argentinos argento argos argot
argumenta argumentacion argumentado argumental argumentan argumentando argumentar argumento
argumentos aria ariana arias arica arido ariel aries arista aristas aristegui aristocracia
aristocrata aristocratas aristoteles aritmetica ariza arizona arjona arkansas arma armada
armadas armado armados armadura armaduras armamento armamos arman armand armando armani armar
armario armarios armaron armas armazon arme armenia armenio armenios armeria armisticio armo
armonia armonias armonica armonico armoniosa armonizacion armonizar armstrong army arnaldo arnes
arnold aroma aromas aromaticas aros around arpa arqueologia arqueologica arqueologicas
arqueologico arqueologicos arqueologo arqueologos arquero arqueros arquetipo arquidiocesis
arquitecta arquitecto arquitectonica arquitectonicas arquitectonico arquitectonicos arquitectos
arquitectura arrabal arraigada arraigadas arraigado arraigados arraigo arranca arrancaba
arrancado arrancamos arrancan arrancando arrancar arrancaron arranco arranque arranques arrasa
arrasado arrasando arrasar arraso arrastra arrastrada arrastrado arrastrados arrastran
arrastrando arrastrar arrastre arrastro arre arrebatado arrebatar arrebato arrecha arrechera
arrecho arrecife arrecifes arregla arreglada arreglado arreglados arreglamos arreglan arreglando
arreglar arreglarlo arreglaron arreglarse arreglas arregle arreglen arreglo arreglos arremete
arrendamiento arrendar arrendatario arrepentido arrepentimiento arrepentir arrepentiras
arrepentirse arrepiente arrepiento arrestada arrestado arrestados arrestan arrestar arrestaron
arresto arrestos arriaga arriba arribar arribaron arribo arriendo arriesga arriesgada arriesgado
arriesgan arriesgando arriesgar arriesgarme arriesgarse arriesgas arriesgo arrieta arroba
arrodillado arrogancia arrogante arrogantes arroja arrojado arrojados arrojan arrojando arrojar
arrojaron arrojo arrow arroyo arroyos arroz arruga arrugas arruina arruinada arruinado arruinan
arruinando arruinar arruinaron arruine arruino arsenal arsenico arte arteaga artefacto
artefactos arteria arterial arterias artes artesanal artesanales artesania artesanias artesano
artesanos arthur article artico articula articulacion articulaciones articulada articulado
articular articulista articulo articulos artifice artificial artificiales artificialmente
artigas artilleria artillero artimanas artist artista artistas artistica artisticas artistico
artisticos artritis arts artur arturo aruba arya arzobispado arzobispo asad asada asado asador
asados asalariado asalariados asalta asaltado asaltan asaltante asaltantes asaltar asaltaron
asalto asaltos asamblea asambleas asambleistas asar asas ascendencia ascendente ascender
ascendia ascendido ascendiendo ascendieron ascendio ascension ascenso ascensor ascensores
ascensos asciende ascienden asco asedio asegura aseguraba asegurada aseguradas asegurado
aseguradora aseguradoras asegurados aseguramiento aseguramos aseguran asegurando asegurar
asegurara asegurarme asegurarnos aseguraron asegurarse asegurarte asegurate asegure aseguren
asegurese aseguro asemeja asemejan asensio asentada asentado asentados asentamiento
asentamientos asentarse aseo asequible asequibles ases asesina asesinada asesinadas asesinado
asesinados asesinan asesinando asesinar asesinaron asesinas asesinato asesinatos asesino
asesinos asesor asesora asesorado asesoramiento asesorar asesores asesoria asesorias asfalto
asfixia ashley ashton asia asian asiatica asiaticas asiatico asiaticos asiduo asienta asiente
asiento asientos asigna asignacion asignaciones asignada asignadas asignado asignados asignan
asignar asignaron asignatura asignaturas asigno asilo asimetria asimetrica asimilacion asimilado
asimilar asimismo asintio asique asis asista asistan asiste asisten asistencia asistencial
asistenciales asistencias asistente asistentes asisti asistia asistian asistida asistido
asistiendo asistieron asistimos asistio asistir asistira asistiran asma asno asocia asociacion
asociaciones asociada asociadas asociado asociados asocian asociar asociarse asocio asoma
asombra asombrada asombrado asombro asombrosa asombrosas asombroso asombrosos asomo aspecto
aspectos aspera aspero aspira aspiracion aspiraciones aspiradora aspiramos aspiran aspirante
aspirantes aspirar aspirina aspiro asquerosa asquerosas asqueroso asquerosos assad assange
associated association asta asteroide asteroides astillero astilleros aston astorga astral
astrid astro astrologia astronauta astronautas astronomia astronomica astronomico astronomicos
astronomo astronomos astros astucia asturiana asturiano asturianos asturias astuta astuto
astutos asuma asuman asume asumen asumi asumida asumido asumiendo asumiera asumieron asumimos
asumio asumir asumira asumo asuncion asunto asuntos asus asusta asustada asustado asustados
asustan asustando asustar asuste asustes asusto ataca atacaba atacaban atacada atacadas atacado
atacados atacama atacan atacando atacante atacantes atacar atacarlo atacaron ataco atada atadas
atado atados ataduras atahualpa atajar atajo atajos atalaya atan atanasio atane ataque ataquen
ataques atar atardecer atascado atasco ataud ataudes atea ateismo atenas atencion atenciones
atendemos atender atendera atendia atendida atendidas atendido atendidos atendiendo atendieron
atendio atenea ateneo atenerse atenta atentado atentados atentamente atentan atentar atento
atentos atenuar ateo ateos aterra aterrador aterradora aterriza aterrizaje aterrizar aterrizo
aterrorizado athletic atico atienda atiendan atiende atienden atiendo atisbo atlanta atlantic
atlantica atlantico atlantida atlantis atlas atleta atletas atletica atletico atletismo
atmosfera atmosferas atmosferica atmosferico atocha atomica atomicas atomico atomo atomos
atorado atormenta atormentado atraccion atracciones atraco atractiva atractivas atractivo
atractivos atrae atraen atraer atraia atraida atraido atraidos atraiga atrajo atrapa atrapada
atrapadas atrapado atrapados atrapan atrapar atraparon atrapo atras atrasada atrasado atrasados
atraso atravesaba atravesado atravesando atravesar atravesaron atraveso atraviesa atraviesan
atrayendo atreva atreve atrevemos atreven atreveria atreverse atreves atrevete atrevia atrevida
atrevidas atrevido atrevidos atrevimiento atrevio atrevo atribucion atribuciones atribuida
atribuidas atribuido atribuidos atribuir atribuirse atributo atributos atribuye atribuyen
atribuyo atrio atroces atrocidad atrocidades atropella atropellado atropellar atropello
atropellos atroz attack atte atuendo atuendos atun aturdido audaces audacia audaz audi audicion
audiciones audiencia audiencias audifonos audio audios audiovisual audiovisuales auditiva
auditivo auditor auditores auditoria auditorias auditorio audrey auge august augusta augusto
aula aulas aumenta aumentaba aumentada aumentado aumentan aumentando aumentar aumentara
aumentaran aumentaria aumentaron aumente aumenten aumento aumentos aunado aunq aunque aura
aurelio auricular auriculares aurora auschwitz ausencia ausencias ausente ausentes auspiciado
auspicio auspicios austen austera austeridad austero austin austral australes australia
australian australiana australianas australiano australianos austria austriaca austriaco
austriacos autentica autenticacion autenticas autenticidad autentico autenticos autismo autista
auto autoayuda autobiografia autobus autobuses autoconsumo autocontrol autocritica autoctona
autoctonas autoctono autoctonos autodefensa autodefensas autodeterminacion autodidacta
autoestima autogestion autogobierno autografo autografos automatica automaticamente automaticas
automatico automaticos automatizacion automatizado automatizar automotor automotores automotriz
automovil automoviles automovilismo automovilistas automovilistico autonoma autonomas autonomia
autonomias autonomica autonomicas autonomico autonomicos autonomo autonomos autopista autopistas
autopsia autor autora autoras autores autoria autorice autoridad autoridades autoritaria
autoritario autoritarios autoritarismo autoriza autorizacion autorizaciones autorizada
autorizadas autorizado autorizados autorizar autorizo autorretrato autos autosuficiencia
autosuficiente autovia auxiliar auxiliares auxilio auxilios aval avala avalada avalado avalan
avalancha avalar avales avance avances avant avanza avanzaba avanzada avanzadas avanzado
avanzados avanzamos avanzan avanzando avanzar avanzaron avanzo avaricia avatar avatares avda
aveces avecina avellaneda avena avengers avenida avenidas aventura aventuras aventurero
aventureros avenue aver avergonzada avergonzado avergonzarse averguenza averia averias averigua
averiguaciones averiguado averiguando averiguar averiguarlo aversion avery aves avestruz
aviacion aviador aviadores avianca avido avila aviles avion aviones avioneta avisa avisado
avisame avisan avisando avisar avisarle avisarme avisaron avisas avise avisen aviso avisos
avispa avispas avistamiento aviv avivar avon award awards away axel axila axilas ayacucho ayala
ayer aylwin aymara ayotzinapa aysen ayuda ayudaba ayudaban ayudado ayudados ayudame ayudamos
ayudan ayudando ayudanos ayudante ayudantes ayudar ayudara ayudaran ayudaremos ayudaria
ayudarian ayudarla ayudarle ayudarles ayudarlo ayudarlos ayudarme ayudarnos ayudaron ayudarse
ayudarte ayudas ayude ayudemos ayuden ayudenme ayudes ayudo ayunas ayuno ayuntamiento
ayuntamientos azafata azafran azana azar azerbaiyan aziz aznar azota azotado azote azotea azotes
azoto azteca aztecas azucar azucarera azucares azufre azul azulado azulejos azules azulgrana
azur baba babe babel babilonia baboso baby baca bacalao bach bachata bache bachelet baches
bachiller bachillerato bachilleres back backup bacon bacteria bacteriana bacterias badajoz
badalona baena baez baeza bagaje bagdad bahamas bahia baia baila bailaba bailado bailamos bailan
bailando bailar bailarin bailarina bailarinas bailarines bailas baile bailes bailey bailo baja
bajaba bajaban bajada bajadas bajado bajamos bajan bajando bajar bajara bajaria bajarle bajarlo
bajarme bajaron bajarse bajarte bajas baje bajen bajes bajeza bajio bajista bajito bajo bajon
bajos baker baku bala balacera balada baladas balaguer balance balanceada balances balanza balas
balazo balazos balboa balcanes balcarce balcon balcones balde baldosas baldwin bale baleado
balear baleares bali ball ballena ballenas ballesta ballester ballesteros ballet balneario
balnearios balon baloncesto balones balonmano balsa balsamo balsas baltasar baltico baltimore
baluarte bambalinas bambu bana banada banado banador banados banal banamex banan banana bananas
bananera banano banar banarme banarse banca bancada bancan bancar bancaria bancarias bancario
bancarios bancarrota bancas banco bancomer bancos band banda bandas bandeja bandejas bandera
banderas bandido bandidos bando bandos banera banfield bang bangkok bangladesh bank bankia banks
banner bano banos banque banquero banqueros banqueta banquete banquetes banquillo baptista
baptiste bara barack barahona baraja barajas baranda barandilla barata baratas barato baratos
barba barbacoa barbados barbara barbaridad barbaridades barbarie barbaro barbaros barbas barbero
barbie barbilla barbosa barbudo barca barcas barcelo barcelona barcelones barcenas barco barcos
bardear bardo bares bari bariloche barinas barnes barney barniz barometro baron barones baronesa
barquisimeto barra barraca barracas barragan barral barranca barrancas barranco barrancos
barranquilla barras barre barreda barreiro barrer barrera barreras barreto barrett barriada
barricada barricadas barrido barriendo barrientos barriga barril barriles barrio barrionuevo
barrios barro barroca barroco barros barroso barrotes barrow barry bart bartlett bartolo
bartolome barton basa basaba basada basadas basado basados basal basan basandonos basandose
basar basarse base baseball based bases basic basica basicamente basicas basico basicos basil
basilea basilica basilio basket basketball baso basquet basquetbol bass basta bastaba bastan
bastante bastantes bastar bastara bastardo bastardos bastaria bastidores bastion basto baston
bastones bastos basura basuras basurero bata batalla batallar batallas batallon batallones
batata bate bateria baterias baterista bates batida batido batidos batiendo batio batir batista
batlle batman bato battle battlefield batuta baudelaire bauer baul bautismo bautista bautizada
bautizado bautizados bautizar bautizo baviera baxter bayas bayer bayern bayona bayoneta baza
bazan bazar bazo bbva bcra beach beagle bean bear beat beata beatles beato beatrice beatriz
beats beaumont beautiful beauty beba bebe beben beber bebes bebia bebida bebidas bebido bebiendo
bebio bebo beca becario becarios becas because becerra becerro beck becker beckett beckham becky
been beer beethoven before begona beige beijing being beirut beisbol bejarano belen belga belgas
belgica belgrado belgrano belica belice belico belicos believe belinda belisario bell bella
bellamente bellas bellavista belle belleza bellezas bellisima bellisimo bello bellos belmonte
belo beltran benavente benavides bendecida bendecido bendecidos bendecir bender bendice
bendicion bendiciones bendiga bendita bendito benditos benedetti benedetto benedict benedicto
benefactor benefica beneficas beneficencia beneficia beneficiadas beneficiado beneficiados
benefician beneficiando beneficiar beneficiara beneficiaria beneficiario beneficiarios
beneficiaron beneficiarse beneficie beneficien beneficio beneficios beneficiosa beneficioso
beneficiosos benefico beneplacito benevolencia bengala bengalas beni benidorm benigno benin
benitez benito benjamin bennett benny benson bentley benz berenguer berenjena berg berga berger
bergman bergoglio berkeley berlin berlusconi bermejo bermudas bermudez berna bernabe bernabeu
bernal bernard bernardino bernardo bernie bernstein berrinche berry bert berta bertha bertrand
besa besaba besado besame besamos besan besando besandose besar besarla besarme besarse besarte
besas bese besito besitos beso besos besote best bestia bestial bestias beta betancourt beth
betis beto better betty between beverly beyonce beyond bianca bianchi bias biblia biblica
biblicas biblico biblicos bibliografia bibliografica bibliograficas bibliografico biblioteca
bibliotecaria bibliotecario bibliotecarios bibliotecas bicarbonato bicentenario bicho bichos
bici bicicleta bicicletas bicis biden bieber bielorrusia bielorruso bielsa bien bienal
bienaventurados bienes bienestar bienvenida bienvenidas bienvenido bienvenidos bigote bigotes
bikini bilateral bilaterales bilbao bildu biliar bilingue bilingues bilis bill billar billboard
billete billetera billetes billie billon billones billy bimbo binacional binaria binario bing
bingo binomio biodiversidad biografia biografias biografica biografico biograficos biografo
biologia biologica biologicamente biologicas biologico biologicos biologo biologos biomasa
biopsia bioquimica bios biosfera biotecnologia bipartidismo bipartidista bipolar bird birds
birmania birmingham birra birras bisabuelo bisexual bisexuales bishop bisturi bitacora bitch
bitcoin bitcoins bits bizantino bizarra bizarro bizcocho bizcochos black blackberry blade blah
blair blake blanc blanca blancanieves blancas blanche blanco blancos blanda blandas blando
blandos blanquear blanqueo blas blasco blasfemia bledo blind blindada blindado blindados
blindaje bloc block blockchain blog blogger bloggers blogs blood bloody bloom bloomberg bloque
bloquea bloqueada bloqueadas bloqueado bloqueador bloqueados bloquean bloqueando bloquear
bloquearon bloquee bloqueen bloqueo bloqueos bloques blue blues bluetooth blusa board boba
bobadas bobby bobina bobinas bobo bobos boca bocadillo bocadillos bocado bocas boceto bocetos
bocha bochorno bochornoso bocina bocinas boda bodas bodega bodegas body boedo boeing bofetada
boga bogota bohemia bohemio boicot boicotear boina bola bolanos bolas bolchevique bolcheviques
bolero boleta boletas boletin boletines boleto boletos boliche boliches boligrafo bolita bolitas
bolivar bolivares bolivariana bolivariano bolivarianos bolivia boliviana bolivianas boliviano
bolivianos bollo bollos bolo bolonia bolos bolsa bolsas bolsillo bolsillos bolsita bolsitas
bolso bolson bolsonaro bolsos bolt bolton boluda boludas boludear boludeces boludes boludo
boludos bomb bomba bombardeado bombardear bombardeo bombardeos bombardero bombarderos bombas
bombay bombeo bombero bomberos bombilla bombillas bombo bombon bombonera bombones bombos bona
bonaerense bonaerenses bonanza bonaparte bond bondad bondades bondadoso bondi bone bones bonet
bong bonifacio bonificacion bonificaciones bonilla bonita bonitas bonito bonitos bonn bonnie
bono bonos bonus book booker books boom boomerang boone boot booth boquilla boquita bora borbon
borbones borda bordado bordados borde border bordes bordo boreal borges borgia borgona boricua
boris borja born borneo borra borracha borrachera borracho borrachos borrada borrado borrador
borradores borrados borran borrando borrar borrarlo borraron borre borrego borregos borrell
borren borro borron borrosa borroso borussia bosch bosco bosnia bosque bosques boss bosta boston
bota botanica botanico botanicos botar botas bote botella botellas botero botes both botin
botines boton botones bots boudou boulevard boutique boveda bovedas bovino bowie bowl bowling
boxeador boxeadores boxeo boxer boyaca boyd boyle boys brad bradley brady braga bragas braille
brain branco brand brandon brandt brandy brasa brasas brasil brasilena brasilenas brasileno
brasilenos brasilera brasilero brasileros brasilia bratislava braulio braun brava bravas bravo
bravos brayan brazalete brazaletes brazil brazo brazos brea break breaking brecha brechas brecht
brenda brendan brennan brent bretana breton brett breve brevedad brevemente breves brexit brian
briceno bridge brigada brigadas brigadier bright brighton brilla brillaba brillan brillando
brillante brillantes brillantez brillar brille brillo brinda brindado brindamos brindan
brindando brindar brindarle brindaron brinde brindis brindo brisa brisas bristol britanica
britanicas britanico britanicos british britney brito broadcasting broadway broche brock brocoli
broken broker broma bromas bromea bromeando bromear bromista bronca broncas bronce bronceado
bronces bronco bronquitis bronx brooke brooklyn brooks bros brota brote brotes brother brothers
brown brownie brownies bruce bruja brujas brujeria brujo brujos brujula bruma bruno brusca
bruscamente brusco bruscos bruselas bruta brutal brutales brutalidad brutalmente bruto brutos
bryan bryant bryce bucal bucaramanga bucarest bucear buceo buchanan buck buckingham bucle buda
budapest buddy budismo budista budistas bueh buen buena buenas buenaventura buenavista buendia
buenisima buenisimas buenisimo buenisimos bueno buenos buey bueyes bufalo bufanda bufete buffalo
buffet buffy bufon bugs buho build building buitrago buitre buitres bula bulevar bulgara
bulgaria bulgaro bulgaros bull bulla bulldog bulletin bullicio bullrich bulls bullying bulnes
bulto bultos bundesliga bunker bunny bunuel buque buques burbuja burbujas burda burdel burdeles
burdeos burdo bureau burger burgos burgues burguesa burgueses burguesia burke burkina burla
burlaban burlado burlan burlando burlandose burlar burlarse burlas burlo burns buro burocracia
burocrata burocratas burocratica burocratico burocraticos burra burrito burro burros bursatil
burt burton burundi busca buscaba buscaban buscabas buscada buscado buscador buscadores buscados
buscamos buscan buscando buscar buscara buscaran buscare buscaremos buscaria buscarla buscarlas
buscarle buscarlo buscarlos buscarme buscaron buscarse buscarte buscas buscaste buscate busco
buses bush business busque busqueda busquedas busquemos busquen busques bustamante buster busto
bustos butaca butacas butan butler button buzo buzon buzos buzz byron bytes caba cabal cabalgata
caballeria caballero caballeros caballito caballo caballos cabana cabanas cabaret cabe cabecera
cabeceras cabecilla cabecillas cabecita cabellera cabello cabellos cabelludo caben caber cabeza
cabezas cabezazo cabezon cabia cabida cabify cabildo cabildos cabina cabinas cable cableado
cables cabo cabos cabotaje cabra cabral cabras cabreado cabreo cabrera cabria cabron cabrona
cabrones caca cacao caceres caceria cacerola cache cachemira cachetada cacho cachonda cachondeo
cachondo cachorro cachorros cacique caciques cactus cada cadaver cadaveres cadena cadenas
cadencia cadera caderas cadete cadetes cadillac cadiz caduca caducidad caemos caen caer caera
caeran caeria caerle caerse caes cafe cafeina cafes cafetera cafeteria cafeterias caga cagada
cagadas cagado cagamos cagan cagando cagar cagarla cagarme cagaron cagarse cagas cagaste cage
cago cagon cague caguen caia caian caicedo caida caidas caido caidos caiga caigan caigas caigo
caiman cain cairo caiste caixa caja cajal cajamarca cajas cajera cajero cajeros cajita cajon
cajones cake cala calabaza calabazas calabozo calabozos calado calahorra calama calamar
calamares calambres calamidad calamidades calana calatayud calatrava calavera calaveras calcetin
calcetines calcio calcula calculada calculado calculadora calculan calculando calcular calculo
calculos calcuta caldas caldera calderas caldero calderon caldo caleb calefaccion calendario
calendarios calentador calentamiento calentando calentar calentarse calentito calentura calera
calero caleta cali calibre calida calidad calidades calidas calidez calido calidos calienta
calientan caliente calientes califa califato califica calificacion calificaciones calificada
calificadas calificado calificados califican calificar calificaron calificativo calificativos
califico california caligrafia calixto caliz caliza calizas call calla callada callado callados
callan callao callar callarse callas callate calle called calleja callejera callejeras callejero
callejeros callejon callejones callen calles callo callos calma calmada calmado calmante calmar
calmate calme calmo calo calor calorias calpe calumnia calumnias calurosa caluroso calurosos
calva calvario calvin calvo calza calzada calzado calzas calzon calzoncillos calzones cama
camacho camada camaguey camaleon camara camarada camaradas camaraderia camaras camarera camarero
camareros camargo camarilla camarografo camaron camarones camarote camas cambia cambiaba
cambiaban cambiada cambiado cambiados cambiamos cambian cambiando cambiante cambiantes cambiar
cambiara cambiaran cambiaria cambiario cambiarla cambiarlas cambiarle cambiarlo cambiarlos
cambiarme cambiaron cambiarse cambiarte cambias cambiaste cambie cambiemos cambien cambies
cambio cambios camboya cambridge came camello camellos camerino cameron camerun camila camilla
camille camilo camina caminaba caminaban caminado caminamos caminan caminando caminante
caminantes caminar caminaron caminas caminata caminatas camine camino caminos camion camionero
camioneros camiones camioneta camionetas camisa camisas camiseta camisetas camp campa campamento
campamentos campana campanario campanas campanilla campbell campeche campeon campeona campeonas
campeonato campeonatos campeones campera campesina campesinado campesinas campesino campesinos
campestre campillo campina camping campo campora campos camps campus camuflaje camus cana canada
canadiense canadienses canal canales canalizacion canalizar canalla canallas canamo canaria
canarias canario canarios canas canasta canastas cancela cancelacion cancelada canceladas
cancelado cancelados cancelan cancelar cancelaron cancele cancelo cancer canceres cancha canchas
canciller cancilleria cancion cancionero canciones cancun candado candados candela candelaria
candente candidata candidatas candidato candidatos candidatura candidaturas candido candy canela
canelo canelones canerias canete cangrejo cangrejos canguro canibalismo canina canino canje
cannabis cannes cano canoa canoas canon canones canonica canonico canonigo canos cansa cansada
cansadas cansado cansados cansan cansancio cansando cansar cansas canse canso canta cantaba
cantaban cantabria cantabrico cantada cantado cantamos cantan cantando cantante cantantes cantar
cantaron cantas cantautor cante canten cantera canteras cantero cantes cantico canticos cantidad
cantidades cantina cantinflas canto canton cantones cantor cantores cantos cantu cantv caoba
caos caotica caotico capa capaces capacidad capacidades capacitacion capacitaciones capacitada
capacitado capacitados capacitar caparazon capas capataz capaz cape capellan caperucita capi
capilar capilares capilla capillas capita capital capitales capitalino capitalinos capitalismo
capitalista capitalistas capitalizacion capitalizar capitan capitana capitanes capitania capitol
capitolio capitulacion capitular capitulo capitulos capo capos capote capri capricho caprichos
caprichosa caprichoso capricornio capriles caps capsula capsulas capta captacion captado captain
captan captando captar capto captura capturada capturadas capturado capturados capturan
capturando capturar capturaron capturas capturo capucha capuchino capuchinos capullo capullos
cara carabina carabinero carabineros carabobo caracas caracol caracoles caracter caracteres
caracteristica caracteristicas caracteristico caracteristicos caracteriza caracterizaba
caracterizacion caracterizada caracterizado caracterizados caracterizan caracterizar caracterizo
caradura carajo carajos caramba caramelo caramelos caras caratula caravana caravanas caray
carballo carbohidratos carbon carbonato carbonell carbonero carbono carcajada carcajadas carcasa
carcel carcelario carceles card cardenal cardenales cardenas cardiaca cardiaco cardiacos
cardinales cardio cardiovascular cardiovasculares cardona cardoso cardozo cards care carece
carecen carecer carecia carecian carencia carencias carente carentes careta caretas carey carga
cargaba cargada cargadas cargado cargador cargadores cargados cargamento cargan cargando cargar
cargaron cargarse cargas cargo cargos cargue carguen cari caribbean caribe caribena caribeno
caribenos caricatura caricaturas caricia caricias caridad caries carino carinos carinosa
carinosamente carinoso carinosos carioca carisma carismatico carita caritas caritativa carl
carla carles carlista carlistas carlitos carlo carlos carlota carlton carmela carmelita
carmelitas carmelo carmen carmena carmesi carmona carnal carnaval carnavales carne carnegie
carnero carnes carnet carniceria carnicero caro carol carola carolina caroline carolyn caros
carpa carpas carpenter carpeta carpetas carpinteria carpintero carpinteros carpio carr carranza
carrasco carrefour carreno carrera carreras carrero carreta carretas carrete carretera
carreteras carretero carretilla carrie carril carriles carrillo carrio carrion carrito carritos
carrizo carro carroceria carroll carros carroza carrozas carruaje carruajes carrusel cars carson
carta cartagena cartago cartas cartel cartelera carteles carter cartera carteras cartero cartes
cartilago cartilla cartografia carton cartones cartoon cartucho cartuchos cartuja cartulina
caruso carvajal carvalho casa casablanca casaca casacion casada casadas casado casados casal
casamiento casamos casan casanova casar casares casaria casarme casaron casarse casarte casas
casate cascabel cascada cascadas cascara cascaras casco cascos case casen casera caseras caserio
caserios casero caseros cases caseta casetas casey cash casi casilla casillas casimiro casino
casinos casio casita casitas caso casona casos caspa cass cassandra cassette cassie cast casta
castana castanas castaneda castano castanos castas castel castelar castellana castellano
castellanos castellon castidad castiga castigada castigado castigados castigan castigando
castigar castigo castigos castigue castilla castillo castillos casting castle castor castracion
castro casual casuales casualidad casualidades casualmente cata catacumbas catalan catalana
catalanas catalanes catalina catalizador catalogada catalogado catalogar catalogo catalogos
cataluna catalunya catamarca catar catarata cataratas catarina catarsis catastro catastrofe
catastrofes catastrofica catastrofico catch cate catecismo catedra catedral catedrales catedras
catedratico catedraticos categoria categorias categoricamente catequesis catering catherine
cathy cato catolica catolicas catolicismo catolico catolicos catorce cauca caucaso cauce cauces
caucho caudal caudales caudillo caudillos causa causaba causada causadas causado causados causal
causales causalidad causan causando causante causantes causar causara causaria causarle causaron
causas cause causen causo cautela cautelar cautelares cauteloso cautiva cautiverio cautividad
cautivo cautivos cava cavallo cavando cavar cave caverna cavernas caviar cavidad cavidades
cayendo cayera cayeron cayetano cayo caza cazado cazador cazadora cazadores cazan cazando cazar
cazas cazo cazuela ccaa ccoo cdmx cebada ceballos cebo cebolla cebollas cebra cebrian cecil
cecilia cecilio ceda cede ceden cedeno ceder cedida cedido cedidos cediendo cedieron cedio
cedric cedro cedula cedulas cegado ceguera ceiba ceja cejas cela celaya celda celdas celebra
celebraba celebraban celebracion celebraciones celebrada celebradas celebrado celebrados
celebramos celebran celebrando celebrar celebrara celebraran celebraremos celebrarlo celebraron
celebrarse celebre celebremos celebren celebres celebridad celebridades celebro celeridad
celeste celestes celestial celestiales celestino celia celibato cell celo celos celosa celoso
celosos celsius celso celta celtas celu celula celular celulares celulas celulitis celulosa
cementerio cementerios cemento cena cenamos cenando cenar cenas cenicienta ceniza cenizas ceno
censo censor censores censos censura censurada censurado censuran censurar censuras cent centavo
centavos centenar centenares centenario centeno center centigrados centimetro centimetros
centimo centimos centinela centinelas centra centrada centradas centrado centrados central
centrales centralidad centralismo centralista centralizacion centralizada centralizado centran
centrandose centrar centrarnos centraron centrarse centre centrica centrico centro
centroafricana centroamerica centroamericana centroamericano centroamericanos centrocampista
centros centurion century cepa cepal cepas cepeda cepillo cepillos cepo cera ceramica ceramicas
ceramicos cerati cerca cercado cercana cercanas cercania cercanias cercano cercanos cercas cerco
cerda cerdas cerdena cerdo cerdos cereal cereales cerebral cerebrales cerebro cerebros ceremonia
ceremonial ceremonias cereza cerezas cerezo cero ceros cerquita cerraba cerraban cerrada
cerradas cerrado cerrados cerradura cerraduras cerrajero cerramos cerrando cerrar cerrara
cerraran cerrarla cerrarlo cerraron cerrarse cerre cerrito cerro cerrojo cerros certamen
certamenes certera certero certeza certezas certifica certificacion certificaciones certificada
certificado certificados certificar cervantes cerveceria cervera cerveza cervezas cervical cesa
cesado cesar cesare cesarea cesaron cese cesion ceso cesped cespedes cesta cesto ceta cetro
ceuta cevallos chabon chacabuco chacal chacao chacarita chaco chacon chacra chad chadwick chale
chaleco chalecos chalet challenge challenger chama chaman chamba chambers chamo chamorro
champagne champan champana champinones champion champions champu chamuyo chan chance chances
chancho chandler chanel chang change chango channel chantaje chantal chao chaos chapa chaparro
chapas chaplin chapman chapo chapultepec chaqueta chaquetas char charcas charco charcos charla
charlamos charlando charlar charlas charlatan charlatanes charles charleston charlie charlotte
charly charro chas chase chasis chat chata chatarra chatear chato chats chau chava chaval
chavales chaves chavez chavismo chavista chavistas chavo chavos checa checar chechenia check
checo checos checoslovaquia cheese chef chefs chela chelines chelo chelsea chen cheng cheque
chequea chequear chequeo cheques cher chernobyl cherry cheryl chester cheto chetumal chevere
chevrolet chevron chez chiang chiapas chic chica chicago chicas chicha chicken chicle chicles
chico chicos chido chihuahua child children chile chilena chilenas chileno chilenos chiles chili
chill chillan chillar chiloe chilpancingo chimenea chimeneas chimpances chin china chinas
chinchilla chinese ching chinga chingada chingados chingar chingo chingon chino chinos chip
chipre chips chiquilla chiquillo chiquillos chiquita chiquitas chiquito chiquitos chiringuito
chisme chismes chispa chispas chiste chistes chistoso chivas chivo chivos chloe choca chocado
chocan chocando chocante chocar chocaron chocho choco chocolate chocolates chofer choferes choi
choice chola chollo cholo cholula chomsky chong chopin choque choques chorizo chorizos chorradas
chorro chorros chota choto chow choza chozas chris christi christian christie christina
christine christmas christophe christopher chrome chronicle chronicles chrysler chubut chucha
chucho chuck chucky chula chulo chulos chun chung chupa chupan chupando chupar chupe chupo
chuquisaca church churchill churros chusma cianuro cibeles ciber cibernetica cibernetico
ciberseguridad cicatrices cicatriz ciceron ciclismo ciclista ciclistas ciclo ciclon ciclones
ciclos cidh ciega ciegamente ciegas ciego ciegos cielo cielos cien cienaga ciencia ciencias
cienfuegos cientifica cientificamente cientificas cientifico cientificos ciento cientos cierra
cierran cierras cierre cierren cierres cierro cierta ciertamente ciertas cierto ciertos ciervo
ciervos cifra cifrado cifras cifuentes cigarrillo cigarrillos cigarro cigarros ciguena cilantro
cilindro cilindros cima cimas cimientos cincinnati cinco cincuenta cindy cine cineasta cineastas
cinema cinematografia cinematografica cinematograficas cinematografico cinematograficos cines
cinetica cinica cinico cinicos cinismo cinta cintas cinto cintura cinturon cinturones cion
cipriano circle circo circos circuito circuitos circula circulaba circulaban circulacion
circulan circulando circulante circular circulares circulatorio circule circulo circulos
circuncision circundante circundantes circunferencia circunscripcion circunscripciones
circunstancia circunstancial circunstancias circunvalacion cirilico cirilo ciro cirrosis ciruela
ciruelas cirugia cirugias cirujano cirujanos cisco cisjordania cisma cisne cisneros cisnes
cisterna cisternas cita citacion citaciones citada citadas citado citados citan citando citar
citas cite cities cito citricos citroen city ciudad ciudadana ciudadanas ciudadania ciudadano
ciudadanos ciudadela ciudades civic civica civicas civico civicos civil civiles civilizacion
civilizaciones civilizada civilizado civilizados civismo claire clama claman clamor clan
clandestina clandestinamente clandestinas clandestinidad clandestino clandestinos clanes clap
clara claramente claras clare clarence claridad clarificar clarin clarinete clarisimo clarito
clark clarke claro claros clase clases clash clasica clasicas clasicismo clasico clasicos
clasifica clasificacion clasificaciones clasificada clasificadas clasificado clasificados
clasifican clasificar clasificarse clasifico clasista class classic claude claudia claudio claus
claustro clausula clausulas clausura clausurado clava clavada clavado clavados clavan clavar
clave claveles claves clavo clavos clay clayton clean clear clemencia clement clemente cleopatra
clerigo clerigos clero cleveland clic cliche cliches click clicks clienta cliente clientela
clientelismo clientes cliff clifford clima climas climatica climaticas climatico climaticos
climax clinica clinicamente clinicas clinico clinicos clint clinton clio clip clips clitoris
clive cloaca cloacas clon clonacion clones clooney cloro cloruro close closet cloud club clubes
clubs clyde cndh cnte coaccion coach coaching coagulacion coahuila coalicion coaliciones
coartada coast coatzacoalcos coautor cobain cobalto cobarde cobardes cobardia cobertura
coberturas cobija cobijo cobo cobos cobra cobraba cobraban cobrado cobran cobrando cobrar
cobrara cobraron cobras cobre cobren cobro cobros coca cocaina coccion cocer cochabamba coche
cochera coches cochino cochrane cocida cocido cocidos cociente cocina cocinado cocinan cocinando
cocinar cocinas cocine cocinera cocinero cocineros cocino coco cocodrilo cocodrilos cocos coctel
cocteles code codelco codice codices codicia codificacion codificado codificar codigo codigos
codo codos cody coeficiente coeficientes coelho coercion coexisten coexistencia coexistir coffee
cofrades cofradia cofradias cofre cofundador coge cogemos cogen coger coges cogi cogia cogida
cogido cogiendo cogieron cogio cognitiva cognitivas cognitivo cognitivos cohecho cohen
coherencia coherente coherentes cohesion cohete cohetes coimas coimbra coincida coincidan
coincide coinciden coincidencia coincidencias coincidia coincidian coincidido coincidiendo
coincidieron coincidimos coincidio coincidir coincido coito coja cojan coje cojer cojin cojines
cojo cojones coke cola colabora colaboracion colaboraciones colaborado colaborador colaboradora
colaboradores colaboran colaborando colaborar colaboraron colaborativa colaborativo colaboro
colacion colada colado colador colapsa colapsado colapsar colapso colar colarse colas colateral
colaterales colau colchon colchones cold cole coleccion coleccionar colecciones coleccionista
coleccionistas colecta colectiva colectivamente colectivas colectividad colectividades colectivo
colectivos colector colega colegas colegiado colegiados colegial colegiales colegio colegios
coleman colera coles colesterol coleta colgaba colgada colgadas colgado colgados colgando
colgante colgantes colgar colgaron colgo colgue colibri colima colin colina colinas colindantes
coliseo colision coll collado collage collar collares collection college collins colmado colmena
colmenares colmillos colmo colo coloca colocaba colocacion colocada colocadas colocado colocados
colocamos colocan colocando colocar colocaron colocarse coloco colofon colom coloma colombia
colombiana colombianas colombiano colombianos colombo colon colonia colonial coloniales
colonialismo colonias colonizacion colonizadores colonizar colonos coloque coloquen coloquial
coloquio color coloracion colorada colorado colorados colorante colorantes colorear colores
colorida coloridas colorido coloridos colosal coloso colt columbia columbus columna columnas
columnista columpio colusion coma coman comandancia comandante comandantes comando comandos
comarca comarcal comarcas comas combate combaten combates combatido combatiendo combatiente
combatientes combatio combatir combatirlo combativo combi combina combinacion combinaciones
combinada combinadas combinado combinados combinan combinando combinar combo combos combustible
combustibles combustion come comedia comediante comediantes comedias comedor comedores comemos
comen comence comencemos comendador comensales comenta comentaba comentaban comentada comentado
comentamos comentan comentando comentar comentario comentarios comentarista comentaristas
comentaron comentas comente comenten comento comenzaba comenzaban comenzado comenzamos
comenzando comenzar comenzara comenzaran comenzaremos comenzaria comenzaron comenzo comer
comercial comerciales comercializa comercializacion comercializar comercialmente comerciante
comerciantes comerciar comercio comercios comeria comerlo comerme comerse comerte comes
comestible comestibles cometa cometan cometas comete cometemos cometen cometer cometes cometi
cometida cometidas cometido cometidos cometiendo cometieron cometio comi comia comian comic
comica comicas comicios comico comicos comics comida comidas comido comience comiencen comiendo
comienza comienzan comienzas comienzo comienzos comieron comillas comimos coming comino comio
comisaria comisarias comisario comisarios comision comisionado comisionados comisiones comiste
comite comites comitiva comment comments commerce commission committee common commons
commonwealth communications community como comoda comodamente comodas comodidad comodidades
comodin comodo comodoro comodos comp compa compacta compacto compactos compadre compadres
companera companeras companerismo companero companeros compania companias company compara
comparable comparables comparacion comparaciones comparada comparadas comparado comparados
comparamos comparan comparando comparar compararse comparativa comparativamente comparativo
compare comparecencia comparecer comparen compares comparo comparsa comparsas comparta compartan
comparte comparten compartes comparti compartia compartian compartida compartidas compartido
compartidos compartiendo compartieron compartimento compartimentos compartimiento compartimos
compartio compartir compartirla compartirlo comparto compas compases compasion compasivo
compatibilidad compatible compatibles compatriota compatriotas compendio compensa compensacion
compensaciones compensar compete competencia competencias competente competentes competicion
competiciones competidor competidores competir competitiva competitivas competitividad
competitivo competitivos compi compilacion compilado compilar compinches compite compiten
compitiendo complace complacencia complacer complacido complaciente compleja complejas
complejidad complejidades complejo complejos complementa complementan complementar
complementaria complementarias complementario complementarios complemento complementos completa
completada completado completamente completan completando completar completaron completas
complete completo completos complica complicacion complicaciones complicada complicadas
complicado complicados complican complicar complice complices complicidad complico complot
complutense compone componen componente componentes componer componia componian componiendo
comporta comportado comportamiento comportamientos comportan comportarse composicion
composiciones compositor compositores compostela compostura compra compraba compraban comprada
compradas comprado comprador compradores comprados compramos compran comprando comprar comprara
comprare compraria comprarla comprarlas comprarle comprarlo comprarlos comprarme compraron
comprarse comprarte compras compraste comprate compraventa compre compren comprenda comprendan
comprende comprendemos comprenden comprender comprendera comprenderlo comprendes comprendi
comprendia comprendida comprendidas comprendido comprendidos comprendiendo comprendio comprendo
comprensible comprension comprensiva comprensivo compres compresion compresor comprimido
comprimidos compro comprobacion comprobada comprobado comprobamos comprobando comprobante
comprobantes comprobar comprobarlo comprobe comprobo comprometa compromete comprometen
comprometer comprometerse comprometida comprometidas comprometido comprometidos comprometieron
comprometio compromiso compromisos comprueba comprueban compruebe compton compu compuertas
compuesta compuestas compuesto compuestos compulsiva compulsivo compuso computacion
computacionales computador computadora computadoras computadores computer computo comun comuna
comunal comunales comunas comuneros comunes comunica comunicaba comunicacion comunicacional
comunicaciones comunicada comunicado comunicador comunicadores comunicados comunicamos comunican
comunicando comunicar comunicarme comunicarnos comunicaron comunicarse comunicarte comunicativa
comunicativo comunico comunidad comunidades comunion comunique comuniquese comunismo comunista
comunistas comunitaria comunitarias comunitario comunitarios comunmente cona conacyt conan
conazo concacaf concebida concebido concebidos concebir conceda concede conceden conceder
concedera concederle concedida concedidas concedido concedidos concedieron concedio concedo
concejal concejala concejales concejo concejos concentra concentracion concentraciones
concentrada concentradas concentrado concentrados concentran concentrando concentrar
concentrarme concentraron concentrarse concentro concepcion concepciones concept concepto
conceptos conceptual conceptuales concerniente concernientes concertacion concertada concertado
concertados concertar concesion concesionaria concesionario concesionarios concesiones concha
conchas conchita concibe concibio conciencia concienciacion concienciar conciencias conciente
concientizacion concientizar concierne conciernen concierto conciertos conciliacion conciliador
conciliar concilio concisa conciso conciudadanos conclave concluida concluido concluir
conclusion conclusiones concluye concluyen concluyendo concluyente concluyentes concluyeron
concluyo concordancia concordia concrecion concreta concretamente concretar concretarse
concretas concreto concretos concuerda concuerdan concuerdo concurren concurrencia concurrentes
concurrida concurrido concurrio concurrir concursante concursantes concurso concursos condado
condados conde condecoracion condecoraciones condecorado condena condenada condenadas condenado
condenados condenamos condenan condenando condenar condenaron condenas condene condeno
condensacion condensada condensador condes condesa condescendiente condestable condicion
condiciona condicionada condicionado condicional condicionar condiciones condimento condimentos
condolencias condominio condon condones condor conduccion conduce conducen conducia conducida
conducido conducidos conduciendo conducir conducira conducta conductas conducto conductor
conductora conductores conductos conductual condujeron condujo conduzca conduzcan conecta
conectada conectadas conectado conectados conectan conectando conectar conectarme conectarse
conectas conecte conectividad conecto conector conectores conejo conejos conexion conexiones
confeccion confeccionado confeccionar confederacion confederaciones confederados conference
conferencia conferencias conferencista confesado confesar confesion confesiones confeso confesor
confia confiaba confiabilidad confiable confiables confiada confiado confiados confiamos confian
confiando confianza confiar confiaron confias confidencial confidenciales confidencialidad
confidente confie confien confiere confieren confies confiesa confieso configura configuracion
configuraciones configurado configuran configurar confinado confinados confinamiento confines
confio confirma confirmaba confirmacion confirmada confirmadas confirmado confirmados confirman
confirmando confirmar confirmarlo confirmaron confirme confirmen confirmo confiscacion
conflictiva conflictivas conflictivo conflictivos conflicto conflictos confluencia confluyen
conforma conformacion conformada conformado conforman conformando conformar conformarse conforme
conformes conformidad conformismo conformo confort confortable confrontacion confrontaciones
confrontar confucio confunda confundan confundas confunde confunden confundi confundida
confundido confundidos confundiendo confundio confundir confundirse confusa confusas confusion
confusiones confuso confusos congela congelacion congelada congeladas congelado congelador
congelados congelamiento congelar congenita congestion conglomerado conglomerados congo
congregacion congregaciones congresista congresistas congreso congresos congress congruencia
congruente conicet conjetura conjeturas conjugacion conjugar conjuncion conjunta conjuntamente
conjuntas conjunto conjuntos conjuro conlleva conllevan conmebol conmemora conmemoracion
conmemoran conmemorar conmemorativa conmemorativo conmemorativos conmigo conmocion conmovedor
conmovedora conmovido conmovio conmueve connecticut connection connie connivencia connor
connotacion connotaciones cono conoce conocedor conocedores conoceis conocemos conocen conocer
conocera conoceran conoceras conoceremos conoceria conocerla conocerlas conocerle conocerlo
conocerlos conocerme conocernos conocerse conocerte conoces conoci conocia conociamos conocian
conocias conocida conocidas conocido conocidos conociendo conociera conocieran conocieron
conocimiento conocimientos conocimos conocio conociste conos conosco conozca conozcamos conozcan
conozcas conozco conque conquista conquistada conquistado conquistador conquistadores
conquistados conquistando conquistar conquistaron conquistas conquisto conrad conrado cons
consagra consagracion consagrada consagrado consagrados consagro consciencia consciente
conscientemente conscientes consecucion consecuencia consecuencias consecuente consecuentemente
consecuentes consecutiva consecutivas consecutivo consecutivos consegui conseguia conseguian
conseguida conseguido conseguidos conseguimos conseguir conseguira conseguiran conseguiras
conseguiremos conseguiria conseguirla conseguirlo conseguirlos conseguirse conseguiste consejera
consejeria consejero consejeros consejo consejos consenso consensos consentida consentido
consentimiento consentir conserje conserva conservaba conservacion conservada conservadas
conservado conservador conservadora conservadoras conservadores conservados conservadurismo
conservan conservando conservar conservas conservatorio conserve conservo considera consideraba
consideraban considerable considerablemente considerables consideracion consideraciones
considerada consideradas considerado considerados consideramos consideran considerando
considerar considerara consideraran consideraria considerarla considerarlo consideraron
considerarse consideras considere consideremos consideren consideres considero consiente consiga
consigamos consigan consigas consigna consignas consigo consigue consiguen consigues
consiguiendo consiguiente consiguiera consiguieron consiguio consiste consisten consistencia
consistente consistentemente consistentes consistia consistio consistir consistira consistorio
consola consolacion consolador consolar consolas consolida consolidacion consolidada consolidado
consolidados consolidando consolidar consolidarse consolido consonancia consonante consonantes
consorcio consorcios consorte conspiracion conspiraciones conspiradores conspirar conspirativas
consta constaba constan constancia constante constantemente constantes constantino
constantinopla constanza constar constata constatado constatar conste constelacion
constelaciones consternacion constitucion constitucional constitucionales constitucionalidad
constitucionalista constitucionalistas constitucionalmente constituciones constituia constituian
constituida constituidas constituido constituidos constituir constituirse constitutiva
constituya constituye constituyen constituyendo constituyente constituyentes constituyeron
constituyo construccion construcciones constructiva constructivas constructivo constructivos
constructor constructora constructoras constructores construida construidas construido
construidos construimos construir construira construirse construya construyan construye
construyen construyendo construyeron construyo consuela consuelo consul consulado consulados
consular consulares consules consulta consultada consultadas consultado consultados consultando
consultar consultarse consultas consulte consultiva consultivo consulto consultor consultora
consultores consultoria consultorio consultorios consuma consumado consume consumen consumia
consumida consumido consumidor consumidores consumidos consumiendo consumimos consumio consumir
consumismo consumo consumos cont conta contaba contaban contabilidad contable contables contact
contacta contactado contactar contactarse contacte contacto contactos contada contadas contado
contador contadora contadores contados contaduria contagia contagiado contagiar contagio
contagiosa contagioso contame contamina contaminacion contaminada contaminadas contaminado
contaminados contaminan contaminante contaminantes contaminar contamos contando contar contara
contaran contare contaremos contaria contarle contarles contarlo contarme contarnos contaron
contarte contas contaste conte contempla contemplaba contemplacion contemplada contemplado
contemplados contemplan contemplando contemplar contemple contemplo contemporanea contemporaneas
contemporaneo contemporaneos contencion contencioso contendientes contendra contenedor
contenedores contener contenga contengan contenia contenian contenida contenidas contenido
contenidos conteniendo content contenta contentar contentas contento contentos conteo contesta
contestaba contestacion contestado contestan contestando contestar contestarle contestaron
contestarte contestas conteste contesten contestes contesto contexto contextos conti contienda
contiene contienen contigo contigua contiguo continental continentales continente continentes
contingencia contingencias contingente contingentes continua continuaba continuaban continuacion
continuada continuado continuamente continuamos continuan continuando continuar continuara
continuaran continuaremos continuaria continuaron continuas continue continuemos continuen
continuidad continuo continuos conto contorno contornos contra contraataque contrabandistas
contrabando contraccion contracciones contractual contractuales contradecir contradiccion
contradicciones contradice contradicen contradictoria contradictorias contradictorio
contradictorios contrae contraer contraido contrajo contralor contraloria contraparte
contrapartida contrapeso contraposicion contraproducente contrapunto contraria contrariamente
contrarias contrario contrarios contrarrestar contras contrasena contrasenas contrasta
contrastan contrastar contraste contrastes contrata contratacion contrataciones contratada
contratado contratados contratan contratando contratante contratar contrataron contratas
contrate contraten contratiempo contratiempos contratista contratistas contrato contratos
contreras contribucion contribuciones contribuido contribuir contribuira contribuya contribuyan
contribuye contribuyen contribuyendo contribuyente contribuyentes contribuyeron contribuyo
contrincante contrincantes control controla controlaba controlaban controlada controladas
controlado controlador controladores controlados controlan controlando controlar controlarlo
controlarse controlas controle controlen controles controlo controversia controversial
controversias controvertida controvertido controvertidos contundencia contundente contundentes
conurbano convence convencen convencer convencerla convencerlo convencerlos convencerme
convencerte convencida convencido convencidos convenciendo convencieron convencimiento convencio
convencion convencional convencionales convenciones convendria convenga convenia convenido
conveniencia conveniente convenientemente convenientes convenio convenios convenir convento
conventos convenza convergen convergencia conversa conversacion conversaciones conversamos
conversando conversar conversatorio conversion conversiones converso conversos converti
convertia convertible convertida convertidas convertido convertidos convertimos convertir
convertira convertiran convertiria convertirla convertirlo convertirlos convertirme convertirnos
convertirse convertirte conviccion convicciones convicto convictos conviene convienen convierta
conviertan convierte convierten conviertes convierto convincente convincentes convirtiendo
convirtiendose convirtiera convirtieron convirtio convive conviven convivencia convivir convoca
convocada convocadas convocado convocados convocan convocando convocar convocaron convocatoria
convocatorias convoco convoque convoy convulsiones conway conyugal conyuge conyuges cook cookie
cookies cool coop cooper cooperacion cooperando cooperar cooperativa cooperativas cooperativo
coord coordenadas coordina coordinacion coordinada coordinadas coordinado coordinador
coordinadora coordinadores coordinados coordinando coordinar copa copacabana copada copado copas
cope copenhague copete copia copiado copian copiando copiapo copiar copias copiloto copio copla
coplas copo copos copy copyright coqueta coquetear coquimbo cora coraje coral corales coran
coraza corazon corazones corbata corbatas corbeta corcho cordero corderos cordial cordiales
cordialidad cordialmente cordillera cordilleras cordoba cordobes cordobesa cordobeses cordon
cordones cordova cordura core corea coreana coreano coreanos coreografia coreografias corey
coria corina corintios corinto cornea cornejo cornelio cornell corner corneta cornisa corno
cornudo coro corona coronacion coronada coronado coronar coronaria coronas coronavirus coronel
coroneles corono coros corp corpino corporacion corporaciones corporal corporales corporation
corporativa corporativas corporativo corporativos corps corpus corra corral corrales corran
corras corre correa correas correccion correccional correcciones correcta correctamente
correctas correcto corrector correctos corredor corredores corregida corregido corregidor
corregimiento corregir corregirlo correlacion corremos corren correo correos correr correra
corres corresponda correspondan corresponde corresponden correspondencia corresponder
correspondera corresponderia correspondia correspondian correspondido correspondiente
correspondientes correspondio corresponsal corresponsales corri corria corrian corrida corridas
corrido corridos corriendo corriente corrientes corrieron corrige corrigen corrigiendo corrigio
corrio corro corroborar corrompe corromper corrompido corrosion corrupcion corrupta corruptas
corrupto corruptos corsarios corso corta cortaba cortada cortadas cortado cortados cortafuegos
cortamos cortan cortando cortante cortar cortarle cortarme cortaron cortarse cortas cortazar
corte cortejo corten cortes cortesia cortez corteza cortijo cortina cortinas corto cortocircuito
cortometraje cortometrajes cortos coruna cory corzo cosa cosas cosecha cosechado cosechando
cosechar cosechas coser cosillas cosita cositas cosme cosmetica cosmeticos cosmica cosmico cosmo
cosmopolita cosmos cosmovision coso cospedal cosplay cosquillas cost costa costaba costado
costados costal costando costanera costar costara costaria costaron costarricense costarricenses
costas coste costear costera costeras costero costeros costes costilla costillas costo costos
costosa costosas costoso costosos costumbre costumbres costura cota cotas cotejo cotidiana
cotidianamente cotidianas cotidianidad cotidiano cotidianos cotiza cotizacion cotizaciones
cotizan cotizar coto cotton could council counter country county course court courtney covadonga
cover covers covid cowboy coyoacan coyote coyotes coyuntura cozumel crack cracovia craig crane
craneal craneo craneos crash craso crater crawford crazy crea creaba creacion creaciones creada
creadas creado creador creadora creadores creados cream creamos crean creando creanme crear
creara crearan crearia crearon crearse creas creaste creativa creativas creative creatividad
creativo creativos crece crecen crecer crecera creces creci crecia crecida crecidas crecido
creciendo creciente crecientes crecieron crecimiento crecimos crecio credencial credenciales
credibilidad credit crediticia crediticio credito creditos credo cree creed creeis creek creeme
creemos creen creencia creencias creer creera creeran creeras creeria creerle creerlo creerme
creerse creerte crees crei creia creiamos creian creias creible creibles creido creimos creiste
crema cremallera cremas creo crepusculo crespo cresta creta crew creyendo creyente creyentes
creyera creyeron creyo crezca crezcan cria criada criadas criadero criado criadores criados
crian criando crianza criar criaron crias criatura criaturas cricket crie crime crimea crimen
crimenes criminal criminales criminalidad criminalizacion criminalizar criminologia crio criolla
criollo criollos crios cripta criptomonedas cris crisis crisol cristal cristales cristalina
cristalinas cristalino cristian cristiana cristianas cristiandad cristianismo cristiano
cristianos cristina cristo cristobal criterio criterios critica criticaba criticaban criticada
criticado criticamente critican criticando criticar criticaron criticas critico criticos
critique critiquen croacia croata croatas cromo cromos cromosoma cromosomas cromwell cronica
cronicas cronico cronicos cronista cronistas cronograma cronologia cronologica cronologicamente
cronologico croquetas cross crossfit crossover crowdfunding crown cruce crucen crucero cruceros
cruces crucial cruciales crucificado crucifijo crucifixion crucis cruda crudas crudeza crudo
crudos cruel crueldad crueles cruelmente cruise crujiente crush crustaceos cruz cruza cruzaba
cruzaban cruzada cruzadas cruzado cruzados cruzamos cruzan cruzando cruzar cruzaron cruzarse
cruzas cruzo crystal csic cuaderno cuadernos cuadra cuadrada cuadradas cuadrado cuadrados
cuadrangular cuadrante cuadras cuadrilatero cuadrilla cuadrillas cuadro cuadros cual cuales
cualesquiera cualidad cualidades cualificacion cualificada cualificado cualificados cualitativa
cualitativo cualquier cualquiera cuan cuando cuanta cuantas cuantia cuantica cuantico
cuantificar cuantitativa cuantitativo cuantitativos cuanto cuantos cuarenta cuarentena cuaresma
cuarta cuartas cuartel cuarteles cuarteto cuarto cuartos cuarzo cuasi cuatrimestre cuatro
cuatrocientos cuauhtemoc cuba cubana cubanas cubano cubanos cubas cubeta cubico cubicos cubierta
cubiertas cubierto cubiertos cubo cubos cubra cubran cubre cubren cubria cubrian cubriendo
cubrieron cubrimos cubrio cubrir cubrira cubrirse cuca cucaracha cucarachas cuchara cucharada
cucharadas cucharadita cucharas cuchilla cuchillas cuchillo cuchillos cuco cucuta cuela cuelga
cuelgan cuelgo cuelgue cuellar cuello cuellos cuenca cuencas cuenco cuenta cuentame cuentan
cuentanos cuentas cuente cuenten cuentes cuento cuentos cuerda cuerdas cuerdo cuernavaca cuerno
cuernos cuero cueros cuerpo cuerpos cuervo cuervos cuesta cuestan cuestas cueste cuestion
cuestiona cuestionable cuestionables cuestionada cuestionado cuestionamiento cuestionamientos
cuestionan cuestionando cuestionar cuestionario cuestionarios cuestiones cuestiono cueto cueva
cuevas cuida cuidaba cuidad cuidada cuidado cuidador cuidadores cuidados cuidadosa
cuidadosamente cuidadoso cuidadosos cuidamos cuidan cuidando cuidar cuidara cuidarla cuidarlo
cuidarlos cuidarme cuidarnos cuidarse cuidarte cuidas cuidate cuide cuiden cuides cuido culata
culebra culera culero culiacan culiao culinaria culinarias culinario culito cullen culmina
culminacion culminante culminar culmino culo culos culpa culpabilidad culpable culpables culpado
culpan culpando culpar culpas culpes culpo culta cultiva cultivada cultivadas cultivado
cultivadores cultivados cultivan cultivando cultivar cultivo cultivos culto cultos cultura
cultural culturales culturalmente culturas culture cumana cumbia cumbre cumbres cumpla cumplan
cumplas cumple cumpleanos cumplen cumples cumpli cumplia cumplian cumplida cumplidas cumplido
cumplidos cumpliendo cumpliera cumplieron cumplimiento cumplimos cumplio cumplir cumplira
cumpliran cumpliria cumplirlo cumplirse cumplo cumulo cuna cunada cunado cundinamarca cuneta
cuota cuotas cupcakes cupido cupo cupon cupones cupos cupula cupulas cura curacion curada curado
curador curadores curan curar curarse curas curazao cure curia curico curiosa curiosamente
curiosas curiosidad curiosidades curioso curiosos curo currar current curricular curriculo
curriculum curro curry cursa cursado cursando cursar cursi cursiva curso cursos curtis curva
curvas curvatura cusco cuspide custodia custodio custodios custom cutis cutre cuya cuyas cuyo
cuyos cuzco cyber cynthia cyrus daba dabamos daban dabas daca dactilares dada dadas daddy dadme
dado dados daenerys daga daily dais daisy dakar dakota dalai dale dales dali dalia dallas dalton
dama damas damasco damaso dame damian damien damnificados damon damos dana danada danadas danado
danados danan danando danar dance dando dandole dandoles dandome dandonos dandose dandote dane
danes danesa daneses dani daniel daniela danielle daniels danilo danina daninas danino daninos
danny dano danos dans dante danubio dany danza danzas daphne dara daran daras darcy dardo dardos
dare daremos daria darian darias dario dark darla darle darles darlo darme darnos daros darren
darse darsela darselo darte darth darwin daryl dash data datan date dato datos davalos dave
david davidson davies davila davis davos dawn dawson days ddhh dead deadpool deal dean dear
death deba debacle debajo debamos deban debas debate debaten debates debatido debatiendo debatir
debbie debe debeis debemos deben deber debera deberan deberas deberemos deberes deberia
deberiais deberiamos deberian deberias deberse debes debi debia debiamos debian debida
debidamente debidas debido debidos debiendo debiera debieran debieron debil debiles debilidad
debilidades debilita debilitada debilitado debilitamiento debilitando debilitar debimos debio
debiste debito debo deborah debut debuta debutar debuto decada decadas decadencia decadente
decaer decana decano decapitado december decena decenas decencia decenio decente decentes
decepcion decepciona decepcionada decepcionado decepcionados decepcionante decepcionar
decepciones decepciono deceso deci decia deciamos decian decias decida decidan decidas decide
deciden decides decidi decidia decidida decididamente decidido decididos decidiendo decidiera
decidieron decidimos decidio decidir decidira decidiran decidirse decidiste decidme decido
decile decima decimal decimales decimas decime decimo decimos decir decirle decirles decirlo
decirme decirnos deciros decirse decirselo decirte decirtelo decis decision decisiones decisiva
decisivas decisivo decisivos deck declara declaraba declaracion declaraciones declarada
declaradas declarado declarados declaramos declaran declarando declarar declarara declararon
declararse declaratoria declare declaren declaro declinacion declinar declive decoracion
decoraciones decorada decoradas decorado decorados decorar decorativa decorativas decorativo
decorativos decoro decreciente decrecimiento decreta decretado decretar decreto decretos dedica
dedicaba dedicaban dedicacion dedicada dedicadas dedicado dedicados dedicamos dedican dedicando
dedicar dedicarle dedicarme dedicaron dedicarse dedicarte dedicas dedicatoria dedico dedique
dediquen dedo dedos deduccion deducciones deduce deducir deep default defecto defectos
defectuosa defectuoso defendemos defender defendera defenderla defenderlo defenderme defendernos
defenderse defenderte defendia defendian defendida defendido defendiendo defendieron defendio
defensa defensas defense defensiva defensivas defensivo defensivos defensor defensora defensoras
defensores defensoria deficiencia deficiencias deficiente deficientes deficit defienda defiendan
defiende defienden defiendes defiendo defina define definen definia definicion definiciones
definida definidas definido definidos definiendo definieron definio definir definira definirse
definitiva definitivamente definitivas definitivo definitivos deforestacion deformacion
deformaciones deforme defraudado defraudar defuncion degeneracion degenerado degenerados degrada
degradacion degradado degradante dehesa deidad deidades deis deja dejaba dejaban dejad dejada
dejadas dejado dejados dejala dejalo dejalos dejame dejamos dejan dejando dejandola dejandolo
dejandose dejanos dejar dejara dejaran dejaras dejare dejaremos dejaria dejarian dejarias
dejarla dejarlas dejarle dejarles dejarlo dejarlos dejarme dejarnos dejaron dejarse dejarte
dejas dejase dejaste dejate deje dejeis dejeme dejemos dejen dejenme dejes dejo dela delantal
delante delantera delanteras delantero delanteros delata delaware dele delegacion delegaciones
delegada delegadas delegado delegados delegar deleite delfin delfina delfines delgada delgadas
delgado delgados delhi delia deliberacion deliberaciones deliberada deliberadamente deliberado
deliberante delicada delicadas delicadeza delicado delicados delicia delicias deliciosa
deliciosas delicioso deliciosos delictiva delictivas delictivo delictivos delimitacion
delimitado delimitar delincuencia delincuente delincuentes delinquir delirante delirio delirios
delito delitos delivery dell della delos dels delta deluxe demagogia demanda demandada demandado
demandados demandan demandando demandante demandantes demandar demandas demande demando
demarcacion demas demasiada demasiadas demasiado demasiados deme demencia demente dementes
demetrio demi demo democracia democracias democracy democrata democratas democratica
democraticamente democraticas democratico democraticos democratizacion democratizar demografia
demografica demografico demograficos demoler demolicion demolido demon demonio demonios demora
demorado demorar demoras demoro demos demostraba demostracion demostraciones demostrada
demostrado demostramos demostrando demostrar demostrara demostrarle demostrarlo demostraron
demostro demuestra demuestran demuestras demuestre demuestren denegacion denegada denegado
dengue denigrar denis denise denle denme dennis denomina denominacion denominaciones denominada
denominadas denominado denominador denominados denominan denominar denominarse denomino denota
densa densamente densas densidad denso densos dentadura dental dentales dentista dentistas
dentro denuevo denuncia denunciaba denunciada denunciado denunciados denunciamos denuncian
denunciando denunciante denunciantes denunciar denunciarlo denunciaron denuncias denuncie
denuncien denuncio denver depara departamental departamentales departamento departamentos
department dependa depende dependemos dependen dependencia dependencias depender dependera
dependia dependian dependiendo dependiente dependientes deplorable deportacion deportaciones
deportado deportados deportar deporte deportes deportista deportistas deportiva deportivas
deportivo deportivos deposicion deposita depositada depositado depositados depositan depositar
depositaron deposito depositos depreciacion depredador depredadores depresion depresiones
depresivo deprime deprimente deprimida deprimido deprisa depto depuesto depuracion depurar derbi
derby derecha derechas derechista derechistas derecho derechos derek deriva derivacion derivada
derivadas derivado derivados derivan derivar derivo derogacion derogada derogado derogar derrama
derramada derramado derramamiento derramar derrame derrames derramo derretido derriba derribado
derribar derribaron derribo derrite derrocado derrocamiento derrocar derroche derroco derrota
derrotada derrotado derrotados derrotar derrotaron derrotas derroto derrumba derrumbe derrumbo
desabastecimiento desacato desaceleracion desacreditar desactivado desactivar desacuerdo
desacuerdos desafia desafiando desafiante desafiar desafio desafios desafortunada
desafortunadamente desafortunado desagrada desagradable desagradables desagrado desague desagues
desahogo desahucio desahucios desalojar desalojo desamor desamparados desamparo desaparece
desaparecen desaparecer desaparecera desapareceran desapareceria desaparecia desaparecida
desaparecidas desaparecido desaparecidos desapareciendo desapareciera desaparecieron desaparecio
desaparezca desaparezcan desaparicion desapariciones desapercibida desapercibido desapercibidos
desaprobacion desarmado desarmados desarmar desarme desarollo desarrolla desarrollaba
desarrollaban desarrollada desarrolladas desarrollado desarrollador desarrolladores
desarrollados desarrollamos desarrollan desarrollando desarrollandose desarrollar desarrollara
desarrollaron desarrollarse desarrolle desarrollen desarrollo desarrollos desastre desastres
desastrosa desastroso desata desatada desatado desatar desato desavenencias desayunar desayuno
desayunos desbloqueado desbloquear desbloqueo desborda desbordado desborde descabellado
descalabro descalificacion descalificado descalificar descalza descalzo descalzos descansa
descansado descansan descansando descansar descanse descansen descanso descansos descarada
descaradamente descarado descarga descargado descargan descargando descargar descargarlo
descargarse descargas descargo descargue descaro descarta descartada descartado descartan
descartando descartar descarte descartes descarto descendencia descendente descender descendido
descendiendo descendiente descendientes descendio descenso descensos descentralizacion
descentralizada descentralizado desciende descienden descifrar descolonizacion descompone
descomposicion descompuesto descomunal desconcertado desconcertante desconcierto desconecta
desconectada desconectado desconectar desconexion desconfia desconfiado desconfianza desconfiar
desconoce desconocemos desconocen desconocer desconocia desconocida desconocidas desconocido
desconocidos desconocimiento desconozco descontado descontar descontento descontentos descontrol
descontrolada descontrolado descredito describa describe describen describia describiendo
describieron describio describir describirlo descripcion descripciones description descriptiva
descriptivo descrita descritas descrito descritos descubierta descubiertas descubierto
descubiertos descubra descubran descubre descubren descubres descubri descubridor descubriendo
descubrieron descubrimiento descubrimientos descubrimos descubrio descubrir descubrira
descubriras descubrirlo descubriste descubro descuento descuentos descuida descuidada descuidado
descuidar descuido desde desden dese desea deseaba deseaban deseable deseables deseada deseadas
deseado deseados deseamos desean deseando desear desearia desearle deseas desechable desechables
desechado desechar desecho desechos desee deseen desees desembarcar desembarco desemboca
desembocadura desembocar desembolso desempena desempenaba desempenado desempenan desempenando
desempenar desempenarse desempeno desempleado desempleados desempleo desencadena desencadenar
desencadeno desencanto desenfrenada desenlace desenmascarar desenvuelve deseo deseos deseoso
deseosos desequilibrio desequilibrios desercion desert desertor desertores desespera
desesperacion desesperada desesperadamente desesperadas desesperado desesperados desesperante
desesperanza desestabilizacion desestabilizar desestimar desestimo desfalco desfavorable
desfavorables desfavorecidos desfilar desfile desfiles desgarrador desgarro desgastado desgaste
desglose desgracia desgraciada desgraciadamente desgraciado desgraciados desgracias deshace
deshacer deshacerse deshecho deshidratacion deshielo deshizo deshonesto deshonra desidia
desierta desierto desiertos design designa designacion designaciones designada designadas
designado designados designan designar designo desigual desigualdad desigualdades desiguales
desilusion desilusionado desinfeccion desinformacion desintegracion desinteres desinteresada
desinteresado desistir desleal deslealtad desliz desliza deslizamiento deslizamientos
deslumbrante desmadre desmanes desmantelamiento desmantelar desmayo desmedida desmedido
desmentido desmentir desmiente desmintio desmond desmontar desnivel desnuda desnudas desnudez
desnudo desnudos desnutricion desobedecer desobediencia desocupacion desocupados desodorante
desolacion desolado desorden desordenada desordenado desordenes despacho despachos despacio
despacito despecho despectiva despectivo despedi despedida despedidas despedido despedidos
despedimos despedir despedirme despedirse despega despegar despego despegue despejada despejado
despejar despenalizacion despensa desperdicia desperdiciado desperdiciar desperdicio
desperdicios despertaba despertado despertador despertamos despertando despertar despertarme
despertaron despertarse despertarte desperte desperto despiadada despiadado despidan despide
despiden despidiendo despidieron despidio despido despidos despierta despiertan despiertas
despierte despierten despiertes despierto despiertos despilfarro despistado desplaza desplazada
desplazadas desplazado desplazados desplazamiento desplazamientos desplazan desplazando
desplazar desplazarse desplazo desplegada desplegadas desplegado desplegados desplegando
desplegar desplego despliega despliegue desplome desplomo despoblado despojado despojo despota
despotismo desprecia despreciable despreciables desprecian despreciar desprecio desprende
desprenden desprenderse desprendimiento despreocupado desprestigiar desprestigio desprevenido
desproporcionada desproporcionado desproposito despues destaca destacaba destacable destacables
destacada destacadas destacado destacados destacamento destacamos destacan destacando destacar
destacaron destacarse destaco destapar destello destellos desterrado destierro destilacion
destina destinada destinadas destinado destinados destinan destinar destinara destinatario
destinatarios destino destinos destiny destitucion destituido destituir destreza destrezas
destroza destrozada destrozado destrozados destrozando destrozar destrozaron destrozo destrozos
destruccion destructiva destructivas destructivo destructor destructores destruida destruidas
destruido destruidos destruir destruira destruirla destruirlo destruya destruyan destruye
destruyen destruyendo destruyeron destruyo desuso desvanece desvanecio desvela desvelar
desventaja desventajas desvia desviacion desviaciones desviado desviando desviar desviarse
desvio desvios detalla detallada detalladamente detalladas detallado detallados detallan
detallando detallar detalle detalles detallo deteccion detecta detectada detectado detectados
detectan detectar detectaron detective detectives detecto detector detectores detencion
detenciones detendra detener detenerlo detenerlos detenerme detenernos detenerse detenerte
detenga detengan detenida detenidamente detenidas detenido detenidos deteniendo detenimiento
detergente deteriorada deteriorado deterioro determina determinacion determinada determinadas
determinado determinados determinan determinando determinante determinantes determinar
determinara determinaron determine determinen determino detesta detestable detesto detiene
detienen detonacion detonante detonar detractores detras detrimento detroit detuve detuviera
detuvieron detuvo deuda deudas deudor deudores deus deutsche devaluacion devastacion devastada
devastado devastador devastadora development devenir devil devocion devolucion devoluciones
devolver devolvera devolverle devolverlo devolviendo devolvieron devolvio devon devora devorado
devorar devota devoto devotos devuelta devuelto devueltos devuelva devuelvan devuelve devuelven
devuelvo dewey dexter dhabi dharma diabetes diabetico diablo diablos diabolica diabolico diadema
diafragma diagnosticado diagnosticar diagnosticaron diagnostico diagnosticos diagonal diagrama
diagramas dial dialectica dialecto dialectos dialisis dialogar dialogo dialogos diamante
diamantes diametro diamond diana diane diapositivas diaria diariamente diarias diario diarios
diarrea dias diaspora diaz dibuja dibujaba dibujada dibujado dibujan dibujando dibujante
dibujantes dibujar dibujitos dibujo dibujos diccionario diccionarios dice dicen dices dicha
dichas dicho dichos dichosa dichoso diciembre diciendo diciendole diciendoles diciendome
diciendote dick dickens dicotomia dicta dictada dictadas dictado dictador dictadores dictados
dictadura dictaduras dictamen dictamenes dictamino dictan dictar dictatorial dictatoriales dicte
dicto didactica didactico didacticos didier diecinueve dieciocho dieciseis diecisiete diego diem
diente dientes diera dieran dieras dieron dies diese diesel diestra diestro dieta dietas
dietrich dieu diez diezmo difamacion difamar diferencia diferenciacion diferenciada
diferenciadas diferenciado diferenciados diferencial diferenciales diferencian diferenciar
diferenciarse diferencias diferente diferentes diferido diferir dificil dificiles dificilmente
dificulta dificultad dificultades dificultan dificultar difiere difieren difundan difunde
difunden difundida difundidas difundido difundidos difundiendo difundieron difundio difundir
difundirlo difunta difunto difuntos difusa difusion difuso diga digais digale digame digamos
digan diganle diganme digas digerir digestion digestivo digimon digital digitales digitalizacion
digitalmente digito digitos digna dignamente dignas dignatarios dignidad digno dignos digo dije
dijera dijeran dijeras dijeron dijese dijieron dijimos dijiste dijo dilatacion dilatada dile
dilema dilemas diles diligencia diligencias diligente dillon dilma dilo dilucidar diluvio dime
dimelo dimension dimensiones diminuta diminutas diminutivo diminuto diminutos dimision dimite
dimitido dimitio dimitir dimitri dimos dina dinamarca dinamica dinamicas dinamico dinamicos
dinamismo dinamita dinastia dinero dineros ding dino dinos dinosaurio dinosaurios diocesano
diocesis dion dionisio dior dios diosa diosas diosdado dioses dioxido diploma diplomacia
diplomado diplomas diplomatica diplomaticas diplomatico diplomaticos diputacion diputaciones
diputada diputado diputados dique diques dira diran diras dire direccion direcciones direct
directa directamente directas direction directiva directivas directivo directivos directo
director directora directores directorio directorios directos directrices directriz directv
diremos diria diriamos dirian dirias dirige dirigen dirigencia dirigente dirigentes dirigi
dirigia dirigian dirigida dirigidas dirigido dirigidos dirigiendo dirigiendose dirigieron
dirigimos dirigio dirigir dirigira dirigirme dirigirse dirija dirijan dirijo dirk disc
discapacidad discapacidades discapacitado discapacitados discernir disciplina disciplinado
disciplinaria disciplinarias disciplinario disciplinas discipulo discipulos disco discografia
discografica discografico disconformidad discordia discos discoteca discotecas discovery
discrecion discrepancia discrepancias discrepar discreta discretamente discretas discreto
discretos discrimina discriminacion discriminados discriminar discriminatoria discriminatorio
disculpa disculpame disculpar disculparse disculpas disculpe disculpen disculpo discurre
discurso discursos discusion discusiones discuta discute discuten discutia discutian discutible
discutida discutido discutidos discutiendo discutieron discutimos discutio discutir discutirlo
discuto diseminacion disena disenada disenadas disenado disenador disenadora disenadores
disenados disenan disenando disenar disenaron diseno disenos disertacion disfraces disfraz
disfraza disfrazada disfrazado disfrazados disfrazar disfruta disfrutaba disfrutado disfrutalo
disfrutamos disfrutan disfrutando disfrutar disfrutarla disfrutarlo disfrutaron disfrutas
disfrute disfrutemos disfruten disfrutes disfruto disfuncion disgusta disgustado disgusto
disgustos disidencia disidente disidentes disimula disimular disimulo disipar disminucion
disminuida disminuido disminuir disminuya disminuye disminuyen disminuyendo disminuyeron
disminuyo disney disolucion disolvente disolver disolvio dispara disparaba disparaban disparada
disparado disparan disparando disparar dispararle dispararon disparate disparates dispare
disparen dispares disparidad disparo disparos dispersa dispersar dispersas dispersion disperso
dispersos dispondra dispone disponemos disponen disponer disponga dispongan dispongo disponia
disponian disponibilidad disponible disponibles disponiendo disposicion disposiciones
dispositivo dispositivos dispuesta dispuestas dispuesto dispuestos dispuso disputa disputada
disputadas disputado disputados disputan disputar disputara disputas disputo disque dista distal
distancia distanciamiento distancias distante distantes diste distension distincion distinciones
distingue distinguen distinguida distinguido distinguidos distinguio distinguir distinguirse
distinta distintas distintiva distintivo distintivos distinto distintos distorsion distorsionada
distorsiones distraccion distracciones distrae distraer distraida distraido distribucion
distribuciones distribuida distribuidas distribuido distribuidor distribuidora distribuidoras
distribuidores distribuidos distribuir distribuye distribuyen distribuyendo distribuyeron
distribuyo distrital distritales distrito distritos disturbio disturbios disuadir disuelta
disuelto disuelve disyuntiva diurna diurno diva divas divergencia divergencias divergente
divergentes diversa diversas diversidad diversificacion diversificar diversion diversiones
diverso diversos divertida divertidas divertido divertidos divertir divertirme divertirnos
divertirse divertirte divide dividen dividendo dividendos dividida divididas dividido divididos
dividiendo dividieron dividimos dividio dividir dividirse divierte divierten diviertete divierto
divina divinas divinidad divino divinos divisa divisas division divisiones divisoria divorciada
divorciado divorciados divorciarse divorcio divorcios divulgacion divulgado divulgar dixit dixon
dizque django djokovic dmitri dobla doblada dobladas doblado doblaje doblan doblando doblar
doble doblegar doblemente dobles doblete doblo doce docena docenas docencia docente docentes
docil docs doctor doctora doctorado doctorados doctoral doctores doctrina doctrinas documenta
documentacion documentada documentadas documentado documentados documental documentales
documentar documento documentos dodge dodgers does dogma dogmas dogmatica dogs doha dolar
dolares dolce dolencia dolencias doler dolera dolia dolido dolio dollar dolly dolo dolor dolores
dolorosa dolorosamente dolorosas doloroso dolorosos domar domestica domesticas domestico
domesticos domiciliaria domiciliario domicilio domicilios domina dominaba dominacion dominada
dominadas dominado dominados dominan dominando dominante dominantes dominar dominaron domine
domingo domingos dominguez dominic dominica dominical dominicana dominicano dominicanos dominico
dominicos dominio dominios dominique domino domo dona donacion donaciones donada donado donados
donald donando donante donantes donar donas donativo donativos donato doncella doncellas donde
dondequiera done dones donetsk dong donna dono donoso donovan donuts doom door dopaje dopamina
doquier dora dorada doradas dorado dorados dorian doris dormi dormia dormian dormida dormido
dormidos dormimos dormir dormire dormirme dormirse dormiste dormitorio dormitorios dorothy
dorrego dorsal dorsales dorso dortmund doscientas doscientos dosis dossier dota dotacion dotada
dotadas dotado dotados dotar dote dotes double doug douglas down download doyle dpto draco
dracula draft drag drago dragon dragones drake drama dramas dramatica dramaticamente dramaticas
dramatico dramaticos dramatismo dramaturgia dramaturgo drastica drasticamente drasticas drastico
dream dreams drenaje drew drive driver drivers droga drogada drogadiccion drogadicto drogadictos
drogado drogas dron drone drones drop dual dualidad duarte dubai dublin dubois ducado ducados
ducha duchas duck duda dudaba dudado dudan dudando dudar dudarlo dudas dude duden dudes dudley
dudo dudosa dudosas dudoso dudosos duela duele duelen duelo duelos duena duenas duende duendes
dueno duenos duerma duerman duermas duerme duermen duermes duermo duero dueto duhalde duke dulce
dulcemente dulces dulzura duma dumas dumbledore dunas duncan dunn duodecimo dupla duplica
duplicacion duplicado duplicados duplicar duplico dupont duque duques duquesa dura duraba
durabilidad duracion duradera duraderas duradero duraderos durado duramente duran durand durango
durant durante durar durara duraran duraria duraron duras durazno dure duren dureza durisimo
durmiendo durmiente durmieron durmio duro duros dutch duty dvds dwayne dwight dylan eagle earl
early earth east eastwood easy eaton ebay ebola ebook ebria ebriedad ebrio ebrios ebro
ebullicion ecatepec echa echaba echaban echada echado echale echamos echan echando echandole
echar echara echare echaremos echarle echarlo echarme echaron echarse echarte echas eche
echegaray echemos echen echenique eches echeverria echo eclesiastica eclesiasticas eclesiastico
eclesiasticos eclipse ecografia ecologia ecologica ecologicas ecologico ecologicos ecologista
ecologistas economia economias economic economica economicamente economicas economico economicos
economics economist economista economistas economy ecos ecosistema ecosistemas ecoturismo
ecuacion ecuaciones ecuador ecuatorial ecuatoriana ecuatorianas ecuatoriano ecuatorianos
ecuestre edad edades eddie eddy edema eden edgar edgardo edge edicion ediciones edicto
edificacion edificaciones edificado edificar edificio edificios edil ediles edimburgo edipo
edison edit edita editada editadas editado editados editan editando editar edith edition edito
editor editora editores editorial editoriales edmond edmund edmundo edna edomex eduard eduardo
educa educacion educacional educacionales educada educadas educado educador educadora educadores
educados educan educando educar education educativa educativas educativo educativos edward
edwards edwin eeuu efectiva efectivamente efectivas efectividad efectivo efectivos efecto
efectos efectua efectuada efectuadas efectuado efectuados efectuan efectuar efectuara efectuaron
efectuarse efectuo efemerides effect effects eficaces eficacia eficaz eficazmente eficiencia
eficiente eficientemente eficientes efigie efimera efimero efrain egipcia egipcias egipcio
egipcios egipto egoismo egoista egoistas egos egresado egresados egreso egresos ehhh eibar
eiffel eileen einstein eisenhower ejecucion ejecuciones ejecuta ejecutada ejecutadas ejecutado
ejecutados ejecutan ejecutando ejecutar ejecutaron ejecutarse ejecute ejecuten ejecutiva
ejecutivas ejecutivo ejecutivos ejecuto ejecutor ejem ejemplar ejemplares ejemplifica ejemplo
ejemplos ejerce ejercen ejercer ejercera ejercia ejercicio ejercicios ejercida ejercido
ejerciendo ejercieron ejercio ejercitar ejercito ejercitos ejerza ejerzan ejes ejido elabora
elaboracion elaborada elaboradas elaborado elaborados elaboran elaborando elaborar elaboraron
elaboro elaine elastica elasticidad elastico elba elche elder eleanor eleccion elecciones electa
electo elector electorado electoral electorales electores electos electric electrica electricas
electricidad electricista electrico electricos electrificacion electro electrodomesticos
electrodos electromagnetica electromagnetico electron electrones electronic electronica
electronicas electronico electronicos elefante elefantes elegancia elegante elegantes elegi
elegia elegible elegibles elegida elegidas elegido elegidos elegimos elegir elegira elegiran
elegiria elegiste elektra elemental elementales elemento elementos elena elenco eleva elevacion
elevada elevadas elevado elevador elevadores elevados elevan elevando elevar elevaron elevarse
eleven elevo elfo elfos elia elias elige eligen eliges eligiendo eligieron eligio elija elijan
elijas elije elijo elimina eliminacion eliminada eliminadas eliminado eliminados eliminan
eliminando eliminar eliminara eliminarlo eliminarlos eliminaron eliminatoria eliminatorias
elimine eliminen elimino elio eliot elisa elisabeth eliseo elite elites elitista elixir eliza
elizabeth elizalde elizondo ella ellas elle ellen ellie elliot elliott ellis ello ellos
elocuencia elocuente elogia elogiado elogio elogios eloy elsa else elton eludir elvira elvis
email emails emana emancipacion emanuel embajada embajadas embajador embajadora embajadores
embalaje embalse embalses embarazada embarazadas embarazo embarazos embarcacion embarcaciones
embarcadero embarcado embarcar embarcarse embarco embargo embarque emblema emblemas emblematica
emblematicas emblematico emblematicos embole emboscada embotellada embrague embriaguez embrion
embriones embudo embutidos emelec emerge emergen emergencia emergencias emergente emergentes
emerger emergio emerito emerson emery emigracion emigrado emigrados emigran emigrante emigrantes
emigrar emigraron emigro emil emile emilia emiliano emilio emily eminem eminencia eminente
eminentemente emir emiratos emisario emision emisiones emisor emisora emisoras emisores emita
emite emiten emitia emitida emitidas emitido emitidos emitiendo emitieron emitio emitir emitira
emma emmanuel emmy emocion emociona emocionada emocionado emocionados emocional emocionales
emocionalmente emocionante emocionantes emociones emociono emoji emos emotiva emotivo empalme
empanada empanadas empapada empapado empaque empatado empatados empatar empataron empate empates
empatia empato empece empecemos empedrado empena empenado empenados empenan empeno empeora
empeorado empeoramiento empeorando empeorar empeoro emperador emperadores emperatriz empero
empezaba empezaban empezado empezamos empezando empezar empezara empezaran empezare empezaremos
empezaria empezaron empezas empezaste empeze empezo empiece empiecen empieces empieza empiezan
empiezas empiezo empire empirica empirico emplazado emplazamiento emplea empleaba empleaban
empleada empleadas empleado empleador empleadores empleados emplean empleando emplear emplearon
emplearse empleo empleos empobrecido empobrecimiento empoderamiento empoderar emprende
emprendedor emprendedora emprendedores emprenden emprender emprendida emprendido emprendieron
emprendimiento emprendimientos emprendio empresa empresaria empresariado empresarial
empresariales empresario empresarios empresas empuja empujado empujan empujando empujar
empujaron empuje empujo empujon empujones empunadura emulador emular enajenacion enamora
enamorada enamorado enamorados enamoramiento enamoran enamorando enamorar enamorarme enamorarse
enamore enamoro enana enano enanos encabeza encabezada encabezado encabezados encabezan
encabezando encabezar encabezo encadenado encadenados encaja encajan encajar encaje encaminada
encaminadas encaminado encanta encantaba encantada encantado encantador encantadora encantadores
encantados encantan encantar encantara encantaria encantaron encanto encantos encapuchados
encara encarar encarcelada encarcelado encarcelados encarcelamiento encarcelar encarecidamente
encarga encargaba encargada encargadas encargado encargados encargamos encargan encargar
encargara encargaria encargaron encargarse encargo encargos encargue encarna encarnacion
encarnado encendedor encender encendida encendidas encendido encendidos encendiendo encendio
encerrada encerradas encerrado encerrados encerrar encerraron encerro enchufados enchufe
enchufes encias enciclica enciclopedia enciende encienden encierra encierran encierro encima
encina encinas enclave enclaves encomendado encomendo encomienda encomiendas encontra encontraba
encontrabamos encontraban encontrada encontradas encontrado encontrados encontramos encontrando
encontrandose encontrar encontrara encontraran encontraras encontrare encontraremos encontraria
encontrarian encontrarla encontrarlas encontrarle encontrarlo encontrarlos encontrarme
encontrarnos encontraron encontrarse encontrarte encontras encontrase encontraste encontre
encontremos encontro encrucijada encuadre encubierta encubiertas encubierto encubiertos
encubrimiento encubrir encuentra encuentran encuentras encuentre encuentren encuentres encuentro
encuentros encuesta encuestados encuestas ende endemica endemicas enderezar endesa endeudamiento
endurecer endurecimiento enel enemiga enemigas enemigo enemigos enemistad energetica energeticas
energetico energeticos energia energias energica energicamente energico energy enero enesima
enfada enfadada enfadado enfadados enfado enfasis enfatiza enfatizar enfatizo enferma enferman
enfermar enfermas enfermedad enfermedades enfermera enfermeras enfermeria enfermero enfermeros
enfermiza enfermizo enfermo enfermos enfoca enfocada enfocadas enfocado enfocados enfocan
enfocar enfocarse enfoco enfoque enfoques enfrenta enfrentaba enfrentaban enfrentadas enfrentado
enfrentados enfrentamiento enfrentamientos enfrentamos enfrentan enfrentando enfrentandose
enfrentar enfrentara enfrentaran enfrentarnos enfrentaron enfrentarse enfrente enfrento enfria
enfriamiento enfriar enfurece enfurecido enfurecio engana enganada enganado enganados enganan
enganando enganar enganaron enganas engancha enganchado enganchar enganche engane enganen
enganes engano enganos enganosa enganoso engels engendro engine england english engloba engorda
engordar engranaje engranajes enhorabuena enigma enigmas enigmatico enjambre enjuiciamiento
enjuiciar enlace enlaces enlaza enlazado enlazan enlazar enloquece enloquecer enmarca enmarcada
enmarcado enmarcar enmascarado enmedio enmendar enmienda enmiendas enoja enojada enojado
enojados enojan enojar enojarse enoje enojes enojo enorgullece enorme enormemente enormes enough
enredado enredo enric enrico enrique enriquece enriquecen enriquecer enriquecerse enriquecido
enriquecimiento enriquez ensalada ensaladas ensamblaje ensamble ensanche ensayando ensayar
ensayista ensayo ensayos enseguida ensena ensenaba ensenaban ensenada ensenado ensenamos ensenan
ensenando ensenanza ensenanzas ensenar ensenara ensenarle ensenarles ensenarme ensenarnos
ensenaron ensenarte ensenas ensenaste ensene ensenen ensenes enseno enseres enserio ensuciar
ensueno entablar ente entel entendamos entendemos entender entendera entenderan entenderas
entendere entenderia entenderias entenderla entenderlo entendernos entenderse entendes entendi
entendia entendian entendible entendida entendido entendidos entendiendo entendiera entendieron
entendimiento entendimos entendio entendiste enter entera enterada enterado enterados
enteramente enteramos enteran enterar enterarme enteraron enterarse enterarte enteras enteraste
enterate entere enteren entero enteros enterprise enterrada enterradas enterrado enterrados
enterrar enterraron enterro entertainment entes entidad entidades entienda entiendan entiendas
entiende entienden entiendes entiendo entierra entierro entonacion entonces entorno entornos
entorpecer entra entraba entraban entrada entradas entrado entramado entramos entran entrana
entranable entranas entrando entrante entrantes entrar entrara entraran entraria entraron entras
entraste entre entredicho entrega entregaba entregaban entregada entregadas entregado entregados
entregamos entregan entregando entregar entregara entregaran entregarle entregarlo entregaron
entregarse entregarte entregas entrego entregue entreguen entremos entren entrena entrenada
entrenado entrenador entrenadora entrenadores entrenados entrenamiento entrenamientos entrenan
entrenando entrenar entreno entrepierna entres entretanto entretener entretenerse entretenida
entretenido entretenidos entretenimiento entretiene entrever entrevista entrevistada
entrevistado entrevistador entrevistados entrevistando entrevistar entrevistaron entrevistas
entrevisto entristece entro entry entusiasma entusiasmada entusiasmado entusiasmados entusiasmo
entusiasta entusiastas enumera enumerados enumeran enumerar enunciado enunciados envasado envase
envases envejece envejecer envejecido envejecimiento envenenada envenenado envenenamiento
envenenar envergadura envia enviaba enviaban enviada enviadas enviado enviados enviamos envian
enviando enviar enviara enviaran enviare enviaremos enviaria enviarla enviarle enviarlo
enviarlos enviarme enviarnos enviaron enviarte envias envidia envidiable envidiar envidio
envidioso envidiosos envie envien envio envios envoltorio envoltura envolvente envolver envuelta
envueltas envuelto envueltos envuelve envuelven enzima enzimas enzo eolica eolico epic epica
epicas epicentro epico epidemia epidemias epidemiologia epidermis epifania epilepsia epilogo
episcopado episcopal episodio episodios epistemologia epistola epitafio epoca epocas epopeya
epstein equidad equilibrada equilibrado equilibrar equilibrio equipacion equipada equipadas
equipado equipados equipaje equipamiento equipamientos equipar equiparar equipo equipos equis
equitacion equitativa equitativo equivale equivalen equivalencia equivalencias equivalente
equivalentes equivoca equivocacion equivocaciones equivocada equivocadamente equivocadas
equivocado equivocados equivocamos equivocan equivocar equivocarme equivocaron equivocarse
equivocas equivocaste equivoco equivoque equivoques eramos eran erario eras erase erasmo erasmus
erdogan ereccion erecto eres ergo eric erica erich erick erige erigido erigio erigir erik erika
erin eritrea erizo ermita ermitano ernest ernesto ernst eros erosion erotica eroticas erotico
eroticos erotismo errada erradicacion erradicar errado errante errar errejon erronea
erroneamente erroneas erroneo erroneos error errores erudicion erudito eruditos erupcion
erupciones erwin esas esbirros esbozo escala escalada escalafon escalando escalante escalar
escalas escalera escaleras escalofriante escalofrio escalofrios escalon escalona escalones
escamas escandalo escandalos escandalosa escandaloso escandinavos escanear escaneo escaner
escano escanos escapa escapaba escapada escapado escapan escapando escapar escaparate escaparon
escaparse escape escapo escarabajo escarabajos escaramuzas escarlata escarnio escasa escasamente
escasas escasez escaso escasos escena escenario escenarios escenas escenica escenicas escenico
escenografia esceptica escepticismo esceptico escepticos escision esclarecer esclarecimiento
esclava esclavas esclavitud esclavo esclavos esclerosis escoba escobar escobas escobedo escoces
escocesa escoceses escocia escoge escogen escoger escogi escogida escogidas escogido escogidos
escogiendo escogieron escogio escoja escolar escolares escolaridad escolarizacion escolta
escoltas escombros esconde esconden esconder esconderse escondia escondida escondidas escondido
escondidos escondiendo escondio escondite escondo escopeta escopetas escoria escorial escorpion
escort escote escriba escriban escribano escribanos escribas escribe escriben escribes escribi
escribia escribian escribiendo escribiera escribieron escribimos escribio escribir escribira
escribire escribiria escribirle escribirlo escribirse escribiste escribo escrita escritas
escrito escritor escritora escritoras escritores escritorio escritorios escritos escritura
escrituras escroto escrupulos escrutinio escuadra escuadras escuadron escuadrones escucha
escuchaba escuchaban escuchada escuchadas escuchado escuchados escuchamos escuchan escuchando
escuchar escuchara escucharla escucharle escucharlo escucharlos escucharme escucharon escucharse
escucharte escuchas escuchaste escuche escuchemos escuchen escuches escucho escudero escudo
escudos escuela escuelas escultor escultores escultura esculturas escupe escupiendo escupir
escusa esencia esencial esenciales esencialmente esencias esfera esferas esfinge esforzado
esforzarse esforzo esfuerza esfuerzan esfuerzo esfuerzos esgrima eslabon eslava eslogan eslovaco
eslovaquia eslovenia esmalte esmaltes esmeralda esmeraldas esmero esofago esos espa espacial
espaciales espacio espacios espacioso espada espadas espalda espaldas espana espanol espanola
espanolas espanoles espanta espantar espanto espantosa espantosas espantoso espanyol esparce
esparcidas esparcido esparcidos esparcimiento esparcir esparragos esparta espartanos esparza
espasa espasmos espe especia especial especiales especialidad especialidades especialista
especialistas especializa especializacion especializada especializadas especializado
especializados especialmente especias especie especies especifica especificacion
especificaciones especificado especificados especificamente especifican especificar especificas
especificidad especifico especificos especifique especimen especimenes espectacular
espectaculares espectaculo espectaculos espectador espectadores espectro espectros especula
especulacion especulaciones especuladores especulando especular especulativa especulativo
espejismo espejo espejos espeluznante espera esperaba esperabamos esperaban esperabas esperada
esperadas esperado esperados esperamos esperan esperando esperandote esperanto esperanza
esperanzador esperanzas esperar esperara esperare esperaria esperaron esperarse esperas espere
esperemos esperen esperes esperma espermatozoides espero espesa espeso espesor espia espiando
espiar espias espiga espigas espina espinacas espinal espinar espinas espino espinosa espinoso
espinoza espionaje espiral espirales espiritu espiritual espirituales espiritualidad
espiritualmente espiritus esplendida esplendido esplendor espn esponja esponjas espontanea
espontaneamente espontaneas espontaneidad espontaneo espontaneos esporadicamente esporadicos
esporas esports esposa esposado esposas esposo esposos espuma esque esqueleto esqueletos esquema
esquemas esqui esquiar esquina esquinas esquiva esquivando esquivar esquivel esquizofrenia essex
esta estaba estabamos estaban estabas estabilidad estabilizacion estabilizador estabilizar
estable establece establecen establecer establecera establecerse establecia establecida
establecidas establecido establecidos estableciendo estableciendose establecieron
establecimiento establecimientos establecio estables establezca establezcan establishment
establo establos estaca estacion estacionado estacionados estacional estacionales
estacionamiento estacionamientos estacionar estaciones estad estadia estadio estadios estadista
estadistica estadisticamente estadisticas estadistico estadisticos estado estados estadounidense
estadounidenses estafa estafado estafador estafadores estafar estafas estais estalla estallado
estallar estallaron estalle estallido estallo estambres estambul estamentos estamos estampa
estampado estampas estampida estampillas estan estancada estancado estancados estancamiento
estancia estancias estandar estandares estandarizacion estandarte estandartes estando estanislao
estano estanque estanques estante estanteria estanterias estantes estar estara estaran estaras
estare estaremos estaria estariamos estarian estarias estarlo estarse estas estatal estatales
estate estatica estatico estatua estatuas estatura estatus estatuto estatutos este esteban
estefania esteis estela estelar estelares estella estemos esten estepa ester estereo estereotipo
estereotipos esteril esteriles esterilizacion esterlinas estero esteroides estes estetica
esteticamente esteticas estetico esteticos estevez esther estiercol estigma estigmas estilista
estilo estilos estima estimaba estimacion estimaciones estimada estimadas estimado estimados
estiman estimar estime estimo estimula estimulacion estimulan estimulando estimulante
estimulantes estimular estimulo estimulos estipula estipulado estira estirar estirpe estival
esto estocolmo estofado estomago estomagos estonia estorbo estos estoy estrada estrado estragos
estrasburgo estratega estrategas estrategia estrategias estrategica estrategicamente
estrategicas estrategico estrategicos estrato estratos estrecha estrechamente estrechar
estrechas estrecho estrechos estrella estrellado estrellarse estrellas estrello estremece
estrena estrenada estrenado estrenar estrenara estrenimiento estreno estrenos estres estresada
estresado estresante estrias estribillo estribos estricta estrictamente estrictas estricto
estrictos estrofa estrofas estropeado estructura estructuracion estructurada estructurado
estructurados estructural estructurales estructurar estructuras estruendo estuche estudia
estudiaba estudiada estudiadas estudiado estudiados estudiamos estudian estudiando estudiante
estudiantes estudiantil estudiantiles estudiar estudiarlo estudiaron estudias estudiaste estudie
estudien estudio estudios estudioso estudiosos estufa estufas estupefacientes estupenda
estupendamente estupendas estupendo estupendos estupida estupidas estupideces estupidez estupido
estupidos estupor estuve estuviera estuvieramos estuvieran estuvieras estuvieron estuviese
estuviesen estuvimos estuviste estuvo etanol etapa etapas etcetera eter eterna eternal
eternamente eternas eternidad eterno eternos ethan ethernet etica eticas etico eticos etimologia
etiologia etiope etiopia etiqueta etiquetado etiquetar etiquetas etnia etnias etnica etnicas
etnico etnicos etnografia eucalipto eucaristia eufemismo euforia eugene eugenia eugenio eulalia
eurasia euro eurocopa eurodiputados europa europe europea european europeas europeo europeos
euros eurovision eurozona eusebio euskadi euskal euskera eutanasia evacuacion evacuado evacuados
evacuar evadir evalua evaluacion evaluaciones evaluado evaluados evaluan evaluando evaluar
evaluo evan evangelica evangelicas evangelico evangelicos evangelio evangelios evangelista
evangelistas evangelizacion evans evaporacion evaristo evasion evelyn even evento eventos
eventual eventuales eventualidad eventualmente ever everest everett everton every everything
evidencia evidencian evidenciar evidencias evidencio evidente evidentemente evidentes evil evita
evitaba evitado evitamos evitan evitando evitar evitara evitaria evitarlo evitaron evitarse
evite eviten evito evoca evocan evocar evolucion evoluciona evolucionado evolucionan
evolucionando evolucionar evoluciones evoluciono evolution evolutiva evolutivo exacta
exactamente exactas exactitud exacto exactos exagera exageracion exagerada exageradamente
exageradas exagerado exagerados exagerando exagerar exagero exalcalde exaltacion exaltado examen
examenes examina examinado examinados examinando examinar examine examino excavacion
excavaciones excavar exceda excede exceden excedencia excedente excedentes exceder excel
excelencia excelente excelentes excelsior excentrico excepcion excepcional excepcionales
excepcionalmente excepciones excepto exceptuando excesiva excesivamente excesivas excesivo
excesivos exceso excesos exchange excita excitacion excitado excitante exclama exclamacion
exclamo excluida excluidas excluido excluidos excluir exclusion exclusiva exclusivamente
exclusivas exclusividad exclusivo exclusivos excluye excluyen excluyendo excluyente excluyentes
excmo excremento excrementos excursion excursiones excusa excusas exdirector exencion exenciones
exenta exentas exento exentos exhaustiva exhaustivo exhausto exhibe exhiben exhibicion
exhibiciones exhibida exhibido exhibiendo exhibio exhibir exhorta exhorto exige exigen exigencia
exigencias exigente exigentes exigia exigian exigido exigidos exigiendo exigieron exigimos
exigio exigir exigira exigirle exija exijan exijo exiliado exiliados exilio exime exista existan
existe existen existencia existencial existenciales existencias existente existentes existes
existia existian existido existiendo existiera existieran existieron existiese existimos existio
existir existira existiria existo exito exitos exitosa exitosamente exitosas exitoso exitosos
exjefe exministro exodo exorcismo exorcista exotica exoticas exotico exoticos expande expandido
expandiendo expandio expandir expandirse expansion expansiones expansiva expatriados expectacion
expectativa expectativas expedicion expediciones expedida expedido expediente expedientes
expedir expensas experience experiencia experiencias experimenta experimentacion experimentada
experimentado experimentados experimental experimentales experimentamos experimentan
experimentando experimentar experimentaron experimento experimentos experta expertas experto
expertos expiacion expiatorio explanada explica explicaba explicacion explicaciones explicada
explicado explicame explicamos explican explicando explicar explicara explicare explicaria
explicarle explicarles explicarlo explicarme explicarnos explicaron explicarse explicarte
explicas explicativo explicita explicitamente explicitas explicito explicitos explico explique
expliquen explora exploracion exploraciones explorado explorador exploradora exploradores
exploran explorando explorar explorer explosion explosiones explosiva explosivas explosivo
explosivos explota explotacion explotaciones explotada explotadas explotado explotadores
explotados explotan explotando explotar explotaron explote exploto expo expone exponen
exponencial exponencialmente exponente exponentes exponer exponerse exponga exponiendo exporta
exportacion exportaciones exportado exportador exportadores exportan exportar exposicion
exposiciones expositores expres expresa expresaba expresada expresadas expresado expresados
expresamente expresamos expresan expresando expresar expresarlo expresarme expresaron expresarse
expresarte expresas exprese expresen expresidente expresidentes expresion expresiones expresiva
expresivo expreso express exprimir expropiacion expropiaciones expropiar expuesta expuestas
expuesto expuestos expulsa expulsada expulsado expulsados expulsan expulsar expulsaron expulsion
expulsiones expulso expusieron expuso exquisita exquisito exquisitos extasis extender extendera
extenderse extendia extendida extendidas extendido extendidos extendiendo extendiendose
extendieron extendio extensa extensamente extensas extension extensiones extensiva extensivo
extenso extensos exterior exteriores exterminar exterminio externa externas externo externos
extienda extiende extienden extincion extinguido extinguir extinta extinto extorsion extorsiones
extra extraccion extracto extractos extradicion extrae extraen extraer extraida extraidas
extraido extraidos extrajo extrajudicial extrana extranaba extranado extranamente extranamos
extranan extranar extranaria extranas extrane extranjera extranjeras extranjeria extranjero
extranjeros extrano extranos extraoficial extraordinaria extraordinariamente extraordinarias
extraordinario extraordinarios extras extraterrestre extraterrestres extravagante extravagantes
extraviado extrema extremadamente extremadura extremas extreme extremeno extremidad extremidades
extremismo extremista extremistas extremo extremos exuberante eyes ezeiza ezequiel ezln ezra
faber fabian fabio fabiola fabra fabrica fabricacion fabricada fabricadas fabricado fabricados
fabrican fabricando fabricante fabricantes fabricar fabricas fabricio fabrico fabula fabulas
fabulosa fabulosas fabuloso fabulosos faccion facciones face facebook faceta facetas facha
fachada fachadas fachas facial faciales facil faciles facilidad facilidades facilita facilitado
facilitan facilitando facilitar facilitara facilite faciliten facilito facilmente fact
factibilidad factible facto factor factores factoria factory factura facturacion facturas facu
facultad facultades facultativo facundo faena fail fair faire faith faja fajardo fake falacia
falacias falange falangistas falcao falcon falda faldas fall falla fallado fallamos fallan
fallando fallar fallaron fallas fallaste falle fallece fallecer fallecida fallecidas fallecido
fallecidos fallecieron fallecimiento fallecio fallen fallida fallido fallidos fallo fallos falls
falsa falsamente falsas false falsedad falsedades falsificacion falsificaciones falsificar falso
falsos falta faltaba faltaban faltado faltan faltando faltante faltantes faltar faltara faltaria
faltarle faltaron faltas falte falten falto fama familia familiar familiares familiaridad
familiarizado familiarizados familias family famosa famosas famoso famosos fanatica fanatico
fanaticos fanatismo fang fango fanny fans fanta fantasia fantasias fantasma fantasmas fantastica
fantasticas fantastico fantasticos fantasy farandula faraon faraones farc farias farina fariseos
farm farmaceutica farmaceuticas farmaceutico farmaceuticos farmacia farmacias farmaco farmacos
faro farol faroles faros farrell farsa farsante fascina fascinacion fascinado fascinante
fascinantes fascismo fascista fascistas fase fases fashion faso fast fastidia fastidiar fastidio
fastidioso fatal fatales father fatiga fatima fauna faustino fausto favela favor favorable
favorablemente favorables favorece favorecen favorecer favorecida favorecido favorecidos
favoreciendo favorecio favores favorezca favorita favoritas favoritismo favorito favoritos
fealdad fear feas feat febrero february fecal fecha fechada fechado fechas fechorias fecundacion
fecundidad fede federacion federaciones federal federales federalismo federativa federativas
federer federico feed feedback feel feeling fehaciente felices feliciano felicidad felicidades
felicita felicitacion felicitaciones felicitar felicito feligreses felino felinos felipe felix
feliz felizmente fellow femenil femenina femeninas femenino femeninos feminicidio feminicidios
feminidad feminismo feminista feministas femoral femur feng fenicios fenix fenomenal fenomeno
fenomenos feos ferdinand feretro ferguson feria feriado feriados ferias fermentacion fermin
fernan fernanda fernandez fernando fernet feroces feroz ferrara ferrari ferraz ferrea ferreas
ferreira ferreo ferrer ferrero ferreteria ferreyra ferro ferrocarril ferrocarriles ferrol
ferroviaria ferroviarias ferroviario ferroviarios ferry fertil fertiles fertilidad fertilizacion
fertilizante fertilizantes ferviente fervor fest festeja festejan festejando festejar festejo
festejos festin festiva festival festivales festividad festividades festivo festivos fetal
fetiche feto fetos feudal feudales feudalismo feudo ffaa fiabilidad fiable fiables fianza fiar
fiasco fiat fibra fibras fibrosis ficcion ficciones ficha fichado fichaje fichajes fichar fichas
fichero ficheros ficticia ficticias ficticio ficticios fiction fide fideicomiso fidel fidelidad
fideos fiduciario fiebre fiel field fields fieles fielmente fiera fieras fiero fierro fiesta
fiestas fifa fight fighter figueroa figura figuraba figuraban figurado figuran figurar figuras
figure fija fijacion fijada fijadas fijado fijados fijamente fijamos fijan fijando fijar fijaron
fijarse fijas fijate fije fijen fijense fiji fijo fijos fila filadelfia filamentos filarmonica
filas file files filete filetes filiacion filial filiales filipina filipinas filipino filipinos
film filma filmacion filmaciones filmada filmado filmando filmar filmaron filme filmes filmo
films filo filologia filosofia filosofias filosofica filosoficas filosofico filosoficos filosofo
filosofos filtra filtracion filtraciones filtrada filtrado filtran filtrar filtro filtros fina
final finales finalice finalidad finalidades finalista finalistas finaliza finalizacion
finalizada finalizado finalizando finalizar finalizo finalmente finamente financia financiacion
financiada financiadas financiado financiados financial financiamiento financian financiando
financiar financiera financieramente financieras financiero financieros financio finanzas finas
finca fincas finch find finde findes fine fines finge fingido fingiendo fingio fingir finita
finito finlandes finlandia finn fino finos fiona fire firefox firewall firma firmaba firmada
firmadas firmado firmados firmamento firmamos firman firmando firmantes firmar firmara firmaron
firmas firme firmemente firmen firmes firmeza firmo first fiscal fiscales fiscalia fiscalizacion
fiscalizar fischer fisco fish fisher fisica fisicamente fisicas fisico fisicos fisiologia
fisiologica fisiologicas fisiologico fisioterapia fisonomia fisura fisuras fitness fito fitz
fitzgerald five fiyi flaca flacas flaco flacos flag flagelo flagrante flair flamante flamenca
flamenco flamencos flan flanco flancos flandes flash flauta flautas flavia flavio flecha flechas
fleming flequillo fletcher flete flexibilidad flexible flexibles flexion flia flickr flip floja
flojera flojo flojos flor flora floracion floral florales florece florecen florecer floreciente
florecimiento florecio florence florencia florencio florentino florero flores floresta florez
florida florido flota flotacion flotan flotando flotante flotantes flotar flotas flote flotilla
flow floyd fluctuaciones fluida fluidez fluido fluidos fluir flujo flujos fluvial fluviales
fluya fluye fluyen fluyendo flying flynn fmln fobia foca focal focas foco focos focus fogata
folclore foley folio folios folk folklore folla follaje follando follar folleto folletos follow
fome fomenta fomentado fomentan fomentando fomentar fomento fonda fondo fondos fonetica fonseca
fonsi font fontana fontanero food football foral foraneo foraneos forastero forasteros forbes
force ford foreign forense forenses forest forestal forestales forever forja forjado forjar form
forma formaba formaban formacion formaciones formada formadas formado formadores formados formal
formales formalidad formalidades formalizacion formalizar formalmente formamos forman formando
formandose formar formara formaran formaron formarse formas formativas formativo formato
formatos forme formen formidable formo formosa formula formulacion formulada formuladas
formulado formular formulario formularios formulas formulo foro foros forra forrado forraje
forrest forro forros fort fortalece fortalecen fortalecer fortalecido fortaleciendo
fortalecimiento fortaleza fortalezas fortificacion fortificaciones fortin fortnite fortuito
fortuna fortunas fortune forum forward forza forzada forzadas forzado forzados forzando forzar
forzaron forzo forzosa forzosamente forzoso forzosos fosa fosas fosfato fosforo fosforos fosil
fosiles foso foster foto fotocopia fotocopias fotografa fotografia fotografiado fotografiar
fotografias fotografica fotograficas fotografico fotograficos fotografo fotografos fotos
foucault found foundation four fowler fracasa fracasada fracasado fracasados fracasan fracasar
fracasaron fracaso fracasos fraccion fraccionamiento fracciones fracking fractura fracturas
fraga fragancia fragata fragil fragiles fragilidad fragmentacion fragmentada fragmentado
fragmento fragmentos fraile frailes frame framework fran franca francamente francas france
frances francesa francesas francesc francesca francesco franceses francia francis francisca
franciscana franciscano franciscanos francisco franco francois francos francotirador
francotiradores franela franja franjas frank frankenstein frankfurt frankie franklin franqueza
franquicia franquicias franquismo franquista franquistas franz frasco frascos frase fraser
frases fraternal fraternidad fraude fraudes fraudulenta fraudulentas fraudulento fray frazadas
freak frecuencia frecuencias frecuente frecuentemente frecuentes fred freddie freddy frederic
frederick free freedom freelance freeman freezer fregadero fregar frei freir freire frena
frenado frenar french frenesi frenetica frenetico freno frenos frente frentes fresa fresas
fresca frescas fresco frescos frescura fresno freud frey fria frialdad frias friccion frida
friday friedman friedrich friend friendly friends frigorifico frijol frijoles friki frikis frio
frios frita fritas frito fritos fritz from frondizi front frontal frontales frontera fronteras
fronteriza fronterizas fronterizo fronterizos frontier fronton frost frozen fructifera fruit
frustra frustracion frustraciones frustrada frustrado frustrados frustrante frustrar fruta
frutales frutas frutilla fruto frutos fuck fucking fuego fuegos fuel fuenlabrada fuente fuentes
fuera fueramos fueran fueras fuere fuero fueron fueros fuerte fuertemente fuertes fuerteventura
fuerza fuerzas fuese fuesemos fuesen fueses fuga fugaces fugado fugarse fugas fugaz fugitivo
fugitivos fuhrer fuimos fuiste fuji fujimori fukushima fulano full fuller fulminante fuma fumaba
fumado fumador fumadores fuman fumando fumar fumas fume fumo funcion funciona funcionaba
funcionaban funcionado funcional funcionales funcionalidad funcionalidades funcionamiento
funcionan funcionando funcionar funcionara funcionaria funcionario funcionarios funcionaron
funcione funcionen funciones funciono fund funda fundacion fundacional fundaciones fundada
fundadas fundado fundador fundadora fundadores fundados fundamenta fundamentacion fundamentada
fundamentado fundamental fundamentales fundamentalismo fundamentalistas fundamentalmente
fundamentar fundamento fundamentos fundan fundar fundaron fundas funde funden fundicion fundido
fundir fundo funebre funebres funeral funerales funeraria funerarias funerario funerarios funes
funk funny furgon furgoneta furia furiosa furioso furiosos furor fury fusil fusilado fusilados
fusilamiento fusilar fusiles fusion fusionar fusiones futbol futbolista futbolistas futbolistica
futbolistico futsal futura futuras future futurista futuro futuros gabi gabinete gabinetes
gabino gabo gabon gabriel gabriela gabrielle gaby gaceta gadafi gael gafas gaga gago gaia gaitan
gala galactico galan galapagos galardon galardonada galardonado galardonados galardones galarza
galas galaxia galaxias galaxy galdos gale galeano galera galeras galeria galerias gales galia
galicia galilea galileo galindo gallagher gallardo gallardon gallega gallegas gallego gallegos
gallery galleta galletas galletitas gallina gallinas gallinero gallo gallos galo galon galones
galos galpon galvan galvez gama gamarra gamba gambas gambia gamboa game gameplay gamer gamers
games gaming gamma gana ganaba ganaban ganada ganadas ganadera ganaderas ganaderia ganadero
ganaderos ganado ganador ganadora ganadoras ganadores ganados ganamos ganan ganancia ganancias
ganando ganar ganara ganaran ganaras ganaremos ganaria ganarle ganarlo ganarme ganaron ganarse
ganarte ganas ganaste gancho ganchos gandhi gandia gane ganemos ganen ganes gang ganga ganglios
gangrena gano ganso garabatos garage garaje garante garantes garantia garantias garantice
garanticen garantiza garantizaba garantizada garantizadas garantizado garantizados garantizan
garantizando garantizar garantizara garantizo garay garbanzos garces garcia garcilaso gardel
garden gardens gardner gareth garfield garganta gargantas garibaldi garita garra garras garrett
garrido garrote gary garza garzon gasa gaseosa gaseosas gases gasoducto gasolina gasolinas
gasolinera gasolineras gaspar gasset gasta gastaba gastada gastado gastados gastamos gastan
gastando gastar gastarlo gastaron gastarse gastas gaste gasten gastes gasto gaston gastos
gastronomia gastronomica gastronomico gata gatas gate gates gatillo gatita gatito gatitos gato
gatos gaucho gauchos gaulle gavilan gavin gaviota gaviotas gaviria gays gaza gear geek gelatina
gema gemas gemela gemelas gemelo gemelos gemidos geminis gemir gemma genaro gendarmeria
gendarmes gender gene genealogia genealogico genera generaba generacion generacional
generaciones generada generadas generado generador generadores generados general generales
generalidad generalidades generalisimo generalitat generalizacion generalizaciones generalizada
generalizadas generalizado generalizar generalmente generan generando generar generara generaria
generaron generation genere generen generica genericas generico genericos genero generos
generosa generosamente generosas generosidad generoso generosos genes genesis genetica
geneticamente geneticas genetico geneticos genial geniales genialidad genio genios genital
genitales genius genocida genocidas genocidio genoma genova gente gentes gentil gentiles
gentileza gentilicio gentuza genuina genuinamente genuino genuinos geoff geoffrey geografia
geografica geograficamente geograficas geografico geograficos geographic geologia geologica
geologicas geologico geologicos geologo geometria geometrica geometricas geometrico geometricos
geopolitica georg george georges georgetown georgia georgiana georgiano georgina gerais gerald
geraldine gerard gerardo gerencia gerente gerentes germain german germanico germano germen
germenes gerona geronimo gerry gesta gestacion gestando gestapo gestion gestiona gestionada
gestionado gestionan gestionando gestionar gestiones gesto gestor gestora gestores gestos getafe
ghana ghetto ghost gianni gibbs gibraltar gibson gifs gift gigante gigantes gigantesca
gigantescas gigantesco gigantescos gigi gijon gilada giladas gilbert gilberto gilda giles
gilipollas gilipolleces gilipollez gilles gimenez gimnasia gimnasio gimnasios gimnasta gina
ginebra ginecologia ginecologo gines ginger gino giorgio giovanni gira giraba girado giraldo
giran girando girar girardot giras girasol giratoria gire girl girls giro giron girona giros
gisela gitana gitano gitanos github giuseppe give glacial glaciar glaciares gladiador
gladiadores gladys glamour glandula glandulas glas glasgow glass glee glen glenn glifosato
global globales globalizacion globalizado globalmente globe globo globos globulos gloria glorias
glorieta gloriosa glorioso gloriosos glory glosario glucosa gluten gluteos gmail goal gobernaba
gobernabilidad gobernacion gobernaciones gobernada gobernado gobernador gobernadora gobernadores
gobernados gobernando gobernante gobernantes gobernanza gobernar gobernaron goberno gobierna
gobiernan gobierne gobierno gobiernos goce godfrey godos godoy godzilla goebbels goes goethe
gogh going goku golazo gold golden goldman goleada goleador goleadores goles goleta golf golfo
goliat golondrina golondrinas golosinas golpe golpea golpeaba golpeada golpeado golpeados
golpean golpeando golpear golpearon golpee golpeo golpes golpista golpistas golpiza goma gomas
gomera gomes gomez gone gong gongora gonna gonorrea gonzales gonzalez gonzalo good goodman
google gorda gordas gordillo gordita gorditas gordito gordo gordon gordos gore gorila gorilas
gorra gorras gorrion gorro gorros gortari gospel gossip gota gotas goteo gotham gotica gotico
gourmet government goya goza gozaba gozado gozan gozando gozar gozo graba grababa grabacion
grabaciones grabada grabadas grabado grabador grabadora grabados grabamos graban grabando grabar
grabaron grabe grabo grace gracia gracias graciela graciosa graciosas gracioso graciosos grada
gradas grado grados graduacion graduada graduado graduados gradual gradualmente graduarse gradue
graduo graffiti grafica graficamente graficas grafico graficos grafiti graham gral gramatica
gramatical gramaticales grammy gramo gramos gramsci gran granada granadas granaderos granadina
granadino granados granate grand grande grandemente grandes grandeza grandiosa grandiosas
grandioso grandiosos grandisima grandisimo grandote granel granero granito granizo granja
granjas granjero granjeros granma grano granos grant gras grasa grasas graso grasos grass grata
gratamente gratificacion gratificante gratis gratitud grato gratuidad gratuita gratuitamente
gratuitas gratuito gratuitos grau grava gravamen gravar grave gravedad gravemente graves
gravisimo gravity gray great grecia greco gredos green greene greenpeace greenwich greg gregor
gregorio gregory gremial gremiales gremio gremios greta grey grial griega griegas griego griegos
grieta grietas griffin griffith grifo grifos grilla grillo grillos grimm gringa gringas gringo
gringos gripe gris grises grita gritaba gritaban gritado gritan gritando gritar gritarle
gritaron gritas grite griten grites grito gritos groenlandia grosa grosera groseria groserias
grosero groseros groso grosor gross grosso grotesco ground group grove grua gruas gruesa gruesas
grueso gruesos grupal grupales grupito grupo grupos gruta grutas guacho guadalajara guadalquivir
guadalupe guadarrama guadiana guagua guaira guajira gualeguaychu guanajuato guantanamo guante
guantes guapa guapas guapisima guapo guapos guarani guaranies guarda guardaba guardaban
guardacostas guardada guardadas guardado guardados guardaespaldas guardamos guardan guardando
guardar guardarlo guardarse guardas guarde guarden guarderia guarderias guardes guardia guardian
guardianes guardias guardiola guardo guarico guarida guarnicion guarniciones guarra guatemala
guatemalteca guatemalteco guatemaltecos guau guay guayaba guayana guayaquil guayas gubernamental
gubernamentales gubernatura gucci guemes guerra guerras guerrera guerreras guerrero guerreros
guerrilla guerrillas guerrillera guerrillero guerrilleros gueto guevara guia guiada guiadas
guiado guiados guian guiando guiar guiara guias guide guido guie guillaume guille guillen
guillermo guillotina guinea guinness guino guio guion guiones guionista guionistas guipuzcoa
guisantes guiso guisos guita guitar guitarra guitarras guitarrista gulag gules guns gurtel guru
gusano gusanos gusta gustaba gustaban gustado gustan gustando gustar gustara gustaria gustarle
gustarme gustaron gustarte gustas gustav gustavo guste gusten gustes gusto gustos gutierrez
guyana guys guzman gwen habana habas habeas habeis habemos haber haberes haberla haberlas
haberle haberles haberlo haberlos haberme habernos haberse haberte habia habiamos habian habias
habida habidas habido habidos habiendo habiendose habil habiles habilidad habilidades habilita
habilitacion habilitada habilitado habilitados habilitar habilito habilmente habita habitaba
habitaban habitable habitacion habitacional habitacionales habitaciones habitada habitadas
habitado habitan habitante habitantes habitar habitat habitats habito habitos habitual
habituales habitualmente habla hablaba hablabamos hablaban hablabas hablada hablado hablais
hablame hablamos hablan hablando hablandole hablante hablantes hablar hablara hablaran hablare
hablaremos hablaria hablarle hablarles hablarlo hablarme hablarnos hablaron hablarse hablarte
hablas hablaste hable hablemos hablen hables hablo habra habran habras habre habremos habria
habriamos habrian habrias hace haced haceis hacelo haceme hacemos hacen hacendado hacer hacerla
hacerlas hacerle hacerles hacerlo hacerlos hacerme hacernos haceros hacerse hacerte haces hacete
hacha hachas hachis hacia haciamos hacian hacias hacienda haciendas haciendo haciendola
haciendole haciendoles haciendolo haciendolos haciendome haciendonos haciendose haciendote
hacinamiento hack hackeado hackear hackeo hacker hackers hada hadas haddad hades haga hagais
hagalo hagamos hagamoslo hagan haganlo hagas hagase hagen hago haha hahaha hahahaha hair haiti
haitiana haitiano haitianos hala halago halagos halcon halcones hale haley half hall halla
hallaba hallaban hallada halladas hallado hallados hallamos hallan hallar hallaron hallarse
hallazgo hallazgos halle hallo halloween halo hamaca hamas hambre hambrienta hambriento
hambrientos hambruna hamburgo hamburguesa hamburguesas hamilton hamlet hammer hammond hampa
hampshire hana hand hands hangar hank hanna hannah hans hansen hanson happy hara haran haras
harbor hard hardcore harding hardware hardy hare haremos hari haria hariamos harian harias
harina harinas harlem harley harmony haro harold harper harriet harris harrison harry hart harta
hartazgo harto hartos harvard harvey hasan hash hashtag hashtags hassan hasta hastings hate hato
havana have haven hawai hawaii hawk hawking hawkins haya hayais hayamos hayan hayas hayden hayek
hayes hazana hazanas hazel hazle hazlo hazme hazte head health heart hearts heat heath heather
heaven heavy hebe hebrea hebreo hebreos heces hecha hechar hechas hechicera hechicero hechizo
hechizos hecho hechos hectarea hectareas hector hedor hegel hegemonia hegemonico heidegger heidi
heights heineken heinrich heinz helada heladas heladera helado helados helen helena helice
helicoptero helicopteros helio hell heller hello help helsinki hembra hembras hemeroteca
hemiciclo hemingway hemisferio hemoglobina hemorragia hemorragias hemorroides hemos henares
henderson hendrix heno henri henrik henrique henriquez henry hentai hepatica hepatico hepatitis
hera herald heraldo heras herb herbalife herbert hercules here hereda heredada heredado
heredados heredar heredera heredero herederos heredia hereditaria hereditario heredo hereje
herejes herejia herencia herencias heriberto herida heridas herido heridos herir herman hermana
hermanas hermandad hermandades hermanita hermanito hermann hermano hermanos hermes hermetico
hermione hermosa hermosas hermosillo hermoso hermosos hermosura hernan hernandez hernando hernia
hero herodes heroe heroes heroica heroico heroicos heroina heroinas heroismo herpes herradura
herramienta herramientas herrera herrero herreros hervir herzegovina herzog hetero heterogeneo
heterosexual heterosexuales hexagonal hibrida hibrido hibridos hice hiciera hicieramos hicieran
hicieras hicieron hiciese hicimos hiciste hicks hidalgo hidratos hidraulica hidraulicas
hidraulico hidraulicos hidrica hidrico hidricos hidrocarburos hidroelectrica hidroelectricas
hidrogeno hidrografica hielo hielos hiena hienas hierba hierbas hiere hieren hierro hierve
higado higgins high highway higiene higienico higo higos higuain higuera hija hijas hijita
hijito hijo hijos hilarante hilario hilary hilda hilera hileras hill hillary hills hilo hilos
hilton himalaya himno himnos hincapie hincha hinchada hinchadas hinchado hinchados hinchas
hinchazon hindi hindu hindues hinojosa hiper hiperinflacion hipertension hipnosis hipo
hipocresia hipocrita hipocritas hipodromo hipolito hipopotamo hipoteca hipotecaria hipotecario
hipotecarios hipotecas hipotesis hipotetica hipotetico hippie hippies hipster hiriendo hirieron
hirio hiroshima hirviendo hispana hispania hispanica hispano hispanoamerica hispanoamericana
hispanohablantes hispanos hist histeria histerica histerico histoire historia historiador
historiadores historial historias historica historicamente historicas historico historicos
historieta historietas historiografia history hitchcock hitler hito hitos hits hize hizo hmmm
hnos hobbes hobbies hobbit hobby hocico hockey hoffman hogan hogar hogares hoguera hogueras
hogwarts hoja hojalata hojas hola holanda holandes holandesa holandesas holandeses hold holden
holding hole holguin holiday holland hollande hollow holly hollywood holmes holocausto holt holy
hombre hombres hombria hombro hombros home homenaje homenajeado homenajear homenajes homeopatia
homer homero homicida homicidio homicidios homo homofobia homofobico homogenea homogeneo
homologacion homologo homologos homonima homonimo homosexual homosexuales homosexualidad homs
honda hondo honduras hondurena hondureno hondurenos honesta honestamente honestas honestidad
honesto honestos honey hong hongo hongos honor honorable honorables honorario honorarios honores
honorifico honoris honra honrada honradez honrado honrados honrar hood hook hoover hope hopkins
hora horace horacio horaria horario horarios horas horca horda hordas horizon horizontal
horizontales horizonte horizontes hormiga hormigas hormigon hormiguero hormona hormonal
hormonales hormonas horn hornear horno hornos horoscopo horquilla horrenda horrendo horrible
horriblemente horribles horror horrores horroroso horse horta hortalizas hospedaje hospicio
hospital hospitalaria hospitalario hospitalarios hospitales hospitalidad hospitalizacion
hospitalizado hospitalizados host hostal hostel hosteleria hostia hostias hostigamiento hostil
hostiles hostilidad hostilidades hosting hotel hotelera hotelero hoteles hotmail hour hours
house houston howard hoya hoyo hoyos hsbc html http https huancayo huang huasteca huawei hubert
hubiera hubieramos hubieran hubieras hubiere hubieron hubiese hubiesemos hubiesen hubieses hubo
hudson hueca huecas hueco huecos huela huele huelen hueles huelga huelgas huelguistas huella
huellas huelo huelva huerfana huerfano huerfanos huerta huertas huerto huertos huesca hueso
huesos huesped huespedes huestes hueva huevo huevos hugh hughes hugo huia huian huida huido
huila huir hule hulk humala human humana humanamente humanas humanidad humanidades humanismo
humanista humanistas humanitaria humanitarias humanitario humanitarios humano humanos humberto
humboldt hume humeda humedad humedales humedas humedo humedos humildad humilde humildemente
humildes humilla humillacion humillaciones humillada humillado humillante humillar humo humor
humorista humoristas humoristica humoristico humos humphrey humus hunda hunde hunden hundida
hundido hundidos hundiendo hundimiento hundio hundir hundirse hung hungara hungaro hungaros
hungria hunt hunter huracan huracanes hurtado hurto hush huso hussein huxley huye huyen huyendo
huyeron huyo hyde hydra hype hyun hyundai ibague ibamos iban ibanez ibarra ibas iberdrola iberia
iberica iberico ibericos ibero iberoamerica iberoamericana iberoamericano iberoamericanos ibex
ibidem ibiza ibrahim ibuprofeno iceberg icon iconica iconico icono iconografia iconos idaho idas
idea ideado ideal ideales idealismo idealista idealistas idealmente idear ideario ideas idem
identica identicas identico identicos identidad identidades identifica identificaba
identificable identificacion identificaciones identificada identificadas identificado
identificador identificados identificamos identifican identificando identificar identificaron
identificarse identifico identifique identifiquen ideo ideologia ideologias ideologica
ideologicamente ideologicas ideologico ideologicos ideologo idioma idiomas idiosincrasia idiota
idiotas idioteces idiotez idol idolo idolos idonea idoneidad idoneo idoneos iglesia iglesias
ignacio ignora ignoraba ignorada ignorado ignorados ignoramos ignoran ignorancia ignorando
ignorante ignorantes ignorar ignorarlo ignoras ignore ignoren ignoro igor igual iguala igualada
igualado igualar igualdad iguales igualitaria igualitario igualito igualmente iguana iguazu ikea
iker ildefonso ilegal ilegales ilegalidad ilegalmente ilegitima ilegitimo ileso ilicita ilicitas
ilicito ilicitos ilimitada ilimitadas ilimitado ilimitados illinois ilogico ilumina iluminacion
iluminada iluminadas iluminado iluminados iluminan iluminando iluminar ilumine ilusion
ilusionado ilusiones iluso ilustra ilustracion ilustraciones ilustrada ilustradas ilustrado
ilustrador ilustradores ilustrados ilustran ilustrar ilustrativo ilustre ilustres image imagen
imagenes images imagina imaginaba imaginable imaginacion imaginado imaginamos imaginan
imaginando imaginar imaginaria imaginarias imaginario imaginarios imaginarlo imaginarme
imaginarse imaginas imaginate imagine imaginemos imaginen imaginense imaginese imagino iman
imanes imbecil imbeciles imita imitacion imitaciones imitador imitan imitando imitar impaciencia
impaciente impacientes impact impacta impactado impactante impactantes impactar impacto impactos
impago impar imparable imparcial imparciales imparcialidad imparte imparten impartido impartio
impartir impecable impecables impedia impedido impedimento impedimentos impedir impedira
impedirlo impenetrable impensable impera imperante imperativo imperdonable imperfecciones
imperfecta imperfecto imperial imperiales imperialismo imperialista imperialistas imperio
imperios imperiosa impermeable impertinente impetu impida impidan impide impiden impidiendo
impidieron impidio implacable implacables implantacion implantado implantar implante implantes
implanto implementa implementacion implementada implementadas implementado implementan
implementando implementar implemento implementos implica implicaba implicacion implicaciones
implicada implicadas implicado implicados implican implicando implicar implicaria implicita
implicitamente implicito implico implique impondra impone imponen imponente imponentes imponer
imponerse imponga impongan imponia imponible imponiendo impopular importa importaba importaban
importacion importaciones importada importadas importado importador importadores importados
importamos importan importancia importando importante importantes importantisima importantisimo
importar importara importaria importarle importarme importas importe importen importes importo
imposibilidad imposible imposibles imposicion imposiciones impositiva impositivas impositivo
impostor impotencia impotente impotentes impreciso impredecible impregnado imprenta impresa
impresas imprescindible imprescindibles impresentable impresion impresiona impresionada
impresionado impresionados impresionante impresionantes impresionar impresiones impresiono
impreso impresora impresoras impresos imprevisible imprevisto imprevistos imprime imprimen
imprimio imprimir improbable impronta impropio improvisacion improvisada improvisado
improvisados improvisar imprudencia imprudente impuesta impuestas impuesto impuestos impugnacion
impugnar impulsa impulsada impulsadas impulsado impulsados impulsan impulsando impulsar
impulsaron impulse impulsivo impulso impulsor impulsores impulsos impune impunemente impunes
impunidad impurezas impusieron impuso imputa imputacion imputado imputados imputan imss
inaccesible inaccesibles inaccion inaceptable inaceptables inactiva inactividad inactivo
inactivos inadecuada inadecuado inadecuados inadmisible inagotable inah inaki inalambrica
inalambricas inalambrico inalcanzable inapropiada inapropiado inaudito inaugura inauguracion
inaugurada inaugurado inaugural inaugurar inauguro inca incalculable incansable incansablemente
incapaces incapacidad incapacitado incapaz incas incautacion incendia incendiado incendiar
incendiaron incendio incendios incentiva incentivar incentivo incentivos incertidumbre
incertidumbres incesante incesto incide inciden incidencia incidencias incidente incidentes
incidir incienso incierta incierto incipiente incision inciso incita incitacion incitan incitar
inclan inclina inclinacion inclinaciones inclinada inclinado inclinados inclinan inclinar
inclinarse inclino incluia incluian incluida incluidas incluido incluidos incluimos incluir
incluira incluiran incluiria incluirse inclusion inclusiva inclusive inclusivo incluso incluya
incluyan incluye incluyen incluyendo incluyente incluyeron incluyo incognita incognito
incoherencia incoherencias incoherente incomoda incomodas incomodidad incomodo incomodos
incomparable incompatibilidad incompatible incompatibles incompetencia incompetente
incompetentes incompleta incompleto incompletos incomprensible incomprension inconcebible
incondicional incondicionales incondicionalmente inconformidad inconfundible incongruencia
inconsciencia inconsciente inconscientemente inconscientes inconsistencia inconsistencias
inconsistente inconstitucional inconstitucionales inconstitucionalidad incontables incontrolable
inconveniente inconvenientes incorpora incorporacion incorporada incorporadas incorporado
incorporados incorporan incorporando incorporar incorporaron incorporarse incorporo incorrecta
incorrectamente incorrectas incorrecto incorrectos incredulidad increible increiblemente
increibles incrementa incrementado incrementan incrementando incrementar incrementara
incrementaron incremento incrementos incubacion incubadora incuestionable inculcar incumbe
incumple incumplimiento incumplir incurable incurrido incurrir incursion incursionar incursiones
inda indagacion indagar indagatoria indebida indebidamente indebido indec indecente indecentes
indecisa indecision indeciso indecisos indefensa indefension indefenso indefensos indefinida
indefinidamente indefinido indemnizacion indemnizaciones indemnizar independencia independent
independentismo independentista independentistas independiente independientemente independientes
independizarse indescriptible indeseable indeseables indestructible indeterminado index india
indian indiana indias indica indicaba indicaban indicacion indicaciones indicada indicadas
indicado indicador indicadores indicados indican indicando indicar indicaron indicativo indice
indices indicio indicios indico indie indiferencia indiferente indiferentes indigena indigenas
indigencia indigente indigentes indigna indignacion indignada indignado indignados indignante
indigno indio indios indique indiquen indirecta indirectamente indirectas indirecto indirectos
indiscriminada indiscutible indispensable indispensables indistintamente individual individuales
individualidad individualismo individualista individualmente individuo individuos indo
indocumentados indole indomable indonesia indonesio indra induccion induce inducida inducido
inducir indudable indudablemente indulgencia indulto indultos indumentaria industria industrial
industriales industrializacion industrializados industrias industries industry indy inedita
ineditas inedito ineditos ineficaces ineficacia ineficaz ineficiencia ineficiente ineficientes
inegi ineludible ineptitud inepto ineptos inequidad inequivoca inercia inerte ines inesperada
inesperadamente inesperadas inesperado inesperados inestabilidad inestable inestables
inestimable inevitable inevitablemente inevitables inexistencia inexistente inexistentes
inexperiencia inexplicable inexplicables infalible infame infames infamia infancia infanta
infante infanteria infantes infantil infantiles infarto infeccion infecciones infecciosa
infecciosas infectada infectadas infectado infectados infectar infelices infelicidad infeliz
inferior inferiores inferioridad inferir infernal infidelidad infiel infieles infierno infiernos
infiltracion infiltrado infiltrados infiltrarse infima infinidad infinita infinitamente
infinitas infinito infinitos infinity inflable inflacion inflado inflamacion inflexible
inflexion influencia influenciada influenciado influenciados influenciar influencias influenza
influido influir influjo influye influyen influyente influyentes influyeron influyo info infobae
infografia infonavit informa informaba informacion informaciones informada informadas informado
informador informados informal informales informalidad informamos informan informando informante
informantes informar informara informarle informarles informarme informarnos informaron
informarse informarte informate informatica informaticas informatico informaticos information
informativa informativas informativo informativos informe informen informes informo infraccion
infracciones infractor infractores infraestructura infraestructuras inframundo infrarrojos
infringe infringido infundir infusion ingeniera ingenieria ingeniero ingenieros ingenio
ingeniosa ingeniosas ingenioso ingeniosos ingente ingenua ingenuidad ingenuo ingenuos ingerir
ingesta ingestion inglaterra ingles inglesa inglesas ingleses ingrato ingrediente ingredientes
ingresa ingresado ingresan ingresando ingresar ingresaron ingrese ingresen ingreso ingresos
ingrid inhabilitacion inhabilitado inhalacion inherente inherentes inhibe inhibicion inhibidor
inhibidores inhibir inhumana inhumano inhumanos inicia iniciaba iniciacion iniciada iniciadas
iniciado iniciados inicial iniciales inicialmente iniciamos inician iniciando iniciar iniciara
iniciaron iniciarse iniciativa iniciativas inicie inicien inicio inicios iniesta inigo
inigualable inimaginable ininterrumpida injerencia injerto injurias injusta injustamente
injustas injusticia injusticias injustificable injustificada injustificado injusto injustos
inmaculada inmaculado inmadurez inmaduro inmaduros inmaterial inmediaciones inmediata
inmediatamente inmediatas inmediatez inmediato inmediatos inmejorable inmensa inmensamente
inmensas inmensidad inmenso inmensos inmersa inmersion inmerso inmersos inmigracion inmigrante
inmigrantes inminente inmobiliaria inmobiliarias inmobiliario inmobiliarios inmoral inmorales
inmoralidad inmortal inmortales inmortalidad inmovil inmovilizado inmueble inmuebles inmundo
inmune inmunes inmunidad inmunologico innata innato innecesaria innecesariamente innecesarias
innecesario innecesarios innegable innovacion innovaciones innovador innovadora innovadoras
innovadores innovar innumerables inocencia inocencio inocente inocentes inodoro inodoros
inofensiva inofensivo inolvidable inolvidables inoportuno inoxidable inquebrantable inquieta
inquietante inquietantes inquieto inquietos inquietud inquietudes inquilino inquilinos
inquisicion inquisidor insaciable insatisfaccion insatisfecho inscribe inscribio inscribir
inscribirse inscribirte inscripcion inscripciones inscrita inscritas inscrito inscritos
insecticida insecticidas insecto insectos insegura inseguridad inseguridades inseguro inseguros
insensato insensible insensibles inseparable inseparables insercion inserta insertado insertar
inserte inservible inside insigne insignia insignias insignificante insignificantes insinua
insinuacion insinuaciones insinuando insinuar insinuo insista insiste insisten insistencia
insistente insistia insistido insistiendo insistieron insistimos insistio insistir insisto
insolente insolita insolito insomnio insoportable insoportables insostenible inspeccion
inspeccionar inspecciones inspector inspectora inspectores inspira inspiracion inspirada
inspiradas inspirado inspirador inspiradora inspirados inspiran inspirar inspiraron inspire
inspiro inst insta instagram instala instalacion instalaciones instalada instaladas instalado
instalados instalan instalando instalar instalaron instalarse instale instalen instalo instancia
instancias instantanea instantaneamente instantaneas instantaneo instante instantes instauracion
instaurado instaurar instauro instinto instintos institucion institucional institucionales
institucionalidad instituciones instituido institut institute instituto institutos instituyo
insto instruccion instrucciones instructivo instructor instructores instruido instruir
instrumentacion instrumental instrumentales instrumento instrumentos instruye instruyo
insuficiencia insuficiente insuficientes insufrible insular insulares insulina insulta insultado
insultan insultando insultante insultar insulto insultos insumos insuperable insurgencia
insurgente insurgentes insurreccion inta intachable intacta intactas intacto intactos intangible
integra integracion integrada integradas integrado integrador integrados integral integrales
integramente integran integrando integrante integrantes integrar integraron integrarse integren
integridad integro intel intelecto intelectual intelectuales intelectualidad intelectualmente
inteligencia inteligente inteligentemente inteligentes intelligence intemperie intencion
intencionada intencionadamente intencionado intencional intencionalidad intencionalmente
intenciones intendencia intendente intendentes intensa intensamente intensas intensidad
intensifica intensificacion intensificar intensifico intensiva intensivo intensivos intenso
intensos intenta intentaba intentaban intentado intentalo intentamos intentan intentando
intentandolo intentar intentara intentaran intentare intentaremos intentaria intentarlo
intentaron intentas intente intentemos intenten intentes intento intentos inter interaccion
interacciones interactiva interactivas interactivo interactivos interactua interactuan
interactuar interamericana interamericano intercambiables intercambian intercambiando
intercambiar intercambiaron intercambio intercambios interceptado interceptar interconexion
intercontinental intercultural interdisciplinario interes interesa interesaba interesaban
interesada interesadas interesado interesados interesan interesante interesantes interesar
interesaria interesarse interese interesen intereses intereso interfaces interfaz interferencia
interferencias interferir interfiere interina interino interior interiores interlocutor
interlocutores intermedia intermediacion intermediario intermediarios intermedias intermedio
intermedios interminable interminables intermitente intermitentes interna internacion
internacional internacionales internacionalista internacionalizacion internacionalmente
internada internado internados internamente internamiento internas international internautas
internet interno internos interpersonales interpol interpone interponer interpreta interpretaba
interpretacion interpretaciones interpretada interpretadas interpretado interpretados
interpretan interpretando interpretar interpretaron interpretarse interprete interpretes
interpreto interpuesta interpuesto interpuso interrogacion interrogado interrogante
interrogantes interrogar interrogatorio interrogatorios interrogo interrumpe interrumpen
interrumpida interrumpido interrumpiendo interrumpio interrumpir interrupcion interrupciones
interruptor interruptores interseccion intervalo intervalos intervencion intervenciones
intervencionismo intervenga intervengan intervenido intervenir interventor interviene
intervienen interviniendo intervinieron intervino intestinal intestinales intestino intestinos
inti intima intimamente intimas intimidacion intimidad intimidar intimo intimos into intocable
intocables intolerable intolerancia intolerante intolerantes intoxicacion intra intransigente
intravenosa intriga intrigado intrigante intrigas intrinseca intrinsecamente intrinseco intro
introduccion introduce introducen introducida introducidas introducido introducidos
introduciendo introducir introducirse introductorio introdujeron introdujo introduzca
intromision introspeccion intrusion intruso intrusos intuicion intuitiva intuitivo inunda
inundacion inundaciones inundada inundado inundados inundan inundar inundo inusual inusuales
inusualmente inutil inutiles inutilidad invade invaden invadida invadido invadiendo invadieron
invadio invadir invalidez invalido invaluable invariablemente invasion invasiones invasor
invasores invencible invencibles invencion invenciones inventa inventada inventadas inventado
inventados inventamos inventan inventando inventar inventario inventarios inventaron invente
invento inventor inventores inventos invernadero invernal inverosimil inversa inversamente
inversion inversiones inversionista inversionistas inverso inversor inversores invertida
invertido invertidos invertir investido investidura investiga investigaba investigacion
investigaciones investigada investigado investigador investigadora investigadores investigados
investigan investigando investigar investigo investigue investiguen inviable invicto invierno
inviernos invierta invierte invierten invirtiendo invirtieron invirtio invisibilidad invisible
invisibles invita invitaba invitacion invitaciones invitada invitadas invitado invitados
invitamos invitan invitando invitar invitarme invitaron invitas invite inviten invito invoca
invocacion invocando invocar involucra involucrada involucradas involucrado involucrados
involucran involucrando involucrar involucrarse involucre involucro involuntaria
involuntariamente involuntario inyeccion inyecciones inyecta inyectado inyectar iones iowa ipad
iphone iphones ipod iquique iquitos irak iran irani iranies irapuato iraq iraqui iraquies iras
iremos irene iria irian iriarte irias irina iris irlanda irlandes irlandesa irlandeses irma irme
irnos iron ironia ironica ironicamente ironico iros irpf irracional irracionales irreal
irrefutable irregular irregulares irregularidad irregularidades irrelevante irrelevantes
irremediablemente irreparable irresistible irrespetuoso irresponsabilidad irresponsable
irresponsables irreverente irreversible irrigacion irrita irritable irritacion irritado
irritante irrumpe irrumpio irrumpir irrupcion irse irte irving isaac isabel isabela isabella
isabelle isaias isbn isidoro isidro isis isla islam islamica islamicas islamico islamicos
islamismo islamista islamistas island islandes islandia islands islas islenos ismael israel
israeli israelies israelita israelitas issn issste issues istmo italia italiana italianas
italiano italianos item items itinerante itinerario itinerarios itunes iturbide ivan ivonne
izquierda izquierdas izquierdista izquierdistas izquierdo iztapalapa jabali jabon jabones jaca
jacinta jacinto jack jackie jackson jacob jacobo jacobs jacqueline jacques jacuzzi jade jaen
jagger jaguar jaguares jaime jairo jaja jajaj jajaja jajajaj jajajaja jajajajaj jajajajaja
jajajajajaja jajajajajajaja jajajja jake jala jalar jalea jalisco jalon jamaica jamal jamas
james jameson jamie jamon jane janeiro janet jang janine january japan japon japones japonesa
japonesas japoneses jaque jara jarabe jaramillo jardin jardineria jardinero jardines jared jarra
jarras jarron jasmine jason jasper jaula jaulas jaume java javascript javi javier javiera jazmin
jazz jean jeanne jeans jedi jeep jefa jefatura jefe jefes jeff jefferson jeffrey jehova jeje
jejeje jejejeje jengibre jenkins jenna jenner jennifer jennings jenny jensen jeque jerarquia
jerarquias jerarquica jerarquico jeremias jeremy jerez jerga jeringa jerome jeronimo jerry
jersey jerusalem jerusalen jess jesse jessica jessie jesucristo jesuita jesuitas jesus jeta jets
jhon jiang jill jimena jimenez jimi jimmy jinete jinetes jing jirafa joan joanna joao joaquim
joaquin jobs jockey joda jodan jodas jode joden joder joderme jodes jodete jodida jodidamente
jodidas jodido jodidos jodiendo jodio jodo joel joey johan johann johanna johannes johannesburgo
john johnny johns johnson joint jojo joker jolie jonas jonathan jones jong joon jordan jordania
jordi jorge jornada jornadas jornal jornaleros jose josef josefa josefina josep joseph josephine
josh joshua josue jota journal joven jovencita jovencitas jovencito jovenes joya joyas joyce
joyeria joyita juan juana juanes juanita juanito juanjo juarez jubilacion jubilaciones jubilado
jubilados jubilar jubilarse jubileo jubilo juda judaismo judas jude judea judia judias
judicatura judicial judiciales judicialmente judio judios judith judo judy jueces juega juegan
juegas juego juegos juegue jueguen juegues jueguito juerga jueves juez jueza jugaba jugabamos
jugaban jugabilidad jugada jugadas jugado jugador jugadora jugadoras jugadores jugados jugamos
jugando jugar jugara jugaran jugaria jugarlo jugaron jugarse jugaste jugo jugos jugosa jugoso
jugue juguemos juguete juguetes juicio juicios jujuy jules juli julia julian juliana juliano
julie julien juliet julieta juliette julio julius july jumbo junco june jung jungla junin junio
junior juniors juno junta juntada juntado juntamente juntamos juntan juntando juntar juntarnos
juntaron juntarse juntas junte junten junto juntos jupiter jura jurada jurado jurados juramento
juran jurar juraron jurassic jure juridica juridicamente juridicas juridico juridicos
jurisdiccion jurisdiccional jurisdiccionales jurisdicciones jurisprudencia jurista juristas juro
just justa justamente justas justice justicia justicialista justiciero justifica justificable
justificacion justificaciones justificada justificadas justificado justificados justifican
justificando justificar justificarse justifico justifique justifiquen justin justiniano justino
justo justos juvenil juveniles juventud juventudes juventus juzga juzgada juzgado juzgados
juzgan juzgando juzgar juzgara juzgarlo juzgo juzgue juzguen juzgues kabul kafka kahlo kahn
kaiser kali kamikaze kane kang kansas kant kanye kaplan kappa kara karachi karaoke karate
kardashian karen karim karin karina karl karla karma karol kart katana kate katherine kathleen
kathryn kathy katia katie kato katrina katy katz kayak kazajistan keep keiko keith keller kelly
kelvin kendall kendrick kenia kenji kennedy kenneth kenny kent kentucky kenya kepler kerala
kerry ketchup kevin keynes keys khalifa khan kick kickstarter kids kiev kike kiko kill killer
kilo kilogramos kilometro kilometros kilos kimberly kimi kind kinder kindle king kingdom kings
kingston kiosco kioto kira kirby kirchner kirchnerismo kirchnerista kirchneristas kirguistan
kirk kiss kitchen kits kitty kiwi klan klaus klein knicks knight know knowledge knox kobe koch
kombat kong korea kosovo kramer kremlin kris krishna kristen kristina kuala kuczynski kumar kung
kurdos kurt kuwait kyle kylie kyoto kyung laberinto labial labio labios labor laborables laboral
laborales laborar laboratorio laboratorios labores laborista labrador labradores labranza labs
laburar laburo laca lacalle lacan lacayo lacayos lacio lacra lacras lactancia lactea lacteos
lactosa laden ladera laderas ladilla lado lados ladra ladran ladrando ladrar ladrillo ladrillos
ladron ladrona ladrones lady lafayette lagartija lagartijas lagarto lagartos lago lagos lagrima
lagrimas laguna lagunas laica laicismo laico laicos lake lakers lala lali lalo lama lamar lamas
lambert lamborghini lame lamenta lamentaba lamentable lamentablemente lamentables lamentamos
lamentan lamentar lamentarse lamento lamentos lamer lamiendo lamina laminas lampara lamparas
lana lanata lancaster lance lancha lanchas land landa lane lang lange langosta langostas
language lanka lannister lanus lanza lanzaba lanzaban lanzada lanzadas lanzado lanzador lanzados
lanzamiento lanzamientos lanzamos lanzan lanzando lanzar lanzara lanzaron lanzarote lanzarse
lanzas lanzo laos lapicera lapices lapida lapidas lapiz lapso laptop laptops lara laredo lares
larga largamente largar largas largate largo largometraje largometrajes largos larrain larranaga
larrea larreta larry lars larsen larva larvas laser lasso last lastima lastimada lastimado
lastimar lastime lastimen lastimosamente lastra lastre lata latam latas late latencia latente
lateral laterales latex latido latidos latiendo latigazos latigo latin latina latinas latino
latinoamerica latinoamericana latinoamericanas latinoamericano latinoamericanos latinos latir
latitud latitudes laton latorre laura laureano laurel laureles lauren laurence laurent laurie
lautaro lava lavabo lavada lavadero lavado lavadora lavados lavalle lavan lavanda lavanderia
lavando lavar lavarse lavas lave lavo lawrence layla lazaro lazo lazos lead leader leaf league
leah leal leales lealtad lean leandro learning leas lease leave lebron leccion lecciones leche
lechera lechero leches lecho lechuga lechuza lector lectora lectores lectura lecturas ledesma
ledezma leeds leemos leen leer leera leere leerla leerlas leerlo leerlos leerme leerse leerte
lees left legado legados legal legales legalidad legalizacion legalizado legalizar legalmente
leganes legend legendaria legendarias legendario legendarios legends legible legion legionarios
legiones legislacion legislaciones legislador legisladora legisladores legislar legislativa
legislativas legislativo legislativos legislatura legislaturas legitima legitimacion
legitimamente legitimar legitimas legitimidad legitimo legitimos lego legos legrand legua leguas
legumbres leia leicester leida leidas leido leidos leigh leila leipzig leiste leiva lejana
lejanas lejania lejano lejanos lejia lejos lema lemas lemon lemos lena lenceria lengua lenguaje
lenguajes lenguas lenin leningrado leninista lennon lennox lenny lenovo lenta lentamente lentas
lente lentejas lentes lentitud lento lentos leon leona leonard leonardo leonel leones leonesa
leonid leonidas leonor leopardo leopoldo lepra lerdo lerida lerma leroy lesa lesbiana lesbianas
lesion lesionado lesionados lesiones lesiono leslie less lester letal letales letargo leticia
leto letonia letra letrado letrados letras letrero letreros leucemia levadura levanta levantaba
levantada levantadas levantado levantados levantamiento levantamientos levantamos levantan
levantando levantar levantara levantarme levantarnos levantaron levantarse levantarte levantas
levantate levante levanten levantes levanto leve level levemente leves levi levy lewis lexico
leyenda leyendas leyendo leyera leyeron leyes leyo leyva lezama lgbt lgtb liado liam lian liang
liar libanes libano liber libera liberacion liberada liberadas liberado liberador liberados
liberal liberales liberalismo liberalizacion liberan liberando liberar liberarlo liberaron
liberarse libere liberen liberia libero libertad libertades libertador libertadora libertadores
libertaria libertario libertarios liberty libia libido libio libra librada librado librar
librarse library libras libre libremente libreria librerias librero libres libreta libretas
libreto librito libro libros licencia licenciada licenciado licenciados licencias licenciatura
liceo liceos licitacion licitaciones licito licor licores licuado licuadora lider lidera
liderada liderado liderados lideran liderando liderar liderato liderazgo liderazgos lideres
lidero lidia lidiando lidiar liebre lienzo lienzos life liga ligada ligadas ligado ligados
ligamento ligamentos ligando ligar ligas ligera ligeramente ligeras ligereza ligero ligeros
light ligue liguilla lija like likes lila lili lilian liliana lilly lily lima limbo limenos
limita limitaba limitacion limitaciones limitada limitadas limitado limitados limitan limitando
limitante limitar limitaron limitarse limite limited limites limito limitrofe limitrofes limon
limonada limones limosna limosnas limpia limpiado limpiador limpian limpiando limpiar limpiarse
limpias limpie limpien limpieza limpio limpios lina linaje linajes linares lince linchamiento
lincoln linda lindas linden lindo lindos lindsay line linea lineal lineales lineamientos lineas
linfaticos linfocitos linfoma ling lingotes lingua linguista linguistas linguistica linguisticas
linguistico linguisticos liniers link linkedin links lino linterna linternas linux lion lionel
lios lipidos liquida liquidacion liquidar liquidez liquido liquidos lira liras lirica lirico
lirio lirios lisa lisandro lisas lisboa liso lisos list lista listado listados listas listen
listo liston listos lite litera literal literalmente literaria literarias literario literarios
literas literatura litigio litigios litio litoral litro litros little lituania liturgia live
liverpool lives liviana liviano living liza llaga llagas llama llamaba llamaban llamada llamadas
llamado llamados llamame llamamiento llamamos llaman llamando llamandolo llamanos llamar llamara
llamaran llamare llamaremos llamaria llamarla llamarle llamarlo llamarlos llamarme llamarnos
llamaron llamarse llamarte llamas llamaste llamativa llamativo llamativos llame llamemos llamen
llames llamo llana llanamente llanero llano llanos llanta llantas llanto llantos llanura
llanuras llave llavero llaves llega llegaba llegaban llegada llegadas llegado llegados llegamos
llegan llegando llegar llegara llegaran llegaras llegare llegaremos llegaria llegarian llegaron
llegas llegase llegaste llego llegue lleguemos lleguen llegues lleida llena llenaba llenaban
llenado llenamos llenan llenando llenar llenara llenarlo llenaron llenarse llenas llendo llene
llenen lleno llenos lleras lleva llevaba llevabamos llevaban llevada llevadas llevado llevados
llevais llevame llevamos llevan llevando llevandolo llevandose llevar llevara llevaran llevare
llevaremos llevaria llevarian llevarla llevarlas llevarle llevarles llevarlo llevarlos llevarme
llevarnos llevaron llevarse llevarte llevas llevase llevaste llevate lleve llevemos lleven
lleves llevo llobregat llora lloraba lloraban llorado lloramos lloran llorando llorar lloras
llore lloren llorente llores lloro lloron llorona llosa llover llovia llovido lloviendo llovio
lloyd llueva llueve llueven lluvia lluvias lluviosa lluvioso lluviosos lmao loable loba lobato
lobby lobo lobos lobulo lobulos loca locacion locaciones local locales localidad localidades
localiza localizacion localizaciones localizada localizadas localizado localizados localizan
localizar localizo localmente locamente locas locion lock locke loco locomocion locomotora
locomotoras locos locucion locura locuras locutor locutores lodge lodo logan logia logic logica
logicamente logicas logico logicos logistica logistico logisticos logo logos logotipo logra
lograba lograban lograda logrado logrados logramos logran logrando lograr lograra lograran
lograras lograremos lograria lograrlo lograron logras lograste logre logremos logren logres
logro logrono logros lois loja loki lola lolita loma lomas lombardi lombardo lombrices lomo
lomos lona londinense london londono londres long longevidad longitud longitudes longitudinal
longitudinales lonja look looking looks loop lope lopez loquito lora lorca lord lore lorena
lorenzo lores loreto lori loro loros lorraine losa losada losas lose loss lost lote loteria
lotes loto lotus louis louise louisiana lounge lourdes louvre love lowe lowell loyola loza
lozada lozano lozoya ltda lubricante lubricantes luca lucas luce lucen lucena lucero luces lucha
luchaba luchaban luchado luchador luchadora luchadores luchamos luchan luchando luchar
lucharemos lucharon luchas luche luchemos luchen lucho lucia luciana luciano lucidez lucido
lucien luciendo lucifer lucila lucio lucir luck lucky lucrativa lucrativo lucrecia lucro lucy
ludico ludwig luego lugano lugar lugarenos lugares lugarteniente lugo lugubre luigi luis luisa
luisiana luiz lujan lujo lujos lujosa lujosas lujoso lujosos lujuria luka lukas luke lula lulu
lumbar lumbreras lumen luminarias luminosa luminosas luminosidad luminoso luminosos lumpur luna
lunar lunares lunas lunes lupa lupe lupita lupus luque lutero luther luthor luto luxemburgo
lydia lynch lynn lyon mabel macabro macao macarena macarrones macbeth macbook macdonald
macedonia macedonio maceta macetas mach machado machete machetes machine machismo machista
machistas macho machos machu macias maciel macizo mack mackenzie macri macrismo macro macron
madagascar madame madariaga made madeira madeleine madera maderas madero madison madonna
madrastra madrazo madre madres madrid madrigal madriguera madrilena madrileno madrilenos madrina
madrugada madrugar madryn madura maduracion madurado madurar maduras madurez maduro maduros
maestra maestras maestre maestria maestrias maestro maestros mafalda mafia mafias mafioso
mafiosos maga magallanes magazine magda magdalena maggie magia magic magica magicamente magicas
magico magicos magister magisterio magistrado magistrados magistral magistrales magistratura
magna magnate magnates magnesio magnetica magneticas magnetico magneticos magnetismo magneto
magnifica magnificas magnifico magnificos magnitud magnitudes magno magnum magnus mago magos
magreb mahoma maia maiden mail mails main maine mainstream maipo maipu mais maison maite maiz
maja majestad majestuosa majestuoso majo major make maker making mala malabares malaga malagueno
malandros malaria malas malasia malaya malayo malcolm maldad maldades maldecir maldicion
maldiciones maldita malditas maldito malditos maldivas maldonado male maleantes malecon
maleducado malena malentendido malentendidos males malestar maleta maletas maletero maletin
maleza malformaciones malgastar malhechores mali malicia maliciosa malicioso maliciosos maligna
maligno malignos malik malisimo mall malla mallas mallorca malo malone malos malta maltratada
maltratado maltratados maltratar maltrato maltratos malvada malvado malvados malversacion
malvinas malware mama mamada mamadas mamando mamar mamas mambo mame mamen mames mami mamifero
mamiferos mamita mamma mamon mamposteria mamut mana manabi manada manadas management manager
managua manana mananas manantial manantiales manaos manas mancera mancha manchada manchadas
manchado manchar manchas manchego manchester manco mancomunidad manda mandaba mandaban mandado
mandados mandala mandale mandame mandamiento mandamientos mandamos mandan mandando mandar
mandara mandaria mandarin mandarina mandarle mandarlo mandarlos mandarme mandaron mandarte
mandas mandaste mandatario mandatarios mandato mandatos mande mandela manden mandes mandibula
mandibulas mando mandos mandy maneja manejaba manejable manejada manejado manejados manejamos
manejan manejando manejar manejarlo manejas maneje manejen manejo manejos manera maneras manga
manganeso mangas manglares mango mangos manguera mangueras manhattan mani mania manicomio
manicura manifestaba manifestacion manifestaciones manifestado manifestando manifestantes
manifestar manifestaron manifestarse manifesto manifiesta manifiestan manifieste manifiesto
manifiestos manija manila maniobra maniobrar maniobras manipula manipulacion manipulaciones
manipulada manipuladas manipulado manipulador manipuladora manipulados manipulan manipulando
manipular manitas manizales manjar mann manning manny mano manojo manolo manos manresa manrique
mansa mansilla mansion mansiones manso manson manta mantas manteca mantel manten mantencion
mantendra mantendran mantendremos mantendria mantenemos mantener mantenerla mantenerlas
mantenerlo mantenerlos mantenerme mantenernos mantenerse mantenerte mantenga mantengamos
mantengan mantengo mantenia mantenian mantenida mantenidas mantenido mantenidos manteniendo
manteniendose mantenimiento mantente mantequilla mantiene mantienen mantienes mantilla manto
mantra mantuve mantuviera mantuvieron mantuvo manu manual manuales manualidades manualmente
manuel manuela manufactura manufacturas manufacturera manuscrito manuscritos manutencion many
manzana manzanares manzanas manzanilla manzanillo manzano mapa mapache mapas mapeo maps mapuche
mapuches maqueta maquetas maquiavelo maquillaje maquillar maquina maquinaria maquinarias
maquinas maquinista mara maracaibo maracay maradona marana maranon maraton maravilla maravillas
maravillosa maravillosamente maravillosas maravilloso maravillosos marbella marc marca marcaba
marcada marcadamente marcadas marcado marcador marcadores marcados marcan marcando marcar
marcara marcaron marcas marcel marcela marcelino marcello marcelo march marcha marchaba
marchaban marchado marchamos marchan marchando marchar marcharon marcharse marchas marche
marchen marcho marcia marcial marciales marciano marcianos marco marcos marcus mare marea
mareado mareas mareo mareos mares marfil marga margaret margarita margaritas marge margen
margenes marginacion marginadas marginado marginados marginal marginales marginalidad margot
mari maria mariachi marian mariana marianne mariano marias maribel marica maricas marico maricon
maricones marido maridos marie mariel mariela mariguana marihuana marilyn marin marina marinas
marine marinera marinero marineros marines marino marinos mario marion marioneta marionetas
mariposa mariposas mariquita marisa mariscal marisco mariscos marisol maritima maritimas
maritimo maritimos mark market marketing marko markus marlene marley marlon marmol marmota
marque marquen marques marquesa marquez marrakech marron marrones marroqui marroquies marruecos
mars marsella marsh marshall mart marta marte martes martha marti martillo martillos martin
martina martinelli martinez martini martinica martino martins martir martires martirio martos
marty maru marvel marvin marx marxismo marxista marxistas mary maryland marzo masa masacrados
masacre masacres masaje masajes masajista masas mascar mascara mascaras mascarilla mascarillas
mascota mascotas masculina masculinas masculinidad masculino masculinos masiva masivamente
masivas masivo masivos maso mason masoneria masones masoquista mass massa massachusetts master
mastercard masterchef masters masticar mastil masturbacion masturbarse mata mataba mataban
matadero mataderos matado matador matamoros matamos matan matando matanza matanzas matar matara
mataran mataria matarla matarlo matarlos matarme matarnos mataron matarse matarte matas mataste
match mate matematica matematicamente matematicas matematico matematicos maten mateo mateos
mater materia material materiales materialismo materialista materias materna maternal maternidad
materno mates mathias mathieu matias matices matilda matilde matinal matiz mato maton matones
matorrales matos matrices matricula matriculado matriculados matriculas matrimonial
matrimoniales matrimonio matrimonios matrix matriz matt matteo matter matthew matthews matute
matutina matutino maule maura maureen mauri maurice mauricio mauritania mauro mausoleo maverick
maxi maxilar maxim maxima maximas maxime maximiliano maximizar maximo maximos maxwell maya
mayaguez mayas maybe mayer mayo mayonesa mayor mayoral mayorazgo mayordomo mayores mayoria
mayorias mayorista mayoristas mayoritaria mayoritariamente mayoritario mayoritarios mayormente
mayra mayuscula mayusculas maza mazatlan mazda mazmorras mazo mbps mccain mccarthy mccartney
mcdonald mcdonalds mclaren meade mean meando mear meca mecanica mecanicas mecanico mecanicos
mecanismo mecanismos mecenas mecha mechas mechon medalla medallas medallista medallon medellin
media mediacion mediador mediadores mediados mediana medianamente medianas mediano medianoche
medianos mediante mediar medias mediaset mediatica mediaticas mediatico mediaticos medica
medicacion medical medicamento medicamentos medicas medicina medicinal medicinales medicinas
medicine medicion mediciones medico medicos medida medidas medido medidor medidores medieval
medievales medina medio medioambiental medioambientales medioambiente mediocampista mediocre
mediocres mediocridad mediodia medios medir medirse meditacion meditaciones meditando meditar
mediterranea mediterraneo medium medrano medula medular medusa meet meeting mega megan megas
mein mejia mejico mejilla mejillas mejillones mejor mejora mejorada mejoradas mejorado mejorados
mejoramiento mejoran mejorando mejorar mejorara mejoraria mejorarla mejorarlo mejoraron
mejorarse mejoras mejore mejoren mejores mejoria mejoro mela melancolia melancolica melancolico
melanie melbourne melchor melena melendez melgar melilla melissa mella mellizos melo melocoton
melodia melodias melodrama melody melon melones melvin membrana membranas membresia meme memes
memo memorable memorables memorando memorandum memoria memorial memorias memories memorizar
memory memphis mena mencion menciona mencionaba mencionada mencionadas mencionado mencionados
mencionamos mencionan mencionando mencionar mencionarlo mencionaron mencionas mencionaste
mencione menciones menciono mendes mendez mendieta mendigar mendigo mendigos mendoza menem
menendez meneses menester meng meningitis menique meno menopausia menor menorca menores menos
menospreciar menosprecio mensaje mensajeria mensajero mensajeros mensajes menstruacion menstrual
mensual mensuales mensualmente menta mental mentales mentalidad mentalmente mente mentes menti
mentia mentido mentir mentira mentiras mentirle mentirme mentirosa mentiroso mentirosos menton
mentor mentores menu menuda menudo menudos menus meollo mera meramente meras merca mercadeo
mercader mercaderes mercaderia mercaderias mercadillo mercado mercadona mercados mercadotecnia
mercancia mercancias mercante mercantes mercantil mercantiles merced mercedes mercenario
mercenarios mercer mercosur mercurio mercury mercy merece merecedor merecemos merecen merecer
mereces merecia merecian merecida merecido merecio meredith merengue merezca merezcan merezco
merida meridiano meridional meridionales merienda merino merito meritorio meritos merkel merlin
merlo merluza merma mermelada mero meros merry mesa mesas mesero meses meseta mesias mesita
mesoamerica meson mesopotamia messenger messi mestiza mestizaje mestizo mestizos mestre meta
metabolismo metadatos metafisica metafora metaforas metal metales metalica metalicas metalico
metalicos metallica metalurgia metalurgica metamorfosis metan metano metas metastasis mete
metemos meten meteorito meteoritos meteorologia meteorologica meteorologicas meteorologico
meteorologicos meter meteria meterla meterle meterlo meterme meternos meterse meterte metes
metete meti metia metida metidas metido metidos metiendo metiendose metiera metieron metimos
metio metiste meto metodista metodo metodologia metodologias metodologico metodos metraje
metralla metrica metricas metro metrobus metropoli metropolis metropolitana metropolitanas
metropolitano metros mets mexica mexicali mexican mexicana mexicanas mexicano mexicanos mexico
meyer meza mezcal mezcla mezclada mezcladas mezclado mezclados mezclan mezclando mezclar
mezclaron mezclarse mezclas mezcle mezquino mezquita mezquitas miami mias miau mica micaela
michael michel michele michelle michetti michigan michoacan mick mickey micro microbios
microfono microfonos microondas microorganismos micros microscopio microsoft mida midas middle
mide miden mides midi midiendo midio midnight mido miedo miedos miel miembro miembros mienta
mientan mientas miente mienten mientes miento mientra mientras mier miercoles mierda mierdas
mieres mies miga migajas migas migo migracion migraciones migrana migrante migrantes migrar
migratoria migratorias migratorio migratorios miguel mijo mika mike mikel mikhail mila milagro
milagros milagrosa milagrosamente milagroso milan milanes milanesa milanesas milano mildred mile
milena milenaria milenario milenio milenios miles miley milf mili milicia milicianos milicias
milimetro milimetros milita militancia militante militantes militar militares militarismo
militarizacion militarmente milk mill milla millan millar millares millas millennials miller
millon millonaria millonarias millonario millonarios millones mills milo milonga milton
milwaukee mima mimi mimo mimos mina minado minar minas mind mindanao mine minecraft minera
mineral minerales mineras mineria minero mineros minerva ming minh mini miniatura miniaturas
minifalda minima minimalista minimamente minimas minimiza minimizar minimo minimos mining
ministerial ministeriales ministerio ministerios ministra ministro ministros minita minnesota
minnie mino minoria minorias minorista minoristas minoritaria minoritario minoritarios mins
minsk mint mintiendo mintieron mintio minuciosa minuciosamente minucioso minuscula minusculas
minusculo minuta minuto minutos miocardio miopia mios miquel mira miraba miraban mirad mirada
miradas mirado mirador miraflores miralo miramar mirame miramos miran miranda mirando mirandola
mirandolo mirandome mirandote mirar mirara mirarla mirarle mirarlo mirarme mirarnos miraron
mirarse mirarte miras mirate mire miremos miren mires miriam miro mirror mirta mirtha misa misas
miserable miserables miseria miserias misericordia misericordioso misil misiles mision misionera
misionero misioneros misiones misiva misma mismas mismisima mismisimo mismo mismos misoginia
misogino miss mission mississippi missouri mister misterio misterios misteriosa misteriosamente
misteriosas misterioso misteriosos mistica misticismo mistico misticos mistral mitad mitades
mitch mitchell mitica mitico miticos mitigacion mitigar mitin mitines mito mitologia mitologico
mitos mitra mitre mitsubishi mixta mixtas mixto mixtos mmmm mmmmm mobile mobiliario mochila
mochilas mocho mocion moco mocos moctezuma moda modales modalidad modalidades modas mode model
modelado modelar modelo modelos modem moderacion moderada moderadamente moderadas moderado
moderador moderadores moderados moderar modern moderna modernas modernidad modernismo modernista
modernizacion modernizar moderno modernos modesta modestas modestia modesto modestos modifica
modificacion modificaciones modificada modificadas modificado modificados modifican modificando
modificar modificaron modificarse modifico modifique modo modos mods modular modulo modulos
modus mofa mohamed mohammad mohammed moho moises moja mojada mojadas mojado mojados mojar mojo
mojon mola molar moldavia molde moldear moldes mole molecula molecular moleculares moleculas
moler molesta molestaba molestado molestan molestando molestar molestaria molestarme molestarse
molestarte molestas moleste molesten molestes molestia molestias molesto molestos molida molido
molienda molina molino molinos molly molotov moluscos moment momentaneamente momento momentos
momia momias momo mona monaco monagas monarca monarcas monarquia monarquias monarquica
monarquico monarquicos monasterio monasterios moncada moncayo moncloa monclova monde mondragon
moneda monedas monedero monetaria monetarias monetario monetarios money monge mongol mongoles
mongolia monica monique monitor monitorear monitoreo monitores monitorizacion monitorizar monja
monjas monje monjes monk monkey mono monografia monografias monologo monologos monopolio
monopolios monos monotonia monotono monoxido monreal monroe monroy mons monsanto monsenor
monserrat monsieur monster monstruo monstruos monstruosa monstruoso mont monta montaba montada
montadas montado montados montaje montajes montalvo montan montana montanas montando montaner
montano montanosa montanosas montanoso montar montaron monte montecarlo montejo montenegro
monteria montero monterrey montes montesinos montevideo montgomery monticulo montiel montilla
monto monton montoneros montones montoro montos montoya montreal montserrat montt montura monty
monumental monumentales monumento monumentos monzon moon moore moquegua mora morada moradas
morado moradores morados moral moraleja morales moralidad moralista moralmente moran moras
moratoria morbo morboso morcilla mordaz mordaza morder mordida mordidas mordido mordiendo mordio
mordisco mordor more moreau moreira morel morelia morelos morena morenas moreno morenos
moretones morfina morfologia morgan morgue mori moria morian moribunda moribundo morillo morimos
morir morira moriran moriras morire moriria morirme morirse morirte moriscos mormones morning
moro moron moros morra morris morrison morro morros morsa morse mort mortal mortales mortalidad
mortalmente mortero morteros morton morty mosaico mosaicos mosca moscas moscu moses mosquera
mosqueteros mosquito mosquitos moss mossad mossos most mostaza mostoles mostraba mostraban
mostrada mostrado mostrador mostrados mostramos mostrando mostrandose mostrar mostrara mostraran
mostraremos mostrarle mostrarles mostrarlo mostrarme mostrarnos mostraron mostrarse mostrarte
mostre mostro mosul mota mote motel mother motin motines motion motiva motivacion motivaciones
motivada motivadas motivado motivados motivan motivar motivaron motivo motivos moto motocicleta
motocicletas motociclista motociclistas motogp motor motora motores motorizado motorizados
motorola motors motos motriz mount mountain mourinho mouse move movement movemos mover moverme
movernos moverse moverte movia movian movida movidas movido movidos movie moviendo moviendose
movieron movies movil moviles movilidad moviliza movilizacion movilizaciones movilizado
movilizan movilizar movilizaron movilizarse movilizo movimiento movimientos movio movistar moya
moyano moza mozambique mozart mozilla mozo mozos much mucha muchacha muchachas muchacho
muchachos muchas muchedumbre muchisima muchisimas muchisimo muchisimos mucho muchos mucosa muda
mudado mudan mudanza mudanzas mudar mudarme mudaron mudarse mudarte mudas mude mudo mudos mueble
muebles mueca muela muelas muelle mueller muelles muera mueran mueras muerde muerden muere
mueren mueres muero muerta muertas muerte muertes muerto muertos muestra muestran muestras
muestre muestren muestreo muestres muestro mueva muevan muevas mueve mueven mueves muevo mugre
muhammad mujer mujeres mujeriego mujica mula mulas mulder muleta muletas muller multa multado
multar multas multi multicolor multicultural multijugador multilateral multilaterales multimedia
multimillonario multimillonarios multinacional multinacionales multiple multiples multiplica
multiplicacion multiplicado multiplicador multiplican multiplicar multiplicidad multitud
multitudes multitudinaria mumbai mundano mundi mundial mundiales mundialista mundialmente mundo
mundos muneca munecas muneco munecos muni munich municion municiones municipal municipales
municipalidad municipalidades municipio municipios muniz munoz murakami mural murales muralla
murallas murat murcia murciano murcielago murcielagos murdoch murga muriel muriendo muriera
murieron murillo murio murmullo muro muros murphy murray musa musas muscular musculares
musculatura musculo musculos musculoso muse museo museos museum musgo music musica musical
musicales musicalmente musicas musico musicos musk muslo muslos mussolini must mustafa mustang
musulman musulmana musulmanas musulmanes mutacion mutaciones mutante mutantes mutilacion
mutilados mutis mutua mutual mutuamente mutuas mutuo mutuos muuuuy muuuy myanmar myers myriam
myself myspace myung nabo nace nacemos nacen nacer nach nacho nachos naci nacia nacida nacidas
nacido nacidos naciendo naciente naciera nacieron nacimiento nacimientos nacimos nacio nacion
nacional nacionales nacionalidad nacionalidades nacionalismo nacionalismos nacionalista
nacionalistas nacionalizacion naciones naciste naco nada nadador nadadores nadal nadando nadar
nadia nadie nadine nado nafta nagasaki nahuatl nahuel naipes nairobi najera nalga nalgas name
namibia nana nancy nando nano naomi napo napoleon napoles napoli napolitana napolitano nara
naranja naranjas naranjo naranjos narcisista narciso narco narcos narcoticos narcotraficante
narcotraficantes narcotrafico narices narino nariz narnia narra narracion narraciones narrada
narrado narrador narradores narran narrando narrar narrativa narrativas narrativo narro naruto
narvaez nasa nasal nasales nash nashville nassau nasser nata natacion natal natalia natalicio
natalidad natalie natasha nate nathan nathaniel nation national nations nativa nativas native
natividad nativo nativos nato natura natural naturales naturaleza naturalidad naturalista
naturalistas naturalizacion naturalmente nature naufragio nauseas nautica nautico nava navaja
navajas naval navales navarra navarrete navarro navarros navas nave navega navegacion navegador
navegadores navegan navegando navegante navegantes navegar naves navia navidad navidades
navidena navidenas navideno navidenos navio navios navy nayarit nazareno nazaret nazca nazi
nazis nazismo neal neblina nebraska nebulosa necaxa necedad necesaria necesariamente necesarias
necesario necesarios necesidad necesidades necesita necesitaba necesitabamos necesitaban
necesitabas necesitada necesitadas necesitado necesitados necesitais necesitamos necesitan
necesitando necesitar necesitara necesitaran necesitaras necesitaremos necesitaria necesitarian
necesitaron necesitas necesite necesitemos necesiten necesites necesito necio necios necochea
necropolis nectar need nefasta nefastas nefasto nefastos negaba negaban negacion negada negado
negamos negando negandose negar negarle negarlo negaron negarse negativa negativamente negativas
negatividad negativo negativos negligencia negligente nego negocia negociable negociacion
negociaciones negociado negociador negociadores negociados negocian negociando negociar negocio
negocios negra negras negri negrita negrito negro negros negue neil neiva nelly nelson nemo nena
nenas nene nenes neoliberal neoliberales neoliberalismo neon neonazi neonazis neoyorquino nepal
nepotismo neptuno nerd nerds neri nero neron neruda nervio nervios nerviosa nerviosas
nerviosismo nervioso nerviosos ness nestle nestor neta netamente netanyahu netas netflix neto
netos network networking networks neumatico neumaticos neumonia neuquen neural neurologia
neurona neuronal neuronales neuronas neurosis neutra neutral neutrales neutralidad neutralizar
neutro neutrones neutros nevada nevadas nevado never nevera neville newcastle newman news newton
nexo nexos next nexus neymar nica nicanor nicaragua nicaraguense nicaraguenses nice nicho
nicholas nichols nichos nick nicki nicky nico nicola nicolas nicole nicotina nido nidos niebla
niega niegan niegas niego niegue nieguen nielsen nieta nieto nietos nietzsche nieva nieve nieves
nigel niger nigeria nigeriano nigga night nike nikita nikki niko nikola nikolai nikon nilo nina
ninas nine ninera ninez ninfa ninfas ningun ninguna ninguno ninita ninito ninja ninjas nino
ninos nintendo niquel nirvana nisiquiera nisman nissan nitidez nitrato nitro nitrogeno
niunamenos nivel nivelacion niveles nixon niza noah nobel noble nobles nobleza noche nochebuena
noches nochevieja nocion nociones nocivas nocivo nocivos nocturna nocturnas nocturno nocturnos
nodo nodos nodriza noel noelia noemi nogal nogales noguera noir noise nokia nolan nomada nomadas
nomas nombra nombrada nombradas nombrado nombrados nombramiento nombramientos nombran nombrando
nombrar nombraron nombre nombres nombro nomenclatura nomina nominacion nominaciones nominada
nominado nominados nominal nominales nominas nono nooo noooo nooooo noquis nora norberto
norcoreano nord nordeste nordica nordico nordicos noreste noria noriega norma normal normales
normalidad normalistas normalizacion normalizado normalizar normalmente norman normandia normas
normativa normativas normatividad normativo normativos noroeste norris norte norteamerica
norteamericana norteamericanas norteamericano norteamericanos nortena norteno nortenos north
norton noruega noruego noruegos nose nosotras nosotros nostalgia nostalgico nostra nota notaba
notable notablemente notables notacion notado notamos notan notando notar notara notaria
notarial notario notarios notaron notas note notebook noten notes notese nothing noticia
noticiario noticias noticiero noticieros notifica notificacion notificaciones notificado
notificar notifico noto notoria notoriamente notoriedad notorio notorios notre nous nouveau nova
novak novato novatos novecientos novedad novedades novedosa novedosas novedoso novedosos novel
novela novelas novelista novelistas november novena noveno noventa novi novia novias noviazgo
noviembre novio novios novo novoa ntra nube nubes nublado nuca nuclear nucleares nucleo nucleos
nudo nudos nueces nuera nuestra nuestras nuestro nuestros nueva nuevamente nuevas nueve nuevo
nuevos nuez nula nulas nulidad nulo nulos numancia number numeracion numeral numerica numerico
numericos numero numeros numerosa numerosas numeroso numerosos nunca nuncio nunez nuno nunoa
nupcial nupcias nuria nutre nutren nutricion nutricional nutricionales nutricionista nutrido
nutrientes nutritivo nvidia nylon oakland oasis oaxaca obama obedece obedecen obedecer
obediencia obediente obelisco obesidad obeso obispado obispo obispos objecion objeciones objetar
objetiva objetivamente objetivas objetividad objetivo objetivos objeto objetos obliga obligaba
obligaban obligacion obligaciones obligada obligadas obligado obligados obligan obligando
obligar obligara obligaria obligaron obligatoria obligatoriamente obligatorias obligatoriedad
obligatorio obligatorios obligo obligue obliguen obra obrador obrar obras obregon obrera obreras
obrero obreros obsceno obscuro obsequio obsequios observa observaba observacion observaciones
observada observadas observado observador observadores observados observamos observan
observancia observando observar observaron observarse observatorio observe observen observo
obsesion obsesionada obsesionado obsesionados obsesiones obsesiva obsesivo obsoleta obsoletas
obsoleto obsoletos obstaculizar obstaculo obstaculos obstante obstetricia obstinado obstruccion
obten obtencion obtendra obtendran obtendras obtendremos obtendria obtenemos obtener obtenerlo
obtenerse obtenga obtengan obtenia obtenida obtenidas obtenido obtenidos obteniendo obtiene
obtienen obtienes obtuve obtuvieron obtuvimos obtuvo obvia obviamente obviar obvias obvio obvios
ocampo ocana ocasion ocasiona ocasionado ocasionados ocasional ocasionales ocasionalmente
ocasionan ocasionando ocasionar ocasiones ocasiono ocaso occidental occidentales occidente ocde
ocean oceania oceano oceanos ochenta ocho ochoa ochocientos ocio ocre octava octavio octavo
octavos october octubre ocular oculares oculta ocultaba ocultacion ocultado ocultan ocultando
ocultar ocultarlo ocultarse ocultas oculto ocultos ocupa ocupaba ocupaban ocupacion ocupacional
ocupaciones ocupada ocupadas ocupado ocupados ocupamos ocupan ocupando ocupante ocupantes ocupar
ocupara ocuparia ocuparme ocuparnos ocuparon ocuparse ocupas ocupe ocupen ocupo ocurra ocurran
ocurre ocurren ocurrencia ocurrencias ocurria ocurrida ocurridas ocurrido ocurridos ocurriendo
ocurriera ocurrieron ocurrio ocurrir ocurrira ocurriria odebrecht odessa odia odiaba odiaban
odiado odiamos odian odiando odiar odias odie odien odies odin odio odios odiosa odioso odisea
odontologia oeste ofelia ofenda ofende ofenden ofender ofendida ofendido ofendidos ofendio
ofensa ofensas ofensiva ofensivas ofensivo ofensivos oferta ofertas office official offline
offshore oficial oficiales oficialismo oficialista oficialistas oficialmente oficina oficinas
oficio oficios ofrece ofrecemos ofrecen ofrecer ofrecera ofreceran ofreceria ofrecerle
ofrecerles ofrecerme ofrecerse ofrecerte ofreces ofreci ofrecia ofrecian ofrecida ofrecidas
ofrecido ofrecidos ofreciendo ofreciendole ofreciera ofrecieron ofrecimiento ofrecio ofrenda
ofrendas ofrezca ofrezcan ofrezco ogro ohhh ohio oido oidos oiga oigan oigo oimos oirlo ojala
ojeada ojeda ojeras ojete ojitos ojos okay okey okinawa oklahoma olaf olas olavarria oleada
oleadas oleaje oleg oleo oleoducto oler olfato olga olia oliendo oligarca oligarcas oligarquia
oligarquias olimpia olimpiada olimpiadas olimpica olimpicas olimpico olimpicos olimpo oliva
olivar olivares olive oliveira oliver olivera olivia olivier olivo olivos olla ollanta ollas
olmedo olmo olmos olor olores olsen olvida olvidaba olvidada olvidadas olvidado olvidados
olvidamos olvidan olvidando olvidar olvidara olvidare olvidaremos olvidarlo olvidarme olvidarnos
olvidaron olvidarse olvidarte olvidas olvidaste olvidate olvide olvideis olvidemos olviden
olvides olvido omaha oman omar ombligo omega omision omisiones omiso omite omitido omitir
omnibus omnipotente omnipresente once onda ondas ondulado ones ongs online only ontario onza
onzas oops opaca opacidad opaco opcion opcional opciones opel open opening opep opera operaba
operaban operacion operacional operacionales operaciones operada operado operador operadora
operadoras operadores operados operan operandi operando operar operario operarios operaron
operas operativa operativas operativo operativos opere opereta opero opina opinaba opinan
opinando opinar opinas opine opinion opiniones opino opio opone oponen oponente oponentes oponer
oponerse oponga opongo oponia oponian oponiendose oporto oportuna oportunamente oportunas
oportunidad oportunidades oportunismo oportunista oportunistas oportuno oportunos oposicion
oposiciones opositor opositora opositores opresion opresor opresores oprime oprimido oprimidos
oprimir opta optado optan optar optaron optica opticas optico opticos optima optimas optimismo
optimista optimistas optimizacion optimizar optimo opto opuesta opuestas opuesto opuestos opus
opusieron opuso oracion oraciones oracle oraculo orador oradores oral orales orando orange orar
oratoria oratorio orbe orbita orbital orbitas orcos ordaz orden ordena ordenaba ordenacion
ordenada ordenadas ordenado ordenador ordenadores ordenados ordenamiento ordenan ordenando
ordenanza ordenanzas ordenar ordenaron ordene ordenes ordeno order ordinaria ordinarias
ordinario ordinarios ordonez oregano oregon oreja orejas orellana orense oreo orfanato orfeo
organica organicas organice organicen organico organicos organigrama organismo organismos
organiza organizaba organizacion organizacional organizaciones organizada organizadas organizado
organizador organizadora organizadores organizados organizamos organizan organizando organizar
organizaron organizarse organization organizativa organizativas organizativo organizativos
organizo organo organos orgasmo orgasmos orgia orgullo orgullosa orgullosamente orgullosas
orgulloso orgullosos oribe orienta orientacion orientaciones orientada orientadas orientado
orientados oriental orientales orientan orientar oriente orificio orificios origen origenes
origin origina originada originado originados original originales originalidad originalmente
originan originaria originariamente originarias originario originarios originaron origino
orihuela orilla orillas orina orinar orinoco oriol orion oriundo oriundos orizaba orlando
orleans ornamentacion ornamental ornamentales ornamentos oros orozco orquesta orquestas orquidea
orquideas orson ortega ortiz orto ortodoxa ortodoxia ortodoxo ortodoxos ortografia ortografico
oruga orugas oruro orwell osadia osado osaka osama osasuna osborne oscar oscars oscila
oscilacion oscilaciones oscilan oscura oscuras oscurece oscuridad oscuro oscuros osea oseo
osiris osito oskar oslo osorio osorno osos ospina ostenta ostentaba ostentan ostentar ostia
ostracismo ostras osuna osvaldo oswald oswaldo otaku otan otero other otis otomano otono otorga
otorgaba otorgada otorgadas otorgado otorgados otorgamiento otorgan otorgando otorgar otorgara
otorgarle otorgaron otorgo otorgue otra otras otro otrora otros ottawa otto ourense outfit
ovacion oval ovalle ovario ovarios oveja ovejas over ovidio oviedo ovino ovni ovnis ovulo ovulos
owen owens oxford oxidacion oxidado oxido oxidos oxigeno oxxo oyen oyendo oyente oyentes oyeron
oyes ozono pabellon pabellones pablo paca pace paces pacha pacheco pachuca paciencia paciente
pacientemente pacientes pacific pacifica pacificacion pacificamente pacificas pacifico pacificos
pacifista pack packard packs paco pactada pactado pactar pacto pactos padece padecen padecer
padecia padecido padeciendo padecimiento padecimientos padecio padel padilla padrastro padre
padres padrino padrinos padron padua paella paez paga pagaba pagaban pagada pagadas pagado
pagados pagamos pagan pagana pagando pagano paganos pagar pagara pagaran pagare pagaremos
pagaria pagarian pagarla pagarle pagarles pagarlo pagarme pagaron pagarse pagarte pagas pagaste
page pages pagina paginas pago pagos pags pague paguen pagues paige pain paine paint pais paisa
paisaje paisajes paisano paisanos paises paja pajarito pajaritos pajaro pajaros pajas pajero
pakistan pala palabra palabras palabreria palace palacio palacios paladar palanca palancas palas
palatino palau palco palencia palenque palermo palestina palestino palestinos palestra paleta
paletas paliar paliativos palida palido palio palito palitos paliza palizas palm palma palmar
palmas palmer palmera palmeras palmira palmo palo paloma palomar palomas palomino palomitas
palomo palos palpable pamela pami pampa pampas pamplona pana panacea panaderia panaderias
panadero panaderos panal panales panama panamena panameno panamenos panamericana panamericano
panamericanos panas pancarta pancartas pancho pancreas panda pandas pandemia pandilla pandillas
pandilleros pando pandora panel paneles panelistas panes panfleto panfletos panico panista
panistas pano panorama panoramica panos panqueques pantalla pantallas pantalon pantalones
pantano pantanos panteon pantera pantoja pantuflas panuelo panuelos panza paola paolo papa papal
paparazzi papas papaya papel papeleo papelera papeleria papeles papeleta papeletas papelito
papelon paper papers papi papiro papis papitas papito papua paquete paquetes paquita paquito
para paraba paraban parabola parabrisas paracaidas paracaidistas parada paradas paradero
paradigma paradigmas paradise parado paradoja paradojas paradojicamente paradojico parador
parados parafraseando paraguas paraguay paraguaya paraguayo paraguayos paraiso paraisos paraje
parajes paralela paralelamente paralelas paralelismo paralelismos paralelo paralelos
paralimpicos paralisis paraliza paralizacion paralizada paralizado paralizar paralizo
paramedicos parametro parametros paramilitar paramilitares paramo paramos paran parana parando
paranoia paranoica paranoico paranormal paranormales parar parara pararlo pararme pararon
pararse paras parasito parasitos parcela parcelas parche parches parcial parciales parcialidad
parcialmente parda pardo pardos pare parece parecemos parecen parecer parecera pareceria
parecerse pareces parecia parecian parecida parecidas parecido parecidos pareciendo pareciera
parecieran parecieron parecio pared paredes pareja parejas parejo paremos paren parental
parentesco parentesis pares parezca parezcan parezco paria paridad parido pariente parientes
pario parir paris parisino paritaria paritarias park parker parking parkinson parks parla
parlament parlamentaria parlamentarias parlamentario parlamentarios parlamento parlamentos
parlante parlantes parma paro parodia parodias paros parpadeo parpados parque parques parra
parrafo parrafos parral parranda parrilla parroco parroquia parroquial parroquiales parroquias
parsons part parta parte parten partes parti partia particion participa participaba participaban
participacion participaciones participado participamos participan participando participante
participantes participar participara participaran participaron participativa participativo
participativos participe participen participes participo particula particular particulares
particularidad particularidades particularmente particulas partida partidaria partidarias
partidario partidarios partidas partidista partidistas partido partidos partiendo partieron
partimos partio partir partira partitura partituras partner partners parto partos party pasa
pasaba pasabamos pasaban pasada pasadas pasadizo pasado pasados pasaje pasajera pasajero
pasajeros pasajes pasalo pasame pasamos pasan pasando pasante pasantes pasantia pasaporte
pasaportes pasar pasara pasaran pasare pasarela pasaremos pasaria pasarian pasarla pasarle
pasarlo pasarme pasarnos pasaron pasarse pasarte pasas pasase pasaste pasate pasatiempo
pasatiempos pascal pasco pascua pascual pascuas pase pasea paseaba pasean paseando pasear
pasemos pasen paseo paseos pases pasha pasillo pasillos pasion pasional pasiones pasito pasiva
pasivas pasividad pasivo pasivos paso pasos pass past pasta pastas pastel pasteleria pasteles
pastelitos pasteur pastilla pastillas pastizales pasto pastor pastora pastoral pastoreo pastores
pastos pastrana pata patada patadas patagonia patan patas patata patatas patch patea pateando
patear patente patentes paterna paternal paternidad paterno patetica patetico pateticos path
patillas patinaje patinar patines patino patio patios patitas patito pato patogenos patologia
patologias patologica patologico patos patria patriarca patriarcado patriarcal patrias patrice
patricia patricio patricios patrick patrimonial patrimoniales patrimonio patrimonios patrio
patrios patriota patriotas patriotica patriotico patrioticos patriotismo patrocina patrocinada
patrocinado patrocinador patrocinadores patrocinio patron patrona patronal patronales patronato
patrones patrono patronos patrulla patrullaje patrullar patrullas patrullero patterson patton
patty patxi paty paul paula paulatina paulatinamente paulina pauline paulino paulista paulo
pausa pausas pauta pautas pava pavadas pavel pavimentacion pavimento pavo pavon pavor pavos
payasadas payaso payasos payne paypal paysandu pdvsa peace peaje peajes peak pearl pearson
peaton peatonal peatonales peatones peca pecado pecador pecadores pecados pecar pecas peces
pecho pechos pechuga pectorales peculiar peculiares peculiaridad peculiaridades peda pedacito
pedacitos pedagogia pedagogica pedagogicas pedagogico pedagogicos pedal pedales pedante pedazo
pedazos pedestal pedi pedia pedian pediatra pediatria pedido pedidos pedimos pedir pedira
pediran pedire pediria pedirle pedirles pedirlo pedirme pedirte pedis pediste pedo pedofilia
pedofilo pedofilos pedos pedraza pedregal pedrito pedro peer pega pegaba pegada pegadas pegado
pegados pegajosa pegajoso pegamento pegamos pegan pegando pegar pegarle pegarme pegaron pegarse
pegarte pegas pegaso pegaste peggy pego pegue peguen pegues peinado peinados peine peje pekin
pela pelada pelado pelados pelaez pelaje pelar pelayo peldano peldanos pele pelea peleaban
peleado peleador peleamos pelean peleando pelear pelearon pelearse peleas pelee peleen peleo
peli pelicula peliculas peligrar peligro peligros peligrosa peligrosamente peligrosas
peligrosidad peligroso peligrosos pelirroja pelirrojo pelis pellegrini pellejo pelo pelos pelota
pelotas pelotazo peloton pelotuda pelotudas pelotudeces pelotudo pelotudos peluca pelucas
peluche peluches peluda peludo peludos peluqueria peluquero pelusa pelvis pemex pena penado
penal penales penalidades penalizacion penalmente penalosa penalti penaltis penarol penas pende
pendeja pendejada pendejadas pendejas pendejo pendejos pendiente pendientes pendulo pene
penelope penes penetra penetracion penetrante penetrar penetro penguin penicilina peninsula
peninsular peninsulares penitencia penitenciaria penitenciario penitenciarios penn pennsylvania
penny penon penosa penoso pensa pensaba pensabamos pensaban pensabas pensad pensada pensadas
pensado pensador pensadores pensados pensais pensamiento pensamientos pensamos pensando
pensandolo pensante pensar pensara pensaran pensaria pensarlo pensaron pensarse pensas pensaste
pensativo pense pensemos pensilvania pension pensionados pensiones pensionistas penso pentagono
penultima penultimo penumbra penurias peon peones people peor peores pepa pepe pepino pepinos
pepita pepito pepper pepsi peque pequena pequenas pequenita pequenito pequeno pequenos peques
pera perales peralta peras percatado percatarse percato percepcion percepciones perceptible
percha percibe perciben percibida percibidas percibido percibidos percibimos percibio percibir
percibo percusion percy perdais perdamos perdedor perdedores perdemos perder perdera perderan
perderas perderemos perderia perderian perderla perderlo perderme perderse perderte perdes perdi
perdia perdian perdicion perdida perdidas perdido perdidos perdiendo perdiera perdieron
perdigones perdimos perdio perdiste perdiz perdomo perdon perdona perdonad perdonado perdoname
perdonamos perdonan perdonar perdonas perdone perdonen perdones perdono perdura perduran pere
perecieron peregrinacion peregrinaje peregrino peregrinos pereira perejil perenne pereyra perez
pereza perezoso perezosos perfeccion perfeccionado perfeccionamiento perfeccionar perfect
perfecta perfectamente perfectas perfecto perfectos perfil perfila perfiles perforacion
perforaciones perforado perforar performance perfume perfumes pergamino peri pericia perico
periferia periferica perifericas periferico perifericos perimetro periodica periodicamente
periodicas periodicidad periodico periodicos periodismo periodista periodistas periodistica
periodisticas periodistico periodisticos periodo periodos peripecias periplo peritaje perito
peritos perjudica perjudicada perjudicado perjudicados perjudican perjudicando perjudicar
perjudicial perjudiciales perjudique perjuicio perjuicios perkins perla perlas permanece
permanecen permanecer permanecera permaneceran permanecia permanecian permanecido permaneciendo
permanecieron permanecio permanencia permanente permanentemente permanentes permanezca
permanezcan permiso permisos permita permitame permitan permitanme permitas permite permiteme
permiten permites permitia permitian permitida permitidas permitido permitidos permitiendo
permitiera permitieran permitieron permitimos permitio permitir permitira permitiran
permitiremos permitiria permitirian permitirle permitirles permitirme permitirnos permitirse
permito pernambuco pero peron peronismo peronista peronistas peros perpendicular perpetrado
perpetua perpetuar perpetuo perplejo perra perras perrera perrita perrito perritos perro perros
perry pers persa persas persecucion persecuciones perseguia perseguian perseguida perseguido
perseguidos perseguir perseverancia persia persiana persianas persico persiga persigue persiguen
persiguiendo persiguieron persiguio persiste persisten persistencia persistente persistentes
persistir person persona personaje personajes personal personales personalidad personalidades
personalizacion personalizada personalizadas personalizado personalizados personalizar
personalmente personas personeria personificacion perspectiva perspectivas perspicaz persuadir
persuasion pertenece pertenecemos pertenecen pertenecer perteneces pertenecia pertenecian
pertenecido perteneciente pertenecientes pertenecio pertenencia pertenencias pertenezca
pertenezcan pertenezco pertinencia pertinente pertinentes perturba perturbacion perturbaciones
perturbado perturbador perturbar peru peruana peruanas peruano peruanos perversa perversion
perverso perversos pervertido pesa pesaba pesada pesadas pesadilla pesadillas pesado pesados
pesame pesan pesando pesar pesas pesca pescado pescador pescadores pescados pescar pese pesebre
pesetas pesima pesimas pesimismo pesimista pesimistas pesimo peso pesos pesquera pesqueras
pesquero pesqueros pesquisas pestana pestanas peste pestes pesticidas petalos petardos pete
peter peters petersburgo peterson peticion peticiones petit peto petra petro petrobras petroleo
petroleos petrolera petroleras petrolero petroleros petroliferos petroquimica peugeot peyorativo
pezon pezones pfff phelps phil philadelphia philip philippe philips phillip phillips phoebe
phoenix phone photo photos photoshop piadoso pianista piano pianos piba pibas pibe pibes pica
picada picadas picado picadura picaduras pican picando picante picantes picar picardia picaro
picas picasso picchu pichincha pichon pick picnic pico picos pictorica picture pictures pida
pidamos pidan pidas pide pidele piden pides pidiendo pidiendole pidiendome pidiera pidieron
pidio pido piece piedad piedra piedras piel pieles piensa piensalo piensan piensas piense
piensen pienses pienso pier pierce pierda pierdan pierdas pierde pierden pierdes pierdo pierna
piernas piero pierre pies pietro pieza piezas pigmento pigmentos pija pijama pijamas pijas
pikachu pike pila pilar pilares pilas pildora pildoras pileta pilla pillado pillan pillar pillas
pille pillo piloto pilotos pimentel pimenton pimienta pimiento pimientos pina pinar pinas pinata
pincel pinceladas pinceles pincha pinchar pinchazo pinche pinches pincho pine pineda pinedo
pinera pines ping pinguino pinguinos pinilla pink pinky pino pinochet pinocho pinos pinta
pintaba pintada pintadas pintado pintados pintan pintando pintar pintaron pintas pinte pinterest
pinto pintor pintora pintores pintoresca pintoresco pintos pintura pinturas pinza pinzas pinzon
piojo piojos piola piolas pionera pionero pioneros pipa pipas piper pique piquete piquetes
piramidal piramide piramides pirata piratas pirateria pirineo pirineos piropo piropos pirotecnia
pisa pisadas pisado pisan pisando pisar piscina piscinas piscis pisco pise piso pisos pisotear
pista pistas pistola pistolas pistolero pistoleros piston pita pitagoras pitbull pito pitos pitt
pittsburgh pitufo pitufos pity piura pixar pixel pixeles pizarra pizarro pizca pizza pizzas
pizzeria placa placas place placebo placenta placentera placentero placer placeres placido plaga
plagada plagado plagas plagio plan plana planas plancha planchado planchar planchas planea
planeaba planeacion planeada planeado planeamiento planeamos planean planeando planear planearon
planeas planeo planes planet planeta planetaria planetario planetas planicie planifica
planificacion planificada planificado planificando planificar planilla planillas plano planos
planta plantacion plantaciones plantada plantado plantados plantar plantaron plantas plantea
planteaba planteada planteadas planteado planteados planteamiento planteamientos planteamos
plantean planteando plantear plantearon plantearse plantel planteles planteo plantilla
plantillas planto planton plaquetas plasencia plasma plasmado plasmar plastica plasticas
plastico plasticos plata plataforma plataformas platano platanos plate platea plateada plateado
platense platica platicando platicar platicas platillo platillos platino platinum plato platon
platonico platos plausible play playa playas playboy player playera playeras playlist playoffs
playstation plaza plazas plazca plazo plazos please plebe plebeyos plebiscito plegaria plegarias
pleito pleitos plena plenamente plenaria plenario plenas plenipotenciario plenitud pleno plenos
pliego pliegos pliegues plinio plomero plomo pluma plumaje plumas plural plurales pluralidad
pluralismo plurinacional plus plusvalia plutarco pluton pnud poblacion poblacional poblaciones
poblada pobladas poblado pobladores poblados poblamiento poblar pobre pobrecita pobrecito
pobrecitos pobres pobreza poca pocas pocho poco pocos poda podais podamos podcast podcasts
podeis podemos poder poderes poderio poderosa poderosamente poderosas poderoso poderosos poderse
podes podia podiamos podian podias podido podio podra podran podras podre podredumbre podreis
podremos podria podriais podriamos podrian podrias podrida podridas podrido podridos poema
poemario poemas poesia poesias poeta poetas poetica poeticas poetico poeticos poetisa point
points pokemon poker pola polaca polaco polacos polanco polar polares polaridad polarizacion
polarizada polarizado pole polemica polemicas polemico polemicos polen polenta poli police
policia policiaca policial policiales policias policy polideportivo poligono polilla polinesia
polio polis politecnica politecnico politica political politicamente politicas politico
politicos politics politizacion politologo poliza polizas polla pollas pollera pollito pollo
pollos polo polonia polos polucion polvo polvora polvos pomada pomelo pomo pompa pompeya pompeyo
ponce poncho pondra pondran pondre pondremos pondria pondrian pone ponele ponemos ponen ponencia
ponencias ponente ponentes poner ponerla ponerlas ponerle ponerles ponerlo ponerlos ponerme
ponernos ponerse ponerte pones ponete ponferrada pong ponga pongamos pongan ponganse pongas
pongase pongo ponia ponian poniendo poniendole poniendome poniendose poniente ponle ponlo pons
pont ponte pontevedra pontificado pontifice pontificia pontificio pony pool poor popa popayan
pope popper popular populares popularidad popularmente populismo populista populistas poquer
poquito porcelana porcentaje porcentajes porcentual porcentuales porche porciento porcina
porcino porcion porciones porfa porfavor porfirio pormenores porn porno pornografia pornografica
pornograficas pornografico poronga poros porq porque porqueria porquerias porra porras porro
porros porsche port porta portaaviones portaba portaban portabilidad portada portadas portado
portador portadora portadores portafolio portafolios portal portales portan portando portar
portas portatil portatiles portavoces portavoz porte portena porteno portenos porter porteria
portero porteros portes portico portillo portland porto porton portuaria portuarias portugal
portugues portuguesa portuguesas portugueses porvenir posa posada posadas posando posar pose
posea posean posee poseedor poseedores poseemos poseen poseer poseia poseian poseida poseido
poseo poses posesion posesiones posgrado posguerra posibilidad posibilidades posibilita
posibilitar posible posiblemente posibles posicion posiciona posicionado posicionamiento
posicionar posicionarse posiciones positiva positivamente positivas positivismo positivo
positivos poso posponer possible post posta postal postales poste postea posteado posteando
postear posteo poster postergar posteridad posterior posteriores posteriori posterioridad
posteriormente posters postes postgrado postor postre postres posts postula postulacion
postulado postulados postulantes postular postularse postulo postumo postura posturas potable
potasio pote potencia potencial potenciales potencialidades potencialmente potenciar potencias
potente potentes potestad potosi potrero potro potros potter pour powell power powers poza pozo
pozos pozuelo practica practicaba practicaban practicada practicado practicamente practican
practicando practicante practicantes practicar practicas practico practicos practique prada
pradera praderas pradesh prado prados praga pragmatica pragmatico pragmatismo prat prats pratt
praxis preambulo prebendas precandidato precaria precarias precariedad precario precarios
precaucion precauciones precede precedente precedentes precedida precedido precedieron precepto
preceptos preciada preciado preciados precio precios preciosa preciosas preciosidad precioso
preciosos precipicio precipitacion precipitaciones precipitado precipito precisa precisamente
precisan precisar precisas precision preciso precisos precoz precursor precursores predecesor
predecesores predecible predecir predeterminado predial predica predicacion predicador
predicadores predican predicando predicar prediccion predicciones predice predicho predijo
predileccion predilecto predio predios predisposicion predomina predominan predominante
predominantemente predominantes predominio preescolar preexistentes prefacio prefecto prefectura
preferencia preferencial preferencias preferente preferentemente preferentes preferi preferia
preferian preferible preferiblemente preferida preferidas preferido preferidos preferimos
preferir preferiria preferis prefiera prefieran prefieras prefiere prefieren prefieres prefiero
prefijo prefiriendo prefirieron prefirio pregon pregrado pregunta preguntaba preguntaban
preguntado preguntale preguntame preguntamos preguntan preguntando preguntandole preguntandome
preguntandose preguntar preguntara preguntaran preguntaria preguntarle preguntarles preguntarme
preguntarnos preguntaron preguntarse preguntarte preguntas preguntaste pregunte pregunten
preguntes pregunto prehispanica prehispanico prehistoria prejuicio prejuicios prelado preliminar
preliminares preludio prematura prematuramente prematuro premeditado premia premiacion premiada
premiado premiados premiar premier premiere premio premios premisa premisas premium prenada
prenatal prenda prendas prende prenden prender prendida prendido prendieron prendio prendo
prensa preocupa preocupaba preocupacion preocupaciones preocupada preocupadas preocupado
preocupados preocupamos preocupan preocupando preocupante preocupantes preocupar preocuparia
preocuparme preocuparnos preocuparse preocuparte preocupas preocupate preocupe preocupen
preocupes preocupo prepa prepago prepara preparaba preparaban preparacion preparaciones
preparada preparadas preparado preparador preparados preparamos preparan preparando preparandose
preparar prepararlo prepararme prepararnos prepararon prepararse prepararte preparas preparate
preparativos preparatoria prepare preparen preparense preparo preponderante preposicion
prepotencia prepotente prerrogativas pres presa presagio presas presbitero prescindir prescribe
prescripcion prescripciones prescrito presencia presenciado presencial presenciales presenciar
presencias presencio present presenta presentaba presentaban presentacion presentaciones
presentada presentadas presentado presentador presentadora presentadores presentados presentamos
presentan presentando presentandose presentar presentara presentaran presentaremos presentaria
presentarla presentarle presentarles presentarlo presentarme presentarnos presentaron
presentarse presentarte presentas presente presenten presentes presentimiento presento preserva
preservacion preservar preservativo preservativos presi preside presidencia presidencial
presidenciales president presidenta presidente presidentes presidida presidido presidio presidir
presiento presion presiona presionado presionan presionando presionar presione presiones
presiono presley preso presos press presta prestaba prestacion prestaciones prestada prestadas
prestado prestadores prestados prestamista prestamistas prestamo prestamos prestan prestando
prestar prestara prestarle prestaron prestas preste presten prestigio prestigiosa prestigiosas
prestigioso prestigiosos presto preston presume presumen presumiblemente presumiendo presumir
presumo presuncion presunta presuntamente presuntas presunto presuntos presupone presupuestal
presupuestaria presupuestarias presupuestario presupuestarios presupuesto presupuestos
pretemporada pretencioso pretenda pretendan pretende pretendemos pretenden pretender pretendes
pretendia pretendian pretendido pretendiendo pretendiente pretendientes pretendio pretendo
pretension pretensiones pretexto pretextos pretty prevalece prevalecen prevalecer prevalencia
prevaricacion preve preveia preven prevencion prevenir preventa preventiva preventivas
preventivo preventivos prever previa previamente previas previene previo previos previsible
prevision previsional previsiones prevista previstas previsto previstos price pride prieta
prieto priista priistas prim prima primacia primado primaria primarias primario primarios primas
primates primavera primaveral primaveras prime primer primera primeramente primeras primero
primeros primicia primitiva primitivas primitivo primitivos primo primogenito primordial
primordiales primordialmente primos prince princesa princesas princess princeton principado
principal principales principalmente principe principes principiante principiantes principio
principios principito print prior priori prioridad prioridades prioritaria prioritarias
prioritario prioritarios priorizar prisa prisas prision prisionera prisionero prisioneros
prisiones prisma prison priva privacidad privacion privada privadas privado privados privar
private privatizacion privatizaciones privatizar privilegiada privilegiadas privilegiado
privilegiados privilegio privilegios prix proa probabilidad probabilidades probable
probablemente probables probada probadas probado probados probamos probando probar probarla
probarlo probaron probarse probaste probe problem problema problemas problematica problematicas
problematico problematicos probo proceda procedan procede proceden procedencia procedente
procedentes proceder procedera procedia procedian procedieron procedimiento procedimientos
procedio procer proceres procesa procesada procesado procesador procesadores procesados procesal
procesales procesamiento procesan procesar procesion procesiones proceso procesos proclama
proclamacion proclamada proclamado proclaman proclamando proclamar proclamo procrear procura
procurador procuradores procuraduria procurando procurar procuro prod prodigio produccion
producciones produce producen producia producian producida producidas producido producidos
produciendo produciendose producimos producir producira produciran produciria producirse
productions productiva productivas productividad productivo productivos producto productor
productora productoras productores productos products produjera produjeron produjo produzca
produzcan proeza prof profano profe profecia profecias profes profesa profesion profesional
profesionales profesionalidad profesionalismo profesionalizacion profesionalmente profesiones
profesionistas profesor profesora profesorado profesoras profesores professional professor
profeta profetas profugo profugos profunda profundamente profundas profundidad profundidades
profundiza profundizacion profundizar profundo profundos profusamente progenitor progenitores
program programa programacion programada programadas programado programador programadores
programados programar programas programo progre progres progresa progresado progresando
progresar progresion progresismo progresista progresistas progresiva progresivamente progresivo
progresivos progreso progresos prohiba prohibe prohiben prohibia prohibicion prohibiciones
prohibida prohibidas prohibido prohibidos prohibiendo prohibieron prohibio prohibir project
projimo prole proletariado proliferacion prolifico prolijo prologo prolonga prolongacion
prolongada prolongadas prolongado prolongados prolongar prolongo promedio promedios promesa
promesas promete prometedor prometedora prometedores prometemos prometen prometeo prometer
prometes prometi prometia prometida prometido prometiendo prometieron prometio prometiste
prometo prominente prominentes promo promocion promociona promocionado promocional promocionales
promocionando promocionar promociones promos promotor promotora promotores promover promovida
promovidas promovido promovidos promoviendo promovieron promovio promueva promuevan promueve
promueven promulgacion promulgada promulgado promulgar promulgo pronombre pronombres pronostica
pronostico pronosticos pronta prontamente pronto prontuario pronuncia pronunciacion pronunciada
pronunciadas pronunciado pronunciamiento pronunciamientos pronuncian pronunciar pronunciaron
pronunciarse pronuncie pronuncio propaga propagacion propagan propaganda propagandas propagar
propensas propension propenso propensos propia propiamente propias propicia propiciado propiciar
propicio propiedad propiedades propietaria propietario propietarios propina propinas propio
propios propondra propone proponemos proponen proponer propones proponga propongan propongo
proponia proponiendo proporcion proporciona proporcionaba proporcionada proporcionadas
proporcionado proporcionados proporcional proporcionales proporcionalidad proporcionalmente
proporcionan proporcionando proporcionar proporcionara proporcionarle proporcionaron proporcione
proporcionen proporciones proporciono proposicion proposiciones proposito propositos propuesta
propuestas propuesto propuestos propulsion propulsor propuse propusieron propuso prorroga pros
prosa proseguir proselitismo prosigue prosiguio prospeccion prospecto prospectos prospera
prosperar prosperidad prospero prostata prostibulo prostitucion prostituta prostitutas
protagonico protagonismo protagonista protagonistas protagoniza protagonizada protagonizado
protagonizar protagonizaron protagonizo proteccion protecciones proteccionismo protection
protector protectora protectorado protectoras protectores protege protegen proteger protegera
protegerla protegerlo protegerlos protegernos protegerse protegerte protegia protegida
protegidas protegido protegidos protegiendo protegio proteina proteinas proteja protejan
protesis protesta protestan protestando protestante protestantes protestantismo protestar
protestaron protestas protesto proto protocolo protocolos protones prototipo prototipos prov
provea provecho provechoso provee proveedor proveedores proveen proveer proveera provenga
provenia provenian proveniente provenientes provenir provenza proverbio proverbios provida
providencia proviene provienen provincia provincial provinciales provincias provino provision
provisional provisionales provisionalmente provisiones provisorio provista provisto provistos
provoca provocaba provocacion provocaciones provocada provocadas provocado provocador provocados
provocan provocando provocar provocara provocaria provocaron provoco provoque proxima
proximamente proximas proximidad proximidades proximo proximos proxy proyeccion proyecciones
proyecta proyectada proyectadas proyectado proyectan proyectando proyectar proyectil proyectiles
proyecto proyector proyectos prudencia prudente prudentes prueba prueban pruebas pruebe prueben
pruebes pruebo prusia pseudo pseudonimo psico psicoanalisis psicoanalista psicologa psicologia
psicologica psicologicamente psicologicas psicologico psicologicos psicologo psicologos
psicopata psicopatas psicosis psicoterapia psique psiquiatra psiquiatras psiquiatria
psiquiatrica psiquiatrico psiquiatricos psiquica psiquico psiquicos psoe psuv ptas puas pubertad
public publica publicaba publicaban publicacion publicaciones publicada publicadas publicado
publicados publicamente publicamos publican publicando publicar publicara publicaran
publicaremos publicarlo publicaron publicarse publicas publicidad publicidades publicista
publicistas publicitar publicitaria publicitarias publicitario publicitarios publico publicos
publique publiquen pucha puchero pucho pude pudiendo pudiendose pudientes pudiera pudieramos
pudieran pudieras pudieron pudiese pudiesen pudimos pudiste pudo pudor pudra pudre puebla
pueblito pueblo pueblos pueda puedan puedas puede pueden puedes puedo puente puentes puerco
puercos puerta puertas puerto puertorriquena puertorriqueno puertorriquenos puertos pues puesta
puestas puesto puestos pueyrredon puff pugna puig puigdemont puja pujante pujol pulga pulgada
pulgadas pulgar pulgas pulido pulir pulitzer pull pulmon pulmonar pulmonares pulmones pulpa
pulpito pulpo pulsa pulsaciones pulsar pulse pulsera pulseras pulso pulsos puma pumas punado
punal punalada punaladas punch punetazo punetazos punible punica punk puno punos punta puntaje
puntajes puntas punteria puntero punteros puntillas punto puntos puntuacion puntuaciones puntual
puntuales puntualidad puntualmente pupila pupilas pura puramente puras pure pureza purga
purgatorio purificacion purificar purisima puro puros purple purpura puse push pusiera pusieran
pusieron pusimos pusiste puso pussy puta putada putas putear putin putita puto putos putumayo
puzzle pvem pyme pymes pyongyang python qaeda qatar qepd qing quality quan quantum quebec
quebrada quebradas quebrado quebrados quebrar quebro quechua queda quedaba quedaban quedado
quedamos quedan quedando quedandose quedar quedara quedaran quedaras quedare quedaremos quedaria
quedarian quedarme quedarnos quedaron quedarse quedarte quedas quedase quedaste quedate quede
quedemos queden quedense quedes quedo queen queens queensland queer quehacer quehaceres queja
quejaba quejaban quejado quejamos quejan quejando quejandose quejar quejarme quejarnos quejaron
quejarse quejarte quejas queje quejen quejes quejo quema quemaba quemada quemadas quemado
quemados quemadura quemaduras queman quemando quemar quemaron quemarse quemas queme quemen quemo
quentin quepa quer querais queramos quereis querella querellas queremos querer quererlo quererte
queres queretaro queria queriamos querian querias querida queridas querido queridos queriendo
querra querran querras querre querria querrian quesada queso quesos quest question quevedo
quicio quick quid quie quiebra quiebre quien quienes quienquiera quier quiera quieran quieras
quiere quieren quieres quiero quieta quieto quietos quietud quijada quijano quijote quilates
quilla quilmes quilombo quilombos quimera quimica quimicas quimico quimicos quimio quimioterapia
quince quincena quincenal quinientas quinientos quinn quinones quinta quintana quintanilla
quintas quintero quinteto quintin quinto quintos quinua quiosco quique quirofano quiroga quiros
quiroz quirurgica quirurgicas quirurgico quirurgicos quise quisiera quisieramos quisieran
quisieras quisieron quisimos quisiste quiso quispe quita quitaba quitado quitamos quitan
quitando quitandole quitar quitara quitaran quitaria quitarle quitarles quitarme quitarnos
quitaron quitarse quitarte quitas quitate quite quiten quites quito quiza quizas quizo quorum
rabat rabbit rabia rabino rabioso rabo race racha rachas rachel racial raciales racimo racimos
racing racion racional racionales racionalidad racionalizacion racionalizar racionalmente
racionamiento raciones racismo racista racistas rada radar radares radiacion radiaciones
radiactivo radiador radial radiales radiante radica radicada radicado radicados radical
radicales radicalismo radicalizacion radicalmente radico radio radiodifusion radiografia
radiografias radiohead radiologia radios radioterapia rafa rafael rafaela rafaga rafagas rage
rahman raices raid raimundo rain rainbow raiz raja rajoy rallado rally ralph rama ramal ramales
ramas rambla rambo ramen rami ramificaciones ramirez ramiro ramo ramon ramona ramos rampa
rampante rampas ramsey rana ranas rancagua rancho ranchos rancia rancio rand randall randolph
random randy range rangel ranger rangers rango rangos ranking rankings ranura raoul rapero
raperos raphael rapida rapidamente rapidas rapidez rapidito rapido rapidos rapto raquel rara
raramente raras rareza rarezas raro raros rasca rascacielos rasgo rasgos rashid raso rastrea
rastrear rastreo rastro rastros rata ratas rate ratifica ratificacion ratificada ratificado
ratificar ratifico rating ratio ratito rato raton ratones ratos raul raven rawson raya rayado
rayados rayar rayas raymond rayo rayos raza razas razon razona razonable razonablemente
razonables razonamiento razonamientos razonar razones reabrir reaccion reacciona reaccionado
reaccionan reaccionando reaccionar reaccionaria reaccionario reaccionarios reaccionaron
reaccione reacciones reacciono reacio reactiva reactivacion reactivar reactivo reactivos reactor
reactores read reader reading ready reafirma reafirmar reafirmo reagan reajuste real reales
realeza realice realicen realidad realidades realismo realista realistas reality realiza
realizaba realizaban realizacion realizaciones realizada realizadas realizado realizador
realizadores realizados realizamos realizan realizando realizandose realizar realizara
realizaran realizaria realizarla realizarlo realizaron realizarse realizo really realmente
realzar reanudacion reanudar reaparece reaparecio reaparicion reapertura rebaja rebajado rebajar
rebajas rebanada rebano rebanos rebeca rebecca rebel rebelarse rebelde rebeldes rebeldia
rebelion rebeliones rebote rebotes recabar recado recae recaer recaida recalca recalcar recalco
recalde recamara recambio recarga recargar recargo recauda recaudacion recaudado recaudados
recaudar recaudo recayo rece recelo recen recepcion recepcionista receptor receptores recesion
receso receta recetas rechace rechaza rechazaba rechazada rechazadas rechazado rechazados
rechazamos rechazan rechazando rechazar rechazaron rechazo reciba reciban recibas recibe reciben
recibes recibi recibia recibian recibida recibidas recibido recibidos recibiendo recibiera
recibieron recibimiento recibimos recibio recibir recibira recibiran recibiras recibiria
recibirian recibirlo recibirlos recibirme recibiste recibo recibos reciclado reciclaje reciclar
recien reciente recientemente recientes recinto recintos recio recipiente recipientes reciproca
reciprocidad reciproco recital recitales recitar reclama reclamaba reclamaban reclamacion
reclamaciones reclamado reclaman reclamando reclamar reclamaron reclame reclamo reclamos
recluido reclusion recluso reclusos recluta reclutado reclutados reclutamiento reclutando
reclutar reclutas recobrar recoge recogemos recogen recoger recogera recogerlo recogia recogida
recogidas recogido recogidos recogiendo recogieron recogio recoja recojan recojo recoleccion
recolecta recolectando recolectar recolector recolectores recoleta recomendaba recomendable
recomendables recomendacion recomendaciones recomendada recomendadas recomendado recomendados
recomendamos recomendando recomendar recomendaria recomendaron recomendo recomienda recomiendan
recomiendas recomiende recomiendo recompensa recompensado recompensar recompensas reconciliacion
reconfortante reconoce reconocemos reconocen reconocer reconocera reconocerlo reconocerse
reconoces reconoci reconocia reconocible reconocibles reconocida reconocidas reconocido
reconocidos reconociendo reconociera reconocieron reconocimiento reconocimientos reconocio
reconozca reconozcan reconozco reconquista reconsiderar reconstruccion reconstruido reconstruir
recontra reconversion recopila recopilacion recopilada recopilado recopilados recopilando
recopilar record recordaba recordaban recordad recordada recordado recordados recordamos
recordando recordar recordara recordaran recordare recordaremos recordarle recordarles
recordarlo recordarme recordarnos recordaron recordarte recordatorio recorde recordemos recordo
records recorre recorren recorrer recorria recorrida recorrido recorridos recorriendo
recorrieron recorrio recorta recortado recortando recortar recorte recortes recrea recreacion
recrear recreativa recreativas recreativo recreativos recreo recta rectangular rectangulo rectas
rectificacion rectificar rectitud recto rector rectora rectorado rectores rectoria rectos
recuadro recubrimiento recuento recuerda recuerdan recuerdas recuerde recuerden recuerdes
recuerdo recuerdos recupera recuperacion recuperada recuperado recuperados recuperamos recuperan
recuperando recuperar recuperara recuperarla recuperarlo recuperaron recuperarse recupere
recuperen recupero recurre recurren recurrente recurrentes recurrido recurriendo recurrio
recurrir recurso recursos redaccion redacta redactada redactado redactar redacto redactor
redactores redada redadas reddit rede rededor redefinir redencion redentor redes rediseno
redistribucion redonda redondas redondeada redondeado redondo redondos reduccion reducciones
reduce reducen reducida reducidas reducido reducidos reduciendo reducir reducira reduciria
reducirse reducto redujeron redujo redundancia redundante reduzca reduzcan reed reedicion
reeleccion reelecto reelegido reembolso reemplace reemplaza reemplazada reemplazado reemplazados
reemplazan reemplazando reemplazar reemplazarlo reemplazo reencarnacion reencontrarse
reencuentro reescribir reestructuracion reestructurar reeves referencia referencial referencias
referendo referendum referente referentes referia referian referida referidas referido referidos
referimos referir referirse refiera refiere refieren refieres refiero refinada refinado
refinados refinamiento refineria refinerias refiriendo refiriendose refirio reflectores refleja
reflejaba reflejada reflejadas reflejado reflejados reflejan reflejando reflejar refleje reflejo
reflejos reflexion reflexiona reflexionando reflexionar reflexiones reflexiva reflexivo reflujo
reforestacion reforma reformada reformado reformar reformas reformista reformistas reforzada
reforzado reforzamiento reforzando reforzar reforzo refran refranes refrescante refrescar
refresco refrescos refrigeracion refrigerador refrigerante refuerza refuerzan refuerzo refuerzos
refugiado refugiados refugiarse refugio refugios refutar regadio regala regalada regalado
regalamos regalan regalando regalar regalarle regalaron regale regalen regalias regalito regalo
regalos reganadientes regar regazo regencia regeneracion regenerar regente reggae reggaeton
regia regido regidor regidores regimen regimenes regimiento regimientos regina regio region
regional regionales regiones regir regira regis registra registrada registradas registrado
registrador registrados registramos registran registrando registrar registraron registrarse
registrarte registrate registre registren registro registros regla reglamentacion reglamentaria
reglamentarias reglamentario reglamento reglamentos reglas regocijo regresa regresaba regresaban
regresado regresamos regresan regresando regresar regresara regresaria regresaron regresas
regrese regresen regreses regresion regresiva regreso regula regulacion regulaciones regulada
reguladas regulado regulador reguladora reguladoras reguladores regulados regulan regular
regulares regularidad regularizacion regularizar regularmente regulatorio regule rehabilitacion
rehabilitar rehacer rehen rehenes rehusa rehuso reia reian reich reid reido reimos reina reinado
reinaldo reinante reinar reinas reincidencia reincorporacion reiniciar reinicio reino reinos
reinsercion reintegro reir reirme reirse reirte reis reitera reiterada reiteradamente reiteradas
reiterado reiterar reitero reivindica reivindicacion reivindicaciones reivindicar reja rejas
rejilla relacion relaciona relacionada relacionadas relacionado relacionados relacionan
relacionar relacionarse relacione relaciones relaja relajacion relajada relajado relajados
relajante relajar relajarme relajarse relajarte relajate relajo relampago relampagos relata
relatan relatar related relativa relativamente relativas relatividad relativo relativos relato
relator relatos relax releer relegado relevado relevamiento relevancia relevante relevantes
relevo relevos relieve relieves religion religiones religiosa religiosamente religiosas
religiosidad religioso religiosos reliquia reliquias rellena rellenar rellenas relleno rellenos
reloj relojes reluciente relucir remake remando remanente remanentes remar remarcar remarco
remata rematar remate remates rembrandt remediar remedio remedios remember remera remeras
remesas reminiscencias remision remite remitente remitido remitio remitir remito remix remo
remocion remodelacion remolacha remolino remolque remonta remontada remontan remontar
remordimiento remordimientos remos remota remotamente remotas remoto remotos remover removido
remueve remuneracion remuneraciones remunerado remunerados renacentista renacer renacimiento
renal renales renata renato renault rencor rencores rendia rendicion rendido rendimiento
rendimientos rendimos rendir rendirle rendirme rendirse rendirte rendon rene renegado renegar
renegociacion renfe renglon renglones reno renombrado renombre renovable renovables renovacion
renovaciones renovada renovadas renovado renovador renovados renovando renovar renovo renta
rentabilidad rentable rentables rentar rentas renueva renuevan renuncia renunciado renuncian
renunciando renunciar renunciaron renuncias renuncie renuncien renuncio renzo reojo
reorganizacion reorganizar reos repara reparacion reparaciones reparado reparar reparo reparos
reparte reparten reparticion repartida repartidas repartido repartidor repartidos repartiendo
repartieron repartio repartir reparto repasa repasando repasar repaso repatriacion repechaje
repelente repeler repensar repente repentina repentinamente repentino repercusion repercusiones
repercute repertorio repetia repeticion repeticiones repetida repetidamente repetidas repetido
repetidos repetimos repetir repetira repetiria repetirlo repetirse repetitivo repita repitan
repite repiten repites repitiendo repitieron repitio repito replantear repleta repletas repleto
repletos replica replicar replicas replico repoblacion repollo reponer report reporta reportada
reportado reportados reportaje reportajes reportan reportando reportar reportaron reporte
reporter reportera reportero reporteros reportes reporto reposa reposar reposicion repositorio
reposo repost reposteria represa represalia represalias represas representa representaba
representaban representacion representaciones representada representadas representado
representados representamos representan representando representante representantes representar
representara representaria representaron representas representativa representativas
representatividad representativo representativos represente representen represento represion
represiva represivas represivo reprime reprimida reprimido reprimidos reprimiendo reprimir
reproche reproches reproduccion reproducciones reproduce reproducen reproducida reproducido
reproduciendo reproducir reproducirse reproductiva reproductivo reproductivos reproductor
reproductores repsol reptil reptiles republic republica republicana republicanas republicano
republicanos republicas repudiar repudio repuesta repuesto repuestos repugna repugnante
repugnantes repulsion repunte reputacion reputado requena requeria requerian requerida
requeridas requerido requeridos requerimiento requerimientos requerir requerira requeriria
requiera requieran requiere requieren requirio requisito requisitos resaca resalta resaltado
resaltan resaltando resaltar resalto resbala rescata rescatada rescatado rescatados rescatan
rescatando rescatar rescataron rescate rescates rescato rescision research resena resenar
resenas resentida resentido resentidos resentimiento resentimientos reserva reservaciones
reservada reservadas reservado reservados reservando reservar reservas reserve reservo reses
resfriado resguardar resguardo reside residen residencia residencial residenciales residencias
resident residente residentes residia residir residual residuales residuo residuos resignacion
resiliencia resina resista resiste resisten resistencia resistencias resistente resistentes
resistido resistiendo resistieron resistio resistir resistirse resolucion resoluciones resolver
resolvera resolverlo resolverse resolviendo resolvieron resolvio resonancia resort resorte
resortes resources respalda respaldada respaldado respaldados respaldan respaldar respaldo
respecta respectiva respectivamente respectivas respectivo respectivos respecto respeta
respetaba respetable respetables respetada respetadas respetado respetados respetamos respetan
respetando respetar respetas respete respeten respeto respetos respetuosa respetuosamente
respetuoso respetuosos respira respiraba respiracion respiran respirando respirar respiratoria
respiratorias respiratorio respiratorios respiro resplandeciente resplandor responda respondan
respondas responde respondemos responden responder respondera responderan respondere responderia
responderle responderme responderte respondes respondi respondia respondian respondido
respondiendo respondieron respondio respondiste respondo responsabilidad responsabilidades
responsabiliza responsable responsables respuesta respuestas rest resta restablecer restablecido
restablecimiento restablecio restan restante restantes restar restaura restauracion restaurada
restaurado restaurador restaurant restaurante restaurantes restaurar restitucion restituir resto
restos restrepo restriccion restricciones restrictiva restrictivas restringe restringida
restringidas restringido restringidos restringir resucitado resucitar resucito resuelta
resueltas resuelto resueltos resuelva resuelvan resuelve resuelven resuena resulta resultaba
resultaban resultado resultados resultan resultando resultante resultantes resultar resultara
resultaria resultaron resulte resulten resulto resume resumen resumenes resumida resumidas
resumido resumiendo resumio resumir resurgimiento resurgir resurreccion reta retablo retaguardia
retail retar retardo retencion retenciones retener retenida retenido retenidos reteniendo
reticencia retiene retienen retina retira retiraba retirada retiradas retirado retirados
retiramos retiran retirando retirar retirara retirarme retiraron retirarse retirarte retire
retiren retiro retiros reto retoma retomando retomar retomo retoques retorcida retorcido
retorica retorna retornar retorno retos retransmision retrasa retrasada retrasado retrasados
retrasar retraso retrasos retrata retratado retratar retrato retratos retrete retribucion
retribuciones retro retroactivo retroalimentacion retrocede retroceder retrocediendo retroceso
retrograda retrogrado retrospectiva retrovisor return retuvieron retuvo reubicacion reuna reunan
reune reunen reuni reunia reunian reunida reunidas reunido reunidos reuniendo reunieron
reunificacion reunimos reunio reunion reuniones reunir reunira reuniran reunirme reunirnos
reunirse reus reuters reutilizacion reutilizar revancha revela revelaba revelacion revelaciones
revelada revelado revelador reveladora revelados revelan revelando revelar revelara revelaron
revele revelo reventa reventado reventar revento reverencia reverendo reversa reversible
reversion reverso revertir reves revestimiento revienta review reviews revilla revisa revisada
revisadas revisado revisados revisamos revisan revisando revisar revisarlo revisaron revise
revisen revision revisiones reviso revista revistas revitalizacion revitalizar revive revivir
revocacion revocado revocar revocatoria revocatorio revoco revolucion revolucionar
revolucionaria revolucionarias revolucionario revolucionarios revoluciones revolution revolver
revue revuelo revuelta revueltas revuelto revueltos revuelve reyes reyna reynolds reynosa
reynoso reza rezaba rezan rezando rezar rezo rezos rhodes riachuelo rial rian rias ribas ribeiro
ribera riberas rica ricardo ricas rice rich richard richards richardson richie richmond richter
rick ricky rico ricos ride rider ridge ridicula ridiculamente ridiculas ridiculez ridiculizar
ridiculo ridiculos riego riel rieles rien rienda riendas riendo riendose riera rieron ries
riesgo riesgos riesgoso rifa rifle rifles rige rigen right rights rigida rigidas rigidez rigido
rigidos rigor rigurosa rigurosamente rigurosas riguroso rigurosos rihanna riley rima rimas rina
rincon rincones rinda rindan rindas rinde rinden rindiendo rindieron rindio rindo ring ringo
rinoceronte rinon rinones rioja rioplatense rios riot ripley riquelme riqueza riquezas riquisima
riquisimo risa risas risco rise rising risk rita ritchie ritmica ritmico ritmo ritmos rito ritos
ritual rituales riva rivadavia rival rivales rivalidad rivalidades rivas river rivera rivero
rivers riviera rizado rizo rizos road roba robaba robaban robada robadas robado robados roban
robando robar robarle robarme robaron robarse robarte robas robaste robbie robbins robe roben
robert roberta roberto roberts robertson robin robinson roble robledo robles robo robos robot
robotica robots robusta robusto robustos roca rocas rocco roce roces rocha roche rocio rock
rockefeller rocket rockstar rocky rocosas roda rodada rodado rodajas rodaje rodando rodante
rodar rodas rodea rodeaba rodeaban rodeada rodeadas rodeado rodeados rodean rodeando rodear
rodearon rodeo rodeos rodilla rodillas rodillo rodney rodo rodolfo rodrigo rodrigues rodriguez
roedores rogamos rogando rogar rogelio roger rogers rogo rogue rohan roig roja rojas rojizo rojo
rojos rola roland rolando roldan roles rolex roll rolling rollo rollos rolls roma roman romana
romanas romance romances romanico romano romanos romantica romanticas romanticismo romantico
romanticos romeo romeria romero romina romo rompa rompan rompas rompe rompecabezas rompemos
rompen romper romperle romperse romperte rompes rompi rompia rompiendo rompieron rompimiento
rompio rompiste rompo romulo ronald ronaldo ronca ronda rondan rondando rondas rondon ronnie
room rooney roosevelt root ropa ropas ropero roque rory rosa rosada rosado rosados rosal rosales
rosalia rosario rosas rosca rose rosell rosemary rosen rosendo roses rosie rosita ross rossi
rostro rostros rota rotacion rotaciones rotar rotas rotativo roth roto rotonda rotos rotterdam
rotunda rotundamente rotundo rotura rouge round rousseau rousseff router routers rover rovira
rowling roxana roxy royal royale royce royo roza rozando rozar rozas rrhh rtve ruanda ruben
rubens rubi rubia rubias rubio rubios rublos rubro rubros ruby ruda rudo rudos rudy rueda ruedas
ruedo ruega ruego rufian rufino rugby rugido ruido ruidos ruidosa ruidoso ruidosos ruin ruina
ruinas ruisenor ruiz rule ruleta rumana rumania rumano rumanos rumba rumbo rumbos rumor rumorea
rumores runner running rupert rupias ruptura rupturas rural rurales rusa rusas rush rusia ruso
rusos russell russia russian russo rustica rustico ruta rutas ruth rutina rutinaria rutinario
rutinas ryan ryder saab saavedra saba sabadell sabado sabados sabana sabanas sabbath sabe sabeis
sabemos saben saber saberes saberlo saberse sabes sabia sabiamente sabiamos sabian sabias sabido
sabiduria sabiendas sabiendo sabina sabine sabino sabio sabios sable sables sabor saborear
sabores sabotaje sabotear saboya sabra sabran sabras sabre sabremos sabria sabrias sabrina
sabrosa sabrosas sabroso sabrosos saca sacaba sacaban sacada sacadas sacado sacados sacamos
sacan sacando sacar sacara sacaran sacaria sacarla sacarle sacarles sacarlo sacarlos sacarme
sacarnos sacaron sacarse sacarte sacas sacaste sacate sacerdocio sacerdotal sacerdote sacerdotes
sacerdotisa sacha sachs saciar saciedad saco sacos sacra sacramento sacramentos sacrifica
sacrificado sacrificados sacrifican sacrificando sacrificar sacrificarse sacrificio sacrificios
sacrifico sacristan sacristia sacro sacude sacudida sacudido sacudiendo sacudio sacudir sada
saddam sadico saenz saez safari safe safety saga sagan sagas sagitario sagrada sagradas sagrado
sagrados sagrario sagunto sahagun sahara saharaui said sailor saint sainz sake sakura sala
salada saladas salado salados salamanca salame salar salarial salariales salario salarios salas
salazar salcedo salchicha salchichas saldana saldar saldo saldos saldra saldran saldras saldre
saldremos saldria saldrian sale salem salen sales salga salgado salgamos salgan salgas salgo
sali salia saliamos salian salida salidas salido salidos saliendo saliente salientes saliera
salieran salieron saliese salimos salina salinas salio salir salirme salirse salis saliste
salitre saliva salle sally salma salmo salmon salmos salome salomon salon salones salpicado
salsa salsas salt salta saltaba saltado saltamontes saltan saltando saltar saltaron saltarse
salte salten saltillo salto saltos salubridad salud saluda saludable saludables saludado
saludamos saludan saludando saludar saludarte saludo saludos salva salvacion salvada salvado
salvador salvadora salvadorena salvadoreno salvadorenos salvadores salvados salvaguarda
salvaguardar salvaje salvajemente salvajes salvame salvamento salvamos salvan salvando salvar
salvara salvarla salvarle salvarlo salvarnos salvaron salvarse salvas salvatierra salvatore
salvavidas salve salvedad salvemos salven salvia salvo salvos sama samantha samba same sami
samir sammy sampaoli samper samsung samuel samurai sana sanabria sanacion sanar sanas sanatorio
sanchez sancho sancion sanciona sancionada sancionado sancionados sancionar sanciones sanciono
sancti sand sandalias sandeces sanders sandia sandinista sandoval sandra sandro sands sandwich
sandwiches sandy saneamiento sang sangra sangrado sangrando sangrante sangrar sangre sangria
sangrienta sangrientas sangriento sangrientos sanguinario sanguinea sanguineo sanguineos sanidad
sanitaria sanitarias sanitario sanitarios sanlucar sano sanos sans sanson sant santa santamaria
santana santander santas santi santiago santidad santillana santisima santisimo santo santos
santuario santuarios santurce sanz sapiens sapo sapos saque saqueado saqueadores saqueando
saquear saquearon saquemos saquen saqueo saqueos saques sara sarah sarajevo sarampion saravia
sarcasmo sarcastica sarcastico sardina sardinas sargento sarkozy sarmiento sarna sarten sartre
sasha sastre sasuke sata satan satanas satanico satelital satelitales satelite satelites satira
satirica satirico satisfaccion satisfacciones satisface satisfacen satisfacer satisfactoria
satisfactoriamente satisfactorio satisfactorios satisfaga satisfecha satisfechas satisfecho
satisfechos sato saturacion saturada saturado saturados saturnino saturno sauce sauces saudi
saudita saul sauna saunders savage savannah save savia sawyer saxo sazon scarlett schiller
schmidt schneider school schultz schumacher schwartz science sciences scioli scooby scooter
score scotland scott scout scouts scratch screen script seais seal seamos sean search seas
season seat seattle sebastian sebin seca secado secador secadora secan secano secar secarse
secas seccion seccional secciones secesion seco second secos secrecion secret secreta
secretamente secretaria secretariado secretarias secretario secretarios secretas secreto
secretos secta sectario sectarios sectarismo sectas sector sectores sectorial sectoriales
secuaces secuela secuelas secuencia secuencias secuestra secuestrada secuestradas secuestrado
secuestrador secuestradores secuestrados secuestran secuestrar secuestraron secuestro secuestros
secular seculares secundaria secundarias secundario secundarios security seda sedan sede sedes
sedicion sediento sedimentos seduccion seduce seducir seductor seductora seen sega segmentacion
segmento segmentos segovia segregacion segui seguia seguian seguid seguida seguidamente seguidas
seguido seguidor seguidora seguidores seguidos seguimiento seguimos seguir seguira seguiran
seguiras seguire seguiremos seguiria seguirian seguirla seguirle seguirlo seguirlos seguirme
seguirnos seguirse seguirte seguis segun segunda segundas segundo segundos segura seguramente
seguras seguridad seguro seguros seis seiscientos seiya seleccion selecciona seleccionada
seleccionadas seleccionado seleccionador seleccionados seleccionan seleccionando seleccionar
selecciones selecciono selecta selectiva selectividad selectivo selectivos selecto selectos
selena self selfie selfies sella sellada sellado sellados sellar seller sello sellos selva
selvas semaforo semaforos semana semanal semanales semanalmente semanario semanas semantica
semantico semblanza sembrado sembrando sembrar sembro semejante semejantes semejanza semejanzas
semen semestral semestre semestres semi semifinal semifinales semilla semillas semillero
seminario seminarios sena senado senador senadora senadores senal senala senalaba senalaban
senalada senaladas senalado senalados senalamientos senalan senalando senalar senalaron senale
senales senalizacion senalo senas sencilla sencillamente sencillas sencillez sencillo sencillos
send senda sendas senderismo sendero senderos sendos seneca senegal senil senior senna seno
senor senora senoras senores senoria senorial senorio senorios senorita senoritas senorito senos
sensacion sensacional sensacionalista sensaciones sensata sensatez sensato sense sensei
sensibilidad sensibilidades sensibilizacion sensibilizar sensible sensiblemente sensibles sensor
sensores sensorial sensoriales sensual sensuales sensualidad sent sentaba sentada sentadas
sentado sentados sentamos sentando sentar sentarme sentarnos sentaron sentarse sentarte sente
sentencia sentenciado sentenciados sentencias sentencio senti sentia sentiamos sentian sentida
sentido sentidos sentimental sentimentales sentimiento sentimientos sentimos sentir sentira
sentiran sentiras sentire sentiria sentirlo sentirme sentirnos sentirse sentirte sentis sentiste
sento sepa sepais sepamos sepan separa separaba separacion separada separadas separado separados
separamos separan separando separar separarnos separaron separarse separatismo separatista
separatistas separe separen separo sepas sepia sept september septentrional septiembre septima
septimo sepulcro sepultado sepultados sepultura sepulveda seque sequedad sequia sequias sequito
sera serafin seran seras serbia serbio serbios sere sereis seremos serena serenata serenidad
sereno seres serge sergei sergi sergio seria serial seriales seriamente seriamos serian serias
serie seriedad series serio serios serle serlo sermon sermones serna serotonina serpiente
serpientes serra serrania serrano serrat server servia servian service services servicio
servicios servida servidas servido servidor servidores servidumbre servil servilleta servilletas
servimos servir servira serviran serviria servirian servirle servirse servirte sesamo sesenta
sesgada sesgo sesion sesiones sesos setas setecientos setenta seth setiembre sets seudonimo seul
seven severa severamente severas severidad severo severos sevilla sevillana sevillano sexenio
sexismo sexista sexistas sexo sexos sexta sexto sexual sexuales sexualidad sexualmente sexy
sexys seymour shadow shah shake shakespeare shakira shampoo shan shane shanghai shannon share
sharon sharp shaw shawn sheila shelby sheldon shell shelley shen shepherd sheridan sheriff
sherlock sherman shhh shield shin ship shirley shit shiva shock shop shopping shore short shorts
shot should show shows shrek shui siam siberia sicario sicarios sicilia sida side sidi sidney
sido sidra siem siembra siembran siemens siempre sien siena siendo siendolo sienta sientan
sientas sientate siente sienten sientes sientete siento sierra sierras siervo siervos siesta
siete sifilis siga sigamos sigan sigas sigilo sigilosamente sigla siglas siglo siglos sigma sign
signatarios significa significaba significacion significado significados significan significando
significante significar significara significaria significativa significativamente significativas
significativo significativos significo signifique signo signos sigo sigue sigueme siguen sigues
siguiendo siguiente siguientes siguiera siguieran siguieron siguio siii silaba silabas silbato
silbido silbidos silence silenciar silencio silencios silenciosa silenciosamente silenciosas
silencioso silenciosos silent silicio silicon silicona silla sillas sillon sillones silo silos
silueta siluetas silva silvana silver silvestre silvestres silvia silvina silvio sima simba
simbiosis simbolica simbolicamente simbolicas simbolico simbolicos simbolismo simboliza
simbolizan simbolo simbologia simbolos simetria simetrica simil similar similares similitud
similitudes simio simios simmons simon simone simpatia simpatias simpatica simpatico simpaticos
simpatizante simpatizantes simple simplemente simples simplicidad simplifica simplificacion
simplificada simplificado simplificar simplista simposio simpson simpsons sims simula simulacion
simulaciones simulacro simulador simuladores simulando simular simultanea simultaneamente
simultaneas simultaneo simultaneos sinagoga sinai sinaloa sinatra since sincera sinceramente
sinceras sinceridad sincero sinceros sinclair sincronizacion sindical sindicales sindicalismo
sindicalista sindicalistas sindicato sindicatos sindico sindrome sine sinfin sinfonia sinfonica
sing singapur singer singh single singles singular singulares singularidad siniestra siniestro
siniestros sinnumero sino sinodo sinonimo sinonimos sinopsis sinsentido sintamos sintaxis
sintesis sintetica sinteticas sintetico sinteticos sintetiza sintetizar sintiendo sintiendome
sintiendose sintiera sintieron sintio sintoma sintomas sintonia sinverguenza sinverguenzas sion
sionismo sionista sionistas siquiera sirena sirenas siri siria sirio sirios sirius sirva sirvan
sirve sirven sirviendo sirvienta sirviente sirvientes sirviera sirvieron sirvio sirvo sisi
sismica sismo sismos sistema sistemas sistematica sistematicamente sistematicas sistematico
sistematicos sistemica sistemico sister sita site sith sitiada sitio sitios sito situ situa
situacion situaciones situada situadas situado situados situan situar situarse situo sixto size
skate sketch skin skinner skins skype slam slater slim slogan slow small smart smartphone
smartphones smash smile smith snake snap snapchat snow snowboard snowden snte snyder soberana
soberania soberano soberanos soberbia soberbio sobornar soborno sobornos sobra sobradamente
sobrado sobran sobrante sobras sobre sobrecarga sobredosis sobrellevar sobremanera sobremesa
sobrenatural sobrenaturales sobrenombre sobrepasa sobrepasado sobrepasan sobrepasar sobrepeso
sobres sobresale sobresalen sobresaliente sobresalientes sobresalir sobretodo sobrevalorado
sobreviva sobrevive sobreviven sobrevivencia sobrevivido sobreviviendo sobreviviente
sobrevivientes sobrevivieron sobrevivio sobrevivir sobria sobriedad sobrina sobrino sobrinos
sobrio socavar soccer sochi socia sociable social socialdemocracia socialdemocrata
socialdemocratas sociales socialismo socialista socialistas socializacion socializar socialmente
sociedad sociedades society socio sociocultural socioculturales socioeconomica socioeconomicas
socioeconomico socioeconomicos sociologia sociologico sociologo sociologos socios socorro
socrates soda sodio sodoma sofa sofia sofisticacion sofisticada sofisticadas sofisticado
sofisticados sofocante sofocar soft software soga soho sois soja sola solamente solana solano
solapa solar solares solari solas soldado soldados soldadura sole soleado soledad solemne
solemnemente solemnidad solemos soler soles solia soliamos solian solicita solicitaba solicitada
solicitadas solicitado solicitados solicitamos solicitan solicitando solicitante solicitantes
solicitar solicitara solicitaron solicite soliciten solicito solicitud solicitudes solid solida
solidaria solidarias solidaridad solidario solidarios solidas solidez solido solidos solis
solista solistas solita solitaria solitarias solitario solitarios solito solitos solo solomon
solorzano solos solsticio soltado soltando soltar soltaron solte soltera solteras soltero
solteros solto soltura soluble solucion soluciona solucionado solucionan solucionar solucionarlo
solucione soluciones solvencia solventar solvente soma somalia sombra sombras sombrero sombreros
sombria sombrilla sombrio some somete someten someter someterse something sometida sometidas
sometido sometidos sometieron sometimiento sometio somo somos somoza sonaba sonaban sonada
sonado sonador sonadores sonamos sonando sonar sonara sonata sonda sondas sondeo sondeos sone
soneto sonetos song sonia sonic sonido sonidos sonny sono sonora sonoras sonoro sonoros sonrei
sonreia sonreir sonrie sonrien sonriendo sonriente sonrientes sonries sonrio sonrisa sonrisas
sons sony soon sopa sopas sophia sophie sopla soplar soplo soporta soportaba soportado soportan
soportando soportar soportarlo soporte soportes soporto soprano soraya sorbo sorda sordera sordo
sordos sorete soria soriano soros sorprenda sorprende sorprenden sorprendente sorprendentemente
sorprendentes sorprender sorprendera sorprenderia sorprenderme sorprendernos sorprenderse
sorprendi sorprendida sorprendido sorprendidos sorprendiendo sorprendieron sorprendio sorpresa
sorpresas sorpresiva sorpresivamente sorry sortear sorteo sorteos sosa sospecha sospechaba
sospechan sospechar sospechas sospecho sospechosa sospechosas sospechoso sospechosos sosten
sostener sostenerse sostenga sostengo sostenia sostenian sostenibilidad sostenible sostenibles
sostenida sostenido sostenidos sosteniendo sostenimiento sostiene sostienen sostuvieron sostuvo
sota sotano sotanos sotelo soto sotomayor soul souls sound soundcloud sounds soundtrack source
sousa south southern souza sovietica sovieticas sovietico sovieticos soya space spain spam
spanish spark sparrow speak spears special spectrum speech speed spencer spice spider spiderman
spielberg spike spin spinetta spirit split spoiler spoilers sport sporting sports spot spotify
spots spray spring springer springfield springs sprint spurs sputnik squad square sres srta
stacy stadium staff stage stalin stan stand standard stanford stanley stanton star starbucks
stargate stark stars start startup startups state states station statu status stay steam steel
steele stefan stefano stein steiner stella step stephane stephanie stephen stereo sterling stern
steve steven stevens stevenson stevie stewart stgo stick stickers still stock stone stones stop
store stories storm story strange stranger strauss stream streaming street stress strike strip
strong stuart student studies studio studios study stuttgart style styles suarez suave
suavemente suaves suavidad suavizar suba suban subas subasta subastas subcampeon subconsciente
subcontinente subdesarrollo subdireccion subdirector subditos subdivision sube suben subes
subestimar subestimes subgrupo subgrupos subi subia subian subida subidas subido subidos
subiendo subiera subieron subimos subio subir subira subiran subire subirla subirlo subirme
subirse subirte subiste subita subitamente subito subjetiva subjetivas subjetividad subjetivo
subjetivos subjuntivo sublevacion sublevados sublime submarina submarino submarinos subnormal
subo suboficial suboficiales subordinacion subordinada subordinado subordinados subraya
subrayado subrayar subrayo subs subsahariana subsanar subsecretaria subsecretario subsidiaria
subsidiarias subsidio subsidios subsiguiente subsiguientes subsiste subsistencia subsistir
subsuelo subte subteniente subterranea subterraneas subterraneo subterraneos subtitulada
subtitulado subtitulo subtitulos suburbio suburbios subvencion subvenciones subversion
subversivo subversivos subway subyace subyacente subyacentes succion suceda sucedan sucede
suceden suceder sucedera sucederia sucedia sucedido sucediendo sucediera sucedieron sucedio
sucesion sucesiones sucesivamente sucesivas sucesivo sucesivos suceso sucesor sucesora sucesores
sucesos such sucia sucias suciedad sucio sucios sucre sucumbir sucursal sucursales suda sudadera
sudafrica sudafricana sudafricano sudamerica sudamericana sudamericanas sudamericano
sudamericanos sudan sudando sudar sudeste sudoeste sudor sueca suecia sueco suecos suegra suegro
suegros suela sueldo sueldos suele suelen sueles suelo suelos suelta sueltan sueltas suelte
suelten sueltes suelto sueltos suena suenan suenas suene suenes sueno suenos suero suerte
suertes sueter suez suficiente suficientemente suficientes sufijo sufra sufragar sufragio
sufragios sufran sufre sufren sufres sufri sufria sufrian sufrida sufridas sufrido sufridos
sufriendo sufriera sufrieron sufrimiento sufrimientos sufrimos sufrio sufrir sufrira sufriran
sufro sugar sugerencia sugerencias sugerente sugeria sugerido sugerimos sugerir sugiere sugieren
sugiero sugiriendo sugirieron sugirio suicida suicidado suicidar suicidarme suicidarse suicidas
suicide suicidio suicidios suicido suite suites suiza suizo suizos sujecion sujeta sujetador
sujetando sujetar sujetas sujeto sujetos sula sulfato sulfuro sullivan sultan sultana suma
sumaba sumado sumados sumamente sumamos suman sumando sumar sumario sumaron sumarse sumas
sumatra sume sumen sumerge sumergida sumergido sumergidos sumergirse sumida sumido suministra
suministrada suministrado suministrados suministran suministrar suministro suministros sumisa
sumision sumiso summer summit sumo sunday sung sunny sunset sunshine supe super supera superaba
superacion superada superado superados superamos superan superando superar superara superarlo
superaron superarse superavit supercopa supere superen superficial superficiales superficie
superficies superheroe superheroes superintendencia superintendente superior superiora
superiores superioridad superliga superman supermercado supermercados supero superpoderes
superposicion supersticion supersticiones supervisa supervisado supervisar supervision
supervisor supervisores supervivencia superviviente supervivientes supiera supieran supieras
supieron supiese supimos supiste suplementario suplemento suplementos suplente suplentes suplica
suplicas suplico suplir supo supondra supondria supone suponemos suponen suponer suponga
supongamos supongo suponia suponiendo suposicion suposiciones support suprema supremacia supremo
supresion suprime suprimida suprimido suprimio suprimir supuesta supuestamente supuestas
supuesto supuestos supuse supuso suramerica surco surcoreana surcoreano surcos surena sureno
surenos sureste surf surge surgen surgida surgidas surgido surgidos surgiendo surgieron
surgimiento surgio surgir surinam surja surjan suroeste surrealismo surrealista surrealistas
surtido survival survivor susan susana susceptible susceptibles suscita suscitado suscito
suscribe suscribete suscribio suscribir suscribirse suscripcion suscripciones suscriptores
suscrito suscritos sushi suso susodicho suspenda suspende suspenden suspender suspendida
suspendidas suspendido suspendidos suspendieron suspendio suspense suspension suspensiones
suspenso suspira suspiro suspiros sustancia sustancial sustanciales sustancialmente sustancias
sustantivo sustantivos sustenta sustentabilidad sustentable sustentables sustentada sustentado
sustentan sustentar sustento sustitucion sustituida sustituido sustituidos sustituir sustituto
sustitutos sustituye sustituyen sustituyendo sustituyo susto sustos sustrato susurra susurro
susurros sutil sutiles sutileza sutilmente sutton sutura suya suyas suyo suyos suzanne suzuki
sven swan swat sweet swift swing switch sydney sylvester sylvia system systems taba tabaco
tabare tabasco taberna tabla tablas table tablero tableros tablet tableta tabletas tablets
tablon tablones tabu tacha tachado tachira tacho tacito tacna taco tacon tacones tacos tactica
tacticas tactico tacticos tactil tacto tadeo taekwondo tagle tags tailandes tailandesa tailandia
taiwan tajada tajante tajo taka take tala taladro talante talar talavera talbot talca talcahuano
talco talento talentos talentosa talentoso talentosos tales taliban talibanes talk talking talla
tallada tallado tallas talle taller talleres tallo tallos talon talones talvez tamal tamales
tamano tamanos tamara tamarindo tamaulipas tamayo tambien tambo tambor tambores tamil tampa
tampico tampoco tanaka tanda tandem tandil tang tanga tangente tanger tangible tangibles tango
tania tank tano tanque tanques tanta tantas tanto tantos tanya tanzania tapa tapada tapadera
tapado tapados tapan tapando tapar tapas tape tapete tapia tapias tapices tapiz tapo tapon
tapones taquicardia taquilla taquillas tara tarado tarados tarantino tarapaca tarda tardado
tardan tardando tardanza tardar tardara tardaria tardaron tardas tarde tardes tardia tardio
tardo tarea tareas tarek target tarifa tarifas tarija tarima tarjeta tarjetas tarot tarragona
tarro tarta tartaros tartas tarzan tasa tasacion tasas tata tate tatiana tato tatuado tatuaje
tatuajes taurina taurino tauro tauromaquia taurus taxi taxis taxista taxistas tayikistan taylor
taza tazas tazon team teaser teatral teatrales teatro teatros tebas tech techno technologies
technology techo techos tecla teclado teclados teclas tecnica tecnicamente tecnicas tecnico
tecnicos tecno tecnologia tecnologias tecnologica tecnologicamente tecnologicas tecnologico
tecnologicos teddy tedioso teen tegucigalpa teheran tehuantepec teja tejada tejado tejados tejas
tejedor tejer tejido tejidos tejiendo tela telar telarana telas telcel tele telecinco telecom
telecomunicacion telecomunicaciones telediario telefe teleferico telefonia telefonica
telefonicas telefonico telefonicos telefono telefonos telegrafo telegram telegrama telegramas
telegraph telemundo telenovela telenovelas telescopio telesur teleton televidentes televisa
televisado television televisiones televisiva televisivas televisivo televisivos televisor
televisora televisoras televisores tell tellez tello telmex telmo telon tema teman temario temas
tematica tematicas tematico tematicos temblaba temblando temblar temblor temblores teme tememos
temen temer temerario temeroso temerosos temes temia temian temible temibles temida temido
temiendo temo temor temores temperamento temperatura temperaturas temperley tempestad templada
templado templarios temple templo templos tempo temporada temporadas temporal temporales
temporalmente temprana tempranas temprano tempranos temps temuco tena tenacidad tenaz tendemos
tendencia tendencias tender tendia tendida tendido tendiendo tendientes tendio tendon tendones
tendra tendran tendras tendre tendreis tendremos tendria tendriamos tendrian tendrias tene
tenebroso tened tenedor tenedores teneis tenemos tenencia tener tenerife tenerla tenerlas
tenerle tenerlo tenerlos tenerme tenerse tenerte tenes tenga tengais tengamos tengan tengas
tengo tenia teniamos tenian tenias tenido teniendo teniente tenientes tenis tenista tennessee
tennis tenor tenorio tensa tensas tension tensiones tenso tentacion tentaciones tentaculos
tentado tentador tentar tentativa tenue teodoro teofilo teologia teologica teologico teologo
teologos teorema teoria teorias teorica teoricamente teoricas teorico teoricos tepic tequila
teran terapeuta terapeutica terapeuticas terapeutico terapeuticos terapia terapias tercer
tercera terceras tercero terceros terciaria terciario tercio terciopelo tercios terco tere
teresa teresita termales termas termica termicas termico termicos termina terminaba terminaban
terminacion terminaciones terminada terminadas terminado terminados terminal terminales
terminamos terminan terminando terminar terminara terminaran terminare terminaremos terminaria
terminarla terminarlo terminaron terminas terminaste terminator termine terminemos terminen
termines termino terminologia terminos termitas termo termodinamica termometro terna ternera
ternura terra terrateniente terratenientes terraza terrazas terre terremoto terremotos terrenal
terreno terrenos terrestre terrestres terrible terriblemente terribles territorial territoriales
territorio territorios terror terrorifico terrorismo terrorista terroristas terry tertulia
tertulias teruel tesalonica tesis tesla tesoreria tesorero tesoro tesoros test testamento
testiculos testificar testigo testigos testimonial testimonio testimonios testosterona tests
teta tetas tetona tetuan tevez texas texcoco text textil textiles texto textos textual textuales
textualmente textura texturas thai thalia than thank thanks thanos that thatcher theatre their
thelma them then theo theodore theory there theresa these they thiago thierry thing things think
thinking third this thomas thompson thomson thor thorne thornton those thought thread three
thriller thrones through thunder tiago tian tianguis tias tiberio tibet tibetano tibia tibio
tiburon tiburones tica ticket tickets tico ticos tics tiembla tiemblan tiempo tiempos tien
tienda tiendas tiende tienden tiendo tiene tienen tienes tienta tierna tiernas tierno tiernos
tierra tierras tiffany tiflis tifon tiger tigo tigre tigres tijera tijeras tijuana tilda tilde
timbre time timeline times timida timidez timido timidos timo timon timor timoteo timothy tina
tinder tinelli tinieblas tino tinta tintas tinte tintes tinto tios tipa tipica tipicamente
tipicas tipico tipicos tipo tipografia tipologia tipos tips tira tiraba tiraban tirada tiradas
tirado tirador tiradores tirados tiramos tiran tirando tirania tirano tiranos tirantes tirar
tirarle tirarlo tirarme tiraron tirarse tirarte tiras tiraste tire tiren tires tiro tiroides
tiron tiros tiroteo tiroteos tita titan titanes titanic titanio titere titeres titicaca title
tito titula titulacion titulada titulado titulados titular titulares titularidad titulo titulos
tiza tlalpan tlatelolco tlaxcala tlcan toalla toallas toallitas tobago tobias tobillo tobillos
toby toca tocaba tocaban tocada tocado tocador tocados tocamos tocan tocando tocar tocara
tocaria tocarla tocarle tocarlo tocarme tocaron tocarse tocarte tocas tocino toco toda todas
todavia today todd todo todopoderoso todos todoterreno todxs tofu toga together togo tokio tokyo
toledo tolera tolerable tolerado toleran tolerancia tolerante tolerantes tolerar tolero tolima
tolosa toluca toma tomaba tomaban tomada tomadas tomado tomados tomamos toman tomando tomandose
tomar tomara tomaran tomare tomaremos tomaria tomarian tomarla tomarlas tomarle tomarlo tomarlos
tomarme tomarnos tomaron tomarse tomarte tomas tomaste tomate tomates tome tomemos tomen tomes
tomese tomillo tommy tomo tomografia tomos tonalidad tonalidades tonelada toneladas tong toni
tonica tonico tonight tono tonos tonta tontas tonteria tonterias tonto tontos tony topa topado
tope topes topic topico topicos topless topo topografia topos tops toque toquen toques toracica
torax torbellino torcer torcida torcido tordesillas toreo torero toreros tori toribio torino
tormenta tormentas tormento tormes torna tornado torneo torneos tornillo tornillos torno toro
toronto toros torpe torpedo torpedos torpes torpeza torra torre torrenciales torrent torrente
torrents torreon torres torrijos torsion torso torta tortas tortilla tortillas tortosa tortuga
tortugas tortura torturado torturados torturando torturar torturaron torturas tosca toscana
tosco toser tostada tostadas tostado total totales totalidad totalitaria totalitario
totalitarios totalitarismo totalmente toto tottenham touch toulouse tour tours tovar tower town
toxica toxicas toxicidad toxico toxicos toxina toxinas toyota traba trabado trabaja trabajaba
trabajaban trabajada trabajadas trabajado trabajador trabajadora trabajadoras trabajadores
trabajados trabajamos trabajan trabajando trabajar trabajara trabajaran trabajaremos trabajaria
trabajaron trabajas trabaje trabajemos trabajen trabajes trabajo trabajos trabas traccion track
tracto tractor tractores tracy trad trade tradicion tradicional tradicionales tradicionalista
tradicionalmente tradiciones trading traduccion traducciones traduce traducen traducida
traducidas traducido traducidos traduciendo traducir traducirse traductor traductora traductores
tradujo traduzca trae traemos traen traer traera traeran traeria traerlo traerme traernos traes
traficante traficantes traficar trafico traga tragado tragando tragar tragarse tragedia
tragedias tragica tragicamente tragicas tragico tragicos trago tragos traia traian traicion
traiciona traicionado traicionando traicionar traiciones traiciono traida traidas traido traidor
traidora traidores traidos traiga traigan traigas traigo trail trailer train training traje
trajeron trajes trajo trama tramas tramitacion tramitar tramite tramites tramo tramos trampa
trampas trampolin tramposo tramposos tran tranca trance tranqui tranquila tranquilamente
tranquilas tranquilidad tranquiliza tranquilizar tranquilo tranquilos trans transaccion
transacciones transantiago transbordador transcripcion transcripciones transcurre transcurrido
transcurridos transcurrio transcurrir transcurso transeuntes transexual transexuales
transferencia transferencias transferida transferido transferidos transferir transfiere
transfirio transforma transformacion transformaciones transformada transformado transformador
transformadores transformados transforman transformando transformar transformaron transformarse
transforme transformers transformo transfusion transgenero transgenicos transgresion transicion
transiciones transitan transitar transito transitoria transitorio translation transmilenio
transmision transmisiones transmisor transmisores transmita transmite transmiten transmitia
transmitida transmitidas transmitido transmitidos transmitiendo transmitio transmitir
transnacional transnacionales transparencia transparente transparentes transplante transporta
transportaba transportado transportador transportados transportan transportando transportar
transporte transportes transportistas transversal transversales tranvia tranvias trap trapo
trapos tras trascendencia trascendental trascendente trascender trascendio trasciende trasera
traseras trasero traseros trasfondo traslada trasladada trasladadas trasladado trasladados
trasladan trasladando trasladar trasladaron trasladarse traslado traslados trasmite trasmitir
traspasa traspasado traspasar traspaso trasplante trasplantes traste trastorno trastornos trata
trataba trataban tratada tratadas tratado tratados tratamiento tratamientos tratamos tratan
tratando tratandose tratar tratara trataran tratare trataremos trataria tratarla tratarlo
tratarlos trataron tratarse tratas tratase trate tratemos traten trates trato tratos trauma
traumas traumatica traumatico traumatismo travel traves travesia travesias travesti travestis
travesura travesuras traviesa travieso travis trayecto trayectoria trayectorias trayectos
trayendo traza trazado trazados trazando trazar trazas trazo trazos trebol trece trecho tree
tregua treinta treintena trejo trek trelew tremenda tremendamente tremendas tremendo tremendos
tren trending trenes trent trento trenza trenzas trepa trepar tres trescientos trevino trevor
trial triana triangular triangulo triangulos triatlon tribal tribales tribu tribuna tribunal
tribunales tribunas tribune tribuno tribus tributacion tributaria tributarias tributario
tributarios tributo tributos trick tricolor tridente tridimensional trigesimo trigo trillones
trilogia trimestral trimestre trimestres trinchera trincheras trineo trinidad trinity trio trip
tripa tripartito tripas triple triples triplicado tripode tripoli tripulacion tripulaciones
tripulados tripulantes tristan triste tristemente tristes tristeza tristezas triunfa triunfado
triunfador triunfal triunfan triunfante triunfar triunfo triunfos triunvirato trivial triviales
trofeo trofeos troika troll trolls trompa trompadas trompas trompeta trompetas troncal tronco
troncos trono tronos tropa tropas tropezar tropezo tropical tropicales tropico tropieza tropiezo
tropiezos trote trotsky trovador trovadores troy troya troyanos trozo trozos trucha truchas
truco trucos true trueno truenos trueque trujillo truman trump trust truth tsipras tsunami ttip
tube tuberculos tuberculosis tuberia tuberias tubo tubos tucker tucson tucuman tudela tuenti
tuerca tuercas tuerto tuit tuitea tuiteando tuitear tuiteo tuitera tuitero tuiteros tuits tula
tulio tumba tumbado tumbar tumbas tumbes tumblr tumor tumores tumulto tunas tunel tuneles tunez
tung tunica tunicas tunja tupac turba turbia turbias turbina turbinas turbio turbios turbo
turbulencia turbulento turca turcas turco turcos turin turismo turista turistas turistica
turisticas turistico turisticos turkmenistan turn turner turno turnos turquesa turquia tutela
tutor tutores tutoria tutorial tutoriales tuve tuviera tuvieramos tuvieran tuvieras tuvieron
tuviese tuviesen tuvimos tuviste tuvo tuxtla tuya tuyas tuyo tuyos twain tweet tweets twin twist
twit twitch twiter twitter twitteros tyler type tyson uanl uber ubica ubicacion ubicaciones
ubicada ubicadas ubicado ubicados ubican ubicar ubicarse ubico ubisoft ubuntu ucayali ucrania
ucraniana ucraniano ucranianos uefa ufff uganda ugarte uhhh ulcera ulceras ulises ulloa ulrich
ulterior ultima ultimamente ultimas ultimate ultimatum ultimo ultimos ultra ultraderecha
ultramar ultras ultrasonido ultravioleta umbilical umbral unam unamuno unan unanime unanimemente
unanimidad unas unasur undecima undecimo under underground uned unen unes unesco unete unia
unian unica unicamente unicas unicef unico unicornio unicos unida unidad unidades unidas unido
unidos uniendo uniendose uniera unieron unificacion unificada unificado unificar uniformados
uniforme uniformemente uniformes uniformidad unilateral unilateralmente unimos unio union
uniones unipersonal unir unira uniran uniria unirme unirnos unirse unirte unisono unitaria
unitario unitarios united unity univ universal universales universalidad universalmente universe
universidad universidades universitaria universitarias universitario universitarios universitat
university universo universos univision unos update upper upyd uranio urban urbana urbanas
urbanismo urbanistica urbanistico urbanizacion urbanizaciones urbano urbanos urbe urbes urbina
urdaneta urena urge urgencia urgencias urgente urgentemente urgentes uribe urinaria urna urnas
urquiza urraca urrutia urss ursula uruguay uruguaya uruguayas uruguayo uruguayos usaba usaban
usada usadas usado usados usain usamos usan usando usar usara usaran usare usaremos usaria
usarla usarlas usarlo usarlos usaron usarse usas usaste used usemos usen user users uses ushuaia
usos usted ustedes usual usuales usualmente usuaria usuario usuarios usura usurpacion usurpador
utah utensilios uterino utero util utiles utilice utilicen utilidad utilidades utiliza utilizaba
utilizaban utilizacion utilizada utilizadas utilizado utilizados utilizamos utilizan utilizando
utilizar utilizara utilizaran utilizarla utilizarlas utilizarlo utilizarlos utilizaron
utilizarse utilizas utilizo utopia utopico uvas uzbekistan vaca vacacional vacaciones vacante
vacantes vacas vacia vaciado vaciar vacias vacilar vacio vacios vacuna vacunacion vacunados
vacunar vacunas vacuno vader vaga vagabundo vagabundos vagamente vagancia vagando vagar vagas
vagina vaginal vago vagon vagones vagos vaina vainas vainilla vais vajilla valderrama valdes
valdez valdivia valdra valdria vale valen valencia valenciana valenciano valencianos valentia
valentin valentina valentine valentino valenzuela valer valera valeria valerie valerio valero
valerse vales valga valgan valgo valia valida validacion validar validas validez valido validos
valiendo valiente valientemente valientes valieron valija valijas valio valiosa valiosas valioso
valiosos vall valla valladolid vallarta vallas valle vallecas vallejo vallenato valles valley
valls valor valora valoracion valoraciones valorada valoradas valorado valorados valoramos
valoran valorar valore valores valorizacion valoro valparaiso vals value valverde valvula
valvulas vamo vamonos vamos vampiro vampiros vana vancouver vandalismo vandalos vanessa
vanguardia vanguardista vanidad vano vanos vapor vapores vaquero vaqueros vara varado varados
varas varela vargas varia variabilidad variable variables variacion variaciones variada variadas
variado variados varian variando variante variantes variar varias variedad variedades varilla
varillas varios varita varon varones varonil varsovia vasallo vasallos vasca vascas vasco
vasconcelos vascos vascular vasculares vaselina vasija vasijas vaso vasos vasquez vasta vastas
vasto vaticano vato vaya vayais vayamos vayan vayanse vayas vayase vazquez veais veamos vean
veas vease veces vecina vecinal vecinales vecinas vecindad vecindario vecino vecinos vector
vectores veda vega vegana vegano veganos vegas vegeta vegetacion vegetal vegetales vegetariana
vegetariano vegetarianos vehemencia vehicular vehiculo vehiculos veia veiamos veian veias veinte
veintena veinticinco veinticuatro veintidos veintiocho veintiseis veintisiete veintitres
veintiun veis vejez vejiga vela velada veladas velar velarde velas velasco velasquez velazquez
velero velez vello velo veloces velocidad velocidades velorio velos veloz velvet vemos vena
venado venados venas vence vencedor vencedores vencen vencer venceremos vencida vencido vencidos
venciendo vencieron vencimiento vencio venda vendan vendas vende vendedor vendedora vendedores
vendemos venden vender vendera venderan venderla venderlas venderle venderlo venderlos venderse
vendes vendetta vendi vendia vendian vendida vendidas vendido vendidos vendiendo vendieron
vendimia vendio vendo vendra vendran vendras vendria vendrian venecia venegas veneno venenos
venenosa venenosas venenoso venera venerable veneracion venerado venezolana venezolanas
venezolano venezolanos venezuela venga vengadores vengan venganza vengar vengarse vengas vengo
veni venia veniamos venian venid venida venidas venideros venido venidos venimos venir venirse
venis venta ventaja ventajas ventana ventanales ventanas ventanilla ventanillas ventas vente
ventilacion ventilador ventiladores ventilar ventral ventura venus venustiano vera veracidad
veracruz veran verano veranos veras veraz verbal verbales verbalmente verbena verbo verbos
verdad verdadera verdaderamente verdaderas verdadero verdaderos verdades verde verdes verdoso
verdugo verdugos verdura verduras vere vereda veredas veredicto vereis veremos verga vergara
vergas vergonzosa vergonzoso verguenza veria veriamos verian verias verifica verificacion
verificada verificado verificados verifican verificando verificar verifique verja verla verlas
verle verles verlo verlos verme vermont verne vernon vernos vero verona veronica veros verrugas
versa versalles versatil versatilidad verse versiculo versiculos version versiones verso versos
versus verte vertebral vertebras vertedero verter vertical verticales verticalmente vertice
vertices vertidas vertido vertidos vertiente vertientes vertiginoso vertigo very vesicula vestia
vestian vestibulo vestida vestidas vestido vestidor vestidos vestiduras vestigio vestigios
vestimenta vestimentas vestir vestirme vestirse vestuario vestuarios veta vetado vetar vete
veterana veterano veteranos veterinaria veterinario veterinarios veto vettel viabilidad viable
viables viaducto viagra viaja viajaba viajaban viajado viajamos viajan viajando viajar viajara
viajaron viajas viaje viajen viajera viajero viajeros viajes viajo vial viale viales vialidad
viana vias viaticos vibora viboras vibra vibracion vibraciones vibrador vibrante vibrantes
vibrar vicario vice viceministro vicente vicepresidencia vicepresidenta vicepresidente viceversa
viciado vicio vicios viciosa vicioso vicisitudes vicky vico victima victimas victor victoria
victoriano victorias victoriosa victorioso victoriosos vicuna vida vidal vidas videgaray videla
vidente video videoclip videoclips videojuego videojuegos videos vido vidriera vidrieras vidrio
vidrios viedma vieira vieja viejas viejita viejito viejitos viejo viejos viena viendo viendolo
viendose viene vienen vienes viento vientos vientre viera vieran vieras viernes vieron vierte
viese viet vietnam vietnamita vietnamitas view views viga vigas vigencia vigente vigentes
vigesima vigesimo vigia vigil vigila vigilada vigilado vigilados vigilan vigilancia vigilando
vigilante vigilantes vigilar vigilia vigo vigor vigoroso viii vikingo vikingos viktor vila
vilanova viles villa villafranca village villahermosa villalba villalobos villancicos villano
villanos villanueva villar villarejo villarreal villas villaverde villavicencio villaviciosa
ville villegas villena vimos vina vinagre vinas vince vincent vinci vincula vinculacion
vinculada vinculadas vinculado vinculados vinculan vinculante vinculantes vincular vinculo
vinculos vine vinedo vinedos vineta vinetas viniendo viniera vinieran vinieron vinilo vinimos
viniste vino vinos vintage viola violacion violaciones violada violadas violado violador
violadores violados violan violando violar violaron viole violen violencia violencias violenta
violentamente violentas violento violentos violet violeta violetas violin violines violinista
violo viral virales virgen virgenes virgilio virgin virginia virginidad virgo virreinato virrey
virtual virtuales virtualmente virtud virtudes virtuoso viruela virus visa visado visados visas
visceral visceras visibilidad visibilizar visible visiblemente visibles vision visionario
visiones visita visitaba visitada visitadas visitado visitados visitamos visitan visitando
visitante visitantes visitar visitara visitarla visitarlo visitarlos visitarme visitarnos
visitaron visitas visite visiten visito vislumbrar visor vispera visperas vista vistas vistazo
viste visten vistes vistiendo vistio visto vistos visual visuales visualiza visualizacion
visualizaciones visualizar visualmente vita vitae vital vitales vitalicia vitalicio vitalidad
vitamina vitaminas vito vitoria vitrina vitrinas vitro vittorio viuda viudas viudo viva vivamos
vivan vivas vive viven vivencia vivencias viveres vivero viveros vives viveza vivi vivia
viviamos vivian viviana vivida vividas vivido vividos vivienda viviendas viviendo viviente
vivientes viviera vivieron vivimos vivio vivir vivira viviran viviras vivire viviremos viviria
vivirla vivirlo vivis viviste vivo vivos vizcaino vizcarra vizcaya vizconde vlad vladimir
vocablo vocabulario vocacion vocacional vocal vocales vocalista vocera vocero voceros voces
vodafone vodka vogue voice volaba volado volador voladora voladores volando volante volantes
volar volaron volatil volatiles volatilidad volcado volcan volcanes volcanica volcanicas
volcanico volcar volco voldemort voleibol volkswagen volo vols voltaire voltaje voltea voltear
volteo voltios volumen volumenes voluntad voluntades voluntaria voluntariado voluntariamente
voluntarias voluntario voluntarios volvamos volve volvemos volver volvera volveran volveras
volvere volveremos volveria volverian volverla volverlo volverme volvernos volverse volverte
volves volvi volvia volvian volviendo volviendose volviera volvieran volvieron volviese volvimos
volvio volviste volvo vomitando vomitar vomito vomitos voragine voraz vosotras vosotros voss
vota votacion votaciones votada votado votados votamos votan votando votante votantes votar
votara votaran votare votaria votaron votas votaste vote votemos voten votes voto votos vous
voyager vudu vuela vuelan vuelca vuelco vuele vuelo vuelos vuelta vueltas vuelto vuelva vuelvan
vuelvas vuelve vuelven vuelves vuelvo vuestra vuestras vuestro vuestros vulcano vulgar vulgares
vulgaridad vulnera vulnerabilidad vulnerabilidades vulnerable vulnerables vulneracion vulva vzla
wacho wade wagner wait wake waldo walk walker walking wall wallace wally walmart walsh walt
walter wanda wang wanna want wanted ward warner warren warriors wars washington watch water
waterloo waters watson watts wave wayne weas weaver webb webcam weber webs website webster week
weekend weekly weiss welcome well wellington wells wenceslao wendy weon weones were werner wert
wesley west western westminster what whatsapp wheeler when where which while whisky white
whitman whitney whole wide wifi wiki wikileaks wikipedia wild wilde wilder wilhelm will william
williams willie willis willow willy wilson winchester wind window windows windsor wine wing
wings winnie winston winter wire wireless wisconsin wish with without wolf wolfgang wolverine
woman women wonder wong wood woods woody word wordpress words work working works workshop world
worth would wright writing wrong wyatt wyoming xalapa xavi xavier xbox xddd xenofobia xenofobos
xiao xiaomi xiii ximena xochimilco xvii xviii xxii xxiii xxiv xxvi yace yacen yacia yacimiento
yacimientos yahoo yale yamaha yanez yang yankee yankees yanqui yanquis yard yardas yate yates
yeah year years yegua yellow yema yemas yemen yendo yendose yenes yeon yepes yerba yerbas yerno
yeso yihad yihadista yihadistas ying yodo yoga yogur yogurt yoko yolanda yong yoon york yorker
young your yourself youth youtube youtuber youtubers yrigoyen yuan yuca yucatan yugo yugoslavia
yugular yunque yuri yusuf yves yvonne zabala zacarias zacatecas zach zack zafar zafiro zafra
zaga zagreb zambia zambrano zamora zamudio zanahoria zanahorias zanja zapata zapatero zapatilla
zapatillas zapatista zapatistas zapato zapatos zapopan zara zaragoza zarate zarpado zarzuela
zavala zedillo zelanda zelaya zelda zepeda zeppelin zero zeta zetas zeus zhang zhao zheng zhou
zidane zimbabue zinc zocalo zodiaco zola zombi zombie zombies zombis zona zonal zonas zone
zoologia zoologico zoologicos zoom zorra zorras zorrilla zorro zorros zuckerberg zulia zumba
zumbido zumo zuniga zurda zurdo zurdos zurich zurita
"""
COMMON_WORDS = frozenset(_WORDS.split())
