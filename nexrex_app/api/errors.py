"""The error envelope of the API: ``{"error": ..., "details": {"code": ..., "field": ...}}``."""

from __future__ import annotations

import logging
import re

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from nexrex_app.base.errors import DomainError, refusal

log = logging.getLogger("nexrex.api")
CONTROL_CHARACTER = re.compile(r"[\x00-\x1f\x7f]")

HTTP_MESSAGES = {
    401: ("No authentication token provided", "UNAUTHENTICATED"),
    403: ("Insufficient permissions", "FORBIDDEN"),
    404: ("Not found", "NOT_FOUND"),
    405: ("Method not allowed", "METHOD_NOT_ALLOWED"),
}


def envelope(status: int, message: str, *, code: str | None = None, field: str | None = None) -> JSONResponse:
    body: dict = {"error": message}
    details = {key: value for key, value in (("code", code), ("field", field)) if value is not None}
    if details:
        body["details"] = details
    return JSONResponse(status_code=status, content=body)


async def _on_validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
    problem = refusal(exc.errors())
    return envelope(problem.status, problem.message, code=problem.code, field=problem.field)


async def _on_domain_error(_request: Request, exc: DomainError) -> JSONResponse:
    return envelope(exc.status, exc.message, code=exc.code, field=exc.field)


async def _on_http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
    message, code = HTTP_MESSAGES.get(exc.status_code, (str(exc.detail), "HTTP_ERROR"))
    if isinstance(exc.detail, str) and exc.status_code not in HTTP_MESSAGES:
        message = exc.detail
    return envelope(exc.status_code, message, code=code)


async def _on_unexpected_error(request: Request, exc: Exception) -> JSONResponse:
    log.exception("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return envelope(500, "Internal server error", code="INTERNAL_ERROR")


def install_error_handlers(api: FastAPI) -> None:
    api.add_exception_handler(RequestValidationError, _on_validation_error)
    api.add_exception_handler(DomainError, _on_domain_error)
    api.add_exception_handler(StarletteHTTPException, _on_http_error)
    api.add_exception_handler(Exception, _on_unexpected_error)


class ControlCharactersNameNothing:
    """ASGI middleware: a path under ``prefix`` holding a control character names no endpoint and no record (ids
    never hold one), so it gets the envelope's 404 before any route looks an id up."""

    def __init__(self, app, prefix: str):
        self.app, self.prefix = app, prefix

    async def __call__(self, scope, receive, send):
        path = scope.get("path", "")
        if scope["type"] == "http" and path.startswith(self.prefix) and CONTROL_CHARACTER.search(path):
            await envelope(404, "Not found", code="NOT_FOUND", field="path")(scope, receive, send)
            return
        await self.app(scope, receive, send)
