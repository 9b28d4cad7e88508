"""The stylesheet carries only the Radix colour scales in nexrex_app.serving.COLOUR_SCALES: a page that names
another scale would show it without colours."""

import ast
from pathlib import Path

from nexrex_app.serving import COLOUR_SCALES

RADIX_SCALES = {
    "gray", "mauve", "slate", "sage", "olive", "sand", "tomato", "red", "ruby", "crimson", "pink", "plum", "purple",
    "violet", "iris", "indigo", "blue", "cyan", "teal", "jade", "green", "grass", "bronze", "gold", "brown", "orange",
    "amber", "yellow", "lime", "mint", "sky",
}
APP = Path(__file__).resolve().parents[2] / "nexrex_app"


def test_every_colour_scale_the_pages_name_is_in_the_stylesheet():
    named = {(path.relative_to(APP).as_posix(), node.value)
             for path in APP.rglob("*.py")
             for node in ast.walk(ast.parse(path.read_text()))
             if isinstance(node, ast.Constant) and node.value in RADIX_SCALES}
    assert {scale for _, scale in named} - set(COLOUR_SCALES) == set(), sorted(named)
