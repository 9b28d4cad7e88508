"""Cleaning the free text people type: names, descriptions, labels.

Single-line fields (names, titles, labels, display names) take no control characters at all: a line break in an
organization's name once ended up in every invitation email's subject. Multi-line fields (notes, descriptions)
take line breaks and tabs, and nothing else of that kind; Windows line ends are kept as plain line breaks."""

from __future__ import annotations

import re

from nexrex_app.base.errors import InvalidInput

MAX_LABELS = 20
MAX_LABEL_LENGTH = 60
# C0 and C1 control characters, and the Unicode line and paragraph separators.
SINGLE_LINE_FORBIDDEN = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
MULTI_LINE_FORBIDDEN = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")


def required_text(value: str | None, *, field: str, label: str, max_length: int, multiline: bool = False) -> str:
    cleaned = _checked(value, field=field, label=label, multiline=multiline)
    if not cleaned:
        raise InvalidInput(f"{label} is required.", field=field, code="MISSING_FIELD")
    if len(cleaned) > max_length:
        raise InvalidInput(f"{label} must be at most {max_length} characters.", field=field)
    return cleaned


def optional_text(value: str | None, *, field: str, label: str, max_length: int,
                  multiline: bool = False) -> str | None:
    cleaned = _checked(value, field=field, label=label, multiline=multiline)
    if len(cleaned) > max_length:
        raise InvalidInput(f"{label} must be at most {max_length} characters.", field=field)
    return cleaned or None


def _checked(value, *, field: str, label: str, multiline: bool) -> str:
    """Trimmed text without the control characters the field does not take."""
    if value is not None and not isinstance(value, str):
        raise InvalidInput(f"{label} must be text.", field=field)
    cleaned = (value or "").strip()
    if multiline:
        cleaned = cleaned.replace("\r\n", "\n").replace("\r", "\n")
    if (MULTI_LINE_FORBIDDEN if multiline else SINGLE_LINE_FORBIDDEN).search(cleaned):
        kind = "line breaks, tabs and printable characters" if multiline else "a single line of printable characters"
        raise InvalidInput(f"{label} can only hold {kind}.", field=field, code="INVALID_CHARACTER")
    return cleaned


def clean_labels(labels: list[str] | None, *, field: str = "labels") -> list[str]:
    """Trimmed, without blanks or case-insensitive repeats, in the order given."""
    seen: dict[str, str] = {}
    for index, raw in enumerate(labels or []):
        label = optional_text(raw, field=f"{field}[{index}]", label="A label", max_length=MAX_LABEL_LENGTH)
        if label:
            seen.setdefault(label.casefold(), label)
    if len(seen) > MAX_LABELS:
        raise InvalidInput(f"At most {MAX_LABELS} labels.", field=field)
    return list(seen.values())
