"""Shared bases for API request and response bodies."""

from typing import Generic, Literal, Self, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_serializer

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


class PartialView(BaseModel):
    """An answer some of whose fields only some readers get (coach-only notes, a secret shown once): a field
    left unset is absent from it, not null."""

    @model_serializer(mode="wrap")
    def _only_what_was_set(self, serialize):
        return {name: value for name, value in serialize(self).items() if name in self.model_fields_set}


Data = TypeVar("Data")


class Ok(BaseModel, Generic[Data]):
    """The ok envelope around an answer of type ``Data``: ``{"status": "ok", "data": ...}``."""

    status: Literal["ok"] = "ok"
    data: Data


class OkPage(Ok[list[Data]], Generic[Data]):
    """One page of a list; pass ``next_cursor`` as ``cursor`` for the next."""

    next_cursor: str | None = None
    has_more: bool = False


class Health(BaseModel):
    database: Literal["ok"] = Field(description="The database answered (else the answer is 503)")
