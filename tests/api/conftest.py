import pytest
from fastapi.testclient import TestClient

from nexrex_app.api import create_api
from tests.support.whole_app import whole_app as build_whole_app


@pytest.fixture(scope="session")
def api_app():
    return create_api()


@pytest.fixture(scope="session")
def whole_app():
    """The real app: Reflex with the API mounted in front of it, as served."""
    return build_whole_app()


@pytest.fixture
def client(api_app, db, outbox) -> TestClient:
    """The API on a clean database, email to the outbox."""
    with TestClient(api_app, raise_server_exceptions=False) as test_client:
        yield test_client
