"""The fitness chart (performance management chart): daily load as bars, fitness, fatigue and form as lines,
today and race days marked, the plan's future projected; a period picker; hovering a day shows its figures."""

import reflex as rx

from nexrex_app.components.forms import inline_error, labelled, notice
from nexrex_app.components.in_view import when_near_screen
from nexrex_app.state.load_chart import ChartRow, LoadChartState, RaceNote


def _period_picker() -> rx.Component:
    return rx.segmented_control.root(
        rx.foreach(LoadChartState.periods, lambda period: rx.segmented_control.item(period, value=period)),
        value=LoadChartState.period, on_change=LoadChartState.choose_period, size="1",
        aria_label="Period shown", id="load-period")


class _FitnessChart(rx.NoSSRComponent):
    """``assets/fitness_chart.jsx``, imported when first drawn: Recharts stays out of the pages' first download."""

    library = "$/public/fitness_chart.jsx"
    lib_dependencies: list[str] = ["recharts@3.10.1"]
    tag = "FitnessChart"

    rows: rx.Var[list[ChartRow]]
    today_label: rx.Var[str]
    height: rx.Var[int]


def fitness_chart(rows, today_label, *, height: int = 280) -> rx.Component:
    """Bars of daily load (planned behind done), lines of fitness, fatigue and form, race days as red dots; its
    height is kept while Recharts loads, so nothing below it moves."""
    return rx.box(_FitnessChart.create(rows=rows, today_label=today_label, height=height), height=f"{height}px",
                  width="100%")


def _threshold_input(label: str, name: str, value, unit: str) -> rx.Component:
    return labelled(label, rx.input(name=name, id=f"load-{name}", default_value=value, key=value,
                                    input_mode="numeric", max_length=4, placeholder=unit, width="100%"),
                    html_for=f"load-{name}")


def _thresholds() -> rx.Component:
    """FTP and threshold heart rate: what power and heart rate loads are measured against."""
    return rx.form(
        rx.vstack(
            rx.flex(
                _threshold_input("FTP (watts)", "ftp", LoadChartState.ftp, "e.g. 220"),
                _threshold_input("Threshold heart rate (bpm)", "threshold_heart_rate",
                                 LoadChartState.threshold_heart_rate, "e.g. 168"),
                rx.button("Save thresholds", type="submit", variant="soft", flex_shrink="0"),
                gap="3", align="end", width="100%", direction={"initial": "column", "sm": "row"}),
            inline_error(LoadChartState.thresholds_error),
            rx.cond(LoadChartState.thresholds_message != "",
                    notice(LoadChartState.thresholds_message, color="grass")),
            spacing="2", width="100%"),
        on_submit=LoadChartState.save_thresholds, reset_on_submit=False, width="100%")


def race_note(note: RaceNote) -> rx.Component:
    return rx.cond(
        note.warning,
        rx.callout(note.text, icon="triangle_alert", color_scheme="amber", size="1", width="100%",
                   class_name="race-form-note"),
        rx.callout(note.text, icon="flag", color_scheme="green", size="1", width="100%",
                   class_name="race-form-note"))


def _chart_placeholder() -> rx.Component:
    """The chart's room while it is not drawn: still, unlike a skeleton's pulse, which would repaint the page on
    every frame for as long as the chart lies below the fold (on a phone, until the athlete scrolls to it)."""
    return rx.box(height="280px", width="100%", background=rx.color("gray", 3, alpha=True),
                  border_radius="var(--radius-3)", class_name="load-chart-placeholder")


def load_chart() -> rx.Component:
    """The chart of the athlete in the address (a coach's member page), or of the signed-in athlete."""
    return when_near_screen(rx.card(
        rx.vstack(
            rx.flex(
                rx.heading("Fitness and form", size="3"),
                _period_picker(),
                justify="between", align="center", wrap="wrap", gap="2", width="100%"),
            rx.cond(LoadChartState.chart_error != "",
                    rx.callout(LoadChartState.chart_error, icon="triangle_alert", color_scheme="red", size="1",
                               role="alert", width="100%")),
            rx.cond(LoadChartState.loaded,
                    rx.box(fitness_chart(LoadChartState.rows, LoadChartState.today_label), width="100%",
                           id="load-chart", role="img",
                           aria_label="Daily load, fitness, fatigue and form"),
                    _chart_placeholder()),
            rx.cond(LoadChartState.summary_text != "",
                    rx.text(LoadChartState.summary_text, size="2", id="load-summary")),
            rx.foreach(LoadChartState.notes, race_note),
            rx.text("Fitness (CTL) averages your daily load over 42 days, fatigue (ATL) over 7; form (TSB) is "
                    "yesterday's fitness less fatigue. After today the figures follow the plan.",
                    size="1", color_scheme="gray"),
            _thresholds(),
            spacing="3", width="100%"),
        width="100%"), on_seen=LoadChartState.show_when_seen, on_mount=LoadChartState.forget, width="100%")
