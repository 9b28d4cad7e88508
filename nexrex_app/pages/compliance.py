"""Members → athlete → Activities."""

import reflex as rx

from nexrex_app.domain.presenting import BAND_COLOURS
from nexrex_app.models.activity_schemas import PlanInstanceView
from nexrex_app.models.athlete_tab_schemas import CalendarDay, CalendarItem, ComplianceWeek
from nexrex_app.components.comments import thread_body
from nexrex_app.components.forms import inline_error, notice
from nexrex_app.components.layout import console_page
from nexrex_app.state.comments import CommentsState
from nexrex_app.state.compliance import AthleteActivitiesState

STATUS_COLOUR = (("grass", rx.color("grass", 9)), ("amber", rx.color("amber", 9)))


def _item(item: CalendarItem) -> rx.Component:
    return rx.el.button(
        rx.text(item.name, size="1", weight="medium"), rx.text(item.figures, size="1"),
        on_click=[AthleteActivitiesState.open_activity(item.activity_id),
                  CommentsState.open_thread(item.activity_id)],
        type="button",
        title="Open " + item.name,
        padding="3px 5px", border_radius="5px", class_name="calendar-activity", data_status=item.status,
        width="100%", text_align="left", cursor="pointer", border="none", color="inherit", font="inherit",
        _hover={"filter": "brightness(0.96)"},
        background=rx.match(item.colour, ("grass", rx.color("grass", 4)), ("amber", rx.color("amber", 4)),
                            rx.color("slate", 3)),
        border_left=rx.match(item.colour, *[(c, f"3px solid {v}") for c, v in STATUS_COLOUR],
                             f"3px solid {rx.color('slate', 7)}"))


def _day(day: CalendarDay) -> rx.Component:
    return rx.vstack(rx.text(day.label, size="1", color_scheme="gray"),
                     rx.foreach(day["items"], _item), spacing="1", min_height="56px", padding="4px",
                     border=f"1px solid {rx.color('slate', 4)}", border_radius="6px", background=rx.color("slate", 1),
                     data_date=day.date, class_name="calendar-day")


def _week(week: ComplianceWeek) -> rx.Component:
    return rx.vstack(
        rx.flex(rx.text("Week of ", week.label, weight="bold", size="2", white_space="nowrap"),
                rx.spacer(),
                rx.text(week.summary, size="2", class_name="week-compliance", data_band=week.band,
                        color=rx.match(week.band,
                                       *[(band, rx.color(scale, 11)) for band, scale in BAND_COLOURS.items()],
                                       "inherit")), width="100%", wrap="wrap",
                gap="2px 8px"),
        rx.grid(rx.foreach(week.days, _day), columns=rx.breakpoints(initial="2", sm="4", md="7"),
                spacing="1", width="100%"),
        spacing="2", width="100%", padding="8px", border_radius="8px",
        border=rx.cond(week.is_current, f"2px solid {rx.color('accent', 7)}", f"1px solid {rx.color('slate', 5)}"))


def _chart() -> rx.Component:
    return rx.vstack(
        rx.text("Planned and actual distance per week", size="2", weight="medium"),
        rx.hstack(rx.foreach(AthleteActivitiesState.bars, lambda bar: rx.vstack(
            rx.hstack(rx.box(height=bar.planned, width="12px", background=rx.color("slate", 7),
                             border_radius="2px 2px 0 0"),
                      rx.box(height=bar.done, width="12px", background=rx.color("grass", 9),
                             border_radius="2px 2px 0 0"),
                      align="end", spacing="1", height="96px"),
            rx.text(bar.label, size="1", color_scheme="gray"), align="center", spacing="1")),
            spacing="4", align="end", role="img", aria_label="Planned and actual distance per week"),
        rx.hstack(rx.box(width="10px", height="10px", background=rx.color("slate", 7)), rx.text("planned", size="1"),
                  rx.box(width="10px", height="10px", background=rx.color("grass", 9)), rx.text("done", size="1"),
                  align="center", spacing="2"),
        spacing="2", width="100%")


def _plan(plan: PlanInstanceView) -> rx.Component:
    return rx.hstack(
        rx.vstack(rx.text(plan.name, size="2", weight="medium"),
                  rx.text(plan.start_date, " → ", plan.end_date, size="1", color_scheme="gray"), spacing="0"),
        rx.spacer(),
        rx.button("Remove plan", size="1", variant="soft", color_scheme="red",
                  on_click=AthleteActivitiesState.remove_plan(plan.plan_instance_id)),
        width="100%", align="center", class_name="assigned-plan")


def _plans_and_paces() -> rx.Component:
    return rx.card(rx.vstack(
        rx.text("Assigned plans", size="2", weight="medium"),
        rx.cond(AthleteActivitiesState.plans.length() > 0, rx.vstack(rx.foreach(AthleteActivitiesState.plans, _plan),
                                                                     width="100%"),
                rx.text("No plan assigned.", size="2", color_scheme="gray")),
        rx.text("Paces", size="2", weight="medium"),
        rx.form(rx.flex(rx.input(name="ten_k", placeholder="Recent 10K, e.g. 45:00", aria_label="Athlete's 10K time",
                                 flex="1", min_width="160px"),
                        rx.button("Set paces", type="submit", variant="soft"), gap="6px", wrap="wrap", width="100%"),
                on_submit=AthleteActivitiesState.save_paces, reset_on_submit=True, width="100%"),
        spacing="2", width="100%"), width="100%")


def _paging() -> rx.Component:
    state = AthleteActivitiesState
    return rx.flex(
        rx.text(state.range_label, weight="bold", size="3", id="calendar-range"),
        rx.spacer(),
        rx.hstack(
            rx.button(rx.icon("chevron_left", size=16), "Previous", variant="soft", on_click=state.earlier,
                      disabled=~state.has_earlier),
            rx.button("This week", variant="soft", color_scheme="gray", on_click=state.this_week,
                      disabled=state.week_offset == 0),
            rx.button("Next", rx.icon("chevron_right", size=16), variant="soft", on_click=state.later,
                      disabled=~state.has_later),
            spacing="2"),
        align="center", gap="8px", wrap="wrap", width="100%")


def _detail_line(label: str, value) -> rx.Component:
    return rx.cond(value != "", rx.vstack(rx.text(label, size="1", color_scheme="gray", weight="medium"),
                                          rx.text(value, size="2"), spacing="0", width="100%"))


def _detail_dialog() -> rx.Component:
    detail = AthleteActivitiesState.detail
    steps = detail.steps
    return rx.dialog.root(rx.dialog.content(
        rx.dialog.title(detail.name),
        rx.hstack(rx.text(detail.date, size="2", color_scheme="gray"),
                  rx.badge(detail.status, color_scheme=rx.match(
                      detail.colour, ("grass", "grass"), ("amber", "amber"), "gray"), variant="soft"),
                  align="center", wrap="wrap", id="activity-detail-status"),
        rx.vstack(
            _detail_line("Planned", detail.targets),
            _detail_line("Description", detail.description),
            rx.cond(steps.length() > 0, rx.vstack(
                rx.text("Steps", size="1", color_scheme="gray", weight="medium"),
                rx.el.ol(rx.foreach(steps, lambda step: rx.el.li(rx.text(step, size="2"))),
                         padding_left="20px", margin="0", list_style_type="decimal"),
                spacing="1", width="100%")),
            _detail_line("Done", detail.done),
            _detail_line("Training load", detail.load),
            _detail_line("Athlete's notes", detail.notes),
            _detail_line("Athlete's feedback", detail.feedback),
            rx.text("Comments", size="1", color_scheme="gray", weight="medium"),
            thread_body(),
            spacing="3", width="100%", margin_top="12px", id="activity-detail"),
        rx.flex(rx.dialog.close(rx.button("Close", variant="soft", color_scheme="gray")), justify="end",
                margin_top="16px"),
        max_width="520px"),
        open=AthleteActivitiesState.detail_open, on_open_change=AthleteActivitiesState.close_activity)


def page() -> rx.Component:
    state = AthleteActivitiesState
    return console_page(
        "Activities",
        rx.cond(state.missing, rx.card(rx.text("This athlete is not in your roster."), width="100%"), rx.vstack(
            rx.hstack(rx.heading(state.athlete_name, size="4"), rx.spacer(),
                      rx.link("← Member", href="/console/members/" + state.user_id), width="100%", align="center"),
            rx.hstack(*[rx.hstack(rx.box(width="10px", height="10px", background=colour, border_radius="2px"),
                                  rx.text(label, size="1"), align="center", spacing="1")
                        for label, colour in (("completed", rx.color("grass", 9)), ("skipped", rx.color("amber", 9)),
                                              ("upcoming", rx.color("slate", 7)))], spacing="3"),
            rx.cond(state.message != "", notice(state.message, color="grass")),
            inline_error(state.error),
            rx.grid(rx.card(_chart(), width="100%"), _plans_and_paces(), columns=rx.breakpoints(initial="1", md="2"),
                    spacing="3", width="100%"),
            _paging(),
            rx.vstack(rx.foreach(state.weeks, _week), spacing="3", width="100%", id="activity-calendar"),
            _detail_dialog(),
            spacing="4", width="100%")),
        active="Members",
    )
