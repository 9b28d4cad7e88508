"""Form pieces: labelled fields and inline messages."""

import reflex as rx

from nexrex_app.domain.passwords import PASSWORD_RULES
from nexrex_app.state.filters import ANY


def labelled(label: str, control: rx.Component, *, html_for: str, hint: str = "") -> rx.Component:
    return rx.vstack(
        rx.el.label(rx.text(label, size="2", weight="medium"), html_for=html_for),
        control,
        rx.cond(hint != "", rx.text(hint, size="1", color_scheme="gray")),
        spacing="1",
        width="100%",
    )


def inline_error(message: rx.Var[str]) -> rx.Component:
    """A message under a form; shown only when there is one. Screen readers hear it at once."""
    return rx.cond(
        message != "",
        rx.callout(message, icon="triangle_alert", color_scheme="red", size="1", role="alert", width="100%"),
    )


def notice(message, *, icon: str = "info", color: str = "blue") -> rx.Component:
    return rx.callout(message, icon=icon, color_scheme=color, size="1", width="100%")


def filter_select(options, value, on_change, label: str, words) -> rx.Component:
    """A list filter: "All …" or one of the options (shown as ``words(option)``)."""
    return rx.select.root(
        rx.select.trigger(aria_label=label, min_width="140px"),
        rx.select.content(rx.select.item(f"All {label.lower()}", value=ANY),
                          *[rx.select.item(words(option), value=option) for option in options]),
        value=value, on_change=on_change)


def word_select(options, value, on_change, *, words, **trigger_props) -> rx.Component:
    """A select that shows each stored value in people's words (``words(value)``) and sends the value."""
    size = trigger_props.pop("size", "2")
    disabled = trigger_props.pop("disabled", False)
    return rx.select.root(
        rx.select.trigger(**trigger_props),
        rx.select.content(*[rx.select.item(words(option), value=option) for option in options]),
        value=value, on_change=on_change, size=size, disabled=disabled)


def worded(value: rx.Var, words: dict[str, str]) -> rx.Var:
    """A stored value from the state (a sport, a level…) shown in people's words; unknown values as they are."""
    pairs = words.items()
    return rx.match(value.to(str), *[(stored, shown) for stored, shown in pairs], value.to(str))


def _password_rule(rules_met: rx.Var[dict[str, bool]], key: str, label: str) -> rx.Component:
    met = rules_met[key]
    return rx.hstack(
        rx.cond(met, rx.icon("circle_check", size=16, color=rx.color("grass", 10)),
                rx.icon("circle", size=16, color=rx.color("slate", 8))),
        rx.text(label, size="2", color=rx.cond(met, rx.color("grass", 11), rx.color("slate", 11))),
        align="center",
        spacing="2",
        data_rule=key,
        data_met=met.to_string(),
        class_name="password-rule",
    )


def new_password_field(rules_met: rx.Var[dict[str, bool]], on_change, *, label: str = "Password",
                       auto_focus: bool = False) -> rx.Component:
    """A new password with the rules ticked off live as the person types (sign-up, joining, reset)."""
    return rx.vstack(
        labelled(label, rx.input(id="password", name="password", type="password", size="3", width="100%",
                                 required=True, auto_complete="new-password", auto_focus=auto_focus,
                                 max_length=200, on_change=on_change), html_for="password"),
        rx.vstack(*[_password_rule(rules_met, rule.key, rule.label) for rule in PASSWORD_RULES], spacing="1",
                  aria_label="Password rules"),
        spacing="2",
        width="100%",
    )
