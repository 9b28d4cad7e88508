"""Sign in to the coach console."""

import reflex as rx

from nexrex_app.components.forms import inline_error, labelled
from nexrex_app.components.layout import public_page
from nexrex_app.state.login import LoginState


def forgot_password_link() -> rx.Component:
    return rx.link("Forgot your password?", href="/forgot-password", size="2")


def _form() -> rx.Component:
    return rx.vstack(
        rx.heading("Sign in", size="6"),
        rx.text("Welcome back to the coach console.", color_scheme="gray", size="2"),
        rx.form(
            rx.vstack(
                labelled("Email address", rx.input(id="email", name="email", type="email", required=True, size="3",
                                                   width="100%", auto_complete="username", auto_focus=True,
                                                   max_length=320),
                         html_for="email"),
                labelled("Password", rx.input(id="password", name="password", type="password", required=True,
                                              size="3", width="100%", auto_complete="current-password",
                                              max_length=200),
                         html_for="password"),
                inline_error(LoginState.error),
                # Until the page is live, a submitted form would put the password in the address.
                rx.button("Sign in", type="submit", size="3", width="100%", loading=LoginState.signing_in,
                          disabled=~rx.State.is_hydrated),
                spacing="4",
                width="100%",
            ),
            on_submit=LoginState.sign_in,
            width="100%",
        ),
        forgot_password_link(),
        rx.text("New to nexrex? ", rx.link("Sign up as a Coach", href="/signup"), size="2"),
        rx.text("Athlete? ", rx.link("Sign in to your Training tab", href="/athlete/login"), size="2"),
        spacing="4",
        width="100%",
    )


def page() -> rx.Component:
    return public_page(_form())
