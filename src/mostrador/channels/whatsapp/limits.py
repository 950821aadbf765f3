"""WhatsApp Cloud API limits on outgoing message bodies, in characters.

Meta documents these on the messages reference and encodes them in its OpenAPI description
(facebook/openapi, business-messaging-api_v23.0.yaml). A body that breaks one is refused with
HTTP 400 / error 131009 ("Parameter value is not valid") and the customer gets nothing, so the
renderer must stay inside them by construction.
"""

from __future__ import annotations

from typing import Final

TEXT_BODY: Final = 4096
INTERACTIVE_BODY: Final = 1024
HEADER_TEXT: Final = 60
FOOTER_TEXT: Final = 60
MEDIA_CAPTION: Final = 1024

LIST_BUTTON: Final = 20
LIST_SECTIONS: Final = 10
LIST_ROWS_TOTAL: Final = 10
SECTION_TITLE: Final = 24
ROW_ID: Final = 200
ROW_TITLE: Final = 24
ROW_DESCRIPTION: Final = 72

REPLY_BUTTONS: Final = 3
BUTTON_ID: Final = 256
BUTTON_TITLE: Final = 20

CTA_DISPLAY_TEXT: Final = 20
PRODUCT_LIST_ITEMS: Final = 30

# Inbound: customer text is untrusted; this bound matches what WhatsApp itself lets a user send.
INBOUND_TEXT: Final = 4096
