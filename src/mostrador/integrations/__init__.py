"""Adapters to outside services that are not chat channels (an LLM endpoint, ...)."""
