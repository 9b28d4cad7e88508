"""Console → Workouts: the library, and one workout in the block editor."""

import reflex as rx

from nexrex_app.components.block_editor import block_editor
from nexrex_app.components.forms import filter_select, inline_error, labelled, notice, word_select, worded
from nexrex_app.components.layout import console_page
from nexrex_app.base.wording import SUB_TYPE_WORDS, VISIBILITY_WORDS, sport_word, sub_type_word, visibility_word
from nexrex_app.base.vocabulary import WORKOUT_SUB_TYPES, WORKOUT_TYPES, WRITABLE_VISIBILITIES
from nexrex_app.state.workouts import LibraryRow, WorkoutEditorState, WorkoutLibraryState


def _filter(name: str, options, value, label: str, words) -> rx.Component:
    return filter_select(options, value, lambda v: WorkoutLibraryState.set_filter(name, v), label, words)


def _library_row(workout: LibraryRow) -> rx.Component:
    return rx.table.row(
        rx.table.cell(rx.link(workout.workout_name, href="/console/workouts/" + workout.workout_id,
                              weight="medium")),
        rx.table.cell(workout.sport),
        rx.table.cell(workout.kind),
        rx.table.cell(workout.distance),
        rx.table.cell(workout.duration),
        rx.table.cell(rx.badge(workout.shown_visibility, variant="soft",
                               color_scheme=rx.cond(workout.visibility == "system", "gray", "blue"))),
        class_name="workout-row",
    )


def library_page() -> rx.Component:
    return console_page(
        "Workouts",
        rx.flex(
            _filter("workout_type", WORKOUT_TYPES, WorkoutLibraryState.workout_type, "Types", sport_word),
            _filter("workout_sub_type", WORKOUT_SUB_TYPES, WorkoutLibraryState.workout_sub_type, "Sub-types",
                    sub_type_word),
            _filter("visibility", (*WRITABLE_VISIBILITIES, "system"), WorkoutLibraryState.visibility, "Visibility",
                    visibility_word),
            rx.spacer(),
            rx.link(rx.button(rx.icon("plus", size=16), "New workout"), href="/console/workouts/new"),
            gap="8px", wrap="wrap", width="100%"),
        inline_error(WorkoutLibraryState.error),
        rx.box(rx.table.root(
            rx.table.header(rx.table.row(*[rx.table.column_header_cell(h) for h in
                                           ("Workout", "Sport", "Sub-type", "Distance", "Duration", "Visibility")])),
            rx.table.body(rx.foreach(WorkoutLibraryState.rows, _library_row)),
            variant="surface", width="100%"), overflow_x="auto", width="100%"),
        active="Workouts",
    )


def _select_field(label: str, name: str, options, value, words) -> rx.Component:
    return labelled(label, word_select(options, value, lambda v: WorkoutEditorState.set_field(name, v), words=words,
                                       id=name, width="100%", disabled=~WorkoutEditorState.editable), html_for=name)


def _sub_type_field() -> rx.Component:
    """The sub-types in the words of the workout's sport (a long ride, a long swim)."""
    state = WorkoutEditorState
    return rx.match(state.workout_type, *[
        (sport, _select_field("Sub-type", "workout_sub_type", WORKOUT_SUB_TYPES, state.workout_sub_type,
                              lambda value, sport=sport: sub_type_word(value, sport))) for sport in SUB_TYPE_WORDS],
        _select_field("Sub-type", "workout_sub_type", WORKOUT_SUB_TYPES, state.workout_sub_type, sub_type_word))


def editor_page() -> rx.Component:
    state = WorkoutEditorState
    return console_page(
        "Workout",
        rx.cond(state.missing, rx.card(rx.text("This workout is not in your library."), width="100%"), rx.vstack(
            rx.card(rx.vstack(
                labelled("Name", rx.input(id="workout_name", value=state.workout_name, width="100%",
                                          on_change=lambda v: state.set_field("workout_name", v),
                                          read_only=~state.editable), html_for="workout_name"),
                rx.grid(
                    _select_field("Sport", "workout_type", WORKOUT_TYPES, state.workout_type, sport_word),
                    _sub_type_field(),
                    rx.cond(state.editable,
                            _select_field("Visibility", "visibility", WRITABLE_VISIBILITIES, state.visibility,
                                          visibility_word),
                            labelled("Visibility", rx.badge(worded(state.visibility, VISIBILITY_WORDS), size="2",
                                                            width="fit-content"),
                                     html_for="visibility")),
                    columns=rx.breakpoints(initial="1", sm="3"), spacing="3", width="100%"),
                labelled("Instructions", rx.text_area(id="description", value=state.description, width="100%",
                                                      on_change=lambda v: state.set_field("description", v),
                                                      read_only=~state.editable), html_for="description"),
                spacing="3", width="100%"), width="100%"),
            rx.card(block_editor(state, state.editable), width="100%"),
            inline_error(state.error),
            rx.cond(state.message != "", notice(state.message, color="grass")),
            rx.hstack(
                rx.cond(state.editable, rx.button("Save workout", on_click=state.save),
                        rx.button("Copy to my library", variant="soft", on_click=state.duplicate)),
                rx.link("← Library", href="/console/workouts"), align="center", spacing="4"),
            spacing="4", width="100%")),
        active="Workouts",
    )
