"""Command line for operators.

  python -m nexrex_app.cli features enable --user usr_… training_plan_library
  python -m nexrex_app.cli outbox            (the newest emails written without an SMTP server, with their links)
  python -m nexrex_app.cli send-daily-workouts   (today's workout to each athlete who asked; run it hourly)
"""

from __future__ import annotations

import argparse
import sys

from nexrex_app import mail
from nexrex_app.db import session_scope
from nexrex_app.domain import daily_email, features
from nexrex_app.base.errors import DomainError
from nexrex_app.settings import settings


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m nexrex_app.cli", description="nexrex administration")
    areas = parser.add_subparsers(dest="area", required=True)
    feature_parser = areas.add_parser("features", help="switch account and organization features")
    actions = feature_parser.add_subparsers(dest="action", required=True)
    for action in ("enable", "disable", "list"):
        sub = actions.add_parser(action)
        who = sub.add_mutually_exclusive_group(required=True)
        who.add_argument("--user", help="an account's user ID (usr_…)")
        who.add_argument("--org", help="an organization's ID (org_…)")
        if action != "list":
            sub.add_argument("feature", help="training_plan_library (accounts) or coach_agent (organizations)")
    outbox_parser = areas.add_parser("outbox", help="the newest emails in the outbox folder, with their links")
    outbox_parser.add_argument("--last", type=int, default=5, help="how many emails (default 5)")
    areas.add_parser("send-daily-workouts", help="email today's workout to each athlete who opted in and whose "
                                                 "morning it is (once per athlete per day; run it every hour)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.area == "outbox":
        return _show_outbox(args.last)
    if args.area == "send-daily-workouts":
        return _send_daily_workouts()
    return _switch_features(args)


def _show_outbox(last: int) -> int:
    messages = mail.outbox(last)
    if not messages:
        print(f"no email in {settings.outbox_dir}")
    for message in messages:
        print(f"{message['Date']}  to {message['To']}: {message['Subject']}")
        for link in mail.links_in(message):
            print(f"  {link}")
    return 0


def _send_daily_workouts() -> int:
    run = daily_email.send_daily_workouts()
    print(f"sent {len(run.sent)}, already sent today {len(run.already_sent)}, failed {len(run.failed)}")
    return 1 if run.failed else 0


def _switch_features(args: argparse.Namespace) -> int:
    try:
        with session_scope() as session:
            if args.action == "list":
                found = (features.account_features(session, args.user) if args.user
                         else features.org_features(session, args.org))
                for name, enabled in found.items():
                    print(f"{name}: {'on' if enabled else 'off'}")
                return 0
            enabled = args.action == "enable"
            if args.user:
                features.switch_account_feature(session, user_id=args.user, feature=args.feature, enabled=enabled)
            else:
                features.switch_org_feature(session, org_id=args.org, feature=args.feature, enabled=enabled)
        print(f"{args.feature} {'enabled' if enabled else 'disabled'} for {args.user or args.org}")
        return 0
    except DomainError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
