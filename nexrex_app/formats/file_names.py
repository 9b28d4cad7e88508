"""Names of downloaded files: readable in any script, and sent in a header every browser understands."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote

DASHES = re.compile(r"-{2,}")
NOT_ASCII_SAFE = re.compile(r"[^A-Za-z0-9_-]")
MAX_STEM = 100


def file_name(*parts: str, extension: str, fallback: str = "download") -> str:
    """``('2027-03-02', 'インターバル 6×800 🏃')`` → ``2027-03-02-インターバル-6-800-🏃.fit``: letters and digits of
    any script and emoji stay; separators, quotes, spaces and control characters become dashes."""
    stem = "-".join("".join(c if c.isalnum() or unicodedata.category(c) == "So" else "-" for c in part)
                    for part in parts)
    return f"{_tidy(stem.lower())[:MAX_STEM].strip('-') or fallback}.{extension}"


def content_disposition(name: str) -> str:
    """RFC 6266: an ASCII ``filename`` for old clients, and the exact name as ``filename*`` (RFC 5987)."""
    stem, dot, extension = name.rpartition(".") if "." in name else (name, "", "")
    plain = NOT_ASCII_SAFE.sub("-", unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode())
    fallback = (_tidy(plain) or "download") + dot + NOT_ASCII_SAFE.sub("", extension)
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(name, safe='')}"


def _tidy(stem: str) -> str:
    return DASHES.sub("-", stem).strip("-")
