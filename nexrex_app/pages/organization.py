"""Organization set-up (the first-login step) and Settings: organization, coaches, API keys."""

import reflex as rx

from nexrex_app.components.forms import inline_error, labelled, notice
from nexrex_app.components.layout import console_page
from nexrex_app.domain.organization_pages import CoachRow, KeyRow
from nexrex_app.state.organization import OrgSetupState, SettingsState
from nexrex_app.state.session import SessionState


def _org_fields(name_value=None, description_value=None) -> list[rx.Component]:
    return [
        labelled("Organization name", rx.input(id="org-name", name="name", required=True, size="3", width="100%",
                                               default_value=name_value, placeholder="Harbour Runners"),
                 html_for="org-name", hint="Your club or team name, shown to athletes."),
        labelled("Description", rx.text_area(id="org-description", name="description", width="100%", rows="3",
                                             default_value=description_value,
                                             placeholder="Optional, shown on your organization profile."),
                 html_for="org-description"),
    ]


def setup_page() -> rx.Component:
    return console_page(
        "Set up your organization",
        rx.text("The coaching club or team that your athletes will join. You become its Head Coach.",
                color_scheme="gray"),
        rx.card(
            rx.form(
                rx.vstack(*_org_fields(), inline_error(OrgSetupState.error),
                          rx.button("Create organization", type="submit", size="3", loading=OrgSetupState.saving),
                          spacing="4", width="100%"),
                on_submit=OrgSetupState.create,
            ),
            width="100%", max_width="560px", size="3",
        ),
    )


def _coach_row(coach: CoachRow) -> rx.Component:
    return rx.hstack(
        rx.vstack(rx.text(coach.name, weight="medium"), rx.text(coach.email, size="1", color_scheme="gray"),
                  spacing="0"),
        rx.spacer(),
        rx.badge(rx.cond(coach.role == "head_coach", "Head Coach", "Assistant Coach"), variant="soft"),
        rx.cond(coach.role == "assistant_coach",
                rx.button("Remove", size="1", variant="soft", color_scheme="red",
                          on_click=SettingsState.remove_coach(coach.user_id))),
        width="100%", align="center", padding_y="6px", class_name="coach-row",
    )


def _coaches_card() -> rx.Component:
    return rx.card(rx.vstack(
        rx.heading("Coaches", size="4"),
        rx.foreach(SettingsState.coach_list, _coach_row),
        rx.form(
            rx.flex(
                rx.input(id="coach", name="coach", placeholder="Email or user ID", required=True, flex="1",
                         min_width="220px", aria_label="Assistant coach email or user ID"),
                rx.button("Add assistant coach", type="submit"),
                gap="8px", wrap="wrap", width="100%",
            ),
            on_submit=SettingsState.add_coach, reset_on_submit=True, width="100%",
        ),
        inline_error(SettingsState.coach_error),
        rx.cond(SettingsState.coach_message != "", notice(SettingsState.coach_message, color="grass")),
        spacing="3", width="100%",
    ), width="100%")


def _key_row(key: KeyRow) -> rx.Component:
    return rx.hstack(
        rx.vstack(rx.text(key.name, weight="medium"), rx.code(key.prefix + "…", size="1"), spacing="1"),
        rx.spacer(),
        rx.button("Revoke", size="1", variant="soft", color_scheme="red", on_click=SettingsState.revoke_key(key.key_id)),
        width="100%", align="center",
    )


def _keys_card() -> rx.Component:
    return rx.card(rx.vstack(
        rx.heading("API keys", size="4"),
        rx.text("Integrations send a key in the X-API-Key header and act for your organization.", size="2",
                color_scheme="gray"),
        rx.foreach(SettingsState.keys, _key_row),
        rx.cond(SettingsState.new_secret != "", rx.callout(
            rx.vstack(rx.text("Copy this key now: it is shown only once."),
                      rx.code(SettingsState.new_secret, id="new-api-key", word_break="break-all"),
                      rx.button("I have copied it", size="1", variant="soft", color_scheme="amber",
                                on_click=SettingsState.hide_secret), spacing="2"),
            icon="key_round", color_scheme="amber", width="100%")),
        rx.form(
            rx.flex(rx.input(name="name", placeholder="Key name, e.g. Zapier", required=True, flex="1",
                             min_width="200px", aria_label="Key name"),
                    rx.button("Create key", type="submit"), gap="8px", wrap="wrap", width="100%"),
            on_submit=SettingsState.create_key, reset_on_submit=True, width="100%",
        ),
        inline_error(SettingsState.key_error),
        spacing="3", width="100%",
    ), width="100%")


def _account_row(label: str, value) -> rx.Component:
    return rx.hstack(rx.text(label, size="2", color_scheme="gray", width="120px", min_width="120px"),
                     rx.text(value, size="2", weight="medium"), align="center", wrap="wrap")


def _organization_card() -> rx.Component:
    return rx.card(rx.form(rx.vstack(
        rx.heading("Organization", size="4"),
        rx.cond(SettingsState.org_name != "",
                rx.vstack(*_org_fields(SettingsState.org_name, SettingsState.org_description), width="100%",
                          spacing="3")),
        inline_error(SettingsState.error),
        rx.cond(SettingsState.message != "", notice(SettingsState.message, color="grass")),
        rx.button("Save organization", type="submit"),
        spacing="3", width="100%"),
        on_submit=SettingsState.save_org, width="100%"), width="100%")


def settings_page() -> rx.Component:
    return console_page(
        "Settings",
        rx.card(rx.vstack(
            rx.heading("Account", size="4"),
            _account_row("Email", SessionState.user_email),
            _account_row("Role", SessionState.user_role),
            spacing="3"), width="100%"),
        rx.cond(SessionState.is_head_coach,
                rx.vstack(_organization_card(), _coaches_card(), _keys_card(), spacing="4", width="100%")),
        active="Settings",
    )
