"""Training Plans → New Plan → Generate with AI."""

import reflex as rx

from nexrex_app.components.action_bar import sticky_actions
from nexrex_app.components.block_editor import workout_dialog
from nexrex_app.components.forms import inline_error, labelled
from nexrex_app.components.layout import console_page
from nexrex_app.components.plan_projection import plan_projection
from nexrex_app.base.wording import phase_word
from nexrex_app.models.coach_schemas import ZoneLine
from nexrex_app.state.generator import CUSTOM, EVENTS, DraftWorkout, GeneratedWorkoutEditor, GeneratorState, WeekCard

FITNESS_FIELDS = {  # label, example
    "run": ("Recent 10K time (optional)", "e.g. 48:30"),
    "bike": ("FTP in watts (optional)", "e.g. 230"),
    "swim": ("CSS pace per 100 m (optional)", "e.g. 1:45"),
}
GOAL_TIME_EXAMPLES = {"run": "e.g. 1:45:00", "bike": "e.g. 3:30:00", "swim": "e.g. 25:00"}


def _field(label: str, name: str, value, **props) -> rx.Component:
    return labelled(label, rx.input(id=f"gen-{name}", value=value, width="100%",
                                    on_change=lambda v: GeneratorState.set_field(name, v), **props),
                    html_for=f"gen-{name}")


def _race_select(sport: str) -> rx.Component:
    return rx.select.root(
        rx.select.trigger(id="gen-event", width="100%"),
        rx.select.content(*[rx.select.item(label, value=value) for value, label in EVENTS[sport]]),
        value=GeneratorState.event, on_change=GeneratorState.set_event)


def _parameters() -> rx.Component:
    state = GeneratorState
    return rx.card(rx.vstack(
        rx.segmented_control.root(
            *[rx.segmented_control.item(label, value=value) for value, label in
              (("run", "Run"), ("bike", "Bike"), ("swim", "Swim"))],
            value=state.sport, on_change=lambda v: state.set_sport(v), aria_label="Sport"),
        rx.grid(
            labelled("Level", rx.select.root(
                rx.select.trigger(id="gen-level", width="100%"),
                rx.select.content(*[rx.select.item(label, value=value) for value, label in
                                    (("basic", "Basic"), ("intermediate", "Intermediate"),
                                     ("advanced", "Advanced"))]),
                value=state.level, on_change=lambda v: state.set_field("level", v)), html_for="gen-level"),
            _field("Duration (weeks)", "weeks", state.weeks, type="number", min="1", max="52"),
            labelled("Goal race", rx.match(state.sport, *[(sport, _race_select(sport)) for sport in EVENTS]),
                     html_for="gen-event"),
            rx.cond(state.event == CUSTOM, _field("Race distance (km)", "custom_km", state.custom_km,
                                                 input_mode="decimal", placeholder="e.g. 30")),
            _field("Race date", "race_date", state.race_date, type="date"),
            rx.match(state.sport, *[(sport, _field("Goal time (optional)", "goal_time", state.goal_time,
                                                   placeholder=example))
                                    for sport, example in GOAL_TIME_EXAMPLES.items()]),
            _field("Start date", "start_date", state.start_date, type="date"),
            rx.match(state.sport, *[(sport, _field(label, "fitness_value", state.fitness_value, placeholder=example))
                                    for sport, (label, example) in FITNESS_FIELDS.items()]),
            columns=rx.breakpoints(initial="1", sm="2", md="3"), spacing="3", width="100%"),
        labelled("Instructions (optional)", rx.text_area(
            id="gen-instructions", value=state.instructions, width="100%", rows="2",
            placeholder="e.g. no running on Fridays, hills in the build phase",
            on_change=lambda v: state.set_field("instructions", v)), html_for="gen-instructions"),
        inline_error(state.error),
        rx.button(rx.icon("sparkles", size=16), "Generate draft", size="3", on_click=state.generate,
                  loading=state.generating),
        spacing="3", width="100%"), width="100%")


def _progress() -> rx.Component:
    return rx.cond(GeneratorState.generating, rx.vstack(
        rx.text("Writing week ", GeneratorState.progress.to(str), " of ", GeneratorState.progress_of.to(str), "…",
                size="2", id="generate-progress"),
        rx.progress(value=GeneratorState.progress, max=GeneratorState.progress_of, width="100%"),
        width="100%"))


def _volume_chart() -> rx.Component:
    return rx.vstack(
        rx.text("Weekly volume by phase", size="2", weight="medium"),
        rx.hstack(rx.foreach(GeneratorState.volume_bars, lambda bar: rx.box(
            height=bar.height, flex="1", min_width="3px", border_radius="3px 3px 0 0",
            background=rx.match(bar.colour, *[(c, rx.color(c, 9)) for c in ("grass", "amber", "red", "sky")],
                                rx.color("gray", 9)),
            title="Week " + bar.week.to_string() + " · " + bar.phase)),
            align="end", spacing="1", height="96px", width="100%", role="img",
            aria_label="Weekly volume by phase"),
        rx.hstack(*[rx.hstack(rx.box(width="10px", height="10px", background=rx.color(colour, 9),
                                     border_radius="2px"), rx.text(phase_word(phase), size="1"),
                              align="center", spacing="1")
                    for phase, colour in (("base", "grass"), ("build", "amber"), ("peak", "red"), ("taper", "sky"))],
                  spacing="3"),
        width="100%", spacing="2")


def _workout_line(workout: DraftWorkout) -> rx.Component:
    return rx.hstack(
        rx.text(workout.day, size="1", color_scheme="gray", width="32px"),
        rx.vstack(rx.text(workout.name, size="2"), rx.text(workout.kind, size="1", color_scheme="gray"),
                  spacing="0", flex="1", min_width="0"),
        rx.text(workout.size, size="1", color_scheme="gray"),
        rx.button("Edit", size="1", variant="ghost", on_click=GeneratedWorkoutEditor.start(workout.index)),
        width="100%", align="center", class_name="generated-workout")


def _week_card(card: WeekCard) -> rx.Component:
    return rx.card(rx.vstack(
        rx.hstack(rx.text("Week ", card.week, weight="bold"),
                  rx.badge(card.phase, color_scheme=rx.match(card.colour, *[(c, c) for c in (
                      "grass", "amber", "red", "sky")], "gray")),
                  rx.spacer(), rx.text(card.volume, size="2", class_name="generated-week-volume"),
                  width="100%", align="center"),
        rx.text(card.note, size="1", color_scheme="gray"),
        rx.foreach(card.workouts, _workout_line),
        spacing="2", width="100%"), class_name="generated-week", data_week=card.week.to_string())


def _zone_line(zone: ZoneLine) -> rx.Component:
    # ``range`` is read by key: as an attribute it would be the var's own range().
    return rx.hstack(
        rx.badge(zone.zone, variant="soft", min_width="28px"),
        rx.text(rx.text.strong(zone.label), " · ", zone.meaning, size="2", flex="1"),
        rx.cond(zone["range"] != "", rx.text(zone["range"], size="2", weight="medium", white_space="nowrap")),
        width="100%", align="center", class_name="zone-line")


def _zone_legend() -> rx.Component:
    state = GeneratorState
    return rx.card(rx.vstack(
        rx.text("Training zones", weight="medium"),
        rx.text(rx.cond(state.zone_paces, "The workouts' z1–z5 for the fitness you gave.",
                        "The workouts' z1–z5. Give the athlete's current fitness to see their own paces."),
                size="1", color_scheme="gray"),
        rx.foreach(state.zone_legend, _zone_line),
        spacing="2", width="100%"), width="100%", id="zone-legend")


def _advice() -> rx.Component:
    state = GeneratorState
    return rx.cond(state.advice.length() > 0, rx.callout.root(
        rx.callout.icon(rx.icon("triangle-alert")),
        rx.vstack(rx.text("Before you save", weight="medium"),
                  rx.foreach(state.advice, lambda sentence: rx.text(sentence, size="2")),
                  spacing="1"),
        color_scheme="amber", width="100%", id="plan-advice"))


def _review() -> rx.Component:
    state = GeneratorState
    return rx.cond(state.weekly.length() > 0, rx.vstack(
        _advice(),
        rx.card(_volume_chart(), width="100%"),
        rx.cond(state.model_note != "", rx.callout(state.model_note, icon="info", color_scheme="amber",
                                                   width="100%")),
        _zone_legend(),
        rx.grid(rx.foreach(state.week_cards, _week_card), columns=rx.breakpoints(initial="1", md="2", lg="3"),
                spacing="3", width="100%"),
        rx.card(rx.vstack(
            rx.text("Draft", weight="medium"),
            rx.text("Edit the text and update the plan from it (this replaces edits made with Edit).", size="1",
                    color_scheme="gray"),
            rx.text_area(value=state.draft_text, on_change=lambda v: state.set_field("draft_text", v),
                         rows="14", width="100%", font_family="monospace", aria_label="Draft"),
            inline_error(state.draft_error),
            rx.button("Update plan from draft", variant="soft", on_click=state.update_from_draft),
            spacing="2", width="100%"), width="100%"),
        plan_projection(),
        sticky_actions(
            rx.input(value=state.plan_name, on_change=state.set_plan_name, max_length=200,
                     aria_label="Plan name", min_width="200px", flex="1"),
            rx.button("Save", size="3", on_click=state.save)),
        workout_dialog(GeneratedWorkoutEditor),
        spacing="4", width="100%"))


def page() -> rx.Component:
    return console_page(
        "Generate with AI",
        rx.text("Set the athlete's sport, level, weeks and goal race. Review the week-by-week plan, edit any "
                "workout, then save it as a plan.", color_scheme="gray"),
        rx.cond(GeneratorState.ready, rx.fragment(_parameters(), _progress(), _review()),
                rx.center(rx.spinner(size="3"), width="100%", padding="48px")),
        active="Training Plans",
    )
