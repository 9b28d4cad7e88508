"""Errors the rules raise; both faces turn them into answers (API envelope, inline message)."""

from __future__ import annotations

import re
from collections.abc import Sequence


class DomainError(Exception):
    status = 400
    code = "INVALID_REQUEST"
    keep_changes = False  # True: what the use case wrote before failing is still committed (e.g. an audit row)

    def __init__(self, message: str, *, field: str | None = None, code: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field
        if code:
            self.code = code


class InvalidInput(DomainError):
    status = 400
    code = "INVALID_FIELD"


class NotAuthenticated(DomainError):
    status = 401
    code = "UNAUTHENTICATED"


class RecordedFailure(NotAuthenticated):
    """A failed sign-in that is counted (the count survives the failed request)."""

    keep_changes = True


class Forbidden(DomainError):
    status = 403
    code = "FORBIDDEN"

    def __init__(self, message: str = "Insufficient permissions", **kwargs):
        super().__init__(message, **kwargs)


class NotFound(DomainError):
    status = 404
    code = "NOT_FOUND"


class Conflict(DomainError):
    status = 409
    code = "CONFLICT"


class RateLimited(DomainError):
    status = 429
    code = "RATE_LIMITED"


class ServiceUnavailable(DomainError):
    status = 503
    code = "SERVICE_UNAVAILABLE"


# --- what a typed request refuses, in the rules' words ----------------------------------------------
# Pydantic reports problems as dicts (``ValidationError.errors()``); these read them without importing it.

QUOTED = re.compile(r"'([^']*)'")


def field_path(location: Sequence[str | int]) -> str:
    """``("body", "content_blocks", 1, "block_pace")`` → ``content_blocks[1].block_pace``."""
    parts = list(location)
    if parts and parts[0] in ("body", "query", "path", "header"):
        parts = parts[1:]
    path = ""
    for part in parts:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += f".{part}" if path else str(part)
    return path or "body"


def describe_validation_error(error: dict) -> tuple[str, str, str]:
    """(message, code, field) for the first problem pydantic found."""
    kind = error.get("type", "")
    field = field_path(error.get("loc", ()))
    if kind == "json_invalid":
        return "Malformed JSON body.", "INVALID_JSON", "body"
    if kind == "missing":
        if field == "body":
            return "A JSON body is required.", "MISSING_BODY", "body"
        return f"Missing required field: {field}.", "MISSING_FIELD", field
    if kind == "extra_forbidden":
        return f"Unknown field: {field}.", "UNKNOWN_FIELD", field
    if kind == "literal_error":
        allowed = QUOTED.findall(str(error.get("ctx", {}).get("expected", "")))
        name = next((part for part in reversed(error.get("loc", ())) if isinstance(part, str)), field)
        return f"{name} must be one of: {', '.join(allowed)}.", "INVALID_FIELD", field
    message = str(error.get("msg", "Invalid value")).removeprefix("Value error, ")
    return f"Invalid value for {field}: {message}.", "INVALID_FIELD", field


def refusal(errors: Sequence[dict]) -> InvalidInput:
    """The first problem of a typed request as InvalidInput, naming the field."""
    message, code, field = describe_validation_error(errors[0] if errors else {})
    return InvalidInput(message, field=field, code=code)
