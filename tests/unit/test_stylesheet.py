"""The stylesheet carries only the Radix colour scales in nexrex_app.serving.COLOUR_SCALES and the breakpoints in
BREAKPOINTS_IN_USE: a page that names another scale would show it without colours, and a prop at another breakpoint
would have no effect."""

import ast
from pathlib import Path

from nexrex_app.serving import COLOUR_SCALES
from nexrex_app.stylesheet import BREAKPOINTS, BREAKPOINTS_IN_USE, lean_stylesheet

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


def _responsive_props(node: ast.AST) -> set[str]:
    """The breakpoints a responsive prop names: rx.breakpoints(sm=...) or {"initial": ..., "sm": ...}."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "breakpoints":
        return {keyword.arg for keyword in node.keywords}
    keys = {key.value for key in getattr(node, "keys", []) if isinstance(key, ast.Constant)}
    if isinstance(node, ast.Dict) and keys and keys <= {"initial", *BREAKPOINTS}:
        return keys
    return set()


def test_every_breakpoint_the_pages_give_props_at_is_in_the_stylesheet():
    given = {(path.relative_to(APP).as_posix(), breakpoint)
             for path in APP.rglob("*.py") if path.name != "stylesheet.py"  # where the breakpoints are defined
             for node in ast.walk(ast.parse(path.read_text()))
             for breakpoint in _responsive_props(node) - {"initial"}}
    assert given, "no responsive prop found: the check no longer reads the pages"
    assert {breakpoint for _, breakpoint in given} - set(BREAKPOINTS_IN_USE) == set(), sorted(given)


def test_the_stylesheet_leaves_out_only_the_rules_of_unused_breakpoints():
    css = ("@layer base;.a{color:red}@media (width>=520px){.xs\\:a{color:red}}@media (width>=768px){.sm\\:a{x:1}}"
           "@media (min-width: 1640px){.xl\\:a{x:1}}@media (hover:hover){.a:hover{x:1}}@font-face{src:local(A)}")
    assert lean_stylesheet(css, scripts="") == (
        "@layer base;.a{color:red}@media (width>=768px){.sm\\:a{x:1}}@media (hover:hover){.a:hover{x:1}}"
        "@font-face{src:local(A)}")


def test_the_stylesheet_leaves_out_the_selectors_of_components_no_script_draws():
    css = (".rt-Button{a:1}.rt-Slider,.rt-Button:where(.rt-r-size-1){b:2}.rt-SliderThumb .rt-Button{c:3}"
           ":where(.rt-Slider,.rt-Card) .x{d:4}@media (hover:hover){.rt-Slider:hover{e:5}}"
           "@supports (color:red){.rt-Card{f:6}}@keyframes rt-fade{to{opacity:0}}")
    scripts = 'className:"rt-Button",e=`rt-Card`'
    assert lean_stylesheet(css, scripts) == (
        ".rt-Button{a:1}.rt-Button:where(.rt-r-size-1){b:2}:where(.rt-Slider,.rt-Card) .x{d:4}"
        "@supports (color:red){.rt-Card{f:6}}@keyframes rt-fade{to{opacity:0}}")
