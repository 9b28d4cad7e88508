"""Your profile, from the console and from the Training tab: name, email and the user ID to share."""

import reflex as rx

from nexrex_app.components.comments import email_settings_card
from nexrex_app.components.layout import athlete_page, console_page
from nexrex_app.state.profile import ProfileState

COACH_HINT = ("A head coach adds you as an assistant coach with this ID (Settings → Coaches), and it is the "
              "user_id the API asks for.")
ATHLETE_HINT = "A coach can add you to their organization with this ID (Members → Add Member → User ID)."


def _field(label: str, value, *extra: rx.Component, value_id: str = "") -> rx.Component:
    return rx.vstack(
        rx.text(label, size="1", color_scheme="gray"),
        rx.flex(rx.text(value, size="3", weight="medium", id=value_id, word_break="break-all"), *extra,
                gap="8px", align="center", wrap="wrap"),
        spacing="1", width="100%")


def _copy_button() -> rx.Component:
    return rx.button(
        rx.cond(ProfileState.copied, rx.icon("check", size=14), rx.icon("copy", size=14)),
        rx.cond(ProfileState.copied, "Copied", "Copy"),
        size="2", variant="soft", color_scheme=rx.cond(ProfileState.copied, "grass", "accent"),
        on_click=[rx.set_clipboard(ProfileState.user_id), ProfileState.mark_copied], aria_label="Copy user ID")


def _profile_card(hint: str) -> rx.Component:
    return rx.card(rx.cond(
        ProfileState.loaded,
        rx.vstack(
            _field("Name", rx.cond(ProfileState.name != "", ProfileState.name, "Not set")),
            _field("Email", ProfileState.email),
            _field("Your user ID", rx.code(ProfileState.user_id, size="3", variant="ghost"), _copy_button(),
                   value_id="user-id"),
            rx.text(hint, size="2", color_scheme="gray"),
            spacing="4", width="100%", id="profile-ready"),
        rx.center(rx.spinner(), width="100%", padding="24px")),
        width="100%", max_width="560px", size="3")


def console_profile() -> rx.Component:
    return console_page("Your profile", _profile_card(COACH_HINT), email_settings_card(daily_workout=False), active="Profile")


def athlete_profile() -> rx.Component:
    return athlete_page("Your profile", _profile_card(ATHLETE_HINT), email_settings_card(daily_workout=True),
                        back=("Training", "/athlete"))
