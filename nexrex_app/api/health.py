"""GET /health: is the app up and its database reachable."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from nexrex_app.db import get_engine
from nexrex_app.models.schemas import Health, Ok

router = APIRouter(tags=["health"])


@router.get("/health", response_model=Ok[Health])
def health() -> JSONResponse:
    try:
        with get_engine().connect() as connection:
            connection.execute(text("SELECT 1"))
    except SQLAlchemyError:
        return JSONResponse(
            status_code=503,
            content={"error": "Database unreachable", "details": {"code": "DATABASE_UNAVAILABLE", "field": "database"}},
        )
    return JSONResponse({"status": "ok", "data": {"database": "ok"}})
