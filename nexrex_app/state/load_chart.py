"""The fitness chart: an athlete's load, fitness, fatigue and form, on the coach's member page (the athlete in
the address) and on the athlete's Training tab (their own)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import reflex as rx

from nexrex_app.domain import athletes, load_series
from nexrex_app.domain.load import RACE_FORM
from nexrex_app.models.activity_schemas import ThresholdsUpdate
from nexrex_app.state.browser_input import bounded_text
from nexrex_app.state.use_cases import REFUSED, UseCaseRunner

PERIODS = {"6 weeks": (41, 28), "3 months": (89, 42), "6 months": (181, 84), "1 year": (364, 120)}
DEFAULT_PERIOD = "3 months"
THRESHOLD_WORDS = {"ftp_watts": "FTP is whole watts from 50 to 600.",
                   "threshold_heart_rate": "Threshold heart rate is beats per minute from 80 to 230."}


def day_label(iso: str) -> str:
    return date.fromisoformat(iso).strftime("%d %b")


ChartRow = dict[str, str | float | None]


@dataclass(frozen=True)
class RaceNote:
    """A line under the chart about a race day's form; ``warning`` when the form is out of the usual range."""

    text: str = ""
    warning: bool = False


def chart_rows(days: list[dict]) -> list[ChartRow]:
    """The series as the chart reads it: words for keys (so no model of fields), because the tooltip shows
    them."""
    return [{"day": day_label(d["date"]), "Load": d["load"], "Planned": d["planned_load"], "Fitness": d["ctl"],
             "Fatigue": d["atl"], "Form": d["tsb"], "Race day": d["ctl"] if d["race"] else None} for d in days]


def _number(text) -> int | str | None:
    """A whole number from the form; anything else goes on as it is, for the model to refuse."""
    cleaned = bounded_text(text, 12)
    if not cleaned:
        return None
    return int(cleaned) if cleaned.isdigit() else cleaned


def _signed(value: float) -> str:
    return f"{value:+.0f}" if round(value) else "0"


def race_notes(series: dict) -> list[RaceNote]:
    """A line per race: the form projected for it, and a warning when that is out of the usual range."""
    low, high = RACE_FORM
    notes = []
    for race in load_series.race_forms(series):
        day = date.fromisoformat(race["date"]).strftime("%a %d %b")
        if race["in_range"]:
            text = f"Race on {day}: form {_signed(race['tsb'])}, within the usual {low:+} to {high:+}."
        else:
            side = "tired" if race["tsb"] < low else "fresh but losing fitness"
            text = f"Race on {day}: form {_signed(race['tsb'])} — outside the usual {low:+} to {high:+} ({side})."
        notes.append(RaceNote(text=text, warning=not race["in_range"]))
    return notes


def summary(series: dict) -> str:
    today = next((d for d in series["days"] if d["date"] == series["today"]), None)
    if today is None:
        return ""
    return (f"Today: fitness {today['ctl']:.0f}, fatigue {today['atl']:.0f}, form {_signed(today['tsb'])}; "
            f"fitness {_signed(today['ramp'])} over the last 7 days.")


class LoadChartState(UseCaseRunner, rx.State):
    period: str = DEFAULT_PERIOD
    rows: list[ChartRow] = []
    today_label: str = ""
    race_labels: list[str] = []
    notes: list[RaceNote] = []
    summary_text: str = ""
    chart_error: str = ""
    loaded: bool = False
    ftp: str = ""
    threshold_heart_rate: str = ""
    thresholds_message: str = ""
    thresholds_error: str = ""

    @rx.var
    def periods(self) -> list[str]:
        return list(PERIODS)

    def _shown(self, use_case):
        """``use_case`` for the athlete shown: the one in the address (a coach's member page), else oneself."""
        address = bounded_text(self.router.page.params.get("user_id"))

        def for_shown(session, actor, *args, **kwargs):
            return use_case(session, actor, address or actor.user_id, *args, **kwargs)

        return for_shown

    def _say(self, exc) -> str:
        return THRESHOLD_WORDS.get(exc.field, exc.message)

    @rx.event
    def forget(self):
        """A page with the chart opens: until the chart is read again, it shows that it is being read."""
        self.rows, self.notes, self.summary_text, self.chart_error, self.loaded = [], [], "", "", False

    @rx.event
    async def show_when_seen(self, seen: bool):
        """The chart comes near the screen: drawing it waits until then, so a page's first view is not held up."""
        if seen is True:
            await self.show()

    @rx.event
    async def show(self):
        """Opening a page with the chart, or picking another period."""
        self.thresholds_message = self.thresholds_error = ""
        past, ahead = PERIODS.get(self.period, PERIODS[DEFAULT_PERIOD])
        series = await self._signed_in(self._shown(load_series.load_series), past_days=past, ahead_days=ahead,
                                       shown_in="chart_error")
        figures = REFUSED if series is REFUSED else await self._signed_in(self._shown(athletes.thresholds),
                                                                          shown_in="chart_error")
        if figures is REFUSED:
            self.rows, self.loaded = [], True
            return
        self.rows, self.today_label = chart_rows(series["days"]), day_label(series["today"])
        self.race_labels = [day_label(day) for day in series["race_dates"]]
        self.notes, self.summary_text = race_notes(series), summary(series)
        self.chart_error, self.loaded = "", True
        self.ftp = str(figures["ftp_watts"] or "")
        self.threshold_heart_rate = str(figures["threshold_heart_rate"] or "")

    @rx.event
    async def save_thresholds(self, form_data: dict):
        self.thresholds_message = self.thresholds_error = ""
        figures = {"ftp_watts": _number(form_data.get("ftp")),
                   "threshold_heart_rate": _number(form_data.get("threshold_heart_rate"))}
        if await self._signed_in_parsed(ThresholdsUpdate, figures, self._shown(athletes.update_thresholds),
                                        shown_in="thresholds_error") is REFUSED:
            return
        await self.show()
        self.thresholds_message = "Thresholds saved: the loads are worked out again."

    @rx.event
    async def choose_period(self, period: str | list[str]):
        if not isinstance(period, str) or period not in PERIODS:
            self.chart_error = "Choose one of the periods shown."
            return
        self.period = period
        await self.show()
