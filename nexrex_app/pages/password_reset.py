"""Forgot your password? Ask for a link (/forgot-password) and set a new password from it (/reset-password)."""

import reflex as rx

from nexrex_app.components.forms import inline_error, labelled, new_password_field
from nexrex_app.components.layout import public_page
from nexrex_app.state.password_reset import LINK_BROKEN, LINK_DONE, LINK_VALID, ForgotPasswordState, ResetPasswordState


def _centered(*children: rx.Component) -> rx.Component:
    return rx.vstack(*children, spacing="3", align="center", text_align="center", width="100%")


def _request_form() -> rx.Component:
    return rx.vstack(
        rx.heading("Forgot your password?", size="6"),
        rx.text("Enter the email address of your account. We send you a link to choose a new password.",
                color_scheme="gray"),
        rx.form(rx.vstack(
            labelled("Email address", rx.input(id="email", name="email", type="email", required=True, size="3",
                                               width="100%", auto_complete="username", auto_focus=True,
                                               max_length=320), html_for="email"),
            inline_error(ForgotPasswordState.error),
            rx.button("Send reset link", type="submit", size="3", width="100%", loading=ForgotPasswordState.sending),
            spacing="4", width="100%"), on_submit=ForgotPasswordState.request_link, width="100%"),
        rx.text("Remembered it? ", rx.link("Coach sign in", href="/login"), " · ",
                rx.link("Athlete sign in", href="/athlete/login"), size="2"),
        spacing="4", width="100%")


def _check_inbox() -> rx.Component:
    return _centered(
        rx.icon("mail_check", size=36, color=rx.color("accent", 10)),
        rx.heading("Check your inbox", size="5"),
        rx.text("If ", rx.text.strong(ForgotPasswordState.sent_to), " has a nexrex account, a link to choose a new "
                "password is on its way. It is valid for one hour and works once.", color_scheme="gray"),
        rx.button("Use a different email", variant="ghost", on_click=ForgotPasswordState.start_over))


def forgot_page() -> rx.Component:
    return public_page(rx.cond(ForgotPasswordState.sent_to != "", _check_inbox(), _request_form()))


def _new_password_form() -> rx.Component:
    return rx.form(rx.vstack(
        rx.heading("Choose a new password", size="6"),
        rx.text("For ", rx.text.strong(ResetPasswordState.email), color_scheme="gray"),
        new_password_field(ResetPasswordState.rules_met, ResetPasswordState.check_password_rules,
                           label="New password", auto_focus=True),
        inline_error(ResetPasswordState.error),
        rx.button("Set new password", type="submit", size="3", width="100%", loading=ResetPasswordState.saving),
        rx.text("Every device signed in to this account is signed out.", size="1", color_scheme="gray"),
        spacing="4", width="100%"), on_submit=ResetPasswordState.save_password, width="100%")


def _done() -> rx.Component:
    return _centered(
        rx.icon("circle_check", size=36, color=rx.color("grass", 10)),
        rx.heading("Your password is set", size="5"),
        rx.text("Sign in with your new password.", color_scheme="gray"),
        rx.link(rx.button("Sign in", size="3", width="100%"), href=ResetPasswordState.sign_in_page, width="100%"))


def _broken() -> rx.Component:
    return _centered(
        rx.icon("link_2_off", size=36, color=rx.color("amber", 10)),
        rx.heading(ResetPasswordState.link_problem, size="5"),
        rx.text("Reset links are valid for one hour and work once.", color_scheme="gray"),
        rx.link(rx.button("Get a new link", size="3", width="100%"), href="/forgot-password", width="100%"))


def reset_page() -> rx.Component:
    return public_page(rx.match(
        ResetPasswordState.link_status,
        (LINK_VALID, _new_password_form()),
        (LINK_BROKEN, _broken()),
        (LINK_DONE, _done()),
        rx.center(rx.spinner(size="3"), padding="24px", width="100%"),
    ))
