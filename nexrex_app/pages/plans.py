"""Training Plans: the list, and the plan builder (a calendar of weeks × days to drag workouts onto)."""

import reflex as rx

from nexrex_app.components.block_editor import workout_dialog
from nexrex_app.components.action_bar import sticky_actions
from nexrex_app.components.drag import draggable, draggable_button, drop_target
from nexrex_app.components.forms import filter_select, inline_error, labelled, word_select, worded
from nexrex_app.base.wording import (
    LEVEL_WORDS,
    SPORT_WORDS,
    VISIBILITY_WORDS,
    day_choice_word,
    level_word,
    sport_word,
    visibility_word,
)
from nexrex_app.components.layout import console_page
from nexrex_app.base.vocabulary import PLAN_LEVELS, PLAN_TYPES, WRITABLE_VISIBILITIES
from nexrex_app.domain.members import AthleteChoice
from nexrex_app.domain.plans import PlanRow
from nexrex_app.state.plans import (
    PREFER_CHOICES,
    CalendarDay,
    CalendarWeek,
    ItemEditorState,
    PlacedItem,
    PlanBuilderState,
    PlanListState,
)
from nexrex_app.state.workouts import LibraryRow
from nexrex_app.state.assigning import AssignmentRow, AssignState
from nexrex_app.state.filters import ANY


def _filter(name: str, options, value, label: str, words) -> rx.Component:
    return filter_select(options, value, lambda v: PlanListState.set_filter(name, v), label, words)


def _plan_row(plan: PlanRow) -> rx.Component:
    return rx.table.row(
        rx.table.cell(rx.link(plan.training_plan_name, weight="medium",
                              href="/console/plans/" + plan.training_plan_id),
                      rx.text(plan.training_plan_description, size="1", color_scheme="gray")),
        rx.table.cell(worded(plan.type, SPORT_WORDS)), rx.table.cell(worded(plan.level, LEVEL_WORDS)),
        rx.table.cell(plan.duration_in_weeks.to_string() + " wk"),
        rx.table.cell(rx.badge(worded(plan.visibility, VISIBILITY_WORDS), variant="soft")),
        rx.table.cell(plan.creator_name),
        class_name="plan-row",
    )


def list_page() -> rx.Component:
    return console_page(
        "Training Plans",
        rx.flex(
            rx.input(placeholder="Search plans", value=PlanListState.search, aria_label="Search plans",
                     on_change=lambda v: PlanListState.set_filter("search", v).debounce(300),
                     min_width="200px", flex="1"),
            _filter("type", PLAN_TYPES, PlanListState.type, "Types", sport_word),
            _filter("level", PLAN_LEVELS, PlanListState.level, "Levels", level_word),
            _filter("visibility", WRITABLE_VISIBILITIES, PlanListState.visibility, "Visibility", visibility_word),
            rx.select.root(rx.select.trigger(aria_label="Owner", min_width="120px"), rx.select.content(
                rx.select.item("Everyone's", value=ANY), rx.select.item("Mine", value="mine")),
                value=PlanListState.owner, on_change=lambda v: PlanListState.set_filter("owner", v)),
            rx.menu.root(
                rx.menu.trigger(rx.button(rx.icon("plus", size=16), "New Plan")),
                rx.menu.content(
                    rx.menu.item(rx.link("Generate with AI", href="/console/plans/generate", underline="none")),
                    rx.menu.item(rx.link("Build manually", href="/console/plans/new", underline="none"))),
            ),
            gap="8px", wrap="wrap", width="100%"),
        inline_error(PlanListState.error),
        rx.cond(
            PlanListState.rows.length() > 0,
            rx.box(rx.table.root(
                rx.table.header(rx.table.row(*[rx.table.column_header_cell(h) for h in
                                               ("Plan", "Sport", "Level", "Weeks", "Visibility", "Coach")])),
                rx.table.body(rx.foreach(PlanListState.rows, _plan_row)),
                variant="surface", width="100%"), overflow_x="auto", width="100%"),
            rx.card(rx.text("No plans match. Generate one with AI or build one by hand with New Plan.",
                            color_scheme="gray"), width="100%"),
        ),
        rx.cond(PlanListState.next_cursor != "", rx.button("Load more", variant="soft", on_click=PlanListState.load_more)),
        active="Training Plans",
    )


# --- the builder ------------------------------------------------------------------------------


def _library_card(workout: LibraryRow) -> rx.Component:
    picked = PlanBuilderState.picked.key == "workout:" + workout.workout_id
    return draggable_button(
        rx.text(workout.workout_name, size="2", weight="medium"),
        rx.text(workout.kind + " · " + workout.distance, size="1",
                color_scheme="gray"),
        on_drag_start=PlanBuilderState.drag_workout(workout.workout_id),
        on_click=PlanBuilderState.pick_workout(workout.workout_id),
        aria_pressed=rx.cond(picked, "true", "false"), title="Drag onto a day, or tap and then tap a day",
        padding="6px 8px", border_radius="6px", text_align="left", font="inherit", color="inherit",
        border=rx.cond(picked, f"2px solid {rx.color('accent', 9)}", f"1px solid {rx.color('slate', 6)}"),
        background=rx.cond(picked, rx.color("accent", 3), rx.color("slate", 1)),
        class_name="library-workout", width="100%", display="flex", flex_direction="column", gap="2px",
    )


def _library_panel() -> rx.Component:
    state = PlanBuilderState
    return rx.vstack(
        rx.text("Workout library", weight="bold", size="2"),
        rx.text("Drag a workout onto a day, or tap it and then tap “Place here” on a day.", size="1",
                color_scheme="gray"),
        rx.input(rx.input.slot(rx.icon("search", size=14)), placeholder="Search workouts", size="2",
                 value=state.library_search, on_change=state.search_library, aria_label="Search workouts",
                 max_length=100, width="100%"),
        rx.vstack(
            rx.foreach(state.library_shown, _library_card),
            rx.cond(state.library_shown.length() == 0,
                    rx.text("No ", state.type, " workouts match.", size="1", color_scheme="gray")),
            spacing="2", width="100%", max_height=["40vh", "40vh", "70vh"], overflow_y="auto", padding="2px",
            id="library-list"),
        width=["100%", "100%", "220px"], min_width=["auto", "auto", "220px"], spacing="2",
        position=["static", "static", "sticky"], top="16px",
    )


def _placed(item: PlacedItem) -> rx.Component:
    picked = PlanBuilderState.picked.key == item.key
    return draggable(
        rx.text(item.name, size="1", weight="medium", overflow_wrap="break-word", hyphens="auto", lang="en",
                on_click=ItemEditorState.start(item.index), cursor="pointer"),
        rx.hstack(
            rx.text(item.distance, size="1", color_scheme="gray"),
            rx.spacer(),
            rx.icon_button(rx.icon("move", size=10), size="1", variant="ghost", color_scheme="gray",
                           aria_label="Move workout to another day", aria_pressed=rx.cond(picked, "true", "false"),
                           on_click=PlanBuilderState.pick_item(item.index)),
            rx.icon_button(rx.icon("x", size=10), size="1", variant="ghost", color_scheme="gray",
                           aria_label="Remove workout", on_click=PlanBuilderState.remove_item(item.index)),
            spacing="1", align="center", width="100%"),
        rx.cond(item.sync == "outdated", rx.button(
            rx.icon("refresh_cw", size=10), "Update", size="1", variant="soft", color_scheme="amber",
            title="The library workout changed: take its new version",
            on_click=PlanBuilderState.update_from_library(item.index))),
        on_drag_start=PlanBuilderState.drag_item(item.index),
        padding="4px 6px", border_radius="6px", background=rx.color("accent", 3), class_name="placed-workout",
        outline=rx.cond(picked, f"2px solid {rx.color('accent', 9)}", "none"),
        width="100%", box_sizing="border-box",
    )


def _day_cell(day: CalendarDay) -> rx.Component:
    return drop_target(
        rx.text(day.day[:3], size="1", color_scheme="gray"),
        rx.vstack(rx.foreach(day.placed, _placed), spacing="1", width="100%"),
        rx.cond(PlanBuilderState.picked.key != "", rx.button(
            "Place here", size="1", variant="outline", width="100%", padding_x="2px", white_space="nowrap",
            aria_label="Place here: week " + day.week.to_string() + ", " + day.day,
            on_click=PlanBuilderState.place_on(day.week, day.day), class_name="place-here")),
        on_drop=PlanBuilderState.drop_on(day.week, day.day),
        min_height="72px", min_width="0", padding="4px", border=f"1px dashed {rx.color('slate', 6)}", border_radius="6px",
        background=rx.color("slate", 1), class_name="day-cell", display="flex", flex_direction="column", gap="4px",
        data_week=day.week.to_string(), data_day=day.day,
    )


def _week_row(week: CalendarWeek) -> rx.Component:
    number = week.week
    return rx.vstack(
        rx.flex(
            rx.text("Week ", week.week, weight="bold", size="2"),
            rx.text(week.distance, " · ", week.duration, size="2", color_scheme="gray",
                    class_name="week-total"),
            rx.spacer(),
            rx.icon_button(rx.icon("arrow_up", size=14), size="1", variant="soft", aria_label="Move week up",
                           disabled=week.first, on_click=PlanBuilderState.move_week(number, -1)),
            rx.icon_button(rx.icon("arrow_down", size=14), size="1", variant="soft", aria_label="Move week down",
                           disabled=week.last, on_click=PlanBuilderState.move_week(number, 1)),
            gap="8px", align="center", width="100%"),
        rx.grid(rx.foreach(week.days, _day_cell), columns=rx.breakpoints(initial="2", sm="4", md="7"),
                spacing="1", width="100%"),
        rx.input(default_value=week.notes, placeholder="Notes for this week", size="1", width="100%",
                 aria_label="Week notes", key=week.week.to_string() + week.notes,
                 on_blur=lambda text: PlanBuilderState.set_week_note(number, text)),
        spacing="2", width="100%", padding="8px", border=f"1px solid {rx.color('slate', 5)}", border_radius="8px",
        class_name="week-row", data_week=week.week.to_string(),
    )


def _select(label: str, name: str, options, value, words) -> rx.Component:
    return labelled(label, word_select(options, value, lambda v: PlanBuilderState.set_field(name, v), words=words,
                                       id=name, width="100%"), html_for=name)


def _plan_fields() -> rx.Component:
    state = PlanBuilderState
    return rx.card(rx.vstack(
        rx.grid(
            labelled("Plan name", rx.input(id="plan_name", value=state.training_plan_name, width="100%",
                                           on_change=lambda v: state.set_field("training_plan_name", v)),
                     html_for="plan_name"),
            labelled("Duration (weeks)", rx.input(id="plan_weeks", default_value=state.duration_in_weeks.to(str),
                                                  key=state.duration_in_weeks.to(str), type="number", min="1",
                                                  max="52", width="100%", on_blur=state.set_weeks),
                     html_for="plan_weeks"),
            columns=rx.breakpoints(initial="1", sm="2"), spacing="3", width="100%"),
        labelled("Description", rx.text_area(id="plan_description", value=state.training_plan_description,
                                             width="100%", rows="2",
                                             on_change=lambda v: state.set_field("training_plan_description", v)),
                 html_for="plan_description"),
        rx.grid(_select("Sport", "type", PLAN_TYPES, state.type, sport_word),
                _select("Level", "level", PLAN_LEVELS, state.level, level_word),
                _select("Visibility", "visibility", WRITABLE_VISIBILITIES, state.visibility, visibility_word),
                columns=rx.breakpoints(initial="1", sm="3"), spacing="3", width="100%"),
        rx.text("Preferred days", size="2", weight="medium"),
        rx.grid(rx.foreach(state.prefer_rows, lambda row: rx.vstack(
            rx.text(row.day[:3], size="1", color_scheme="gray"),
            word_select(PREFER_CHOICES, row.choice, lambda choice: state.set_prefer_day(row.day, choice),
                        words=day_choice_word, size="1", aria_label="Preference " + row.day),
            spacing="1")),
            columns=rx.breakpoints(initial="2", sm="4", md="7"), spacing="2", width="100%"),
        spacing="3", width="100%"), width="100%")


def _athlete_choice(athlete: AthleteChoice) -> rx.Component:
    return rx.el.label(rx.hstack(
        rx.checkbox(checked=AssignState.selected.contains(athlete.id),
                    on_change=lambda checked: AssignState.toggle(athlete.id, checked)),
        rx.text(athlete.name, size="2"), rx.text(athlete.email, size="1", color_scheme="gray"),
        align="center", spacing="2"), class_name="assign-athlete")


def _overlap_warning() -> rx.Component:
    state = AssignState
    return rx.callout.root(
        rx.callout.icon(rx.icon("calendar_x_2")),
        rx.vstack(
            rx.text("These athletes already follow another plan on some of these dates:", size="2", weight="medium"),
            rx.el.ul(rx.foreach(state.overlaps, lambda o: rx.el.li(rx.text(
                rx.text.strong(o.athlete), " · ", o.plan, " · ", o.dates, size="2"))),
                padding_left="18px", margin="0", max_height="160px", overflow_y="auto"),
            rx.text("Assigning anyway puts both plans' workouts on those days.", size="1"),
            spacing="1", width="100%"),
        color_scheme="amber", size="1", width="100%", role="alert", class_name="overlap-warning")


def _assign_dialog() -> rx.Component:
    state = AssignState
    return rx.dialog.root(
        rx.dialog.trigger(rx.button(rx.icon("send", size=16), "Assign", variant="soft", size="3",
                                    disabled=PlanBuilderState.plan_id == "",
                                    title=rx.cond(PlanBuilderState.plan_id == "", "Save the plan first", ""))),
        rx.dialog.content(
            rx.dialog.title("Assign plan"),
            rx.vstack(
                rx.grid(
                    labelled("Start date", rx.input(id="assign-start", type="date", value=state.start_date,
                                                    on_change=state.set_start, width="100%"),
                             html_for="assign-start", hint="Week 1 is this date's Monday-to-Sunday week."),
                    labelled("…or race date", rx.input(id="assign-race", type="date", value=state.race_date,
                                                       on_change=state.set_race_date, width="100%"),
                             html_for="assign-race", hint="The plan's last week is this date's week."),
                    columns=rx.breakpoints(initial="1", sm="2"), spacing="3", width="100%"),
                rx.cond(state.dates_note != "", rx.text(state.dates_note, size="2", id="assign-dates")),
                rx.input(placeholder="Search athletes", value=state.search, aria_label="Search athletes",
                         on_change=state.set_search.debounce(300), width="100%"),
                rx.vstack(rx.foreach(state.athletes, _athlete_choice), spacing="1", max_height="240px",
                          overflow_y="auto", width="100%"),
                rx.cond(state.group_options.length() > 0, labelled("…or a group", rx.select.root(
                    rx.select.trigger(id="assign-group", width="100%", placeholder="Choose a group"),
                    rx.select.content(rx.foreach(state.group_options,
                                                 lambda g: rx.select.item(g.name, value=g.id))),
                    value=state.group_id, on_change=state.choose_group), html_for="assign-group")),
                inline_error(state.error),
                rx.cond(state.overlaps.length() > 0, _overlap_warning()),
                rx.hstack(rx.dialog.close(rx.button("Cancel", variant="soft", color_scheme="gray")),
                          rx.cond(state.overlaps.length() > 0,
                                  rx.button("Assign anyway", color_scheme="amber",
                                            on_click=state.assign_anyway(PlanBuilderState.plan_id)),
                                  rx.button("Assign plan", on_click=state.assign(PlanBuilderState.plan_id))),
                          justify="end", width="100%"),
                spacing="3", width="100%"),
            max_width="480px"),
        open=state.open, on_open_change=state.set_open)


STATUS_COLOURS = {"upcoming": "blue", "active": "grass", "finished": "gray"}


def _assignment_row(row: AssignmentRow) -> rx.Component:
    return rx.table.row(
        rx.table.row_header_cell(row.athlete),
        rx.table.cell(row.start, rx.text(" to ", row.end, size="1", color_scheme="gray", as_="span")),
        rx.table.cell(rx.badge(row.status, variant="soft", color_scheme=rx.match(
            row.status, *STATUS_COLOURS.items(), "gray"))),
        rx.table.cell(rx.button("Unassign", size="1", variant="soft", color_scheme="red",
                                aria_label="Unassign " + row.athlete,
                                on_click=AssignState.ask_unassign(row.id))),
        class_name="assignment-row", align="center",
    )


def _unassign_dialog() -> rx.Component:
    state = AssignState
    return rx.alert_dialog.root(rx.alert_dialog.content(
        rx.alert_dialog.title("Unassign this plan?"),
        rx.alert_dialog.description(
            rx.text.strong(state.unassigning.athlete), " stops following this plan. Their workouts from "
            "today on are removed from their calendar; what they have done stays."),
        rx.hstack(rx.alert_dialog.cancel(rx.button("Keep", variant="soft", color_scheme="gray")),
                  rx.button("Unassign", color_scheme="red", on_click=state.unassign),
                  justify="end", spacing="3", margin_top="16px"),
        max_width="440px"), open=state.unassigning.id != "", on_open_change=state.keep_assignment)


def _assignments() -> rx.Component:
    state = AssignState
    return rx.card(rx.vstack(
        rx.text("Assigned to", weight="bold", size="3"),
        rx.cond(state.assignments.length() > 0, rx.box(rx.table.root(
            rx.table.header(rx.table.row(*[rx.table.column_header_cell(h) for h in
                                           ("Athlete", "Dates", "Status", "")])),
            rx.table.body(rx.foreach(state.assignments, _assignment_row)),
            variant="ghost", size="1", width="100%"), overflow_x="auto", width="100%"),
            rx.text("Nobody follows this plan yet. Assign it to athletes or a group.", size="2",
                    color_scheme="gray")),
        inline_error(state.list_error),
        _unassign_dialog(),
        spacing="3", width="100%"), width="100%", id="plan-assignments")


def _picking_hint() -> rx.Component:
    state = PlanBuilderState
    return rx.cond(state.picked.key != "", rx.flex(
        rx.icon("hand", size=14, flex_shrink="0"),
        rx.text("Placing ", rx.text.strong(state.picked.name), ": tap “Place here” on a day", size="2",
                min_width="0"),
        rx.icon_button(rx.icon("x", size=12), size="1", variant="ghost", aria_label="Stop placing",
                       on_click=state.cancel_pick),
        gap="6px", align="center", padding="2px 8px", border_radius="6px", max_width="100%",
        background=rx.color("accent", 3), color=rx.color("accent", 11), class_name="picking-hint"))


def builder_page() -> rx.Component:
    state = PlanBuilderState
    return console_page(
        "Plan builder",
        rx.cond(state.missing, rx.card(rx.text("This plan is not in your library."), width="100%"), rx.vstack(
            _plan_fields(),
            rx.cond(state.plan_id != "", _assignments()),
            rx.flex(
                _library_panel(),
                rx.vstack(rx.foreach(state.calendar, _week_row), spacing="3", width="100%", id="plan-calendar"),
                gap="16px", width="100%", direction=rx.breakpoints(initial="column", md="row"), align="start"),
            rx.cond(state.outdated_count > 0, rx.callout(
                rx.hstack(rx.text(state.outdated_count.to(str) + " workouts changed in the library since they were "
                                  "placed."),
                          rx.button("Update all from library", size="1", on_click=state.update_from_library(-1)),
                          align="center", wrap="wrap"),
                icon="refresh_cw", color_scheme="amber", width="100%")),
            sticky_actions(
                rx.button("Save", size="3", on_click=state.save), _assign_dialog(),
                rx.link("← All plans", href="/console/plans", size="2"),
                _picking_hint(),
                message=rx.cond(AssignState.message != "", AssignState.message, state.message), error=state.error),
            workout_dialog(ItemEditorState),
            spacing="4", width="100%")),
        active="Training Plans",
    )
