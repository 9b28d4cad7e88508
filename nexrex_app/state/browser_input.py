"""What the browser sends, bounded before anything reads it: every public handler of a State can be called from the
browser with any arguments, of any size."""

from __future__ import annotations


def bounded_text(value, limit: int = 64, *, as_typed: bool = False) -> str:
    """``value`` as text cut to ``limit`` characters ("" for None), without surrounding spaces unless ``as_typed``
    (a field read on each keystroke, where a space typed last is kept). A form field whose model refuses over-long
    text is read with one character more than its limit, so that the model can say so."""
    text = str(value or "")
    return (text if as_typed else text.strip())[:limit]
