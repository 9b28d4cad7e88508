"""The built-in workouts' figures say what the workouts are, on a new database and on one migrated from before."""

from alembic import command
from alembic.config import Config
from sqlalchemy import text

from nexrex_app.coach.zones import fitness_for
from nexrex_app.db import make_engine
from nexrex_app.base.blocks import totals
from nexrex_app.domain.starter_workouts import starter_rows
from nexrex_app.settings import PROJECT_ROOT


def _rows() -> dict[str, dict]:
    return {row["workout_name"]: row for row in starter_rows()}


def test_a_workout_named_by_its_time_lasts_that_long():
    rows = _rows()
    assert rows["Endurance Ride 90 min"]["target_duration_in_seconds"] == 90 * 60
    assert rows["Easy Swim 2000 m"]["target_distance_in_meters"] == 2000


def test_the_css_swim_takes_the_whole_session_not_only_its_rests():
    css = _rows()["CSS Swim 10 × 100 m"]
    assert css["target_distance_in_meters"] == 1600
    rests = totals(css["content_blocks"]).duration_in_seconds
    assert rests == 150
    swimmer = fitness_for("swim", "intermediate", {})
    swum = swimmer.seconds_for(400, "z1") + 10 * swimmer.seconds_for(100, "z4") + swimmer.seconds_for(200, "z1")
    assert css["target_duration_in_seconds"] == round((swum + rests) / 60) * 60 == 32 * 60


def _alembic(connection) -> Config:
    config = Config(str(PROJECT_ROOT / "alembic.ini"))
    config.attributes["configure_logger"] = False
    config.attributes["connection"] = connection
    return config


def _figures(connection) -> dict[str, int]:
    found = connection.execute(text("SELECT id, target_duration_in_seconds FROM workouts WHERE id IN "
                                    "('wkt_system06', 'wkt_system10')"))
    return dict(found.all())


def test_the_migration_corrects_a_database_made_before_and_undoes_it(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'starter.db'}")
    with engine.begin() as connection:
        command.upgrade(_alembic(connection), "head")
        assert _figures(connection) == {"wkt_system06": 5400, "wkt_system10": 1920}
        command.downgrade(_alembic(connection), "0006")
        assert _figures(connection) == {"wkt_system06": 6000, "wkt_system10": 150}
        command.upgrade(_alembic(connection), "head")
        assert _figures(connection) == {"wkt_system06": 5400, "wkt_system10": 1920}
    engine.dispose()
