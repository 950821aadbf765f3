"""Sentences about past orders and the messages sent outside a turn (payments, status).

Same rules as `texts`: Spanish message ids, `N_` for fixed sentences, `_` for built ones.
"""

from __future__ import annotations

from mostrador.services.conversation.i18n import N_, _

# -- past orders ------------------------------------------------------------------------------

NO_ORDERS = N_("Todavía no tienes pedidos con nosotros.")
START_ORDER_QUESTION = N_("¿Quieres hacer uno ahora?")
ORDERS_TITLE = N_("Tus pedidos recientes:")
REPEAT_NOTHING = N_("Lo siento, ya no tenemos a la venta los productos de tu último pedido.")


def repeat_loaded(order_id: str) -> str:
    return _("Cargué tu último pedido ({order_id}) con los precios de hoy.").format(
        order_id=order_id
    )


def repeat_skipped(names: list[str]) -> str:
    return _("No pude agregar (ya no los tenemos): {names}.").format(names=", ".join(names))


def repeat_fewer(available: int, name: str) -> str:
    return _("De {name} solo quedan {available}.").format(name=name, available=available)


def order_line(order_id: str, date: str, amount: str, status: str) -> str:
    return _("• {order_id} · {date} · {amount} · {status}").format(
        order_id=order_id, date=date, amount=amount, status=status
    )


def pay_here(url: str) -> str:
    return _("  Paga aquí: {url}").format(url=url)


# -- notifications (sent outside a turn) -------------------------------------------------------

RETRY_LABEL = N_("Reintentar pago")
PAID_FOOTER = N_("Te avisaremos por aquí cuando cambie su estado.")


def payment_approved(order_id: str) -> str:
    return _("¡Pago recibido! ✅ Tu pedido {order_id} está confirmado.").format(order_id=order_id)


def payment_rejected(order_id: str) -> str:
    return _(
        "No se pudo completar el pago de tu pedido {order_id} 😕 No te preocupes, "
        "puedes intentarlo de nuevo aquí, con la misma u otra tarjeta:"
    ).format(order_id=order_id)


def payment_rejected_no_link(order_id: str) -> str:
    return _(
        "No se pudo completar el pago de tu pedido {order_id} 😕 "
        "Escribe «asesor» y te ayudamos a terminarlo."
    ).format(order_id=order_id)


def status_changed(order_id: str, label: str, extra: str) -> str:
    changed = _("Tu pedido {order_id} ahora está {label}.").format(order_id=order_id, label=label)
    return f"{changed} {_(extra)}" if extra else changed


STATUS_EXTRAS: dict[str, str] = {
    "ready": N_("Ya puedes pasar a recogerlo 🛍️"),
    "shipped": N_("Va en camino 🚚"),
    "delivered": N_("¡Que lo disfrutes!"),
    "cancelled": N_("Si tienes dudas, escribe «asesor»."),
    "preparing": N_("Te avisamos cuando esté listo."),
}


def expired(order_id: str) -> str:
    return _(
        "Tu pedido {order_id} venció porque no recibimos el pago a tiempo. Si aún lo quieres, "
        "escribe «menú» y elige «Repetir mi último pedido»."
    ).format(order_id=order_id)
