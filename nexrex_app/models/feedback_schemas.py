"""Requests and answers of activity comments, unread counts and email settings."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from nexrex_app.models.feedback import MAX_COMMENT
from nexrex_app.models.schemas import Ok, RequestBody


class CommentCreate(RequestBody):
    body: str = Field(max_length=MAX_COMMENT, description=f"The message, at most {MAX_COMMENT} characters")


class CommentView(BaseModel):
    comment_id: str
    activity_id: str
    author_id: str
    author_name: str = Field(description="The author's name as they gave it (never a coach-only nickname)")
    author_side: Literal["athlete", "coach"] = Field(description="Whether the athlete or one of their coaches wrote it")
    body: str
    created_at: int = Field(description="Epoch milliseconds")
    mine: bool = Field(description="Written by the caller")


class CommentPage(BaseModel):
    items: list[CommentView] = Field(description="Oldest first")
    next_cursor: str | None = Field(description="Pass as `cursor` for the next (newer) page")
    has_more: bool


class Thread(BaseModel):
    activity_id: str
    activity_name: str
    date: str = Field(description="YYYY-MM-DD, the athlete's local day")
    athlete_id: str
    athlete_name: str
    comments: int
    unread: int
    last_comment_at: int = Field(description="Epoch milliseconds")


class UnreadCounts(BaseModel):
    total: int = Field(description="Comments by others the caller has not read, on every activity they may see")
    threads: list[Thread] = Field(description="The threads with comments, unread first, then newest first")


class EmailSettingsView(BaseModel):
    comment_emails: bool = Field(description="An email when someone else comments on an activity of yours "
                                             "(or of an athlete you coach)")
    daily_workout_email: bool = Field(description="A morning email with the day's workout (athletes)")


class EmailSettingsUpdate(RequestBody):
    comment_emails: bool | None = None
    daily_workout_email: bool | None = None


CommentEnvelope = Ok[CommentView]
CommentPageEnvelope = Ok[CommentPage]
UnreadEnvelope = Ok[UnreadCounts]
EmailSettingsEnvelope = Ok[EmailSettingsView]
