"""Background work of the embedded mode: the processor, the outbox sender and the sweeper,
as asyncio tasks in the server's event loop. Their state is in the store, never in memory."""
