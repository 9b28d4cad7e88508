"""The rules' errors in the words of the form that shows them.

The rules name fields as the API does (``goal_race.date``, ``fitness.css_seconds_per_100m``); a page names
them by the labels people see. Each form passes its labels (API field → label) and, where the rule's own
sentence would not make sense on that form, its own sentence for the field.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from nexrex_app.base.errors import DomainError

GENERAL_SENTENCES = {
    # sentences of the rules that speak of the API's formats
    "Dates are YYYY-MM-DD.": "Pick a complete date.",
    "A time is seconds or H:MM:SS.": "Write the time as hours:minutes:seconds or minutes:seconds, e.g. 1:45:00.",
}
INDEX = re.compile(r"\[(\d+)\]")
INTERNAL_NAME = re.compile(r"\b[a-z]+(?:_[a-z0-9]+)+\b")


def in_words(exc: DomainError, labels: Mapping[str, str], sentences: Mapping[str, str] | None = None) -> str:
    """One message for the form: "<label>: <what is wrong>", with no internal names left in it."""
    field = exc.field or ""
    own = (sentences or {}).get(field) or (sentences or {}).get(_leaf(field))
    message = own or GENERAL_SENTENCES.get(exc.message) or _renamed(exc.message, labels)
    label = _label(field, labels)
    if not label or label.lower() in message.lower():
        return message
    return f"{label}: {message}"


def _leaf(field: str) -> str:
    return INDEX.sub("", field).rsplit(".", 1)[-1]


def _label(field: str, labels: Mapping[str, str]) -> str:
    if not field:
        return ""
    if field in labels:
        return labels[field]
    plain = INDEX.sub("", field)
    if plain in labels:
        return labels[plain]
    return labels.get(_leaf(field), "")


def _renamed(message: str, labels: Mapping[str, str]) -> str:
    names = {**{_leaf(name): label for name, label in labels.items()}, **labels}
    for name in sorted(names, key=len, reverse=True):
        # a plain word ("weeks") is a field's name only where it opens the sentence
        anywhere = "_" in name or "." in name
        pattern = rf"(?<![\w.]){re.escape(name)}(?!\w)" if anywhere else rf"^{re.escape(name)}(?!\w)"
        message = re.sub(pattern, names[name], message)
    return INTERNAL_NAME.sub(lambda found: found.group(0).replace("_", " "), message)
