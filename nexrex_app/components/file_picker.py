"""A button that sends a file from the device with Reflex's upload, built on the browser's own file input. Reflex's
rx.upload brings react-dropzone and its table of a thousand MIME types: more than half of the Training tab's own
script, downloaded by a phone before it can show the day's workout."""

from __future__ import annotations

import reflex as rx
from reflex_base.event import EventSpec, parse_args_spec, passthrough_event_spec
from reflex_components_core.core.upload import Upload

PICKED = passthrough_event_spec(list[rx.UploadFile])


class FilePicker(rx.Component):
    """``assets/file_picker.jsx``: ``on_pick`` receives the picked or dropped files."""

    library = "$/public/file_picker.jsx"
    tag = "FilePicker"

    input_label: rx.Var[str]
    on_pick: rx.EventHandler[PICKED]


def file_picker(button: rx.Component, *, upload: EventSpec, input_label: str, id: str) -> rx.Component:
    """``button`` opens the device's file picker; the file picked (or dropped on it) goes to ``upload``, an upload
    handler called with ``rx.upload_files()``, which reads the files of an rx.upload unless told they come with
    the event."""
    Upload.is_used = True  # Reflex serves its upload route only to an app that draws an rx.upload
    picked = parse_args_spec(PICKED)[0][0]
    with_picked_files = upload.with_args(tuple((name, picked) if name._js_expr == "files" else (name, value)
                                               for name, value in upload.args))
    return FilePicker.create(button, on_pick=with_picked_files, input_label=input_label, id=id)
