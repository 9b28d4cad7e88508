"""Reading real GPX, TCX and FIT recordings, and refusing what is not one."""

from datetime import UTC, datetime

import pytest

from nexrex_app.base.errors import InvalidInput
from nexrex_app.formats.imports import MAX_BYTES, read_activity, read_upload
from tests.support.recordings import billion_laughs_gpx, doctype_tcx, fit_file, gpx_file, oversized_gpx, tcx_file

START = datetime(2027, 3, 2, 6, 30, tzinfo=UTC)


@pytest.mark.parametrize("name, make", [("run.gpx", gpx_file), ("run.tcx", tcx_file), ("run.fit", fit_file)])
def test_distance_duration_pace_and_heart_rate(name, make):
    activity = read_activity(name, make(START, 10, 50))
    assert activity.start_time == START and activity.activity_type == "run"
    assert abs(activity.distance_in_meters - 10_000) <= 60
    assert activity.duration_in_seconds == 3000
    assert abs(activity.pace_seconds_per_km - 300) <= 2
    assert 135 <= activity.avg_heart_rate <= 150


def test_the_sport_comes_from_the_file():
    assert read_activity("ride.gpx", gpx_file(START, 30, 60, kind="cycling")).activity_type == "bike"
    assert read_activity("ride.fit", fit_file(START, 30, 60, sport="cycling")).activity_type == "bike"
    assert read_activity("ride.tcx", tcx_file(START, 30, 60, sport="Biking")).activity_type == "bike"


@pytest.mark.parametrize("name, data, code", [
    ("run.txt", b"hello", "UNSUPPORTED_FILE"), ("run.gpx", b"", "EMPTY_FILE"),
    ("run.gpx", b"<gpx><trk>broken", "UNREADABLE_FILE"), ("run.fit", b"\x0e\x10not a fit file at all", "UNREADABLE_FILE"),
    ("run.tcx", b"<TrainingCenterDatabase/>", "NO_RECORDING"),
    ("run.gpx", b'<?xml version="1.0"?><gpx version="1.1" creator="x"><trk><trkseg></trkseg></trk></gpx>',
     "NO_RECORDING"),
])
def test_bad_files_are_refused_with_a_clear_message(name, data, code):
    with pytest.raises(InvalidInput) as refused:
        read_activity(name, data)
    assert refused.value.code == code and refused.value.field == "file"


def test_a_truncated_fit_file_is_refused():
    with pytest.raises(InvalidInput) as refused:
        read_activity("run.fit", fit_file(START, 5, 25)[:-30])
    assert refused.value.code == "UNREADABLE_FILE"


@pytest.mark.parametrize("name, data", [
    ("run.gpx", billion_laughs_gpx(START)), ("run.gpx", billion_laughs_gpx(START, levels=9)),
    ("run.tcx", doctype_tcx(START)),
])
def test_xml_with_a_document_type_or_entities_is_refused(name, data):
    with pytest.raises(InvalidInput) as refused:
        read_activity(name, data)
    assert refused.value.code == "XML_DECLARATION_REFUSED" and refused.value.field == "file"
    assert "document type or entities" in refused.value.message


def test_a_gpx_file_in_the_older_1_0_format_reads_the_same():
    text = gpx_file(START, 10, 50).decode().replace('version="1.1"', 'version="1.0"').replace(
        "http://www.topografix.com/GPX/1/1", "http://www.topografix.com/GPX/1/0")
    activity = read_activity("run.gpx", text.encode())
    assert activity.name == "Morning Run" and activity.duration_in_seconds == 3000
    assert abs(activity.distance_in_meters - 10_000) <= 60


def test_an_upload_is_read_no_further_than_the_size_cap(tmp_path):
    path = tmp_path / "huge.gpx"
    path.write_bytes(oversized_gpx(START, MAX_BYTES + 5 * 1024 * 1024))
    with path.open("rb") as upload:
        with pytest.raises(InvalidInput) as refused:
            read_upload("huge.gpx", upload)
        assert upload.tell() == MAX_BYTES + 1
    assert refused.value.code == "FILE_TOO_LARGE" and refused.value.field == "file"
    with path.open("rb") as upload:
        with pytest.raises(InvalidInput) as refused:
            read_upload("huge.doc", upload)
        assert upload.tell() == 0 and refused.value.code == "UNSUPPORTED_FILE"


def test_a_file_just_under_the_cap_is_read(tmp_path):
    path = tmp_path / "padded.gpx"
    path.write_bytes(oversized_gpx(START, MAX_BYTES))
    with path.open("rb") as upload:
        assert read_upload("padded.gpx", upload).duration_in_seconds == 1800
