"""Configuration: one pydantic-settings class, read from MOSTRADOR_* variables and `.env`."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_API_BASE = "https://graph.facebook.com/v23.0"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="MOSTRADOR_", env_file=".env", extra="ignore")

    database_url: str = Field(
        default_factory=lambda: f"sqlite:///{Path.cwd() / 'mostrador.db'}",
        description="sqlite:///path.db (embedded) or postgresql+psycopg://...",
    )
    redis_url: str | None = None
    admin_token: str | None = None
    # Base of links sent to customers; `mostrador serve` fills in its own address when unset.
    public_url: str = ""
    demo: bool = True

    whatsapp_app_secret: str | None = None
    whatsapp_verify_token: str | None = None
    whatsapp_access_token: str | None = None
    whatsapp_phone_number_id: str | None = None
    whatsapp_api_base: str = DEFAULT_API_BASE
    # Messages per second per sender number. Meta raises numbers to 1,000 mps; a 429 (130429)
    # halves the pace until it recovers, so a lower tier adapts on its own.
    whatsapp_send_rate: float = 1000.0
    whatsapp_mark_read: bool = True
    whatsapp_max_in_flight: int = 16

    # Optional LLM interpretation of messages the rules do not understand (decision 0005):
    # an OpenAI-compatible API base (POST {llm_url}/chat/completions). Off when unset.
    llm_url: str | None = None
    llm_model: str = ""
    llm_api_key: str | None = None
    llm_timeout: float = 4.0  # seconds; past it the customer gets the usual clarification

    production: bool = False  # every secret required, no demo shop
    log_level: str = "info"
    log_json: bool = False

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    def missing_production_secrets(self) -> list[str]:
        """Names of the variables production mode needs but were not given."""
        required = {
            "MOSTRADOR_ADMIN_TOKEN": self.admin_token,
            "MOSTRADOR_WHATSAPP_APP_SECRET": self.whatsapp_app_secret,
            "MOSTRADOR_WHATSAPP_VERIFY_TOKEN": self.whatsapp_verify_token,
            "MOSTRADOR_WHATSAPP_ACCESS_TOKEN": self.whatsapp_access_token,
            "MOSTRADOR_WHATSAPP_PHONE_NUMBER_ID": self.whatsapp_phone_number_id,
        }
        return [name for name, value in required.items() if not value]
