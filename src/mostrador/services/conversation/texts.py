"""Every customer-facing sentence of the conversation; past orders' in `order_texts`.

Spanish is the message id: fixed sentences are marked `N_` (the `Turn` translates them as it
sends), sentences with values are translated as they are built (`_`); see `i18n`. Every one
needs its pt-BR and English entry in `mostrador/locale/*/LC_MESSAGES/mostrador.po`.

Spanish (Mexico-neutral), warm and short, like a good shop assistant. House rules the
simulated shoppers and real people both rely on: a question is the last line of its message,
ends with '?' and carries a question word; option titles stay within 24 characters; the body
of a results message never claims a listed product is unavailable (option descriptions do).
"""

from __future__ import annotations

from mostrador.domain.cart import MAX_LINE_QUANTITY
from mostrador.services.conversation.i18n import N_, _

# -- menu and small talk ----------------------------------------------------------------------

# A shop that both hands over and delivers starts the order from the menu with the way the
# customer receives it: one tap instead of two ("Hacer un pedido", then "¿retiro o envío?").
MENU_ORDER_BY_MODE: tuple[tuple[str, str, str], ...] = (
    ("menu:pickup", N_("Pedir para recoger"), N_("Lo recoges en la tienda")),
    ("menu:delivery", N_("Pedir a domicilio"), N_("Te lo llevamos a tu puerta")),
)
MENU_ORDER = ("menu:order", N_("Hacer un pedido"))
MENU_OTHERS: tuple[tuple[str, str], ...] = (
    ("menu:repeat", N_("Repetir mi último pedido")),
    ("menu:status", N_("Estado de mi pedido")),
    ("menu:human", N_("Hablar con un asesor")),
    ("menu:faq", N_("Preguntas frecuentes")),
)
MENU_QUESTION = N_("¿En qué te puedo ayudar hoy?")
MENU_AGAIN_QUESTION = N_("¿En qué más te puedo ayudar?")
OPT_HUMAN = N_("Hablar con un asesor")
OPT_MENU = N_("Volver al menú")
OPT_ORDER = N_("Hacer un pedido")
SMALL_TALK_REPLY = N_("¡Todo bien por aquí, gracias! 😊 Sigamos con tu pedido.")
SMALL_TALK_IDLE = N_("¡Todo bien por aquí, gracias! 😊")
INSULT_REPLY = N_(
    "Perdón si algo no salió bien 🙏 Quiero ayudarte; si prefieres, escribe «asesor»."
)
HELLO_AGAIN = N_("¡Hola de nuevo! 👋")
THANKS_IDLE = N_("¡Gracias a ti! 😊 Aquí estoy si necesitas algo más.")
THANKS_MID = N_("¡Con gusto! 😊")
NOT_UNDERSTOOD = N_("Perdón, no te entendí 🙈")
HELP = N_(
    "Puedo ayudarte a hacer un pedido, ver tu carrito (escribe «carrito»), repetir tu último "
    "pedido o ver cómo va tu pedido. Escribe «menú» para ver las opciones o «asesor» para "
    "hablar con una persona."
)
AUDIO = N_("Por ahora no puedo escuchar audios 🙈, ¿me lo escribes?")
ONLY_TEXT = N_("Por ahora solo puedo leer mensajes de texto 🙂")
UNSUPPORTED = N_("Lo siento, no puedo ver ese tipo de mensaje 🙈")
LOCATION_THANKS = N_("¡Gracias por tu ubicación! 📍")
LOCATION_NEED_TEXT = N_("¡Gracias por tu ubicación! 📍 Aun así necesito la dirección escrita.")
CONTACT_THANKS = N_("¡Gracias por el contacto!")


def greeting(shop: str, name: str | None) -> str:
    if not name:
        return _("¡Hola! 👋 Te damos la bienvenida a {shop}.").format(shop=shop)
    return _("¡Hola, {name}! 👋 Te damos la bienvenida a {shop}.").format(name=name, shop=shop)


def not_understood_again() -> str:
    return _("Sigo sin entenderte 🙈 Elige una opción o escribe «asesor» y te atiende una persona.")


def cart_kept(units: int) -> str:
    if units == 1:
        return _("Tu carrito sigue guardado (1 producto).")
    return _("Tu carrito sigue guardado ({units} productos).").format(units=units)


def handoff(business_hours: str) -> str:
    hours = (
        " " + _("Nuestro horario es {hours}.").format(hours=business_hours)
        if business_hours
        else ""
    )
    done = _("Listo, ya le avisé a una persona del equipo; te responderá por aquí muy pronto 🙌")
    return done + hours


# -- delivery ---------------------------------------------------------------------------------

DELIVERY_QUESTION = N_("¿Cómo quieres recibir tu pedido: retiro en tienda o envío a domicilio?")
OPT_PICKUP = N_("Retiro en tienda")
OPT_DELIVERY = N_("Envío a domicilio")
POSTAL_QUESTION = N_("¿Cuál es tu código postal?")
ADDRESS_QUESTION = N_("¿Cuál es la dirección de entrega? (calle, número y colonia)")
# How an address is written where the shop is: "colonia" means nothing in Buenos Aires.
_ADDRESS_QUESTIONS = {
    "MX": ADDRESS_QUESTION,
    "AR": N_("¿Cuál es la dirección de entrega? (calle, altura, piso/depto y barrio)"),
    "UY": N_("¿Cuál es la dirección de entrega? (calle, número, apto y barrio)"),
    "CO": N_("¿Cuál es la dirección de entrega? (calle o carrera, número y barrio)"),
    "ES": N_("¿Cuál es la dirección de entrega? (calle, número, piso y puerta)"),
    "CL": N_("¿Cuál es la dirección de entrega? (calle, número, depto y comuna)"),
    "PE": N_("¿Cuál es la dirección de entrega? (calle o jirón, número y distrito)"),
    "US": N_("¿Cuál es la dirección de entrega? (calle, número y apartamento)"),
}
GENERIC_ADDRESS_QUESTION = N_("¿Cuál es la dirección de entrega? (calle, número y barrio)")


def address_question(country: str) -> str:
    return _ADDRESS_QUESTIONS.get(country.upper(), GENERIC_ADDRESS_QUESTION)


SHORT_ADDRESS = N_("Necesito un poco más de detalle para que el repartidor llegue sin problema.")
OUTSIDE_ZONE_PICKUP_QUESTION = N_("¿Prefieres recogerlo en tienda o probar con otro código postal?")
OUTSIDE_ZONE_QUESTION = N_("¿Quieres probar con otro código postal?")
OPT_OTHER_POSTAL = N_("Otro código postal")
DELIVERY_ONLY = N_("Te lo enviamos a domicilio 🚚")
_POSTAL_EXAMPLES = {"MX": "06700", "AR": "1425", "CO": "110111", "CL": "8320000", "PE": "15001"}


def pickup_note(address: str) -> str:
    if not address:
        return _("¡Perfecto! Lo recoges en nuestra tienda.")
    return _("¡Perfecto! Lo recoges en nuestra tienda: {address}.").format(address=address)


def bad_postal_code(text: str, country: str) -> str:
    example = _POSTAL_EXAMPLES.get(country.upper(), "06700")
    return _(
        "Mmm, «{text}» no parece un código postal. Escríbelo así, por ejemplo: {example}."
    ).format(text=text, example=example)


def outside_zone(code: str) -> str:
    return _("Lo siento, por ahora no hacemos envíos al código postal {code}.").format(code=code)


def delivery_cost(code: str, cost: str, free: bool, eta: str) -> str:
    if free and eta:
        said = _("¡Perfecto! Al código postal {code} el envío es gratis y llega {eta}.")
    elif free:
        said = _("¡Perfecto! Al código postal {code} el envío es gratis.")
    elif eta:
        said = _("¡Perfecto! Al código postal {code} el envío cuesta {cost} y llega {eta}.")
    else:
        said = _("¡Perfecto! Al código postal {code} el envío cuesta {cost}.")
    return said.format(code=code, cost=cost, eta=eta)


# -- products ---------------------------------------------------------------------------------

PRODUCT_QUESTION = N_("¿Qué producto buscas?")
OTHER_PRODUCT_QUESTION = N_("¿Qué otro producto buscas?")
RESULTS_QUESTION = N_("¿Cuál quieres?")
ALTERNATIVES_QUESTION = N_("¿Te interesa alguna de estas opciones?")
OPT_MORE = N_("Ver más")
OPT_NEW_SEARCH = N_("Buscar otra cosa")
SOLD_OUT = N_("agotado")
BAD_QUANTITY = N_("Escríbeme la cantidad con número, por ejemplo: 2.")
ANOTHER_VARIANT = N_("otras opciones")


def results_note(query: str, page: int) -> str:
    return (
        _("Más resultados para «{query}»:").format(query=query)
        if page
        else _("Esto encontré para «{query}»:").format(query=query)
    )


def nearest_results(query: str) -> str:
    return _("No encontré «{query}» tal cual; esto es lo más parecido:").format(query=query)


def no_results(query: str) -> str:
    return _("No encontré «{query}». Puedes escribirlo de otra forma.").format(query=query)


def from_price(price: str) -> str:
    return _("desde {price}").format(price=price)


def variety(word: str) -> str:
    return _(
        {"talla": N_("varias tallas"), "color": N_("varios colores")}.get(
            word, N_("varias opciones")
        )
    )


def variant_question(word: str, name: str) -> str:
    return _("¿Qué {word} quieres de {name}?").format(word=_(word), name=name)


def sold_out(name: str) -> str:
    return _("Lo siento, {name} está agotado por ahora.").format(name=name)


def unit_price(price: str) -> str:
    return _("Precio: {price} por unidad.").format(price=price)


def quantity_question(name: str) -> str:
    return _("¿Cuántas unidades de {name} quieres?").format(name=name)


def packs_question(name: str, size: int) -> str:
    return _("¿Cuántos paquetes de {name} quieres? Cada uno trae {size}.").format(
        name=name, size=size
    )


def only_left(available: int, name: str) -> str:
    return _("Solo nos quedan {available} de {name}.").format(available=available, name=name)


def max_quantity() -> str:
    return _("Puedo agregar hasta {count} unidades de cada producto.").format(
        count=MAX_LINE_QUANTITY
    )


def cannot_add(name: str) -> str:
    return _("No pude agregar {name} a este carrito; escribe «asesor» si lo necesitas.").format(
        name=name
    )


# How the variant of a product is asked for (variants.variant_word).
VARIANT_WORDS = (N_("talla"), N_("color"), N_("color y talla"), N_("presentación"), N_("variante"))


def understood(items: list[str]) -> str:
    return _("Anoté: {items}.").format(items="; ".join(items))


def understood_item(quantity: int | None, query: str) -> str:
    if quantity is None:
        return query
    return _("{quantity} × {query}").format(quantity=quantity, query=query)


def switched(old: str, quantity: int, new: str) -> str:
    return _("Listo, cambié {old} por {quantity} × {new}.").format(
        old=old, quantity=quantity, new=new
    )


def dropped(target: str) -> str:
    return _("Listo, ya no busco «{target}».").format(target=target)


def added(quantity: int, name: str) -> str:
    return _("Listo, agregué {quantity} × {name} a tu carrito 🛒").format(
        quantity=quantity, name=name
    )


# -- cart -------------------------------------------------------------------------------------

NEXT_QUESTION = N_("¿Quieres agregar algo más o finalizar tu compra?")
CART_QUESTION = N_("¿Qué quieres hacer con tu carrito?")
OPT_ADD = N_("Agregar otro producto")
OPT_CHECKOUT = N_("Finalizar compra")
OPT_VIEW_CART = N_("Ver/editar carrito")
OPT_REMOVE = N_("Quitar un producto")
OPT_CHANGE = N_("Cambiar cantidad")
OPT_EMPTY = N_("Vaciar carrito")
EMPTY_CART = N_("Tu carrito está vacío.")
CART_NOW_EMPTY = N_("Tu carrito quedó vacío.")
CART_TITLE = N_("Tu carrito:")
REMOVE_QUESTION = N_("¿Cuál quito de tu carrito?")
CHANGE_LINE_QUESTION = N_("¿A cuál le cambio la cantidad?")
EMPTY_QUESTION = N_("¿Quieres vaciar tu carrito?")
CANCEL_QUESTION = N_("¿Quieres cancelar tu pedido y vaciar tu carrito?")
OPT_YES_EMPTY = N_("Sí, vaciarlo")
OPT_NO_KEEP = N_("No, conservarlo")
EMPTIED = N_("Listo, vacié tu carrito.")
CANCELLED = N_("Listo, cancelé tu pedido.")
NOTHING_TO_CANCEL = N_("Listo, lo dejamos aquí.")
KEPT = N_("Perfecto, tu carrito sigue igual.")


def cart_line(quantity: int, name: str, unit: str, subtotal: str) -> str:
    if quantity == 1:
        return _("• 1 × {name} — {subtotal}").format(name=name, subtotal=subtotal)
    return _("• {quantity} × {name} — {unit} c/u = {subtotal}").format(
        quantity=quantity, name=name, unit=unit, subtotal=subtotal
    )


def brief_line(quantity: int, name: str, subtotal: str) -> str:
    return _("• {quantity} × {name} — {subtotal}").format(
        quantity=quantity, name=name, subtotal=subtotal
    )


def more_lines(count: int) -> str:
    return _("… y {count} productos más").format(count=count)


def subtotal(amount: str) -> str:
    return _("Subtotal: {amount}").format(amount=amount)


def shipping(amount: str, free: bool) -> str:
    return _("Envío: gratis") if free else _("Envío: {amount}").format(amount=amount)


def total(amount: str) -> str:
    return _("Total: {amount}").format(amount=amount)


def removed(name: str) -> str:
    return _("Listo, quité {name} de tu carrito.").format(name=name)


def not_in_cart(target: str) -> str:
    return _("No encontré «{target}» en tu carrito.").format(target=target)


def new_quantity_question(name: str) -> str:
    return _("¿Cuántas unidades de {name} quieres ahora?").format(name=name)


def quantity_changed(quantity: int, name: str) -> str:
    return _("Listo, ahora llevas {quantity} × {name}.").format(quantity=quantity, name=name)


def line_description(quantity: int, subtotal: str) -> str:
    return _("{quantity} en el carrito · {subtotal}").format(quantity=quantity, subtotal=subtotal)


# -- checkout ---------------------------------------------------------------------------------

NAME_QUESTION = N_("¿A nombre de quién hacemos el pedido? Escribe tu nombre completo.")
BAD_NAME = N_("Necesito un nombre y apellido, por ejemplo: Ana Pérez.")
PHONE_QUESTION = N_("¿A qué número de teléfono te podemos contactar?")
EMAIL_QUESTION = N_("¿Cuál es tu correo electrónico?")
CONFIRM_QUESTION = N_("¿Confirmas tu pedido?")
OPT_CONFIRM = N_("Confirmar pedido")
OPT_EDIT = N_("Editar carrito")
OPT_CANCEL = N_("Cancelar")
OPT_YES_EMAIL = N_("Sí, es ese")
OPT_NO_EMAIL = N_("No, lo escribo")
SUMMARY_TITLE = N_("Revisa tu pedido 📝")
PAY_LABEL = N_("Pagar ahora")
_PHONE_EXAMPLES = {
    "MX": "55 1234 5678",
    "AR": "11 2345 6789",
    "CO": "300 123 4567",
    "ES": "612 345 678",
    "CL": "9 1234 5678",
    "PE": "912 345 678",
    "US": "(212) 555 0123",
}


def known_phone(display: str) -> str:
    return _(
        "Te contactaremos a este número de WhatsApp ({display}); si prefieres otro, escríbelo."
    ).format(display=display)


def phone_taken(display: str) -> str:
    return _("Perfecto, te contactaremos al {display}.").format(display=display)


def bad_phone(country: str) -> str:
    example = _PHONE_EXAMPLES.get(country.upper(), "+52 55 1234 5678")
    if country.upper() == "MX":
        return _(
            "Ese número no parece completo. Escríbelo con lada, por ejemplo: {example}."
        ).format(example=example)
    return _(
        "Ese número no parece completo. Escríbelo con el código de área, por ejemplo: {example}."
    ).format(example=example)


def email_fix_question(suggestion: str) -> str:
    return _("¿Quisiste decir {suggestion}?").format(suggestion=suggestion)


def summary_pickup(address: str) -> str:
    if not address:
        return _("Entrega: retiro en tienda")
    return _("Entrega: retiro en tienda ({address})").format(address=address)


def summary_delivery(address: str, code: str) -> str:
    return _("Entrega: envío a {address}, CP {code}").format(address=address, code=code)


def summary_contact(name: str, phone: str, email: str) -> list[str]:
    lines = [_("A nombre de: {name}").format(name=name)]
    if phone:
        lines.append(_("Teléfono: {phone}").format(phone=phone))
    lines.append(_("Correo: {email}").format(email=email))
    return lines


AWAITING_PAYMENT = N_("¡Perfecto! En cuanto se acredite tu pago te aviso por aquí 😊")
PAY_PROMPT = N_("Paga aquí con tarjeta de forma segura 👇")
EDIT_HINT = N_("¿Algo que corregir? Escribe «editar» y lo ajustamos antes de pagar.")


def placed_title(order_id: str, first_name: str) -> str:
    if not first_name:
        return _("¡Listo! Tu pedido {order_id} quedó registrado 📝").format(order_id=order_id)
    return _("¡Listo, {first_name}! Tu pedido {order_id} quedó registrado 📝").format(
        first_name=first_name, order_id=order_id
    )


def reopened(order_id: str) -> str:
    return _("Cancelé el pedido {order_id} para que lo ajustes; tu carrito sigue aquí 🛒").format(
        order_id=order_id
    )


def order_cancelled(order_id: str) -> str:
    return _("Listo, cancelé tu pedido {order_id}. Cuando quieras, hacemos otro 😊").format(
        order_id=order_id
    )


def order_not_editable(order_id: str) -> str:
    return _(
        "Tu pedido {order_id} ya no se puede cambiar por aquí (ya está pagado o venció). "
        "Si necesitas ayuda, escribe «asesor»."
    ).format(order_id=order_id)


def sold_out_now(name: str) -> str:
    return _("Se acaba de agotar {name} 😔, lo quité de tu carrito.").format(name=name)


def few_left_now(available: int, name: str) -> str:
    return _("Solo quedan {available} de {name}; ajusté tu carrito.").format(
        available=available, name=name
    )


# -- native carts and FAQ ---------------------------------------------------------------------

CART_RECEIVED = N_("Recibí tu carrito 🛒")
FAQ_QUESTION = N_("¿Qué quieres saber?")
FAQ_MORE_QUESTION = N_("¿Tienes otra pregunta?")
FAQ_EMPTY = N_("Todavía no tenemos preguntas frecuentes cargadas; un asesor te puede ayudar.")
FAQ_HOURS_QUESTION = N_("¿Cuál es su horario?")
FAQ_WHERE_QUESTION = N_("¿Dónde están?")
FAQ_SHIPPING_QUESTION = N_("¿Hacen envíos a domicilio?")


def faq_hours(hours: str) -> str:
    return _("Nuestro horario es {hours}.").format(hours=hours)


def faq_where(address: str) -> str:
    return _("Nos encuentras en {address}.").format(address=address)


def faq_shipping(pickup: bool) -> str:
    said = _("Sí, hacemos envíos a domicilio; el costo depende de tu código postal.")
    also = _("También puedes recoger en tienda.")
    return f"{said} {also}" if pickup else said


def native_skipped(names: list[str]) -> str:
    return _("No pude agregar: {names} (ya no los tenemos).").format(names=", ".join(names))
