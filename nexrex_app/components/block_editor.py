"""The block editor: one row per block (children indented), live totals and an intensity chart."""

from __future__ import annotations

import reflex as rx

from nexrex_app.components.forms import labelled, word_select
from nexrex_app.base.wording import BLOCK_TYPE_WORDS, INTENSITY_WORDS, LENGTH_WORDS, ZONE_WORDS, words_from
from nexrex_app.base.vocabulary import BLOCK_TYPES, INTENSITY_TARGETS, LENGTH_TARGETS, PACE_ZONES
from nexrex_app.state.block_editing import BlockRow

ZONE_COLOURS = {1: "sky", 2: "grass", 3: "amber", 4: "orange", 5: "red"}


def _small_select(options, value, on_change, label: str, words: dict[str, str]) -> rx.Component:
    return word_select(options, value, on_change, words=words_from(words), size="1", aria_label=label)


def _number(value, on_change, label: str, unit: str) -> rx.Component:
    return rx.hstack(
        rx.input(default_value=value.to(str), on_blur=on_change, size="1", width="84px", aria_label=label,
                 input_mode="numeric"),
        rx.text(unit, size="1", color_scheme="gray"), spacing="1", align="center")


def _row(state, row: BlockRow, editable) -> rx.Component:
    path = row.path

    def setter(field: str):
        return lambda value: state.set_block_field(path, field, value)

    leaf_fields = rx.fragment(
        _small_select(LENGTH_TARGETS, row.block_length_target, setter("block_length_target"), "Measured by",
                      LENGTH_WORDS),
        rx.cond(row.block_length_target == "distance",
                _number(row.block_distance_in_meters, setter("block_distance_in_meters"), "Distance", "m"),
                _number(row.block_duration_in_seconds, setter("block_duration_in_seconds"), "Duration", "s")),
        _small_select(PACE_ZONES, row.block_pace, setter("block_pace"), "Pace zone", ZONE_WORDS),
        _small_select(INTENSITY_TARGETS, row.block_intensity_target, setter("block_intensity_target"),
                      "Intensity by", INTENSITY_WORDS),
    )
    group_fields = rx.fragment(
        rx.text("repeat", size="1", color_scheme="gray"),
        _number(row.block_repeat, setter("block_repeat"), "Repeat", "×"),
        rx.cond(row.can_nest & editable, rx.button("+ step", size="1", variant="soft",
                                                      on_click=state.add_block("run", path))),
    )
    return rx.flex(
        _small_select(BLOCK_TYPES, row.type, setter("type"), "Block type", BLOCK_TYPE_WORDS),
        rx.cond(row.group, group_fields, leaf_fields),
        rx.spacer(),
        rx.cond(editable, rx.hstack(
            rx.icon_button(rx.icon("arrow_up", size=14), size="1", variant="ghost", aria_label="Move up",
                           disabled=row.first, on_click=state.move_block(path, -1)),
            rx.icon_button(rx.icon("arrow_down", size=14), size="1", variant="ghost", aria_label="Move down",
                           disabled=row.last, on_click=state.move_block(path, 1)),
            rx.icon_button(rx.icon("trash_2", size=14), size="1", variant="ghost", color_scheme="red",
                           aria_label="Remove block", on_click=state.remove_block(path)),
            spacing="1")),
        gap="8px", align="center", wrap="wrap", width="100%",
        padding="6px 8px", padding_left=(row.depth * 24 + 8).to(str) + "px",
        border_left=rx.cond(row.depth > 0, f"3px solid {rx.color('accent', 6)}", "3px solid transparent"),
        background=rx.cond(row.group, rx.color("accent", 2), "transparent"),
        border_radius="6px", class_name="block-row", data_path=path,
    )


def intensity_chart(state) -> rx.Component:
    return rx.box(
        rx.hstack(
            rx.foreach(state.profile, lambda seg: rx.box(
                width=seg.width, height=seg.height, min_width="2px",
                background=rx.match(seg.zone, *[(zone, rx.color(colour, 9)) for zone, colour in
                                                   ZONE_COLOURS.items()], rx.color("slate", 9)),
                title=seg.type + " · z" + seg.zone.to(str))),
            align="end", spacing="0", height="64px", width="100%",
        ),
        width="100%", padding="6px", border=f"1px solid {rx.color('slate', 5)}", border_radius="8px",
        aria_label="Intensity over the workout", role="img",
    )


def block_editor(state, editable=True) -> rx.Component:
    return rx.vstack(
        rx.flex(
            rx.text("Total ", rx.text.strong(state.total_distance, class_name="total-distance"), " · ",
                    rx.text.strong(state.total_duration, class_name="total-duration"), size="2"),
            rx.cond(state.total_duration.contains("about"),
                    rx.text(state.total_note, size="1", color_scheme="gray", class_name="total-note")),
            gap="2px 12px", align="baseline", wrap="wrap", width="100%"),
        intensity_chart(state),
        rx.vstack(rx.foreach(state.block_rows, lambda row: _row(state, row, editable)), spacing="1", width="100%"),
        rx.cond(editable, rx.flex(
            rx.text("Add:", size="2", color_scheme="gray"),
            *[rx.button(label, size="1", variant="soft", on_click=state.add_block(kind, ""))
              for kind, label in (("warm-up", "Warm-up"), ("run", "Steady"), ("interval", "Repeat"),
                                  ("recovery-run", "Recovery"), ("cool-down", "Cool-down"))],
            gap="6px", wrap="wrap", align="center")),
        rx.cond(state.block_problem != "", rx.callout(state.block_problem, icon="triangle_alert",
                                                      color_scheme="amber", size="1", width="100%")),
        spacing="3", width="100%",
    )


def workout_dialog(editor) -> rx.Component:
    """A placed workout's name and blocks, edited in a dialog (``editor`` is a PlacedWorkoutEditor)."""
    return rx.dialog.root(rx.dialog.content(
        rx.dialog.title("Edit workout"),
        rx.vstack(
            labelled("Name", rx.input(id="item_name", value=editor.workout_name, width="100%",
                                      on_change=editor.set_name), html_for="item_name"),
            block_editor(editor),
            rx.hstack(rx.dialog.close(rx.button("Cancel", variant="soft", color_scheme="gray")),
                      rx.button("Apply", on_click=editor.apply), justify="end", width="100%"),
            spacing="3", width="100%"),
        max_width="760px"), open=editor.open, on_open_change=editor.set_open)
