"""The conversation engine: channel-neutral flows over a persisted `ConversationState`.

`engine.handle_turn` is the entry point; `notifications` holds the messages other services
send outside a turn. Flows reach the catalog and orders only through `ports.ShopPort`.
"""
