"""Page frames: the public pages (landing, sign-up, sign-in) and the signed-in console shell."""

from __future__ import annotations

import reflex as rx

from nexrex_app.components.brand import logo
from nexrex_app.components.comments import COMMENTS_PAGE, unread_badge
from nexrex_app.components.forms import worded
from nexrex_app.base.wording import ROLE_WORDS
from nexrex_app.state.comments import CommentsState
from nexrex_app.state.session import SessionState

CONSOLE_SECTIONS = (
    ("Members", "/console/members", "users"),
    ("Training Plans", "/console/plans", "calendar_days"),
    ("Workouts", "/console/workouts", "dumbbell"),
    COMMENTS_PAGE,
    ("Settings", "/console/settings", "settings"),
)
PROFILE = ("Profile", "/console/profile", "circle_user")


def public_page(*children: rx.Component) -> rx.Component:
    """A centred card on a quiet background, for the pages before sign-in."""
    return rx.box(
        page_loaded_marker(),
        rx.vstack(
            logo(),
            rx.card(
                rx.vstack(*children, spacing="4", width="100%"),
                size="3",
                width="100%",
            ),
            spacing="5",
            align="center",
            width="100%",
            max_width="440px",
            margin_x="auto",
            padding_y=["32px", "64px"],
            padding_x="16px",
        ),
        min_height="100vh",
        background=rx.color("slate", 2),
    )


def _nav_link(label: str, href: str, icon: str, active: str) -> rx.Component:
    selected = label == active
    count = [rx.spacer(), unread_badge()] if href == COMMENTS_PAGE[1] else []
    return rx.link(
        rx.hstack(rx.icon(icon, size=18), rx.text(label, size="3"), *count, align="center", spacing="3",
                  width="100%"),
        href=href,
        underline="none",
        padding_x="12px",
        padding_y="8px",
        border_radius="8px",
        width="100%",
        color=rx.color("accent", 11) if selected else rx.color("slate", 11),
        background=rx.color("accent", 3) if selected else "transparent",
        font_weight="600" if selected else "400",
        _hover={"background": rx.color("accent", 3)},
        aria_current="page" if selected else None,
    )


def _org_name(size: str = "2", **props) -> rx.Component:
    """The organization the console works on, once there is one."""
    return rx.cond(
        SessionState.org_name != "",
        rx.hstack(rx.icon("building_2", size=16, min_width="16px", color=rx.color("slate", 10)),
                  rx.text(SessionState.org_name, size=size, weight="medium", overflow="hidden",
                          text_overflow="ellipsis", white_space="nowrap"),
                  align="center", spacing="2", min_width="0", class_name="console-org-name", **props),
    )


def _account_box(active: str) -> rx.Component:
    return rx.vstack(
        rx.text(SessionState.user_email, size="2", weight="medium", max_width="100%", overflow="hidden", text_overflow="ellipsis", white_space="nowrap"),
        rx.badge(worded(rx.cond(SessionState.membership_role != "", SessionState.membership_role,
                                SessionState.user_role), ROLE_WORDS), variant="soft", size="1"),
        _nav_link(*PROFILE, active),
        rx.button(
            rx.icon("log_out", size=16), "Sign out",
            on_click=SessionState.sign_out, variant="soft", color_scheme="gray", size="2", width="100%",
        ),
        spacing="2",
        width="100%",
    )


def _sidebar(active: str) -> rx.Component:
    return rx.vstack(
        rx.vstack(logo(), _org_name("3", max_width="100%", padding_x="4px"), spacing="3", width="100%"),
        rx.el.nav(
            rx.vstack(
                *[_nav_link(label, href, icon, active) for label, href, icon in CONSOLE_SECTIONS],
                spacing="1",
                width="100%",
            ),
            aria_label="Console",
            width="100%",
        ),
        rx.spacer(),
        _account_box(active),
        display=["none", "none", "flex"],
        width="240px",
        min_width="240px",
        height="100vh",
        position="sticky",
        top="0",
        padding="20px 16px",
        spacing="6",
        border_right=f"1px solid {rx.color('slate', 5)}",
        background=rx.color("slate", 1),
    )


def _phone_bar(active: str) -> rx.Component:
    return rx.hstack(
        logo("4"),
        rx.spacer(),
        _org_name("2", max_width="50vw"),
        rx.link(unread_badge(), href=COMMENTS_PAGE[1], underline="none"),
        rx.menu.root(
            rx.menu.trigger(rx.icon_button(rx.icon("menu"), variant="ghost", aria_label="Open menu")),
            rx.menu.content(
                *[rx.menu.item(rx.link(label, href=href, underline="none"), disabled=label == active)
                  for label, href, _ in CONSOLE_SECTIONS],
                rx.menu.separator(),
                rx.menu.item(rx.link("Your profile", href=PROFILE[1], underline="none"), disabled=active == PROFILE[0]),
                rx.menu.item("Sign out", on_select=SessionState.sign_out, color_scheme="red"),
            ),
        ),
        display=["flex", "flex", "none"],
        width="100%",
        padding="12px 16px",
        align="center",
        border_bottom=f"1px solid {rx.color('slate', 5)}",
        background=rx.color("slate", 1),
        position="sticky",
        top="0",
        z_index="10",
    )


def page_loaded_marker() -> rx.Component:
    """Present once the page's on_load steps have all run (what browser tests wait for after a reload), with the
    address they ran for (after a link is followed, the previous page's marker may still show for a moment)."""
    return rx.cond(rx.State.is_hydrated, rx.el.span(id="page-loaded", hidden=True, data_path=rx.State.router.url.path))


def _loading() -> rx.Component:
    return rx.center(rx.spinner(size="3"), rx.text("Loading…", color_scheme="gray"), spacing="3",
                     height="60vh", width="100%", id="console-loading")


def console_page(title: str, *children: rx.Component, active: str = "") -> rx.Component:
    """The signed-in console: sidebar (top bar on a phone) and the page's content."""
    return rx.hstack(
        _sidebar(active),
        rx.vstack(
            _phone_bar(active),
            rx.box(
                rx.cond(
                    SessionState.signed_in,
                    rx.vstack(rx.heading(title, size="7"), *children, spacing="5", width="100%",
                              id="console-ready"),
                    _loading(),
                ),
                page_loaded_marker(),
                width="100%",
                max_width="1100px",
                padding=["20px 16px", "24px", "32px 40px"],
            ),
            width="100%",
            spacing="0",
            min_height="100vh",
        ),
        spacing="0",
        width="100%",
        align="start",
        background=rx.color("slate", 2),
        on_mount=CommentsState.refresh_unread,
    )


def athlete_bar(title: str, *actions: rx.Component) -> rx.Component:
    """The athlete's top bar: the page's title, its links and Sign out, kept in view while scrolling."""
    return rx.hstack(
        rx.heading(title, size="5"), rx.spacer(), *actions,
        rx.button("Sign out", variant="soft", color_scheme="gray", size="2", on_click=SessionState.sign_out),
        width="100%", padding="12px 16px", align="center", spacing="2", position="sticky", top="0", z_index="5",
        border_bottom=f"1px solid {rx.color('slate', 5)}", background=rx.color("slate", 1),
    )


def athlete_page(title: str, *children: rx.Component, back: tuple[str, str]) -> rx.Component:
    """An athlete's page beside the Training tab, phone first, with a way back (label, address)."""
    label, href = back
    return rx.box(
        athlete_bar(title, rx.link(rx.button(rx.icon("arrow_left", size=16), label, variant="soft", size="2"),
                                   href=href)),
        rx.vstack(*children, spacing="4", padding="16px", max_width="640px", margin_x="auto", width="100%"),
        page_loaded_marker(),
        min_height="100vh", background=rx.color("slate", 2),
    )


def coach_access_notice() -> rx.Component:
    """Once, after an athlete account signed in to the coach console: what changed."""
    return rx.cond(SessionState.coach_access_added, rx.callout.root(
        rx.callout.icon(rx.icon("badge_check")),
        rx.vstack(
            rx.heading("Your account now has coach access", size="3"),
            rx.text("You signed in to the coach console with your athlete account. The same account now also has "
                    "coach access: the same email and password open the coach console and your Training tab.",
                    size="2"),
            rx.button("Continue", size="2", on_click=SessionState.dismiss_coach_access),
            spacing="2", align="start"),
        color_scheme="grass", width="100%", id="coach-access-notice"))
