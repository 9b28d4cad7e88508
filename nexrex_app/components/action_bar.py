"""A bar of a long page's main actions that stays in view at the bottom of the window while scrolling."""

from __future__ import annotations

import reflex as rx


def sticky_actions(*actions: rx.Component, message=None, error=None) -> rx.Component:
    """``actions`` (buttons, links) with the outcome of the last one beside them.

    ``message`` is a confirmation ("Plan saved."), ``error`` what went wrong; both are string Vars, shown when
    not empty and read out by screen readers as they change.
    """
    outcome = []
    if message is not None:
        outcome.append(rx.cond(message != "", rx.badge(
            rx.icon("circle_check", size=14), message, color_scheme="grass", size="2", variant="soft",
            role="status", class_name="action-message", white_space="normal")))
    if error is not None:
        outcome.append(rx.cond(error != "", rx.badge(
            rx.icon("triangle_alert", size=14), error, color_scheme="red", size="2", variant="soft",
            role="alert", class_name="action-error", white_space="normal")))
    return rx.flex(
        # what scrolls into view (a focused field, a found element) is not left under the bar or the phone's top bar
        rx.el.style("html { scroll-padding-bottom: 160px; scroll-padding-top: 72px; }"),
        *actions,
        rx.flex(*outcome, gap="8px", wrap="wrap", align="center", min_width="0"),
        gap="12px", align="center", wrap="wrap", width="100%", box_sizing="border-box",
        position="sticky", bottom="0", z_index="5", padding="12px 16px",
        background=rx.color("slate", 1), border_top=f"1px solid {rx.color('slate', 5)}",
        box_shadow="0 -4px 12px rgba(0, 0, 0, 0.06)", border_radius="8px 8px 0 0",
        class_name="sticky-actions",
    )
