"""Errors the rules raise; both faces turn them into answers (API envelope, inline message)."""

from __future__ import annotations


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
