"""Mostrador: a conversational-commerce server. Shops sell inside WhatsApp and other chats."""

__version__ = "0.1.0"
