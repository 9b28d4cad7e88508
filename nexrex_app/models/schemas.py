"""Shared bases for API request and response bodies."""

from typing import Any, Literal, Self

from pydantic import BaseModel, ConfigDict, ValidationError

from nexrex_app.base.errors import refusal


class RequestBody(BaseModel):
    """A JSON body: unknown fields are refused with 400 naming the field."""

    model_config = ConfigDict(extra="forbid")

    @classmethod
    def parse(cls, data: dict) -> Self:
        """A form's data as this request; what the model refuses is InvalidInput naming the field, as the API
        answers it."""
        try:
            return cls.model_validate(data)
        except ValidationError as exc:
            raise refusal(exc.errors()) from None

    def plain(self) -> dict:
        """The fields as plain data for the rules (nested bodies as dicts), leaving out what is null."""
        return self.model_dump(exclude_none=True)

    def given(self) -> dict:
        """Only the fields the sender gave, as plain data (a partial update changes only those; a null given
        is kept, and refused where a value is required)."""
        return self.model_dump(exclude_unset=True)


class Envelope(BaseModel):
    """The answer of most endpoints: ``{"status": "ok", "data": ...}``."""

    status: Literal["ok"] = "ok"
    data: Any


class PageEnvelope(Envelope):
    next_cursor: str | None = None
    has_more: bool = False
