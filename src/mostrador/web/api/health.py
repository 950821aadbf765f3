from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(tags=["health"])


@router.get("/api/healthz")
def healthz() -> dict[str, str]:
    """Liveness: 200 when the server is up (no auth)."""
    return {"status": "ok"}
