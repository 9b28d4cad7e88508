"""Reading a recorded activity from a GPX, TCX or FIT file: when, how far, how long, heart rate, power and
climbing (what its training load needs)."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

import defusedxml.ElementTree
import fitdecode
import gpxpy.gpx
import gpxpy.gpxfield
from defusedxml import DefusedXmlException
from tcxreader.tcxreader import TCXReader

from nexrex_app.base.errors import InvalidInput

MAX_BYTES = 20 * 1024 * 1024
KINDS = {".gpx": "gpx", ".tcx": "tcx", ".fit": "fit"}
SPORT_WORDS = (("run", "run"), ("cycl", "bike"), ("bik", "bike"), ("ride", "bike"), ("swim", "swim"),
               ("walk", "walk"), ("hik", "hike"))


@dataclass(frozen=True)
class RecordedActivity:
    source: str
    activity_type: str
    start_time: datetime
    distance_in_meters: int
    duration_in_seconds: int
    avg_heart_rate: int | None
    name: str
    avg_power_watts: int | None = None
    normalized_power_watts: int | None = None
    elevation_gain_in_meters: int | None = None

    @property
    def pace_seconds_per_km(self) -> int | None:
        return round(self.duration_in_seconds / self.distance_in_meters * 1000) if self.distance_in_meters else None


@dataclass(frozen=True)
class Power:
    average: int | None = None
    normalized: int | None = None


NP_WINDOW = 30  # seconds: normalised power is the fourth-power mean of the 30-second rolling average


def power_of(samples: list[tuple[datetime, float]]) -> Power:
    """Average and normalised power of timed samples, each held until the next (recordings skip seconds)."""
    timed = sorted((moment, watts) for moment, watts in samples if moment is not None and watts is not None)
    if len(timed) < 2:
        return Power()
    seconds: list[float] = []
    for (moment, watts), (following, _) in zip(timed, timed[1:], strict=False):
        seconds.extend([watts] * max(0, min(round((following - moment).total_seconds()), 3600)))
    if not seconds:
        return Power()
    average = sum(seconds) / len(seconds)
    if len(seconds) < NP_WINDOW:
        return Power(round(average), round(average))
    window = sum(seconds[:NP_WINDOW])
    rolling = [window / NP_WINDOW]
    for index in range(NP_WINDOW, len(seconds)):
        window += seconds[index] - seconds[index - NP_WINDOW]
        rolling.append(window / NP_WINDOW)
    return Power(round(average), round((sum(v ** 4 for v in rolling) / len(rolling)) ** 0.25))


def _whole(value) -> int | None:
    return round(value) if value else None


def sport_of(text: str | None, default: str = "run") -> str:
    lowered = (text or "").lower()
    for word, sport in SPORT_WORDS:
        if word in lowered:
            return sport
    return default


def read_upload(filename: str, stream: BinaryIO) -> RecordedActivity:
    """The activity in an uploaded file; reading stops past the size cap, so a huge upload is never held whole."""
    _kind(filename)
    return read_activity(filename, stream.read(MAX_BYTES + 1))


def read_activity(filename: str, data: bytes) -> RecordedActivity:
    """The activity in the file, or InvalidInput saying what is wrong with it."""
    kind = _kind(filename)
    if not data:
        raise InvalidInput("The file is empty.", field="file", code="EMPTY_FILE")
    if len(data) > MAX_BYTES:
        raise InvalidInput("The file is larger than 20 MB.", field="file", code="FILE_TOO_LARGE")
    try:
        activity = {"gpx": _gpx, "tcx": _tcx, "fit": _fit}[kind](data)
    except DefusedXmlException as exc:
        raise InvalidInput(f"This {kind.upper()} file declares a document type or entities, which nexrex does not "
                           f"accept: export the activity again from your device or app.", field="file",
                           code="XML_DECLARATION_REFUSED") from exc
    except InvalidInput:
        raise
    except Exception as exc:  # every parser fails in its own way on a damaged file
        raise InvalidInput(f"This {kind.upper()} file could not be read: it looks damaged or is not a "
                           f"{kind.upper()} file.", field="file", code="UNREADABLE_FILE") from exc
    if activity.duration_in_seconds <= 0:
        raise InvalidInput("The file has no recorded time.", field="file", code="NO_RECORDING")
    if activity.duration_in_seconds > 86_400:
        raise InvalidInput("The recording is longer than 24 hours.", field="file", code="TOO_LONG")
    return activity


def _kind(filename: str) -> str:
    kind = KINDS.get(Path(filename or "").suffix.lower())
    if kind is None:
        raise InvalidInput("Upload a .gpx, .tcx or .fit file.", field="file", code="UNSUPPORTED_FILE")
    return kind


def _xml_root(data: bytes) -> ElementTree.Element:
    """The one XML parser of uploads: no DOCTYPE at all, so no entity expansion and no external references."""
    return defusedxml.ElementTree.fromstring(data, forbid_dtd=True)


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _gpx(data: bytes) -> RecordedActivity:
    gpx = _gpx_from_root(_xml_root(data))
    points = [p for track in gpx.tracks for segment in track.segments for p in segment.points]
    timed = [p for p in points if p.time]
    if len(timed) < 2:
        raise InvalidInput("The GPX file has no timed track points.", field="file", code="NO_RECORDING")
    heart = [_gpx_heart_rate(p) for p in timed]
    heart = [h for h in heart if h]
    track = gpx.tracks[0]
    power = power_of([(p.time, _gpx_extension(p, "power")) for p in timed])
    climbing = gpx.get_uphill_downhill().uphill if any(p.elevation is not None for p in timed) else None
    return RecordedActivity(
        source="gpx", activity_type=sport_of(track.type or track.name), start_time=_utc(timed[0].time),
        distance_in_meters=round(gpx.length_2d()), duration_in_seconds=round((timed[-1].time - timed[0].time).total_seconds()),
        avg_heart_rate=round(sum(heart) / len(heart)) if heart else None, name=track.name or "Recorded activity",
        avg_power_watts=power.average, normalized_power_watts=power.normalized,
        elevation_gain_in_meters=_whole(climbing))


def _gpx_from_root(root: ElementTree.Element) -> gpxpy.gpx.GPX:
    """gpxpy's reading of an already parsed tree (``gpxpy.parse`` would parse with expat's entity expansion and
    scan the raw text with regexes that are quadratic on crafted input). gpxpy expects the GPX namespace
    stripped from element names, as its own parser does."""
    namespace = root.tag[:root.tag.index("}") + 1] if root.tag.startswith("{") else ""
    if namespace:
        for element in root.iter():
            if isinstance(element.tag, str) and element.tag.startswith(namespace):
                element.tag = element.tag[len(namespace):]
    return gpxpy.gpxfield.gpx_fields_from_xml(gpxpy.gpx.GPX(), root, root.get("version"))


def _gpx_heart_rate(point: gpxpy.gpx.GPXTrackPoint) -> int | None:
    return _gpx_extension(point, "hr")


def _gpx_extension(point: gpxpy.gpx.GPXTrackPoint, name: str) -> int | None:
    """A whole number a device wrote in the point's extensions (``gpxtpx:hr``, ``power``)."""
    for extension in point.extensions:
        for element in extension.iter():
            tag = element.tag.rsplit("}", 1)[-1].lower()
            if tag == name and element.text and element.text.strip().isdigit():
                return int(element.text.strip())
    return None


class _DefusedTCXReader(TCXReader):
    """tcxreader, reading bytes through ``_xml_root`` instead of the standard library's parser on a path."""

    def _TCXReader__parse_tcx_file(self, data: bytes):  # noqa: N802 - replaces TCXReader's private parse step
        return None, _xml_root(data)


def _tcx(data: bytes) -> RecordedActivity:
    exercise = _DefusedTCXReader().read(data)
    if not exercise.trackpoints or exercise.start_time is None:
        raise InvalidInput("The TCX file has no track points.", field="file", code="NO_RECORDING")
    power = power_of([(point.time, _number(point.tpx_ext.get("Watts"))) for point in exercise.trackpoints])
    return RecordedActivity(
        source="tcx", activity_type=sport_of(exercise.activity_type), start_time=_utc(exercise.start_time),
        distance_in_meters=round(exercise.distance or 0), duration_in_seconds=round(exercise.duration or 0),
        avg_heart_rate=round(exercise.hr_avg) if exercise.hr_avg else None, name="Recorded activity",
        avg_power_watts=power.average, normalized_power_watts=power.normalized,
        elevation_gain_in_meters=_whole(exercise.ascent))


def _number(value) -> float | None:
    try:
        return float(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def _fit(data: bytes) -> RecordedActivity:
    session: dict = {}
    records: list[dict] = []
    sport = None
    with fitdecode.FitReader(io.BytesIO(data), check_crc=fitdecode.CrcCheck.RAISE) as reader:
        for frame in reader:
            if not isinstance(frame, fitdecode.FitDataMessage):
                continue
            values = {field.name: field.value for field in frame.fields}
            if frame.name == "session":
                session = values
            elif frame.name == "record":
                records.append(values)
            elif frame.name == "sport":
                sport = values.get("sport")
    timed = [r for r in records if r.get("timestamp")]
    if not session and len(timed) < 2:
        raise InvalidInput("The FIT file has no recorded activity.", field="file", code="NO_RECORDING")
    start = session.get("start_time") or timed[0]["timestamp"]
    duration = session.get("total_timer_time") or (timed[-1]["timestamp"] - timed[0]["timestamp"]).total_seconds()
    distance = session.get("total_distance") or max((r.get("distance") or 0 for r in timed), default=0)
    heart = session.get("avg_heart_rate")
    if heart is None:
        beats = [r["heart_rate"] for r in timed if r.get("heart_rate")]
        heart = sum(beats) / len(beats) if beats else None
    power = power_of([(r["timestamp"], r.get("power")) for r in timed])
    return RecordedActivity(
        source="fit", activity_type=sport_of(str(session.get("sport") or sport or "")), start_time=_utc(start),
        distance_in_meters=round(distance), duration_in_seconds=round(duration),
        avg_heart_rate=round(heart) if heart else None, name="Recorded activity",
        avg_power_watts=_whole(session.get("avg_power")) or power.average,
        normalized_power_watts=_whole(session.get("normalized_power")) or power.normalized,
        elevation_gain_in_meters=_whole(session.get("total_ascent")))
