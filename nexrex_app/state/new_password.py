"""The live password checklist behind every form that sets a new password (sign-up, joining, reset)."""

from __future__ import annotations

import reflex as rx

from nexrex_app.domain import passwords
from nexrex_app.state.browser_input import bounded_text

MAX_TYPED = 200


def no_rules_met() -> dict[str, bool]:
    return passwords.rule_results("")


class NewPasswordMixin(rx.State, mixin=True):
    rules_met: dict[str, bool] = no_rules_met()
    error: str = ""

    @rx.var
    def all_rules_met(self) -> bool:
        return all(self.rules_met.values())

    @rx.event
    def check_password_rules(self, value: str):
        self.rules_met = passwords.rule_results(bounded_text(value, MAX_TYPED, as_typed=True))
        self.error = ""
