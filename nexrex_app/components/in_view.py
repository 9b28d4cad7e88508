"""A box that says when it first comes near the screen, so what lies below the fold is drawn only when needed."""

from __future__ import annotations

import reflex as rx
from reflex_base.event import EventHandler, passthrough_event_spec


class InView(rx.Component):
    """react-intersection-observer's ``InView``: ``on_change`` receives whether the box is in view."""

    library = "react-intersection-observer@11.0.1"
    tag = "InView"

    trigger_once: rx.Var[bool]
    root_margin: rx.Var[str]
    on_change: EventHandler[passthrough_event_spec(bool)]


def when_near_screen(*children: rx.Component, on_seen, **props) -> rx.Component:
    """``on_seen(True)`` once, when the box comes within 200 px of being seen."""
    return InView.create(*children, trigger_once=True, root_margin="200px 0px", on_change=on_seen, **props)
