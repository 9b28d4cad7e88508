"""The signed-in console: the getting-started home and the sections of the sidebar."""

import reflex as rx

from nexrex_app.components.layout import coach_access_notice, console_page
from nexrex_app.components.forms import inline_error
from nexrex_app.models.calendar_schemas import AttentionReasonView, AttentionRow
from nexrex_app.state.attention import AttentionState
from nexrex_app.state.console import ConsoleHomeState
from nexrex_app.state.session import SessionState

ORGANIZATION_SETUP = "/console/organization/new"
HAS_ORG = SessionState.org_id != ""

# (icon, title, text, action label, action link, done, what is there once done)
GETTING_STARTED = (
    ("building_2", "Set up your organization", "Name the club or team your athletes will join.",
     "Set up organization", ORGANIZATION_SETUP, HAS_ORG, SessionState.org_name),
    ("user_plus", "Add athletes", "Invite them by email or add them by user ID, with labels and private notes.",
     "Add athletes", "/console/members", ConsoleHomeState.athletes > 0,
     ConsoleHomeState.athletes.to(str) + rx.cond(ConsoleHomeState.athletes == 1, " athlete", " athletes")),
    ("calendar_plus", "Create a training plan", "Generate one with AI or build it by hand from your workout library.",
     "Create a plan", "/console/plans", ConsoleHomeState.plans > 0,
     ConsoleHomeState.plans.to(str) + rx.cond(ConsoleHomeState.plans == 1, " plan", " plans")),
    ("send", "Assign the plan", "Pick an athlete or a group and a start date; they see it on their phone at once.",
     "Open a plan", "/console/plans", ConsoleHomeState.assigned > 0,
     ConsoleHomeState.assigned.to(str) + rx.cond(ConsoleHomeState.assigned == 1, " plan assigned",
                                                 " plans assigned")),
)


def _marker(number: int, done) -> rx.Component:
    return rx.center(
        rx.cond(done, rx.icon("check", size=18), rx.text(str(number), weight="bold")),
        width="32px", height="32px", min_width="32px", border_radius="50%",
        background=rx.cond(done, rx.color("grass", 9), rx.color("accent", 4)),
        color=rx.cond(done, "white", rx.color("accent", 11)))


def _step(number: int, icon: str, title: str, text: str, action: str, href: str, done, summary) -> rx.Component:
    reachable = HAS_ORG if number > 1 else True
    return rx.card(
        rx.hstack(
            _marker(number, done),
            rx.flex(
                rx.vstack(
                    rx.hstack(rx.icon(icon, size=18, flex_shrink="0"), rx.text(title, weight="bold", size="3"),
                              align="center"),
                    rx.text(text, size="2", color_scheme="gray"),
                    spacing="1",
                    flex="1",
                ),
                rx.cond(done,
                        rx.hstack(rx.text(summary, size="2", color_scheme="gray"),
                                  rx.badge(rx.icon("check", size=14), "Done", color_scheme="grass", size="2"),
                                  align="center", spacing="2", flex_shrink="0"),
                        rx.cond(reachable, rx.link(rx.button(action, size="2",
                                                             variant="solid" if number == 1 else "soft"),
                                                   href=href))),
                direction=rx.breakpoints(initial="column", sm="row"),
                align=rx.breakpoints(initial="start", sm="center"),
                gap="12px",
                flex="1",
            ),
            align="center",
            spacing="4",
        ),
        size="2",
        width="100%",
        opacity=rx.cond(reachable, "1", "0.7"),
        class_name="getting-started-step",
        data_done=rx.cond(done, "true", "false"),
    )


def _reason(user_id, reason: AttentionReasonView) -> rx.Component:
    return rx.badge(
        reason.text,
        rx.icon_button(rx.icon("x", size=12), size="1", variant="ghost", color_scheme="gray",
                       aria_label="Dismiss: " + reason.text,
                       on_click=AttentionState.dismiss(user_id, reason.reason)),
        color_scheme=rx.match(reason.reason, ("missed_workouts", "red"), ("unanswered_comment", "blue"),
                              ("low_compliance", "orange"),
                              ("volume_jump", "orange"), "gray"),
        variant="soft", size="2", white_space="normal", class_name="attention-reason", data_reason=reason.reason)


def _attention_row(row: AttentionRow) -> rx.Component:
    user_id = row.user_id
    return rx.flex(
        rx.link(row.name, href="/console/members/" + user_id + "/calendar", weight="bold",
                min_width="140px"),
        rx.flex(rx.foreach(row.reasons, lambda reason: _reason(user_id, reason)), gap="6px",
                wrap="wrap"),
        gap="8px", direction=rx.breakpoints(initial="column", sm="row"), width="100%", padding_y="6px",
        border_bottom=f"1px solid {rx.color('slate', 4)}", class_name="attention-row", data_user=user_id)


def attention_list() -> rx.Component:
    state = AttentionState
    return rx.cond(state.total > 0, rx.card(rx.vstack(
        rx.hstack(rx.icon("bell_ring", size=18), rx.text("Needs your attention today", weight="bold", size="3"),
                  rx.badge(state.total.to(str)), align="center"),
        inline_error(state.error),
        rx.vstack(rx.foreach(state.rows, _attention_row), spacing="0", width="100%"),
        rx.cond(state.rows.length() < state.total,
                rx.button("Show more", variant="soft", size="1", on_click=state.more)),
        spacing="2", width="100%"), width="100%", id="attention-list"))


def home() -> rx.Component:
    steps = [_step(index, *step) for index, step in enumerate(GETTING_STARTED, start=1)]
    return console_page(
        "Welcome to nexrex",
        coach_access_notice(),
        attention_list(),
        rx.cond(HAS_ORG,
                rx.text(ConsoleHomeState.done.to(str) + " of 4 steps done. Each step ticks itself once it is done.",
                        color_scheme="gray", size="3"),
                rx.text("Let's get your coaching set up. Start with your organization — the club or team your "
                        "athletes will join.", color_scheme="gray", size="3")),
        rx.cond(ConsoleHomeState.loaded,
                rx.vstack(*steps, spacing="3", width="100%", aria_label="Getting started", id="getting-started"),
                rx.spinner()),
    )
