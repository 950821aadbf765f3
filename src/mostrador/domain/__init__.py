"""Pure business rules: entities, value objects, state machines. Imports nothing outward."""
