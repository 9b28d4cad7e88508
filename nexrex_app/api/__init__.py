"""The JSON API under /api/v1, built by ``create_api`` and mounted in front of Reflex."""

from __future__ import annotations

from fastapi import APIRouter, FastAPI
from fastapi.openapi.utils import get_openapi
from starlette.convertors import PathConvertor, register_url_convertor

from nexrex_app.api import (
    activities, ai_coach, athlete_calendar, athlete_tab, auth, comments, groups, health, library, organizations,
)
from nexrex_app.api.errors import ControlCharactersNameNothing, envelope, install_error_handlers


class AnyPathConvertor(PathConvertor):
    """Starlette's ``{path:path}`` is ``.*``, which stops at a newline: a path holding ``%0A`` then matched no
    mount at all and got Starlette's plain-text 404 instead of reaching the API. This one takes any character.
    It replaces the default for every mount, so it must be registered before the app's routes are built."""

    regex = r"[\s\S]*"


register_url_convertor("path", AnyPathConvertor())

API_PREFIX = "/api/v1"
ROUTERS: tuple[APIRouter, ...] = (health.router, auth.router, organizations.router, groups.router,
                                   library.router, ai_coach.router, activities.router,
                                   athlete_tab.router, comments.router, athlete_calendar.router)
ALL_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"]


def create_api() -> FastAPI:
    api = FastAPI(
        title="nexrex API",
        version="1.0.0",
        description="The coaching platform's JSON API: accounts, organizations, workouts, plans and activities.",
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=f"{API_PREFIX}/docs",
        redoc_url=None,
    )
    install_error_handlers(api)
    api.add_middleware(ControlCharactersNameNothing, prefix=API_PREFIX)
    for router in ROUTERS:
        api.include_router(router, prefix=API_PREFIX)
    api.add_api_route(f"{API_PREFIX}/{{path:path}}", _unknown_route, methods=ALL_METHODS, include_in_schema=False)
    api.openapi = lambda: document_errors(api)
    return api


ERROR_ENVELOPE = {
    "type": "object", "required": ["error"],
    "properties": {"error": {"type": "string"},
                   "details": {"type": "object", "properties": {"code": {"type": "string"},
                                                                "field": {"type": "string"}}}},
}
ERRORS = {"400": "Invalid input, naming the field", "401": "Missing or invalid credentials",
          "403": "Insufficient permissions", "404": "Not found", "409": "Already exists",
          "429": "Too many requests", "503": "The database or mail server is unavailable"}


def document_errors(api: FastAPI) -> dict:
    """The OpenAPI document, with the error envelope every endpoint answers instead of FastAPI's 422."""
    if api.openapi_schema:
        return api.openapi_schema
    schema = get_openapi(title=api.title, version=api.version, description=api.description, routes=api.routes)
    schema.setdefault("components", {}).setdefault("schemas", {})["Error"] = ERROR_ENVELOPE
    for operations in schema["paths"].values():
        for operation in operations.values():
            responses = operation.setdefault("responses", {})
            responses.pop("422", None)
            for status, description in ERRORS.items():
                responses.setdefault(status, {"description": description, "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}})
    for name in ("HTTPValidationError", "ValidationError"):
        schema["components"]["schemas"].pop(name, None)
    api.openapi_schema = schema
    return schema


def _unknown_route(path: str):
    return envelope(404, f"No such endpoint: /api/v1/{path}", code="NOT_FOUND", field="path")
