"""Reading the email the app sends: from the outbox folder, or from a real SMTP server."""

from __future__ import annotations

import email
import re
import socket
import threading
from email.message import EmailMessage
from email.policy import default as default_policy
from pathlib import Path

from aiosmtpd.controller import Controller

LINK = re.compile(r"https?://\S+?/(?:signup/verify|join|reset-password)/?\?token=[\w\-]+")


def link_in(message: EmailMessage) -> str:
    text = message.get_body(preferencelist=("plain",)).get_content()
    found = LINK.search(text)
    assert found, f"no link in: {text}"
    return found.group(0)


def token_in(message: EmailMessage) -> str:
    return link_in(message).rsplit("token=", 1)[1]


class Outbox:
    def __init__(self, folder: Path):
        self.folder = folder

    def messages(self) -> list[EmailMessage]:
        if not self.folder.exists():
            return []
        return [
            email.message_from_bytes(path.read_bytes(), policy=default_policy)
            for path in sorted(self.folder.glob("*.eml"), key=lambda p: p.stat().st_mtime_ns)
        ]

    def to(self, address: str) -> list[EmailMessage]:
        return [m for m in self.messages() if m["To"] == address]

    def last_token(self, address: str) -> str:
        messages = self.to(address)
        assert messages, f"no email to {address}"
        return token_in(messages[-1])


class _Keeper:
    def __init__(self):
        self.messages: list[EmailMessage] = []
        self.arrived = threading.Condition()

    async def handle_DATA(self, _server, _session, envelope):
        message = email.message_from_bytes(envelope.content, policy=default_policy)
        with self.arrived:
            self.messages.append(message)
            self.arrived.notify_all()
        return "250 Message accepted for delivery"


class SmtpServer:
    """aiosmtpd on a free loopback port."""

    def __init__(self):
        self.port = _free_port()
        self._keeper = _Keeper()
        self._controller = Controller(self._keeper, hostname="127.0.0.1", port=self.port)

    def start(self) -> None:
        self._controller.start()

    def stop(self) -> None:
        self._controller.stop()

    @property
    def messages(self) -> list[EmailMessage]:
        return list(self._keeper.messages)

    def wait_for(self, address: str, *, count: int = 1, timeout: float = 20) -> EmailMessage:
        def arrived() -> list[EmailMessage]:
            return [m for m in self._keeper.messages if m["To"] == address]

        with self._keeper.arrived:
            self._keeper.arrived.wait_for(lambda: len(arrived()) >= count, timeout=timeout)
        found = arrived()
        assert len(found) >= count, f"no email to {address} within {timeout}s"
        return found[count - 1]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
