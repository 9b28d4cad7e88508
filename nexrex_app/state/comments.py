"""The comment thread on an activity, the unread counts (console sidebar, Training tab, the Comments page) and
each person's email settings."""

from __future__ import annotations

from datetime import date

import reflex as rx

from nexrex_app.base.errors import DomainError
from nexrex_app.base.wording import count_of
from nexrex_app.domain import activities, comments, email_settings
from nexrex_app.models.feedback import MAX_COMMENT
from nexrex_app.models.feedback_schemas import EmailSettingsUpdate
from nexrex_app.state.messages import in_words
from nexrex_app.state.session import SessionState
from nexrex_app.state.transactions import as_signed_in

COMMENT_LABELS = {"body": "Comment"}
LINK_PARAMETER = "activity"  # /athlete?activity=… and /console/comments?activity=…, the links in comment emails


def _comment_line(comment) -> dict:
    return {"comment_id": comment.comment_id, "author": comment.author_name, "side": comment.author_side,
            "body": comment.body, "mine": comment.mine}


def _thread_line(thread) -> dict:
    return {"activity_id": thread.activity_id, "name": thread.activity_name, "date": thread.date,
            "athlete": thread.athlete_name, "count": count_of(thread.comments, "comment"), "unread": thread.unread}


def _thread(session, actor, activity_id: str) -> tuple[str, list, object]:
    """The workout, its whole thread (read in pages), then marked read: what the reader sees now is read."""
    workout = activities.get_activity(session, actor, activity_id)
    lines, cursor = [], None
    while True:
        page = comments.list_comments(session, actor, activity_id, cursor=cursor, limit=comments.MAX_PAGE)
        lines += [_comment_line(comment) for comment in page.items]
        if not page.has_more:
            break
        cursor = page.next_cursor
    title = f"{workout['activity_name']} · {date.fromisoformat(workout['date']).strftime('%a %d %b')}"
    return title, lines, comments.mark_read(session, actor, activity_id)


class CommentsState(rx.State):
    unread_total: int = 0
    threads: list[dict] = []
    thread_open: bool = False
    activity_id: str = ""
    thread_title: str = "Comments"
    lines: list[dict] = []
    comment_error: str = ""

    async def _token(self) -> str:
        return (await self.get_state(SessionState)).access_token

    def _counts(self, counts) -> None:
        self.unread_total = counts.total
        self.threads = [_thread_line(thread) for thread in counts.threads]

    @rx.event
    async def refresh_unread(self):
        try:
            self._counts(await as_signed_in(await self._token(), comments.unread_counts))
        except DomainError:
            self.unread_total, self.threads = 0, []

    @rx.event
    async def load(self):
        """Opening a page with threads: the counts, and the thread a comment email links to."""
        await self.refresh_unread()
        linked = str(self.router.url.query_parameters.get(LINK_PARAMETER, ""))[:64]
        if linked:
            await self.open_thread(linked)

    @rx.event
    async def open_thread(self, activity_id: str):
        self.comment_error = ""
        try:
            title, lines, counts = await as_signed_in(await self._token(), _thread, str(activity_id)[:64])
        except DomainError as exc:
            self.comment_error = exc.message
            return
        self.activity_id, self.thread_title, self.lines = str(activity_id)[:64], title, lines
        self.thread_open = True
        self._counts(counts)

    @rx.event
    def close_thread(self, open_: bool = False):
        self.thread_open = open_

    @rx.event
    async def post(self, form_data: dict):
        self.comment_error = ""
        body = str(form_data.get("body") or "")[:MAX_COMMENT + 1]
        try:
            await as_signed_in(await self._token(), comments.post_comment, self.activity_id, body)
        except DomainError as exc:
            self.comment_error = in_words(exc, COMMENT_LABELS)
            return
        await self.open_thread(self.activity_id)


class EmailSettingsState(rx.State):
    comment_emails: bool = True
    daily_workout_email: bool = False
    settings_message: str = ""

    async def _apply(self, use_case, *args, done: str = "") -> None:
        token = (await self.get_state(SessionState)).access_token
        try:
            found = await as_signed_in(token, use_case, *args)
        except DomainError as exc:
            self.settings_message = exc.message
            return
        self.comment_emails, self.daily_workout_email = found.comment_emails, found.daily_workout_email
        self.settings_message = done

    @rx.event
    async def load(self):
        self.settings_message = ""
        await self._apply(email_settings.email_settings)

    @rx.event
    async def set_comment_emails(self, wanted: bool):
        await self._apply(email_settings.change_email_settings, EmailSettingsUpdate(comment_emails=bool(wanted)),
                          done="Saved.")

    @rx.event
    async def set_daily_workout_email(self, wanted: bool):
        await self._apply(email_settings.change_email_settings,
                          EmailSettingsUpdate(daily_workout_email=bool(wanted)), done="Saved.")
