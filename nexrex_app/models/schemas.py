"""Shared bases for API request and response bodies."""

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict


class RequestBody(BaseModel):
    """A JSON body: unknown fields are refused with 400 naming the field."""

    model_config = ConfigDict(extra="forbid")


class Envelope(BaseModel):
    """The answer of most endpoints: ``{"status": "ok", "data": ...}``."""

    status: Literal["ok"] = "ok"
    data: Any


class PageEnvelope(Envelope):
    next_cursor: str | None = None
    has_more: bool = False
