"""Schemathesis drives every documented endpoint of the app as it is served (the API mounted in front of the
console) with generated requests as a signed-in head coach: valid and invalid bodies, queries and path
parameters, control characters included. No answer may be a server error, and every answer must match the
OpenAPI document: its status, its content type (the JSON error envelope, never a plain-text page) and its body.

The world is built once per database and each endpoint gets a fresh token, so the examples go to requests."""

import os

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import content_type_conformance, response_schema_conformance

from nexrex_app.db import session_scope
from nexrex_app.domain import accounts
from nexrex_app.settings import settings as settings_of_the_app
from tests.conftest import DATABASES, use_clean_database
from tests.support.accounts import bearer
from tests.support.mailbox import Outbox
from tests.support.whole_app import whole_app
from tests.support.world import build_world

EXAMPLES = int(os.environ.get("NEXREX_FUZZ_EXAMPLES", 30))
CONTROL_CHARACTERS = st.sampled_from(["\n", "\r", "\t", "\x00", "\x1b", "\x7f", "\u2028"])
schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", whole_app())


@schema.hook
def flatmap_path_parameters(_context, path_parameters: dict) -> st.SearchStrategy:
    """Half the ids also carry a control character: a newline once took a path past every route to a
    plain-text 404, and generated text alone rarely holds one."""
    names = sorted(name for name, value in (path_parameters or {}).items() if isinstance(value, str))
    if not names:
        return st.just(path_parameters)
    return st.one_of(st.just(path_parameters),
                     st.builds(_with_character, st.just(path_parameters), st.sampled_from(names), CONTROL_CHARACTERS))


def _with_character(path_parameters: dict, name: str, character: str) -> dict:
    value = path_parameters[name]
    return {**path_parameters, name: value[:len(value) // 2] + character + value[len(value) // 2:] or character}


@pytest.fixture(scope="module", params=DATABASES)
def fuzzed_world(request, tmp_path_factory):
    """One clean database with the permission-test world in it, for all the endpoints of this module."""
    with pytest.MonkeyPatch.context() as patch:
        use_clean_database(request.getfixturevalue(f"{request.param}_url"), patch)
        outbox = Outbox(tmp_path_factory.mktemp("outbox"))
        patch.setattr(settings_of_the_app, "smtp_host", "")
        patch.setattr(settings_of_the_app, "outbox_dir", outbox.folder)
        with TestClient(whole_app()) as client:
            yield build_world(client, outbox)


@pytest.fixture
def head_coach(fuzzed_world) -> dict[str, str]:
    """A token of its own for each endpoint: a generated logout or password change cannot starve the others."""
    with session_scope() as db:
        return bearer(accounts.issue_token(db, accounts.find_user_by_email(db, "head@example.com")).access_token)


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_every_endpoint_answers_within_its_document(case, head_coach):
    if case.path.endswith("/stream"):
        case.headers = {**(case.headers or {}), "Accept": "text/event-stream"}
    response = case.call(headers={**head_coach, **(case.headers or {})})
    case.validate_response(response, checks=(not_a_server_error, content_type_conformance,
                                             response_schema_conformance))
