"""Members → athlete → Calendar: the coach plans the athlete's weeks (drag, or tap Move and then a day)."""

import reflex as rx

from nexrex_app.components.block_editor import block_editor
from nexrex_app.components.drag import draggable, draggable_button, drop_target
from nexrex_app.components.forms import inline_error, labelled, notice
from nexrex_app.components.layout import console_page
from nexrex_app.state.athlete_calendar import AthleteCalendarState, ScheduledWorkoutEditor
from nexrex_app.domain.presenting import BAND_COLOURS
from nexrex_app.models.calendar_schemas import LibraryCard, PlannedDay, PlannedItem, PlannedWeek

State = AthleteCalendarState
BANDS = BAND_COLOURS


def _band_colour(band, shade: int, prefix: str = ""):
    return rx.match(band, *[(band_name, f"{prefix}{rx.color(scale, shade)}") for band_name, scale in BANDS.items()],
                    f"{prefix}{rx.color('slate', shade)}")


def _item_actions(item: PlannedItem) -> rx.Component:
    activity_id = item.activity_id
    picked = State.picked.key
    return rx.hstack(
        rx.icon_button(rx.icon("move", size=12), size="1", variant="ghost", color_scheme="gray",
                       aria_label="Move " + item.name + " to another day",
                       aria_pressed=rx.cond(picked == "move:" + activity_id, "true", "false"),
                       on_click=State.pick(activity_id, "move", item.name)),
        rx.icon_button(rx.icon("copy", size=12), size="1", variant="ghost", color_scheme="gray",
                       aria_label="Copy " + item.name + " to another day",
                       aria_pressed=rx.cond(picked == "copy:" + activity_id, "true", "false"),
                       on_click=State.pick(activity_id, "copy", item.name)),
        rx.cond(item.has_workout, rx.icon_button(
            rx.icon("pencil", size=12), size="1", variant="ghost", color_scheme="gray",
            aria_label="Edit " + item.name + " for this athlete",
            on_click=ScheduledWorkoutEditor.start(activity_id))),
        rx.icon_button(rx.icon("trash_2", size=12), size="1", variant="ghost", color_scheme="red",
                       aria_label="Delete " + item.name, on_click=State.remove(activity_id)),
        spacing="1", wrap="wrap")


def _item(item: PlannedItem) -> rx.Component:
    body = rx.vstack(
        rx.text(item.name, size="1", weight="medium", overflow_wrap="anywhere"),
        rx.cond(item.planned != "", rx.text("Plan: ", item.planned, size="1", color_scheme="gray")),
        rx.cond(item.done != "", rx.text("Done: ", item.done, size="1")),
        rx.cond(item.compliance != "", rx.text(item.compliance, size="1", weight="medium",
                                                  class_name="item-compliance")),
        rx.cond(item.changeable, _item_actions(item)),
        spacing="0", width="100%")
    style = dict(padding="3px 5px", border_radius="5px", width="100%", box_sizing="border-box",
                 class_name="calendar-workout", data_status=item.status, data_band=item.band,
                 background=_band_colour(item.band, 3), border_left=_band_colour(item.band, 9, prefix="3px solid "))
    return rx.cond(item.changeable,
                   draggable(body, on_drag_start=State.drag_activity(item.activity_id),
                             title="Drag to another day", **style),
                   rx.box(body, **style))


def _day(day: PlannedDay) -> rx.Component:
    open_day = day.open
    content = (
        rx.text(day.label, size="1", color_scheme="gray", weight=rx.cond(day.is_today, "bold", "regular")),
        rx.vstack(rx.foreach(day["items"], _item), spacing="1", width="100%"),
        rx.cond(open_day & (State.picked.key != ""), rx.button(
            "Place here", size="1", variant="outline", width="100%", class_name="place-here",
            aria_label="Place here: " + day.date, on_click=State.place_on(day.date))),
    )
    style = dict(min_height="64px", min_width="0", padding="4px", border_radius="6px", data_date=day.date,
                 class_name="calendar-day", display="flex", flex_direction="column", gap="4px",
                 opacity=rx.cond(day.in_month, "1", "0.55"),
                 border=rx.cond(day.is_today, f"2px solid {rx.color('accent', 8)}",
                                f"1px dashed {rx.color('slate', 6)}"),
                 background=rx.color("slate", 1))
    return rx.cond(open_day, drop_target(*content, on_drop=State.drop_on(day.date), **style),
                   rx.box(*content, **style))


def _week(week: PlannedWeek) -> rx.Component:
    return rx.vstack(
        rx.flex(rx.text(week.label, weight="bold", size="2"), rx.spacer(),
                rx.cond(week.compliance != "", rx.badge(week.compliance, variant="soft", class_name="week-band",
                                                           color_scheme=rx.match(week.band, *BANDS.items(),
                                                                                 "gray"))),
                width="100%", align="center", wrap="wrap", gap="4px"),
        rx.grid(rx.foreach(week.days, _day), columns=rx.breakpoints(initial="2", sm="4", md="7"),
                spacing="1", width="100%"),
        spacing="2", width="100%", padding="6px", border=f"1px solid {rx.color('slate', 5)}", border_radius="8px",
        class_name="calendar-week")


def _library_card(workout: LibraryCard) -> rx.Component:
    picked = State.picked.key == "library:" + workout.workout_id
    return draggable_button(
        rx.text(workout.workout_name, size="2", weight="medium"),
        rx.text(workout.distance, size="1", color_scheme="gray"),
        on_drag_start=State.drag_library(workout.workout_id),
        on_click=State.pick_library(workout.workout_id, workout.workout_name),
        aria_pressed=rx.cond(picked, "true", "false"), title="Drag onto a day, or tap and then tap a day",
        padding="6px 8px", border_radius="6px", text_align="left", font="inherit", color="inherit",
        border=rx.cond(picked, f"2px solid {rx.color('accent', 9)}", f"1px solid {rx.color('slate', 6)}"),
        background=rx.cond(picked, rx.color("accent", 3), rx.color("slate", 1)),
        class_name="library-workout", width="100%", display="flex", flex_direction="column", gap="2px")


def _library_panel() -> rx.Component:
    return rx.vstack(
        rx.text("Workout library", weight="bold", size="2"),
        rx.text("Drag a workout onto a day, or tap it and then “Place here”.", size="1", color_scheme="gray"),
        rx.vstack(rx.foreach(State.library, _library_card), spacing="2", width="100%",
                  max_height=["30vh", "30vh", "70vh"], overflow_y="auto", padding="2px", id="calendar-library"),
        width=["100%", "100%", "220px"], min_width=["auto", "auto", "220px"], spacing="2")


def _toolbar() -> rx.Component:
    return rx.flex(
        rx.text(State.title, weight="bold", size="3", id="calendar-title"),
        rx.spacer(),
        rx.hstack(*[rx.button(label, size="1", variant=rx.cond(State.view == view, "solid", "soft"),
                              aria_pressed=rx.cond(State.view == view, "true", "false"), on_click=State.show(view))
                    for label, view in (("Week", "week"), ("Month", "month"))], spacing="1"),
        rx.hstack(
            rx.icon_button(rx.icon("chevron_left", size=16), variant="soft", aria_label="Earlier",
                           on_click=State.turn(-1)),
            rx.button("Today", variant="soft", color_scheme="gray", on_click=State.turn(0)),
            rx.icon_button(rx.icon("chevron_right", size=16), variant="soft", aria_label="Later",
                           on_click=State.turn(1)),
            spacing="2"),
        align="center", gap="8px", wrap="wrap", width="100%")


def _shift_form() -> rx.Component:
    return rx.cond(State.plans.length() > 0, rx.form(rx.flex(
        rx.select.root(rx.select.trigger(placeholder="Plan", aria_label="Plan to shift"),
                       rx.select.content(rx.foreach(State.plans, lambda plan: rx.select.item(
                           plan.name, value=plan.plan_instance_id))),
                       name="plan_instance_id", default_value=State.plans[0].plan_instance_id),
        rx.input(name="days", placeholder="Days, e.g. 3 or -2", aria_label="Days to shift", input_mode="numeric",
                 max_length=4, width="140px"),
        rx.button("Shift coming workouts", type="submit", variant="soft"),
        gap="6px", wrap="wrap", align="center"), on_submit=State.shift, width="100%", id="shift-plan"))


def _editor_dialog() -> rx.Component:
    editor = ScheduledWorkoutEditor
    return rx.dialog.root(rx.dialog.content(
        rx.dialog.title("Edit workout for this athlete"),
        rx.dialog.description("The plan and the library stay as they are.", size="2", color_scheme="gray"),
        rx.vstack(
            labelled("Name", rx.input(id="scheduled_name", value=editor.workout_name, width="100%", max_length=120,
                                      on_change=editor.set_name), html_for="scheduled_name"),
            block_editor(editor),
            rx.hstack(rx.dialog.close(rx.button("Cancel", variant="soft", color_scheme="gray")),
                      rx.button("Save", on_click=editor.apply), justify="end", width="100%"),
            spacing="3", width="100%", margin_top="8px"),
        max_width="760px"), open=editor.open, on_open_change=editor.set_open)


def page() -> rx.Component:
    return console_page(
        "Calendar",
        rx.cond(State.missing, rx.card(rx.text("This athlete is not in your roster."), width="100%"), rx.vstack(
            rx.hstack(rx.heading(State.athlete_name, size="4"), rx.spacer(),
                      rx.link("Activities", href="/console/members/" + State.user_id + "/activities"),
                      rx.link("← Member", href="/console/members/" + State.user_id), width="100%", align="center",
                      wrap="wrap"),
            rx.cond(State.message != "", notice(State.message, color="grass")),
            inline_error(State.error),
            rx.cond((State.picked.key != ""), rx.callout(
                rx.hstack(rx.text("Tap “Place here” on a day for ", State.picked.name, "."),
                          rx.button("Cancel", size="1", variant="soft", on_click=State.cancel_pick), align="center",
                          wrap="wrap"), icon="hand", size="1", width="100%")),
            _toolbar(),
            _shift_form(),
            rx.flex(
                rx.vstack(rx.foreach(State.weeks, _week), spacing="3", width="100%", min_width="0",
                          id="athlete-calendar"),
                _library_panel(),
                direction=rx.breakpoints(initial="column-reverse", md="row"), gap="12px", width="100%"),
            _editor_dialog(),
            spacing="4", width="100%")),
        active="Members",
    )
