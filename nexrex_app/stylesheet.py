"""The build's stylesheet without what no page can use: Radix Themes ships the rules of every component at every
breakpoint, about 640 KB that a phone must download and parse before its first paint."""

from __future__ import annotations

import re

import tinycss2

# Radix Themes' breakpoints, and those the pages' responsive props use: the rules of the others (a fifth of the
# stylesheet) are left out. A page that gives a prop at another breakpoint needs it added here.
BREAKPOINTS = {"xs": "520px", "sm": "768px", "md": "1024px", "lg": "1280px", "xl": "1640px"}
BREAKPOINTS_IN_USE = ("sm", "md", "lg")
# A Radix Themes component's own class (rt-Button, rt-DialogContent): its scripts write it out whole, unlike the
# classes of props (rt-r-size-2), which they put together from the prop's value.
COMPONENT_CLASS = re.compile(r"rt-[A-Z][A-Za-z]*")
NESTING = ("media", "supports", "layer")


def lean_stylesheet(css: str, scripts: str) -> str:
    """``css`` without the rules of unused breakpoints and the selectors of components none of ``scripts`` draws."""
    unused_queries = {query for name, width in BREAKPOINTS.items() if name not in BREAKPOINTS_IN_USE
                      for query in (f"(width>={width})", f"(min-width:{width})")}
    drawn = set(COMPONENT_CLASS.findall(scripts))

    def rules(parsed) -> str:
        return "".join(rule_text(rule) for rule in parsed)

    def rule_text(rule) -> str:
        if rule.type == "qualified-rule":
            kept = [tinycss2.serialize(selector) for selector in _selectors(rule.prelude)
                    if _draws_every_component(selector, drawn)]
            return ",".join(kept) + "{" + tinycss2.serialize(rule.content) + "}" if kept else ""
        if rule.type == "at-rule" and rule.content is not None and rule.lower_at_keyword in NESTING:
            query = "".join(tinycss2.serialize(rule.prelude).split())
            if rule.lower_at_keyword == "media" and query in unused_queries:
                return ""
            inner = rules(tinycss2.parse_rule_list(rule.content))
            return f"@{rule.at_keyword}{tinycss2.serialize(rule.prelude)}{{{inner}}}" if inner else ""
        return tinycss2.serialize([rule])

    return rules(tinycss2.parse_stylesheet(css))


def _selectors(prelude) -> list[list]:
    """A rule's selector list, split at its top-level commas."""
    selectors = [[]]
    for token in prelude:
        if token.type == "literal" and token.value == ",":
            selectors.append([])
        else:
            selectors[-1].append(token)
    return selectors


def _draws_every_component(selector: list, drawn: set[str]) -> bool:
    """Whether every component class the selector requires (outside :is(), :where() and :not()) is drawn."""
    return not any(dot.type == "literal" and dot.value == "." and name.type == "ident"
                   and COMPONENT_CLASS.fullmatch(name.value) and name.value not in drawn
                   for dot, name in zip(selector, selector[1:]))
