"""Generate with AI: the draft's projected fitness and form for a chosen athlete, before the plan is saved."""

import reflex as rx

from nexrex_app.components.forms import inline_error
from nexrex_app.components.load_chart import fitness_chart, race_note
from nexrex_app.state.plan_projection import PlanProjectionState


def plan_projection() -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.heading("Projected fitness and form", size="3"),
            rx.text("See how this plan would leave one of your athletes on race day, from their training so far.",
                    size="2", color_scheme="gray"),
            rx.flex(
                rx.box(rx.select.root(
                    rx.select.trigger(placeholder="Choose an athlete", aria_label="Athlete to project for",
                                      width="100%"),
                    rx.select.content(rx.foreach(PlanProjectionState.athletes, lambda athlete: rx.select.item(
                        athlete.name, value=athlete.id))),
                    value=PlanProjectionState.athlete_id, on_change=PlanProjectionState.choose_athlete),
                    flex="1", min_width="0", max_width={"initial": "100%", "sm": "360px"}),
                rx.button("Project fitness", on_click=PlanProjectionState.project, variant="soft",
                          flex_shrink="0"),
                gap="2", width="100%", direction={"initial": "column", "sm": "row"}),
            inline_error(PlanProjectionState.projection_error),
            rx.cond(PlanProjectionState.rows.length() > 0,
                    rx.box(fitness_chart(PlanProjectionState.rows, PlanProjectionState.today_label, height=240),
                           width="100%", id="projection-chart")),
            rx.foreach(PlanProjectionState.notes, race_note),
            spacing="3", width="100%"),
        width="100%", on_mount=PlanProjectionState.load_athletes)
