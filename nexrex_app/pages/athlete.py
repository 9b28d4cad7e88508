"""The athlete's side, phone first: the Training tab and their organization."""

import reflex as rx

from nexrex_app.components.comments import feedback_fields, open_button, thread_dialog, unread_notice
from nexrex_app.components.file_picker import file_picker
from nexrex_app.components.in_turn import in_turn
from nexrex_app.components.load_chart import load_chart
from nexrex_app.components.forms import inline_error, notice
from nexrex_app.components.layout import athlete_bar, coach_access_notice, page_loaded_marker
from nexrex_app.state.athlete import AthleteHomeState
from nexrex_app.domain.presenting import BAND_COLOURS
from nexrex_app.models.athlete_tab_schemas import WorkoutCard
from nexrex_app.state.session import SessionState
from nexrex_app.state.athlete_tab import TIME_ZONES, UPLOAD_ID, TrainingState

PROFILE_PAGE = "/athlete/profile"


def _status_badge(card: WorkoutCard) -> rx.Component:
    return rx.badge(card.status, color_scheme=rx.match(card.colour, ("grass", "grass"), ("amber", "amber"),
                                                          "gray"), variant="soft")


def _actions(card: WorkoutCard) -> rx.Component:
    # The card's id rides in a hidden field: a submit handler cannot close over the loop's card (it is
    # compiled outside the loop, where the card does not exist).
    return rx.cond(card.status == "scheduled", rx.vstack(
        rx.form(rx.flex(
            rx.el.input(type="hidden", name="activity_id", value=card.activity_id),
            rx.input(name="distance_km", placeholder="km", input_mode="decimal", width="72px",
                     aria_label="Distance in km"),
            rx.input(name="duration_min", placeholder="min", input_mode="numeric", width="72px",
                     aria_label="Duration in minutes"),
            rx.cond(card.is_today, feedback_fields()),
            rx.button("Mark done", type="submit", size="2", color_scheme="grass"),
            rx.button("Skip", type="button", size="2", variant="soft", color_scheme="amber",
                      on_click=TrainingState.skip(card.activity_id)),
            gap="6px", wrap="wrap", align="center"),
            on_submit=TrainingState.mark_done, reset_on_submit=True, width="100%"),
        spacing="2", width="100%"),
        rx.cond(card.can_unskip, rx.button(rx.icon("undo_2", size=14), "Undo skip", type="button", size="2",
                                              variant="soft", color_scheme="gray",
                                              on_click=TrainingState.unskip(card.activity_id)),
                rx.cond(card.asks_feedback, _feedback_form(card))))


def _feedback_form(card: WorkoutCard) -> rx.Component:
    """A completed workout (an upload, say) without feedback yet: how did it go?"""
    return rx.form(rx.vstack(
        rx.el.input(type="hidden", name="activity_id", value=card.activity_id),
        rx.text("How did it go?", size="2", weight="medium"),
        feedback_fields(),
        rx.button("Send to your coach", type="submit", size="2", variant="soft"),
        spacing="2", width="100%"), on_submit=TrainingState.give_feedback, reset_on_submit=True, width="100%",
        class_name="feedback-form")


def _downloads(card: WorkoutCard) -> rx.Component:
    return rx.cond(card.has_workout, rx.hstack(
        rx.button(rx.icon("download", size=14), "FIT", size="1", variant="ghost",
                  on_click=TrainingState.download(card.activity_id, "fit")),
        rx.cond(card.zwo, rx.button(rx.icon("download", size=14), "ZWO", size="1", variant="ghost",
                                       on_click=TrainingState.download(card.activity_id, "zwo"))),
        spacing="2"))


@rx.memo
def workout_card(card: rx.Var[WorkoutCard]) -> rx.Component:
    """One workout's card: a component of its own, so the page's script holds it once for its three lists."""
    return rx.card(rx.vstack(
        rx.hstack(rx.text(card.weekday, size="1", color_scheme="gray"), rx.spacer(), _status_badge(card),
                  width="100%", align="center"),
        rx.heading(card.name, size="4"),
        rx.cond(card.plan != "", rx.text("From your plan ", rx.text.strong(card.plan), size="1",
                                            color_scheme="gray", class_name="workout-plan")),
        rx.cond(card.targets != "", rx.text(card.targets, size="2", weight="medium")),
        rx.cond(card.done != "", rx.text("Done: ", card.done, size="2", color_scheme="grass")),
        rx.cond(card.compliance != "", rx.badge(
            card.compliance, variant="soft", class_name="workout-compliance", data_band=card.band,
            color_scheme=rx.match(card.band, *BAND_COLOURS.items(), "gray"))),
        rx.cond(card.feedback != "", rx.text(card.feedback, size="2", class_name="workout-feedback")),
        rx.cond(card.load != "", rx.text("Training load: ", card.load, size="1", color_scheme="gray",
                                            class_name="workout-load")),
        rx.cond(card.description != "", rx.text(card.description, size="2", color_scheme="gray")),
        rx.vstack(rx.foreach(card.steps, lambda step: rx.text("• ", step, size="2")), spacing="1",
                  class_name="workout-steps"),
        _actions(card),
        rx.hstack(_downloads(card), rx.spacer(), open_button(card.activity_id), width="100%", align="center"),
        spacing="2", width="100%"),
        width="100%", class_name="training-workout", data_date=card.date, data_status=card.status,
        border_left=rx.match(card.colour, ("grass", f"4px solid {rx.color('grass', 9)}"),
                             ("amber", f"4px solid {rx.color('amber', 9)}"), f"4px solid {rx.color('slate', 6)}"))


def _section(title: str, cards, empty: str, section_id: str, *, parts_in_turn: bool = False) -> rx.Component:
    """Today's workouts, this week's or the coming ones. With ``parts_in_turn`` its heading, each card and the
    empty text are drawn in turn, all queued when the section first appears, so in the page's order."""
    later = in_turn if parts_in_turn else (lambda part: part)
    return rx.vstack(
        later(rx.heading(title, size="3")),
        rx.cond(cards.length() > 0,
                rx.vstack(rx.foreach(cards, lambda card: later(workout_card(card=card))), spacing="3", width="100%"),
                later(rx.text(empty, size="2", color_scheme="gray"))),
        spacing="2", width="100%", id=section_id)


def _settings() -> rx.Component:
    return rx.card(rx.vstack(
        rx.heading("Your paces and calendar", size="3"),
        rx.cond(TrainingState.zones_known,
                rx.text("Your paces come from your recent race. Update them when you race again.", size="2"),
                rx.text("Enter a recent 10K time to see your own paces in every workout.", size="2",
                        color_scheme="gray")),
        rx.form(rx.flex(rx.input(name="ten_k", placeholder="10K time, e.g. 45:00", aria_label="Recent 10K time",
                                 flex="1", min_width="140px"),
                        rx.button("Save paces", type="submit", variant="soft"), gap="6px", wrap="wrap",
                        width="100%"), on_submit=TrainingState.save_paces, width="100%", reset_on_submit=True),
        _time_zone_picker(),
        rx.cond(TrainingState.calendar_url != "",
                rx.vstack(rx.code(TrainingState.calendar_url, size="1", word_break="break-all", id="calendar-url"),
                          rx.text("Add it to your calendar app now: it is shown only once. Any earlier address "
                                  "no longer works.", size="1", color_scheme="gray"), spacing="1"),
                rx.vstack(rx.button(rx.icon("calendar", size=14), "New calendar address", variant="ghost", size="2",
                                    on_click=TrainingState.show_calendar_link),
                          rx.text("A private address to see your workouts in your calendar app. A new one replaces "
                                  "the previous one.", size="1", color_scheme="gray"), spacing="1")),
        spacing="3", width="100%"), width="100%")


def _time_zone_picker() -> rx.Component:
    """Every IANA zone, found by typing part of its name (the browser filters the list)."""
    return rx.form(rx.vstack(
        rx.el.label(rx.text("Time zone", size="2", weight="medium"), html_for="time-zone"),
        rx.flex(
            rx.input(id="time-zone", name="timezone", default_value=TrainingState.timezone, key=TrainingState.timezone,
                     custom_attrs={"list": "time-zones"}, max_length=64, auto_complete="off",
                     on_focus=TrainingState.choose_zone,
                     placeholder="Type a city, e.g. Berlin", flex="1", min_width="180px"),
            rx.button("Save time zone", type="submit", variant="soft"), gap="6px", wrap="wrap", width="100%"),
        rx.cond(TrainingState.choosing_zone,
                rx.el.datalist(rx.foreach(rx.Var.create(TIME_ZONES), lambda zone: rx.el.option(value=zone)),
                               id="time-zones")),
        rx.cond(TrainingState.timezone_chosen, rx.fragment(),
                rx.text("Set from this device until you choose one.", size="1", color_scheme="gray")),
        spacing="1", width="100%"), on_submit=TrainingState.save_timezone, width="100%")


def _upload() -> rx.Component:
    return file_picker(rx.button(rx.icon("upload", size=16), "Upload a GPX, TCX or FIT file", variant="soft",
                                 width="100%", type="button"),
                       upload=TrainingState.upload(rx.upload_files(upload_id=UPLOAD_ID)),
                       input_label="Upload a GPX, TCX or FIT file", id=UPLOAD_ID)


def _organization() -> rx.Component:
    return rx.card(rx.vstack(
        rx.text("Your organization", size="1", color_scheme="gray"),
        rx.heading(AthleteHomeState.org_name, size="4", id="athlete-org-name"),
        rx.cond(AthleteHomeState.org_description != "",
                rx.text(AthleteHomeState.org_description, size="2", color_scheme="gray")),
        rx.cond(AthleteHomeState.coach_name != "",
                rx.text("Your coach: ", rx.text.strong(AthleteHomeState.coach_name), size="2")),
        spacing="1"), width="100%")


def _training() -> rx.Component:
    # Today comes at once; everything below it is drawn one part per task, each part below those already drawn, so
    # the render the week arrives in stays short and nothing on the screen is pushed down.
    return rx.vstack(
        _section("Today", TrainingState.today, "Nothing planned today: rest well.", "today"),
        _upload(),
        _section("This week", TrainingState.week, "No other workouts this week.", "this-week", parts_in_turn=True),
        in_turn(load_chart()),
        _section("Coming up", TrainingState.upcoming, "Nothing further planned yet.", "coming-up",
                 parts_in_turn=True),
        in_turn(_settings()),
        in_turn(_organization()),
        in_turn(rx.text("Signed in as ", SessionState.user_email, size="1", color_scheme="gray")),
        spacing="4", width="100%")


def home() -> rx.Component:
    # The week appears whole once it is read: nothing painted before it moves when it arrives.
    return rx.box(
        athlete_bar("Training", rx.link(rx.button(rx.icon("circle_user", size=16), "Profile", variant="soft",
                                                  size="2"), href=PROFILE_PAGE)),
        rx.vstack(
            coach_access_notice(),
            rx.cond(TrainingState.message != "", notice(TrainingState.message, color="grass")),
            inline_error(TrainingState.error),
            unread_notice(),
            rx.cond(TrainingState.loaded, _training(),
                    rx.text("Reading your training…", size="2", color_scheme="gray", role="status")),
            spacing="4", padding="16px", max_width="640px", margin_x="auto", width="100%", id="training-tab",
        ),
        thread_dialog(),
        page_loaded_marker(),
        min_height="100vh", background=rx.color("slate", 2),
    )
