"""The conversation on a workout: feedback fields, the thread, unread counts and email settings."""

import reflex as rx

from nexrex_app.base.wording import FEELING_WORDS
from nexrex_app.components.forms import inline_error
from nexrex_app.models.feedback import MAX_COMMENT
from nexrex_app.state.comments import CommentLine, CommentsState, EmailSettingsState, ThreadLine

COMMENTS_PAGE = ("Comments", "/console/comments", "message_circle")
RPE_CHOICES = {str(number): f"RPE {number}" for number in range(1, 11)}
# A native select looking like the console's other fields: a phone opens its own picker, and a page draws it for a
# fraction of the work of a Radix select (which builds every option of every closed menu); the Training tab shows
# one pair per workout of the day. Grey while nothing is chosen, as a placeholder.
NATIVE_SELECT_STYLE = {
    "height": "var(--space-6)", "padding": "0 var(--space-2)", "border_radius": "var(--radius-2)",
    "border": "none", "box_shadow": "inset 0 0 0 1px var(--gray-a7)", "background": "var(--color-surface)",
    "color": "var(--gray-12)", "font_family": "inherit", "font_size": "var(--font-size-2)",
    "&:has(option[value='']:checked)": {"color": "var(--gray-a10)"},
}


def feedback_fields() -> rx.Component:
    """RPE, how it felt and a comment: optional fields of a form that marks a workout done."""
    return rx.flex(
        _native_select("perceived_effort", "Effort (RPE 1 to 10)", "RPE 1–10", RPE_CHOICES),
        _native_select("feeling", "How it felt", "How did it feel?", FEELING_WORDS),
        rx.text_area(name="feedback", placeholder="How did it go? (your coach sees this)", max_length=MAX_COMMENT,
                     rows="2", width="100%", aria_label="Comment for your coach"),
        gap="6px", wrap="wrap", width="100%")


def _native_select(name: str, label: str, placeholder: str, choices: dict[str, str]) -> rx.Component:
    return rx.el.select(rx.el.option(placeholder, value=""),
                        *[rx.el.option(word, value=value) for value, word in choices.items()],
                        name=name, aria_label=label, default_value="", style=NATIVE_SELECT_STYLE)


def _comment(line: CommentLine) -> rx.Component:
    return rx.box(
        rx.hstack(rx.text(line.author, size="1", weight="bold"),
                  rx.badge(line.side, size="1", variant="soft",
                           color_scheme=rx.cond(line.side == "coach", "blue", "grass")),
                  spacing="2", align="center"),
        rx.text(line.body, size="2", white_space="pre-wrap", word_break="break-word"),
        padding="8px 10px", border_radius="8px", max_width="90%", class_name="comment",
        align_self=rx.cond(line.mine, "end", "start"),
        background=rx.cond(line.mine, rx.color("accent", 3), rx.color("slate", 3)))


def thread_body() -> rx.Component:
    """The messages, oldest first, and a box to answer."""
    return rx.vstack(
        rx.cond(CommentsState.lines.length() > 0,
                rx.vstack(rx.foreach(CommentsState.lines, _comment), spacing="2", width="100%", max_height="50vh",
                          overflow_y="auto"),
                rx.text("No comments yet.", size="2", color_scheme="gray")),
        rx.form(rx.vstack(
            rx.text_area(name="body", placeholder="Write a comment", max_length=MAX_COMMENT, rows="3",
                         width="100%", aria_label="Comment", id="comment-body"),
            rx.button(rx.icon("send", size=14), "Send", type="submit", size="2"),
            spacing="2", align="end", width="100%"), on_submit=CommentsState.post, reset_on_submit=True,
            width="100%"),
        inline_error(CommentsState.comment_error),
        spacing="3", width="100%", id="comment-thread")


def thread_dialog() -> rx.Component:
    return rx.dialog.root(rx.dialog.content(
        rx.dialog.title(CommentsState.thread_title),
        thread_body(),
        rx.flex(rx.dialog.close(rx.button("Close", variant="soft", color_scheme="gray")), justify="end",
                margin_top="12px"),
        max_width="560px"),
        open=CommentsState.thread_open, on_open_change=CommentsState.close_thread)


def open_button(activity_id) -> rx.Component:
    return rx.button(rx.icon("message_circle", size=14), "Comments", size="1", variant="ghost", type="button",
                     on_click=CommentsState.open_thread(activity_id), class_name="open-comments")


def _thread_row(thread: ThreadLine) -> rx.Component:
    return rx.button(
        rx.vstack(rx.text(thread.name, size="2", weight="medium"),
                  rx.text(thread.athlete, " · ", thread.date, size="1", color_scheme="gray",
                          overflow_wrap="anywhere"),
                  spacing="0", align="start", text_align="left", flex="1", min_width="0"),
        rx.cond(thread.unread > 0, rx.badge(thread.unread, " unread", color_scheme="red"),
                rx.text(thread.count, size="1", color_scheme="gray", white_space="nowrap")),
        on_click=CommentsState.open_thread(thread.activity_id), variant="surface", color_scheme="gray",
        width="100%", height="auto", padding="8px 12px", justify="start", class_name="comment-thread-row",
        data_unread=thread.unread)


def unread_notice() -> rx.Component:
    """The Training tab's unread comments, each opening its thread."""
    return rx.cond(CommentsState.unread_total > 0, rx.card(rx.vstack(
        rx.hstack(rx.icon("message_circle", size=16), rx.text(CommentsState.unread_total, " unread comments",
                                                               weight="medium", size="2", id="unread-total"),
                  align="center", spacing="2"),
        rx.foreach(CommentsState.threads, lambda thread: rx.cond(thread.unread > 0, _thread_row(thread))),
        spacing="2", width="100%"), width="100%", id="unread-comments"))


def thread_list() -> rx.Component:
    """Every thread the reader takes part in, unread first."""
    return rx.cond(CommentsState.threads.length() > 0,
                   rx.vstack(rx.foreach(CommentsState.threads, _thread_row), spacing="2", width="100%",
                             id="comment-threads"),
                   rx.text("No comments on your athletes' workouts yet.", size="2", color_scheme="gray"))


def unread_badge() -> rx.Component:
    return rx.cond(CommentsState.unread_total > 0,
                   rx.badge(CommentsState.unread_total, color_scheme="red", variant="solid", radius="full",
                            class_name="unread-count", aria_label="unread comments"))


def email_settings_card(*, daily_workout: bool) -> rx.Component:
    """The emails a person may turn off; ``daily_workout`` adds the athletes' morning email."""
    state = EmailSettingsState
    return rx.card(rx.vstack(
        rx.heading("Emails", size="3"),
        rx.el.label(rx.flex(rx.switch(checked=state.comment_emails, on_change=state.set_comment_emails,
                                        id="comment-emails"),
                              rx.text("Email me when someone comments on a workout", size="2"), gap="8px",
                              align="center")),
        *([rx.el.label(rx.flex(rx.switch(checked=state.daily_workout_email,
                                         on_change=state.set_daily_workout_email, id="daily-workout-email"),
                               rx.text("Email me each morning with the day's workout", size="2"), gap="8px",
                               align="center"))] if daily_workout else []),
        rx.cond(state.settings_message != "", rx.text(state.settings_message, size="1", color_scheme="gray")),
        spacing="3", width="100%", on_mount=state.load), width="100%", max_width="560px", size="3")
