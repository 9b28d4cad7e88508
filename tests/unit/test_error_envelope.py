import pytest

from nexrex_app.base.errors import InvalidInput, describe_validation_error, field_path
from nexrex_app.models.library_schemas import PlanCreate, WorkoutUpdate


def test_field_paths_read_like_the_json():
    assert field_path(("body", "content_blocks", 1, "blocks", 0, "block_pace")) == "content_blocks[1].blocks[0].block_pace"
    assert field_path(("query", "limit")) == "limit"
    assert field_path(("body",)) == "body"


def test_validation_problems_become_messages_with_codes():
    assert describe_validation_error({"type": "missing", "loc": ("body", "email")}) == (
        "Missing required field: email.", "MISSING_FIELD", "email")
    assert describe_validation_error({"type": "extra_forbidden", "loc": ("body", "nickname")})[1:] == (
        "UNKNOWN_FIELD", "nickname")
    assert describe_validation_error({"type": "json_invalid", "loc": ("body", 3)})[1:] == ("INVALID_JSON", "body")
    message, code, field = describe_validation_error(
        {"type": "string_type", "loc": ("body", "token"), "msg": "Input should be a valid string"})
    assert (code, field) == ("INVALID_FIELD", "token") and "valid string" in message


def test_a_value_outside_a_closed_set_is_named_with_the_values_allowed():
    assert describe_validation_error({"type": "literal_error", "loc": ("body", "content", 2, "day"),
                                      "msg": "Input should be 'Monday' or 'Sunday'",
                                      "ctx": {"expected": "'Monday' or 'Sunday'"}}) == (
        "day must be one of: Monday, Sunday.", "INVALID_FIELD", "content[2].day")


def test_a_form_parsed_into_a_request_refuses_as_the_rules_do():
    with pytest.raises(InvalidInput) as refused:
        WorkoutUpdate.parse({"visibility": "everyone"})
    assert (refused.value.message, refused.value.field) == (
        "visibility must be one of: public, org, private.", "visibility")
    with pytest.raises(InvalidInput) as refused:
        PlanCreate.parse({"training_plan_name": "Base", "nickname": "x"})
    assert refused.value.code in ("MISSING_FIELD", "UNKNOWN_FIELD") and refused.value.field


def test_a_parsed_update_knows_which_fields_were_given():
    update = WorkoutUpdate.parse({"workout_name": "Hills", "description": None})
    assert update.given() == {"workout_name": "Hills", "description": None}
    assert update.plain() == {"workout_name": "Hills"}
