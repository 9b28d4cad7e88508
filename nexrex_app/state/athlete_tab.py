"""The athlete's Training tab: today's workout, this week and what comes next, kept current by live updates."""

from __future__ import annotations

import time
from datetime import date

import reflex as rx

from nexrex_app.base.clock import clock, minutes_behind_utc
from nexrex_app.base.units import distance_text, time_text
from nexrex_app.domain import activities, athletes, feedback
from nexrex_app.domain.live_updates import own_calendar_topic
from nexrex_app.domain.athlete_tab import training_tab
from nexrex_app.domain.scheduling import time_zones
from nexrex_app.models.activity_schemas import ActivityUpdate
from nexrex_app.models.athlete_tab_schemas import WorkoutCard
from nexrex_app.state.browser_input import bounded_text
from nexrex_app.state.compliance import race_seconds, ten_k_result
from nexrex_app.state.live_updates import follow
from nexrex_app.state.messages import in_words
from nexrex_app.state.notices import PageNotices
from nexrex_app.state.session import SessionState
from nexrex_app.state.use_cases import REFUSED, UseCaseRunner

UPLOAD_ID = "activity-upload"
TIME_ZONES = time_zones()
FEEDBACK_LABELS = {"perceived_effort": "RPE", "feeling": "How it felt", "feedback": "Comment"}
FIGURE_LABELS = {"distance_in_meters": "Distance", "duration_in_seconds": "Time", **FEEDBACK_LABELS}
FIGURE_SENTENCES = {"distance_in_meters": "Enter the distance in km, up to 1000 (e.g. 10.5).",
                    "duration_in_seconds": "Enter the time in whole minutes, up to 1440.",
                    "perceived_effort": "RPE must be a whole number from 1 to 10."}


class TrainingState(PageNotices, UseCaseRunner, rx.State):
    today: list[WorkoutCard] = []
    week: list[WorkoutCard] = []
    upcoming: list[WorkoutCard] = []
    zones_known: bool = False
    timezone: str = "UTC"
    timezone_chosen: bool = False
    loaded: bool = False
    choosing_zone: bool = False  # the list of every zone is drawn only for someone about to pick one
    message: str = ""
    error: str = ""
    calendar_url: str = ""
    _loaded_at: float | None = None

    def _say(self, exc) -> str:
        return in_words(exc, FIGURE_LABELS, FIGURE_SENTENCES)

    @rx.event
    async def load(self):
        self._loaded_at = time.time()
        tab = await self._signed_in(training_tab)
        if tab is REFUSED:
            return
        self.today, self.week, self.upcoming = tab.today, tab.week, tab.upcoming
        self.zones_known, self.timezone = tab.zones_known, tab.timezone
        self.timezone_chosen = tab.timezone_chosen
        self.loaded = True
        if not self.timezone_chosen:
            return rx.call_script(_device_zone_script(tab.timezone), callback=TrainingState.follow_device_zone)

    @rx.event
    async def follow_device_zone(self, device_zone: str | None):
        """The zone the browser reports, for an athlete who has not picked one (an unknown one is ignored; none:
        the device's clock agrees with the zone in force)."""
        zone = bounded_text(device_zone)
        if not zone:
            return
        in_force = await self._signed_in(athletes.follow_device_timezone, timezone=zone, shown_in=None)
        if in_force is not REFUSED and in_force != self.timezone:
            await self.load()

    @rx.event(background=True, supersedes=True)
    async def follow_calendar(self):
        """For as long as the tab is open: reload when anything on the athlete's calendar changes. One per tab: a
        newer call (the browser may send it at will) ends the previous one."""
        async with self:
            token = (await self.get_state(SessionState)).access_token
            since, tab = self._loaded_at, self.router.session.client_token
        await follow(token, own_calendar_topic, self._reload, tab=tab, since=since)

    async def _reload(self) -> bool:
        async with self:
            await self.load()
            return not self.error

    async def _act(self, use_case, *args, success: str = "", **kwargs):
        self.error = self.message = ""
        if await self._signed_in(use_case, *args, **kwargs) is REFUSED:
            return
        self.message = success
        await self.load()

    async def _change(self, activity_id: str, changes: dict, *, success: str):
        """A card's form as the activity's typed changes, with the athlete's feedback."""
        self.error = self.message = ""
        parsed = self._parsed(ActivityUpdate, changes)
        if parsed is not REFUSED:
            await self._act(feedback.update_activity, activity_id, parsed, success=success)

    @rx.event
    async def mark_done(self, form_data: dict):
        """A workout card's form: the activity's id travels in a hidden field, with the optional km and minutes,
        RPE, how it felt and a comment."""
        changes = {"status": "completed", "distance_in_meters": _kilometres(form_data.get("distance_km")),
                   "duration_in_seconds": _seconds(form_data.get("duration_min")), **_feedback(form_data)}
        await self._change(bounded_text(form_data.get("activity_id")), changes, success="Nice work: marked as done.")

    @rx.event
    async def give_feedback(self, form_data: dict):
        """How a completed workout (an upload, say) went."""
        await self._change(bounded_text(form_data.get("activity_id")), _feedback(form_data),
                           success="Thanks: your coach sees how it went.")

    @rx.event
    async def skip(self, activity_id: str):
        await self._act(activities.update_activity, activity_id, ActivityUpdate(status="skipped"),
                        success="Marked as skipped.")

    @rx.event
    async def unskip(self, activity_id: str):
        await self._act(activities.update_activity, activity_id, ActivityUpdate(status="scheduled"),
                        success="Back on your schedule.")

    @rx.event
    async def upload(self, files: list[rx.UploadFile]):
        self.error = self.message = ""
        for file in files[:1]:
            imported = await self._signed_in(activities.import_file, file.name or "", file.file)
            if imported is REFUSED:
                return
            self.message = (f"Imported: {distance_text(imported.distance_in_meters or 0)} in "
                            f"{time_text(imported.duration_in_seconds or 0)}.")
            await self.load()

    @rx.event
    async def save_paces(self, form_data: dict):
        seconds = race_seconds((form_data.get("ten_k") or "").strip())
        if seconds is None:
            self.error = "Enter your 10K time as MM:SS or H:MM:SS."
            return
        await self._act(athletes.set_own_fitness, ten_k_result(seconds), success="Your paces are set.")

    @rx.event
    def choose_zone(self):
        self.choosing_zone = True

    @rx.event
    async def save_timezone(self, form_data: dict):
        zone = bounded_text(form_data.get("timezone"))
        await self._act(athletes.set_timezone, timezone=zone, success=f"Time zone saved: {zone}.")

    @rx.event
    async def show_calendar_link(self):
        url = await self._signed_in(athletes.calendar_url, reset=True)
        if url is not REFUSED:
            self.calendar_url = url

    @rx.event
    async def download(self, activity_id: str, kind: str):
        found = await self._signed_in(athletes.workout_file, activity_id, kind)
        if found is REFUSED:
            return
        export, name = found
        self.message = ("Simplified for this format: " + " ".join(export.simplified)) if export.simplified else ""
        return rx.download(data=export.data, filename=name)


def _device_zone_script(zone_in_force: str) -> str:
    """The device's zone, or nothing when its clock agrees with the zone in force in winter and in summer: naming
    the zone (Intl.DateTimeFormat) blocks a phone for 40 to 150 ms the first time a page does it."""
    year = clock.now().year
    offsets = [minutes_behind_utc(zone_in_force, date(year, month, 1)) for month in (1, 7)]
    return (f"[0, 6].every((month, i) => new Date({year}, month, 1).getTimezoneOffset() === {offsets}[i]) ? null : "
            "Intl.DateTimeFormat().resolvedOptions().timeZone")


def _feedback(form_data: dict) -> dict:
    """RPE, feeling and comment as given; what is no valid choice goes on as is, for the model to refuse."""
    effort = bounded_text(form_data.get("perceived_effort"))
    return {"perceived_effort": int(effort) if effort.isdigit() else (effort or None),
            "feeling": bounded_text(form_data.get("feeling")) or None,
            "feedback": bounded_text(form_data.get("feedback"), activities.MAX_FEEDBACK + 1) or None}


def _kilometres(text: str | None):
    """Metres from '10.5' or '10,5'; text that is no number goes on as is, for the model to refuse."""
    cleaned = bounded_text(text).replace(",", ".")
    if not cleaned:
        return None
    try:
        return round(float(cleaned) * 1000)
    except (ValueError, OverflowError):
        return cleaned


def _seconds(minutes: str | None):
    cleaned = bounded_text(minutes)
    if not cleaned:
        return None
    return int(cleaned) * 60 if cleaned.isdigit() else cleaned
