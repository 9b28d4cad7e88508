"""HTML drag and drop for the plan builder: a box that can be dragged, or dropped on."""

from __future__ import annotations

import reflex as rx
from reflex_base.event import EventHandler, no_args_event_spec


class DragBox(rx.el.Div):
    """A ``div`` with the drag events the browser fires."""

    on_drag_start: EventHandler[no_args_event_spec]
    on_drag_end: EventHandler[no_args_event_spec]
    on_drag_over: EventHandler[no_args_event_spec]
    on_drag_enter: EventHandler[no_args_event_spec]
    on_drag_leave: EventHandler[no_args_event_spec]
    on_drop: EventHandler[no_args_event_spec]


drag_box = DragBox.create


class DragButton(rx.el.Button):
    """A ``button`` that can also be dragged: a tap, a click, Enter or Space press it; a mouse drags it."""

    on_drag_start: EventHandler[no_args_event_spec]
    on_drag_end: EventHandler[no_args_event_spec]


def draggable_button(*children: rx.Component, on_drag_start, on_click, **props) -> rx.Component:
    return DragButton.create(*children, draggable=True, on_drag_start=on_drag_start, on_click=on_click,
                             type="button", cursor="grab", **props)


def draggable(*children: rx.Component, on_drag_start, **props) -> rx.Component:
    return drag_box(*children, draggable=True, on_drag_start=on_drag_start, cursor="grab", **props)


def drop_target(*children: rx.Component, on_drop, **props) -> rx.Component:
    """Dropping needs the browser's default refusal cancelled on drag-over."""
    return drag_box(*children, on_drag_over=rx.prevent_default, on_drop=on_drop.prevent_default, **props)
