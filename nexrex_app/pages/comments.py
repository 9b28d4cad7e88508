"""Comments: the conversations on the workouts of the athletes a coach sees, unread first."""

import reflex as rx

from nexrex_app.components.comments import thread_dialog, thread_list
from nexrex_app.components.layout import console_page


def page() -> rx.Component:
    return console_page(
        "Comments",
        rx.text("What your athletes and you wrote about their workouts. Open one to read and answer it.", size="2",
                color_scheme="gray"),
        thread_list(),
        thread_dialog(),
        active="Comments",
    )
