"""The comment thread on an activity, the unread counts (console sidebar, Training tab, the Comments page) and
each person's email settings."""

from __future__ import annotations

from dataclasses import dataclass

import reflex as rx

from nexrex_app.base.wording import count_of
from nexrex_app.domain import comments, email_settings
from nexrex_app.models.feedback import MAX_COMMENT
from nexrex_app.models.feedback_schemas import CommentView, EmailSettingsUpdate, Thread
from nexrex_app.state.browser_input import bounded_text
from nexrex_app.state.messages import in_words
from nexrex_app.state.use_cases import REFUSED, UseCaseRunner

COMMENT_LABELS = {"body": "Comment"}
LINK_PARAMETER = "activity"  # /athlete?activity=… and /console/comments?activity=…, the links in comment emails


@dataclass(frozen=True)
class CommentLine:
    """One comment of the open thread as the dialog shows it."""

    comment_id: str = ""
    author: str = ""
    side: str = ""
    body: str = ""
    mine: bool = False


@dataclass(frozen=True)
class ThreadLine:
    """A thread with comments as the lists of threads show it."""

    activity_id: str = ""
    name: str = ""
    date: str = ""
    athlete: str = ""
    count: str = ""
    unread: int = 0


def _comment_line(comment: CommentView) -> CommentLine:
    return CommentLine(comment_id=comment.comment_id, author=comment.author_name, side=comment.author_side,
                       body=comment.body, mine=comment.mine)


def _thread_line(thread: Thread) -> ThreadLine:
    return ThreadLine(activity_id=thread.activity_id, name=thread.activity_name, date=thread.date,
                      athlete=thread.athlete_name, count=count_of(thread.comments, "comment"), unread=thread.unread)


class CommentsState(UseCaseRunner, rx.State):
    unread_total: int = 0
    threads: list[ThreadLine] = []
    thread_open: bool = False
    activity_id: str = ""
    thread_title: str = "Comments"
    lines: list[CommentLine] = []
    comment_error: str = ""

    def _say(self, exc) -> str:
        return in_words(exc, COMMENT_LABELS)

    def _counts(self, counts) -> None:
        self.unread_total = counts.total
        self.threads = [_thread_line(thread) for thread in counts.threads]

    @rx.event
    async def refresh_unread(self):
        counts = await self._signed_in(comments.unread_counts, shown_in=None)
        if counts is REFUSED:
            self.unread_total, self.threads = 0, []
        else:
            self._counts(counts)

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
        activity_id = bounded_text(activity_id)
        opened = await self._signed_in(comments.read_thread, activity_id, shown_in="comment_error")
        if opened is REFUSED:
            return
        self.activity_id, self.thread_title = activity_id, opened.title
        self.lines = [_comment_line(comment) for comment in opened.comments]
        self.thread_open = True
        self._counts(opened.unread)

    @rx.event
    def close_thread(self, open_: bool = False):
        self.thread_open = open_

    @rx.event
    async def post(self, form_data: dict):
        self.comment_error = ""
        body = bounded_text(form_data.get("body"), MAX_COMMENT + 1)
        if await self._signed_in(comments.post_comment, self.activity_id, body, shown_in="comment_error") is REFUSED:
            return
        await self.open_thread(self.activity_id)


class EmailSettingsState(UseCaseRunner, rx.State):
    comment_emails: bool = True
    daily_workout_email: bool = False
    settings_message: str = ""

    async def _apply(self, use_case, *args, done: str = "") -> None:
        found = await self._signed_in(use_case, *args, shown_in="settings_message")
        if found is REFUSED:
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
