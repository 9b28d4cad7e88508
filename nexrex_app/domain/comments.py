"""The thread on each activity: the athlete and the coaches who may see them talk about the workout.

Only comments are in the thread: the coach-only fields of the roster (nickname, labels, private notes) are never
read here. A new comment emails the other side (those who turned comment emails off excepted), with a link to it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import and_, case, func, or_
from sqlmodel import Session, select

from nexrex_app import mail
from nexrex_app.base.clock import clock, epoch_ms
from nexrex_app.base.errors import ServiceUnavailable
from nexrex_app.base.text import required_text
from nexrex_app.domain import permissions
from nexrex_app.domain.activities import visible_activity
from nexrex_app.domain.email_settings import settings_of
from nexrex_app.domain.paging import after_cursor, check_limit, encode_cursor
from nexrex_app.domain.permissions import Actor
from nexrex_app.models.accounts import User
from nexrex_app.models.activities import Activity
from nexrex_app.models.feedback import MAX_COMMENT, ActivityComment, CommentRead
from nexrex_app.models.feedback_schemas import CommentPage, CommentView, Thread, UnreadCounts
from nexrex_app.models.organizations import ATHLETE, HEAD_COACH, Membership
from nexrex_app.settings import settings

log = logging.getLogger("nexrex.comments")
DEFAULT_PAGE, MAX_PAGE = 50, 200
MAX_THREADS = 100
ATHLETE_PAGE, COACH_PAGE = "/athlete", "/console/comments"


def list_comments(session: Session, actor: Actor, activity_id: str, *, cursor: str | None = None,
                  limit: int | None = None) -> CommentPage:
    """The thread, oldest first, a page at a time."""
    activity = visible_activity(session, actor, activity_id)
    check_limit(limit, maximum=MAX_PAGE)
    size = limit or DEFAULT_PAGE
    query = after_cursor(select(ActivityComment).where(ActivityComment.activity_id == activity.id), cursor,
                         ActivityComment.created_at, ActivityComment.id)
    rows = session.exec(query.order_by(ActivityComment.created_at, ActivityComment.id).limit(size + 1)).all()
    has_more = len(rows) > size
    rows = rows[:size]
    names = _names(session, {row.author_id for row in rows})
    return CommentPage(items=[_view(row, activity, names, actor) for row in rows], has_more=has_more,
                       next_cursor=encode_cursor(rows[-1].created_at, rows[-1].id) if has_more else None)


def post_comment(session: Session, actor: Actor, activity_id: str, body: str) -> CommentView:
    """A new message in the thread; the writer has read everything up to it, the other side is told by email."""
    activity = visible_activity(session, actor, activity_id)
    text = required_text(body, field="body", label="Comment", max_length=MAX_COMMENT, multiline=True)
    comment = ActivityComment(activity_id=activity.id, author_id=actor.user_id, body=text, created_at=clock.now())
    session.add(comment)
    _read_up_to(session, actor.user_id, activity.id, comment.created_at)
    session.flush()
    _tell_the_other_side(session, activity, comment)
    return _view(comment, activity, _names(session, {actor.user_id}), actor)


@dataclass(frozen=True)
class OpenedThread:
    title: str               # the workout and its day, e.g. "Tempo 10 km · Mon 01 Mar"
    comments: list[CommentView]
    unread: UnreadCounts     # the reader's counts once this thread is read


def read_thread(session: Session, actor: Actor, activity_id: str) -> OpenedThread:
    """The workout's whole thread (read in pages), then marked read: what the reader sees now is read."""
    activity = visible_activity(session, actor, activity_id)
    found, cursor = [], None
    while True:
        page = list_comments(session, actor, activity_id, cursor=cursor, limit=MAX_PAGE)
        found += page.items
        if not page.has_more:
            break
        cursor = page.next_cursor
    title = f"{activity.activity_name} · {activity.date.strftime('%a %d %b')}"
    return OpenedThread(title, found, mark_read(session, actor, activity_id))


def mark_read(session: Session, actor: Actor, activity_id: str) -> UnreadCounts:
    """Everything in the thread so far is read by the caller; answers the caller's unread counts."""
    activity = visible_activity(session, actor, activity_id)
    _read_up_to(session, actor.user_id, activity.id, clock.now())
    session.flush()
    return unread_counts(session, actor)


def unread_counts(session: Session, actor: Actor) -> UnreadCounts:
    """The caller's threads (their own activities and those of the athletes they coach) with unread counts."""
    unread = func.sum(case((_unread(actor), 1), else_=0))
    query = (select(Activity, func.count(ActivityComment.id), unread, func.max(ActivityComment.created_at))
             .join(ActivityComment, ActivityComment.activity_id == Activity.id)
             .outerjoin(CommentRead, and_(CommentRead.activity_id == Activity.id, CommentRead.user_id == actor.user_id))
             .where(_visible_activities(actor))
             .group_by(Activity.id)
             .order_by(unread.desc(), func.max(ActivityComment.created_at).desc()).limit(MAX_THREADS))
    rows = session.exec(query).all()
    names = _names(session, {row[0].user_id for row in rows})
    threads = [Thread(activity_id=activity.id, activity_name=activity.activity_name, date=activity.date.isoformat(),
                      athlete_id=activity.user_id, athlete_name=names[activity.user_id], comments=count,
                      unread=int(new or 0), last_comment_at=epoch_ms(latest))
               for activity, count, new, latest in rows]
    return UnreadCounts(total=_unread_total(session, actor), threads=threads)


def _unread_total(session: Session, actor: Actor) -> int:
    query = (select(func.count(ActivityComment.id))
             .join(Activity, Activity.id == ActivityComment.activity_id)
             .outerjoin(CommentRead, and_(CommentRead.activity_id == Activity.id, CommentRead.user_id == actor.user_id))
             .where(_visible_activities(actor), _unread(actor)))
    return session.exec(query).one()


def _unread(actor: Actor):
    """A comment by someone else, newer than what the caller has read of its thread."""
    return and_(ActivityComment.author_id != actor.user_id,
                or_(CommentRead.read_at.is_(None), ActivityComment.created_at > CommentRead.read_at))


def _visible_activities(actor: Actor):
    """The caller's own activities, and those of the athletes they coach (an assistant: only their own athletes)."""
    if not actor.is_coach:
        return Activity.user_id == actor.user_id
    coached = select(Membership.user_id).where(Membership.role == ATHLETE,
                                               permissions.member_reach(actor).condition(Membership))
    return or_(Activity.user_id == actor.user_id, Activity.user_id.in_(coached))


def _read_up_to(session: Session, user_id: str, activity_id: str, moment) -> None:
    read = session.get(CommentRead, (user_id, activity_id)) or CommentRead(user_id=user_id, activity_id=activity_id)
    read.read_at = moment
    session.add(read)


def _names(session: Session, user_ids: set[str]) -> dict[str, str]:
    """Each person's own name (or address): never the nickname a coach gave them."""
    if not user_ids:
        return {}
    rows = session.exec(select(User.id, User.display_name, User.email).where(User.id.in_(list(user_ids)))).all()
    return {user_id: name or email for user_id, name, email in rows}


def _view(comment: ActivityComment, activity: Activity, names: dict[str, str], actor: Actor) -> CommentView:
    return CommentView(comment_id=comment.id, activity_id=comment.activity_id, author_id=comment.author_id,
                       author_name=names.get(comment.author_id, ""), body=comment.body,
                       author_side="athlete" if comment.author_id == activity.user_id else "coach",
                       created_at=epoch_ms(comment.created_at), mine=comment.author_id == actor.user_id)


# --- telling the other side ----------------------------------------------------------------------


def recipients(session: Session, activity: Activity, author_id: str) -> list[User]:
    """Everyone in the conversation but the author: the athlete, the coaches who wrote in the thread, and the
    athlete's own coach (the head coach when none is assigned); only those who may still see the athlete and have
    comment emails on."""
    member = session.get(Membership, activity.user_id)
    wanted = {activity.user_id}
    wanted |= set(session.exec(select(ActivityComment.author_id)
                               .where(ActivityComment.activity_id == activity.id)).all())
    if member is not None:
        wanted.add(member.coach_id or _head_coach(session, member.org_id))
    wanted.discard(author_id)
    people = [session.get(User, user_id) for user_id in sorted(i for i in wanted if i)]
    return [person for person in people if person is not None and _still_sees(session, person, activity, member)
            and settings_of(session, person.id).comment_emails]


def _head_coach(session: Session, org_id: str) -> str | None:
    return session.exec(select(Membership.user_id).where(Membership.org_id == org_id,
                                                         Membership.role == HEAD_COACH)).first()


def _still_sees(session: Session, person: User, activity: Activity, member: Membership | None) -> bool:
    if person.id == activity.user_id:
        return True
    coach = permissions.actor_for(session, person)
    return member is not None and permissions.can_coach_athlete(coach, member)


def _tell_the_other_side(session: Session, activity: Activity, comment: ActivityComment) -> None:
    """An email to each recipient; a mail server that is down loses the email, never the comment."""
    author = _names(session, {comment.author_id}).get(comment.author_id, "Someone")
    for person in recipients(session, activity, comment.author_id):
        page = ATHLETE_PAGE if person.id == activity.user_id else COACH_PAGE
        message = mail.action_email(
            to=person.email, subject=f"{author} commented on {activity.activity_name}",
            intro=f"{author} commented on {activity.activity_name} ({activity.date.isoformat()}):\n\n{comment.body}",
            button="Open the conversation", link=f"{settings.public_url}{page}?activity={activity.id}",
            outro="You can turn these emails off on your profile page.")
        try:
            mail.send(message)
        except ServiceUnavailable:
            log.warning("comment email to %s not sent", person.id)
