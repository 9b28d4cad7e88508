"""No compiled event handler refers to the item of an ``rx.foreach`` loop from outside the loop.

Reflex hoists a form's submit handler (a React hook) to the top of the component, outside the loop that
renders the items; a handler that closes over the loop's item (``lambda form: State.act(card["id"], form)``)
then throws ``ReferenceError: card_rx_state_ is not defined`` when pressed. This reads the production build
the browser tests run against, so it covers every page, pressed by a test or not.
"""

import re

from nexrex_app.settings import PROJECT_ROOT

HOOK = re.compile(r"useCallback\(\((?:ev|_e)?\) => \{(?P<body>.*?)\n    \}\)", re.S)
LOOP_ITEM = re.compile(r"(?<![.\w])(\w+_rx_state_)")  # a loop's item; State vars are read as `state.x_rx_state_`


def test_no_hoisted_handler_uses_a_loop_item(app_url):
    compiled = sorted((PROJECT_ROOT / ".web-e2e" / "app_components").rglob("*.jsx"))
    assert compiled, "the production build was not found"
    found = [f"{path.name}: {sorted(set(LOOP_ITEM.findall(hook['body'])))}"
             for path in compiled for hook in HOOK.finditer(path.read_text())
             if LOOP_ITEM.search(hook["body"])]
    assert not found, "handlers that close over a loop item:\n" + "\n".join(found)
