"""The invitation link's page, and the athlete's own pages."""

import reflex as rx

from nexrex_app.components.forms import inline_error, labelled, new_password_field
from nexrex_app.components.layout import public_page
from nexrex_app.pages.login import forgot_password_link
from nexrex_app.state.join import JoinState
from nexrex_app.state.login import LoginState


def _password(autocomplete: str) -> rx.Component:
    return labelled("Password", rx.input(id="password", name="password", type="password", required=True, size="3",
                                         width="100%", auto_complete=autocomplete, max_length=200),
                    html_for="password")


def _email_field() -> rx.Component:
    return labelled("Email address", rx.input(id="email", name="email", type="email", required=True, size="3",
                                              width="100%", auto_complete="email", max_length=320), html_for="email")


def _email_when_link() -> rx.Component:
    return rx.cond(JoinState.email == "", _email_field())


def _invited_by_email() -> rx.Component:
    """The invitation email proved the address: set a password and join at once."""
    return rx.form(rx.vstack(
        rx.text("Create your account.", size="2", color_scheme="gray"),
        new_password_field(JoinState.rules_met, JoinState.check_password_rules),
        inline_error(JoinState.error),
        rx.button("Create account and join", type="submit", size="3", width="100%", loading=JoinState.working),
        spacing="3", width="100%"), on_submit=JoinState.sign_up, width="100%")


def _joining_by_link() -> rx.Component:
    """A shareable link names nobody: the address is proven by an emailed link, which also sets the password."""
    return rx.form(rx.vstack(
        rx.text("Enter your email address. We send you a link to confirm it and set your password; you join "
                "once you open it.", size="2", color_scheme="gray"),
        _email_field(), inline_error(JoinState.error),
        rx.button("Send me a link", type="submit", size="3", width="100%", loading=JoinState.working),
        spacing="3", width="100%"), on_submit=JoinState.sign_up, width="100%")


def _check_inbox() -> rx.Component:
    return rx.vstack(
        rx.icon("mail_check", size=36, color=rx.color("accent", 10)),
        rx.heading("Check your inbox", size="5"),
        rx.text("We sent a link to ", rx.text.strong(JoinState.sent_to), ". Open it within 24 hours to set your "
                "password and join ", JoinState.org_name, ".", color_scheme="gray"),
        rx.button("Use a different email", variant="ghost", on_click=JoinState.start_over),
        spacing="3", align="center", text_align="center", width="100%")


def _existing_person() -> rx.Component:
    return rx.form(rx.vstack(
        rx.text("You already have an account: sign in to join.", size="2", color_scheme="gray"),
        _email_when_link(), _password("current-password"), inline_error(JoinState.error),
        rx.button("Sign in and join", type="submit", size="3", width="100%", loading=JoinState.working),
        forgot_password_link(),
        spacing="3", width="100%"), on_submit=JoinState.sign_in, width="100%")


def _new_person() -> rx.Component:
    return rx.cond(JoinState.email == "", _joining_by_link(), _invited_by_email())


def _invitation() -> rx.Component:
    return rx.vstack(
        rx.heading("Join ", JoinState.org_name, size="6"),
        rx.cond(JoinState.org_description != "", rx.text(JoinState.org_description, color_scheme="gray")),
        rx.cond(JoinState.email != "", rx.text("Invitation for ", rx.text.strong(JoinState.email), size="2")),
        rx.cond(JoinState.registered, _existing_person(), _new_person()),
        rx.cond(~JoinState.registered & (JoinState.email == ""),
                rx.button("I already have an account", variant="ghost",
                          on_click=JoinState.set_registered(True))),
        spacing="4", width="100%")


def _unusable_invitation() -> rx.Component:
    return rx.vstack(
        rx.icon("link_2_off", size=36, color=rx.color("amber", 10)),
        rx.heading(JoinState.problem, size="5"),
        rx.cond(JoinState.registered,
                rx.vstack(rx.text("Your account is ready: sign in with your email and password.",
                                  color_scheme="gray"),
                          rx.link(rx.button("Sign in", size="3", width="100%"), href=JoinState.sign_in_page,
                                  width="100%"),
                          spacing="3", width="100%"),
                rx.text("Ask your coach for a new invitation.", color_scheme="gray")),
        align="center", text_align="center", width="100%")


def join_page() -> rx.Component:
    return public_page(rx.cond(
        ~JoinState.checked,
        rx.center(rx.spinner(size="3"), width="100%"),
        rx.cond(JoinState.valid, rx.cond(JoinState.sent_to != "", _check_inbox(), _invitation()),
                _unusable_invitation()),
    ))


def athlete_login() -> rx.Component:
    return public_page(
        rx.heading("Athlete sign in", size="6"),
        rx.form(rx.vstack(
            labelled("Email address", rx.input(id="email", name="email", type="email", required=True, size="3",
                                               width="100%", auto_complete="username", max_length=320),
                     html_for="email"),
            _password("current-password"),
            inline_error(LoginState.error),
            rx.button("Sign in", type="submit", size="3", width="100%", loading=LoginState.signing_in),
            spacing="4", width="100%"), on_submit=LoginState.sign_in_athlete, width="100%"),
        forgot_password_link(),
        rx.text("Coach? ", rx.link("Sign in to the coach console", href="/login"), size="2"),
    )
