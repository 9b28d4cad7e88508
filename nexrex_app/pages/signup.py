"""Sign up as a coach: the email step (/signup) and the link's password step (/signup/verify)."""

import reflex as rx

from nexrex_app.components.forms import inline_error, labelled, new_password_field, notice
from nexrex_app.components.layout import public_page
from nexrex_app.state.signup import LINK_BROKEN, LINK_VALID, SignupState, VerifyState


def _email_form() -> rx.Component:
    return rx.form(
        rx.vstack(
            labelled("Email address", rx.input(id="email", name="email", type="email", placeholder="you@club.com",
                                               required=True, size="3", width="100%", auto_focus=True),
                     html_for="email"),
            inline_error(SignupState.error),
            rx.button("Send verification link", type="submit", size="3", width="100%",
                      loading=SignupState.sending),
            spacing="4",
            width="100%",
        ),
        on_submit=SignupState.request_link,
        width="100%",
    )


def _check_inbox() -> rx.Component:
    return rx.vstack(
        rx.icon("mail_check", size=36, color=rx.color("accent", 10)),
        rx.heading("Check your inbox", size="5"),
        rx.text("We sent a verification link to ", rx.text.strong(SignupState.sent_to),
                ". It is valid for 24 hours. Open it to set your password.", color_scheme="gray"),
        rx.button("Use a different email", variant="ghost", on_click=SignupState.start_over),
        spacing="3",
        align="center",
        text_align="center",
        width="100%",
    )


def signup_page() -> rx.Component:
    return public_page(
        rx.cond(
            SignupState.sent_to != "",
            _check_inbox(),
            rx.vstack(
                rx.heading("Sign up as a Coach", size="6"),
                rx.text("Enter your email address to receive a verification link.", color_scheme="gray"),
                _email_form(),
                rx.text("Already have an account? ", rx.link("Sign in", href="/login"), size="2"),
                spacing="4",
                width="100%",
            ),
        ),
    )


def _password_form() -> rx.Component:
    return rx.form(
        rx.vstack(
            rx.heading("Set your password", size="6"),
            rx.text("Signing up as ", rx.text.strong(VerifyState.email), color_scheme="gray"),
            new_password_field(VerifyState.rules_met, VerifyState.check_password_rules, auto_focus=True),
            inline_error(VerifyState.error),
            rx.button("Set password and sign in", type="submit", size="3", width="100%", loading=VerifyState.saving),
            spacing="4",
            width="100%",
        ),
        on_submit=VerifyState.save_password,
        width="100%",
    )


def _centered_column(*children: rx.Component) -> rx.Component:
    return rx.vstack(*children, spacing="3", align="center", text_align="center", width="100%")


def _next_step_after_broken_link() -> rx.Component:
    return rx.match(
        VerifyState.broken_link_next_step,
        ("resent", notice(rx.text("A new link is on its way to ", rx.text.strong(VerifyState.resent_to), "."),
                          icon="mail_check", color="grass")),
        ("sign_in", _centered_column(
            rx.text("Your account is ready: sign in with your email and password.", color_scheme="gray"),
            rx.link(rx.button("Sign in", size="3", width="100%"), href="/login", width="100%"),
        )),
        ("resend", _centered_column(
            rx.text("Links are valid for 24 hours and work once. We can send a new one to ",
                    rx.text.strong(VerifyState.email), ".", color_scheme="gray"),
            rx.button("Send a new link", on_click=VerifyState.resend_link, size="3", width="100%"),
        )),
        rx.link(rx.button("Get a new link", size="3", width="100%"), href="/signup", width="100%"),
    )


def _broken_link() -> rx.Component:
    return _centered_column(
        rx.icon("link_2_off", size=36, color=rx.color("amber", 10)),
        rx.heading(VerifyState.link_problem, size="5"),
        _next_step_after_broken_link(),
        inline_error(VerifyState.error),
        rx.cond(~VerifyState.account_exists,
                rx.text("Already set your password? ", rx.link("Sign in", href="/login"), size="2")),
    )


def verify_page() -> rx.Component:
    return public_page(
        rx.match(
            VerifyState.link_status,
            (LINK_VALID, _password_form()),
            (LINK_BROKEN, _broken_link()),
            rx.center(rx.spinner(size="3"), padding="24px", width="100%"),
        ),
    )
