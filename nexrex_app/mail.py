"""Outgoing email: over SMTP when SMTP_HOST is set, otherwise ``.eml`` files in the outbox folder."""

from __future__ import annotations

import email
import html
import logging
import re
import smtplib
from email.message import EmailMessage
from email.policy import default as default_policy
from email.utils import format_datetime, make_msgid

from nexrex_app.base.clock import clock
from nexrex_app.base.errors import ServiceUnavailable
from nexrex_app.settings import settings

log = logging.getLogger("nexrex.mail")
LINK = re.compile(r"https?://\S+")


def compose(*, to: str, subject: str, text: str, html_body: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = settings.smtp_from
    message["To"] = to
    message["Subject"] = " ".join(subject.split())  # a name saved before line breaks were refused stays one line
    message["Date"] = format_datetime(clock.now())
    message["Message-ID"] = make_msgid(domain="nexrex.local")
    message.set_content(text)
    message.add_alternative(html_body, subtype="html")
    return message


def send(message: EmailMessage) -> None:
    if settings.smtp_host:
        _send_smtp(message)
    else:
        _write_outbox(message)


def _send_smtp(message: EmailMessage) -> None:
    try:
        with smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=15) as smtp:
            if settings.smtp_starttls:
                smtp.starttls()
            if settings.smtp_user:
                smtp.login(settings.smtp_user, settings.smtp_password)
            smtp.send_message(message)
    except (OSError, smtplib.SMTPException) as exc:
        log.error("could not send email to %s: %s", message["To"], exc.__class__.__name__)
        raise ServiceUnavailable(
            "The email could not be sent right now. Please try again in a minute.",
            code="EMAIL_UNAVAILABLE",
        ) from exc


def _write_outbox(message: EmailMessage) -> None:
    """Keep the message as a file; the log names it but never carries its links, which hold secrets."""
    settings.outbox_dir.mkdir(parents=True, exist_ok=True)
    stamp = clock.now().strftime("%Y%m%dT%H%M%S")
    token = message["Message-ID"].strip("<>").split("@")[0]
    path = settings.outbox_dir / f"{stamp}-{token}.eml"
    path.write_bytes(bytes(message))
    log.warning("email to %s (%s) written to %s; 'python -m nexrex_app.cli outbox' shows its link",
                message["To"], message["Subject"], path)


def outbox(last: int) -> list[EmailMessage]:
    """The ``last`` emails written to the outbox folder, newest first."""
    if not settings.outbox_dir.exists():
        return []
    paths = sorted(settings.outbox_dir.glob("*.eml"), key=lambda path: path.stat().st_mtime_ns, reverse=True)
    return [email.message_from_bytes(path.read_bytes(), policy=default_policy) for path in paths[:last]]


def links_in(message: EmailMessage) -> list[str]:
    return LINK.findall(message.get_body(preferencelist=("plain",)).get_content())


def action_email(*, to: str, subject: str, intro: str, button: str, link: str, outro: str) -> EmailMessage:
    """A plain one-button email (verification, invitation) with text and HTML parts."""
    text = f"{intro}\n\n{button}: {link}\n\n{outro}\n\n— nexrex\n"
    safe_link = html.escape(link, quote=True)
    html_body = (
        "<!doctype html><html><body style=\"font-family:Helvetica,Arial,sans-serif;color:#1c2024\">"
        f"<p>{html.escape(intro)}</p>"
        f"<p><a href=\"{safe_link}\" style=\"display:inline-block;padding:10px 18px;"
        f"background:#0d74ce;color:#fff;border-radius:6px;text-decoration:none\">{html.escape(button)}</a></p>"
        f"<p style=\"font-size:13px;color:#60646c\">Or open this link: {safe_link}</p>"
        f"<p style=\"font-size:13px;color:#60646c\">{html.escape(outro)}</p>"
        "</body></html>"
    )
    return compose(to=to, subject=subject, text=text, html_body=html_body)
