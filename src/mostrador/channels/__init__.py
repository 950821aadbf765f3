"""Channel adapters: parse provider payloads into InboundMessage, render Reply within limits."""
