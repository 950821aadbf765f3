"""Every customer-facing sentence of the conversation, in one place to translate later.

Spanish (Mexico-neutral), warm and short, like a good shop assistant. House rules the
simulated shoppers and real people both rely on: a question is the last line of its message,
ends with '?' and carries a question word; option titles stay within 24 characters; the body
of a results message never claims a listed product is unavailable (option descriptions do).
"""

from __future__ import annotations

from mostrador.domain.cart import MAX_LINE_QUANTITY

# -- menu and small talk ----------------------------------------------------------------------

MAIN_MENU: tuple[tuple[str, str], ...] = (
    ("menu:order", "Hacer un pedido"),
    ("menu:repeat", "Repetir mi último pedido"),
    ("menu:status", "Estado de mi pedido"),
    ("menu:human", "Hablar con un asesor"),
    ("menu:faq", "Preguntas frecuentes"),
)
MENU_QUESTION = "¿En qué te puedo ayudar hoy?"
MENU_AGAIN_QUESTION = "¿En qué más te puedo ayudar?"
OPT_HUMAN = "Hablar con un asesor"
OPT_MENU = "Volver al menú"
OPT_ORDER = "Hacer un pedido"
HELLO_AGAIN = "¡Hola de nuevo! 👋"
THANKS_IDLE = "¡Gracias a ti! 😊 Aquí estoy si necesitas algo más."
THANKS_MID = "¡Con gusto! 😊"
NOT_UNDERSTOOD = "Perdón, no te entendí 🙈"
HELP = (
    "Puedo ayudarte a hacer un pedido, ver tu carrito (escribe «carrito»), repetir tu último "
    "pedido o ver cómo va tu pedido. Escribe «menú» para ver las opciones o «asesor» para "
    "hablar con una persona."
)
AUDIO = "Por ahora no puedo escuchar audios 🙈, ¿me lo escribes?"
ONLY_TEXT = "Por ahora solo puedo leer mensajes de texto 🙂"
UNSUPPORTED = "Lo siento, no puedo ver ese tipo de mensaje 🙈"
LOCATION_THANKS = "¡Gracias por tu ubicación! 📍"
LOCATION_NEED_TEXT = "¡Gracias por tu ubicación! 📍 Aun así necesito la dirección escrita."
CONTACT_THANKS = "¡Gracias por el contacto!"


def greeting(shop: str, name: str | None) -> str:
    who = f", {name}" if name else ""
    return f"¡Hola{who}! 👋 Te damos la bienvenida a {shop}."


def not_understood_again() -> str:
    return "Sigo sin entenderte 🙈 Elige una opción o escribe «asesor» y te atiende una persona."


def cart_kept(units: int) -> str:
    things = "1 producto" if units == 1 else f"{units} productos"
    return f"Tu carrito sigue guardado ({things})."


def handoff(business_hours: str) -> str:
    hours = f" Nuestro horario es {business_hours}." if business_hours else ""
    return (
        "Listo, ya le avisé a una persona del equipo; te responderá por aquí muy pronto 🙌" + hours
    )


# -- delivery ---------------------------------------------------------------------------------

DELIVERY_QUESTION = "¿Cómo quieres recibir tu pedido: retiro en tienda o envío a domicilio?"
OPT_PICKUP = "Retiro en tienda"
OPT_DELIVERY = "Envío a domicilio"
POSTAL_QUESTION = "¿Cuál es tu código postal?"
ADDRESS_QUESTION = "¿Cuál es la dirección de entrega? (calle, número y colonia)"
SHORT_ADDRESS = "Necesito un poco más de detalle para que el repartidor llegue sin problema."
OUTSIDE_ZONE_PICKUP_QUESTION = "¿Prefieres recogerlo en tienda o probar con otro código postal?"
OUTSIDE_ZONE_QUESTION = "¿Quieres probar con otro código postal?"
OPT_OTHER_POSTAL = "Otro código postal"
DELIVERY_ONLY = "Te lo enviamos a domicilio 🚚"
_POSTAL_EXAMPLES = {"MX": "06700", "AR": "1425", "CO": "110111", "CL": "8320000", "PE": "15001"}


def pickup_note(address: str) -> str:
    where = f": {address}" if address else ""
    return f"¡Perfecto! Lo recoges en nuestra tienda{where}."


def bad_postal_code(text: str, country: str) -> str:
    example = _POSTAL_EXAMPLES.get(country.upper(), "06700")
    return f"Mmm, «{text}» no parece un código postal. Escríbelo así, por ejemplo: {example}."


def outside_zone(code: str) -> str:
    return f"Lo siento, por ahora no hacemos envíos al código postal {code}."


def delivery_cost(code: str, cost: str, free: bool, eta: str) -> str:
    price = "el envío es gratis" if free else f"el envío cuesta {cost}"
    when = f" y llega {eta}" if eta else ""
    return f"¡Perfecto! Al código postal {code} {price}{when}."


# -- products ---------------------------------------------------------------------------------

PRODUCT_QUESTION = "¿Qué producto buscas?"
OTHER_PRODUCT_QUESTION = "¿Qué otro producto buscas?"
RESULTS_QUESTION = "¿Cuál quieres?"
ALTERNATIVES_QUESTION = "¿Te interesa alguna de estas opciones?"
OPT_MORE = "Ver más"
OPT_NEW_SEARCH = "Buscar otra cosa"
SOLD_OUT = "agotado"
BAD_QUANTITY = "Escríbeme la cantidad con número, por ejemplo: 2."
ANOTHER_VARIANT = "otras opciones"


def results_note(query: str, page: int) -> str:
    return f"Más resultados para «{query}»:" if page else f"Esto encontré para «{query}»:"


def no_results(query: str) -> str:
    return f"No encontré «{query}». Puedes escribirlo de otra forma."


def from_price(price: str) -> str:
    return f"desde {price}"


def variety(word: str) -> str:
    return {"talla": "varias tallas", "color": "varios colores"}.get(word, "varias opciones")


def variant_question(word: str, name: str) -> str:
    return f"¿Qué {word} quieres de {name}?"


def sold_out(name: str) -> str:
    return f"Lo siento, {name} está agotado por ahora."


def unit_price(price: str) -> str:
    return f"Precio: {price} por unidad."


def quantity_question(name: str) -> str:
    return f"¿Cuántas unidades de {name} quieres?"


def only_left(available: int, name: str) -> str:
    return f"Solo nos quedan {available} de {name}."


def max_quantity() -> str:
    return f"Puedo agregar hasta {MAX_LINE_QUANTITY} unidades de cada producto."


def cannot_add(name: str) -> str:
    return f"No pude agregar {name} a este carrito; escribe «asesor» si lo necesitas."


def added(quantity: int, name: str) -> str:
    return f"Listo, agregué {quantity} × {name} a tu carrito 🛒"


# -- cart -------------------------------------------------------------------------------------

NEXT_QUESTION = "¿Quieres agregar algo más o finalizar tu compra?"
CART_QUESTION = "¿Qué quieres hacer con tu carrito?"
OPT_ADD = "Agregar otro producto"
OPT_CHECKOUT = "Finalizar compra"
OPT_VIEW_CART = "Ver/editar carrito"
OPT_REMOVE = "Quitar un producto"
OPT_CHANGE = "Cambiar cantidad"
OPT_EMPTY = "Vaciar carrito"
EMPTY_CART = "Tu carrito está vacío."
CART_NOW_EMPTY = "Tu carrito quedó vacío."
CART_TITLE = "Tu carrito:"
REMOVE_QUESTION = "¿Cuál quito de tu carrito?"
CHANGE_LINE_QUESTION = "¿A cuál le cambio la cantidad?"
EMPTY_QUESTION = "¿Quieres vaciar tu carrito?"
CANCEL_QUESTION = "¿Quieres cancelar tu pedido y vaciar tu carrito?"
OPT_YES_EMPTY = "Sí, vaciarlo"
OPT_NO_KEEP = "No, conservarlo"
EMPTIED = "Listo, vacié tu carrito."
CANCELLED = "Listo, cancelé tu pedido."
NOTHING_TO_CANCEL = "Listo, lo dejamos aquí."
KEPT = "Perfecto, tu carrito sigue igual."


def cart_line(quantity: int, name: str, unit: str, subtotal: str) -> str:
    if quantity == 1:
        return f"• 1 × {name} — {subtotal}"
    return f"• {quantity} × {name} — {unit} c/u = {subtotal}"


def brief_line(quantity: int, name: str, subtotal: str) -> str:
    return f"• {quantity} × {name} — {subtotal}"


def more_lines(count: int) -> str:
    return f"… y {count} productos más"


def subtotal(amount: str) -> str:
    return f"Subtotal: {amount}"


def shipping(amount: str, free: bool) -> str:
    return "Envío: gratis" if free else f"Envío: {amount}"


def total(amount: str) -> str:
    return f"Total: {amount}"


def removed(name: str) -> str:
    return f"Listo, quité {name} de tu carrito."


def not_in_cart(target: str) -> str:
    return f"No encontré «{target}» en tu carrito."


def new_quantity_question(name: str) -> str:
    return f"¿Cuántas unidades de {name} quieres ahora?"


def quantity_changed(quantity: int, name: str) -> str:
    return f"Listo, ahora llevas {quantity} × {name}."


def line_description(quantity: int, subtotal: str) -> str:
    return f"{quantity} en el carrito · {subtotal}"


# -- checkout ---------------------------------------------------------------------------------

NAME_QUESTION = "¿A nombre de quién hacemos el pedido? Escribe tu nombre completo."
BAD_NAME = "Necesito un nombre y apellido, por ejemplo: Ana Pérez."
PHONE_QUESTION = "¿A qué número de teléfono te podemos contactar?"
EMAIL_QUESTION = "¿Cuál es tu correo electrónico?"
CONFIRM_QUESTION = "¿Confirmas tu pedido?"
OPT_CONFIRM = "Confirmar pedido"
OPT_EDIT = "Editar carrito"
OPT_CANCEL = "Cancelar"
OPT_YES_EMAIL = "Sí, es ese"
OPT_NO_EMAIL = "No, lo escribo"
SUMMARY_TITLE = "Revisa tu pedido 📝"
PAY_LABEL = "Pagar ahora"
_PHONE_EXAMPLES = {"MX": "55 1234 5678", "AR": "11 2345 6789", "CO": "300 123 4567"}


def known_phone(display: str) -> str:
    return f"Te contactaremos a este número de WhatsApp ({display}); si prefieres otro, escríbelo."


def phone_taken(display: str) -> str:
    return f"Perfecto, te contactaremos al {display}."


def bad_phone(country: str) -> str:
    example = _PHONE_EXAMPLES.get(country.upper(), "+52 55 1234 5678")
    return f"Ese número no parece completo. Escríbelo con lada, por ejemplo: {example}."


def email_fix_question(suggestion: str) -> str:
    return f"¿Quisiste decir {suggestion}?"


def summary_pickup(address: str) -> str:
    return f"Entrega: retiro en tienda{f' ({address})' if address else ''}"


def summary_delivery(address: str, code: str) -> str:
    return f"Entrega: envío a {address}, CP {code}"


def summary_contact(name: str, phone: str, email: str) -> list[str]:
    lines = [f"A nombre de: {name}"]
    if phone:
        lines.append(f"Teléfono: {phone}")
    lines.append(f"Correo: {email}")
    return lines


def placed(order_id: str, amount: str) -> str:
    return (
        f"¡Listo! Tu pedido {order_id} quedó registrado. Total: {amount}. "
        "Paga aquí con tarjeta de forma segura:"
    )


def sold_out_now(name: str) -> str:
    return f"Se acaba de agotar {name} 😔, lo quité de tu carrito."


def few_left_now(available: int, name: str) -> str:
    return f"Solo quedan {available} de {name}; ajusté tu carrito."


# -- past orders ------------------------------------------------------------------------------

NO_ORDERS = "Todavía no tienes pedidos con nosotros."
START_ORDER_QUESTION = "¿Quieres hacer uno ahora?"
ORDERS_TITLE = "Tus pedidos recientes:"
REPEAT_NOTHING = "Lo siento, ya no tenemos a la venta los productos de tu último pedido."


def repeat_loaded(order_id: str) -> str:
    return f"Cargué tu último pedido ({order_id}) con los precios de hoy."


def repeat_skipped(names: list[str]) -> str:
    return "No pude agregar (ya no los tenemos): " + ", ".join(names) + "."


def repeat_fewer(available: int, name: str) -> str:
    return f"De {name} solo quedan {available}."


def order_line(order_id: str, date: str, amount: str, status: str) -> str:
    return f"• {order_id} · {date} · {amount} · {status}"


def pay_here(url: str) -> str:
    return f"  Paga aquí: {url}"


# -- native carts and FAQ ---------------------------------------------------------------------

CART_RECEIVED = "Recibí tu carrito 🛒"
FAQ_QUESTION = "¿Qué quieres saber?"
FAQ_MORE_QUESTION = "¿Tienes otra pregunta?"
FAQ_EMPTY = "Todavía no tenemos preguntas frecuentes cargadas; un asesor te puede ayudar."
FAQ_HOURS_QUESTION = "¿Cuál es su horario?"
FAQ_WHERE_QUESTION = "¿Dónde están?"
FAQ_SHIPPING_QUESTION = "¿Hacen envíos a domicilio?"


def faq_hours(hours: str) -> str:
    return f"Nuestro horario es {hours}."


def faq_where(address: str) -> str:
    return f"Nos encuentras en {address}."


def faq_shipping(pickup: bool) -> str:
    also = " También puedes recoger en tienda." if pickup else ""
    return f"Sí, hacemos envíos a domicilio; el costo depende de tu código postal.{also}"


def native_skipped(names: list[str]) -> str:
    return "No pude agregar: " + ", ".join(names) + " (ya no los tenemos)."


# -- notifications (sent outside a turn) -------------------------------------------------------

RETRY_LABEL = "Reintentar pago"
PAID_FOOTER = "Te avisaremos por aquí cuando cambie su estado."


def payment_approved(order_id: str) -> str:
    return f"¡Pago recibido! ✅ Tu pedido {order_id} está confirmado."


def payment_rejected(order_id: str) -> str:
    return (
        f"No se pudo completar el pago de tu pedido {order_id} 😕 No te preocupes, "
        "puedes intentarlo de nuevo aquí, con la misma u otra tarjeta:"
    )


def payment_rejected_no_link(order_id: str) -> str:
    return (
        f"No se pudo completar el pago de tu pedido {order_id} 😕 "
        "Escribe «asesor» y te ayudamos a terminarlo."
    )


def status_changed(order_id: str, label: str, extra: str) -> str:
    return f"Tu pedido {order_id} ahora está {label}.{f' {extra}' if extra else ''}"


STATUS_EXTRAS: dict[str, str] = {
    "ready": "Ya puedes pasar a recogerlo 🛍️",
    "shipped": "Va en camino 🚚",
    "delivered": "¡Que lo disfrutes!",
    "cancelled": "Si tienes dudas, escribe «asesor».",
    "preparing": "Te avisamos cuando esté listo.",
}


def expired(order_id: str) -> str:
    return (
        f"Tu pedido {order_id} venció porque no recibimos el pago a tiempo. Si aún lo quieres, "
        "escribe «menú» y elige «Repetir mi último pedido»."
    )
