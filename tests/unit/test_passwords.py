import pytest

from nexrex_app.domain import passwords
from nexrex_app.base.errors import InvalidInput


@pytest.mark.parametrize(
    "password, failing",
    [
        ("Short1a", {"length"}),
        ("alllowercase1", {"upper"}),
        ("ALLUPPERCASE1", {"lower"}),
        ("NoDigitsHere", {"digit"}),
        ("", {"length", "upper", "lower", "digit"}),
        ("Good1Password", set()),
    ],
)
def test_each_rule_is_checked_on_its_own(password, failing):
    results = passwords.rule_results(password)
    assert {key for key, met in results.items() if not met} == failing


def test_a_weak_password_is_refused_naming_what_is_missing():
    with pytest.raises(InvalidInput) as refused:
        passwords.check_policy("lowercase")
    assert refused.value.field == "password"
    assert "uppercase" in refused.value.message and "digit" in refused.value.message
    assert "8 characters" not in refused.value.message


def test_a_password_longer_than_bcrypt_can_hold_is_refused_not_truncated():
    with pytest.raises(InvalidInput):
        passwords.check_policy("Aa1" + "x" * 80)


def test_hash_and_verify():
    stored = passwords.hash_password("Good1Password")
    assert stored.startswith("$2b$") and "Good1Password" not in stored
    assert passwords.verify_password("Good1Password", stored)
    assert not passwords.verify_password("good1password", stored)
    assert not passwords.verify_password("Good1Password", None)


def test_an_unknown_account_costs_a_real_bcrypt_check_of_the_same_strength():
    # Login answers unknown emails and wrong passwords alike, in about the same time: both run bcrypt
    # at the configured cost.
    real_cost = passwords.hash_password("Good1Password").split("$")[2]
    assert passwords._dummy_hash().decode().split("$")[2] == real_cost
