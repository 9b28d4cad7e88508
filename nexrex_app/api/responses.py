"""Answers built from data that is already plain JSON (long lists of views)."""

from __future__ import annotations

from typing import Any

import pydantic_core
from fastapi.responses import JSONResponse


class PlainJSONResponse(JSONResponse):
    """Written in one pass by pydantic's serializer: no per-field re-encoding, several times faster than json."""

    def render(self, content: Any) -> bytes:
        return pydantic_core.to_json(content, inf_nan_mode="null")  # always valid JSON
