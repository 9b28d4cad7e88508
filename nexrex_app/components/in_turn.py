"""Parts of a page drawn one after another, each in a task of its own, instead of all in the one render that
applies the state Reflex receives: what is on the screen first appears at once, the rest follows within a few
frames, and a slow phone answers taps in between."""

import reflex as rx


class InTurn(rx.Component):
    """``assets/in_turn.jsx``: its children appear once the parts mounted before it have."""

    library = "$/public/in_turn.jsx"
    tag = "InTurn"


def in_turn(child: rx.Component) -> rx.Component:
    return InTurn.create(child)
