"""The product's stored values (sports, levels, visibilities, workout sub-types) in the words people read.

The API keeps the values; every page shows them through these functions. Imports nothing of ours, so the
coaching engine, the rules and the pages may all use it.
"""

from __future__ import annotations

SPORT_WORDS = {"run": "Run", "bike": "Bike", "swim": "Swim", "hike": "Hike", "walk": "Walk",
               "strength": "Strength", "custom": "Custom"}
LEVEL_WORDS = {"basic": "Basic", "beginner": "Basic", "intermediate": "Intermediate", "advanced": "Advanced"}
VISIBILITY_WORDS = {"public": "Public", "org": "Organization", "private": "Private", "system": "Built-in"}
PHASE_WORDS = {"base": "Base", "build": "Build", "peak": "Peak", "taper": "Taper"}
ROLE_WORDS = {"coach": "Coach", "athlete": "Athlete", "head_coach": "Head coach", "assistant_coach": "Assistant coach",
              "owner": "Owner"}

# The API's sub-types are named after running; each sport reads them in its own words.
SUB_TYPE_WORDS = {
    "run": {"easy-run": "Easy run", "tempo-run": "Tempo run", "interval-run": "Intervals", "long-run": "Long run"},
    "bike": {"easy-run": "Easy ride", "tempo-run": "Tempo ride", "interval-run": "Intervals",
             "long-run": "Long ride"},
    "swim": {"easy-run": "Easy swim", "tempo-run": "Tempo swim", "interval-run": "Intervals",
             "long-run": "Long swim"},
}
ANY_SPORT_SUB_TYPES = {"easy-run": "Easy", "tempo-run": "Tempo", "interval-run": "Intervals", "long-run": "Long"}
DAY_CHOICE_WORDS = {"Any": "Any", "Rest": "Rest"}
BLOCK_TYPE_WORDS = {"warm-up": "Warm-up", "run": "Main set", "interval": "Repeat", "recovery-run": "Recovery",
                    "cool-down": "Cool-down"}
ZONE_WORDS = {"z1": "z1 recovery", "z2": "z2 easy", "z3": "z3 steady", "z4": "z4 threshold", "z5": "z5 hard"}
LENGTH_WORDS = {"distance": "Distance", "duration": "Time"}
FEELING_WORDS = {"awful": "Awful", "poor": "Poor", "okay": "Okay", "good": "Good", "great": "Great"}
INTENSITY_WORDS = {"pace": "Pace", "heartrate": "Heart rate", "power": "Power"}

def _word(value: str | None, words: dict[str, str]) -> str:
    if not value:
        return ""
    return words.get(value, value.replace("_", " ").replace("-", " ").capitalize())


def sport_word(sport: str | None) -> str:
    return _word(sport, SPORT_WORDS)


def level_word(level: str | None) -> str:
    return _word(level, LEVEL_WORDS)


def visibility_word(visibility: str | None) -> str:
    return _word(visibility, VISIBILITY_WORDS)


def phase_word(phase: str | None) -> str:
    return _word(phase, PHASE_WORDS)


def sub_type_word(sub_type: str | None, sport: str | None = None) -> str:
    """``long-run`` of a bike workout is a "Long ride"; with no sport (a filter over all sports), "Long"."""
    return _word(sub_type, SUB_TYPE_WORDS.get(sport or "", ANY_SPORT_SUB_TYPES))


def day_choice_word(choice: str | None, sport: str | None = None) -> str:
    """A plan's preferred-day choice: Any, Rest or a sub-type."""
    return DAY_CHOICE_WORDS.get(choice or "") or sub_type_word(choice, sport)


def words_from(words: dict[str, str]):
    """The word function of one table (the same stored value means different things in different lists: ``run``
    is a sport and a block type)."""
    return lambda value: _word(value, words)


def count_of(number: int, thing: str, things: str | None = None) -> str:
    """ "1 athlete", "3 athletes". """
    return f"{number} {thing if number == 1 else things or thing + 's'}"
