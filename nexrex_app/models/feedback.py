"""The conversation on each activity and the emails people choose to get: comments, what each person has read,
email settings and the daily workout emails already claimed."""

from __future__ import annotations

from datetime import date, datetime
from functools import partial

from sqlalchemy import Index, false, true
from sqlmodel import Field, SQLModel

from nexrex_app.base.clock import clock
from nexrex_app.models.ids import new_id

MAX_COMMENT = 2000


class ActivityComment(SQLModel, table=True):
    """One message in an activity's thread, written by the athlete or one of their coaches."""

    __tablename__ = "activity_comments"
    __table_args__ = (Index("ix_activity_comments_thread", "activity_id", "created_at", "id"),)

    id: str = Field(default_factory=partial(new_id, "cmt"), primary_key=True, max_length=40)
    activity_id: str = Field(foreign_key="activities.id", max_length=40, ondelete="CASCADE")
    author_id: str = Field(foreign_key="users.id", index=True, max_length=40, ondelete="CASCADE")
    body: str = Field(max_length=MAX_COMMENT)
    created_at: datetime = Field(default_factory=clock.now)


class CommentRead(SQLModel, table=True):
    """Up to when a person has read an activity's thread: later comments by others are unread."""

    __tablename__ = "comment_reads"

    user_id: str = Field(foreign_key="users.id", primary_key=True, max_length=40, ondelete="CASCADE")
    activity_id: str = Field(foreign_key="activities.id", primary_key=True, max_length=40, ondelete="CASCADE")
    read_at: datetime = Field(default_factory=clock.now)


class EmailSettings(SQLModel, table=True):
    """Which optional emails a person gets; no row means the defaults."""

    __tablename__ = "email_settings"

    user_id: str = Field(foreign_key="users.id", primary_key=True, max_length=40, ondelete="CASCADE")
    comment_emails: bool = Field(default=True, sa_column_kwargs={"server_default": true()})
    daily_workout_email: bool = Field(default=False, sa_column_kwargs={"server_default": false()})
    updated_at: datetime = Field(default_factory=clock.now)


class DailyWorkoutEmail(SQLModel, table=True):
    """A day's workout email, claimed by inserting this row before it is sent: the key makes it once per day."""

    __tablename__ = "daily_workout_emails"

    user_id: str = Field(foreign_key="users.id", primary_key=True, max_length=40, ondelete="CASCADE")
    day: date = Field(primary_key=True)
    claimed_at: datetime = Field(default_factory=clock.now)
