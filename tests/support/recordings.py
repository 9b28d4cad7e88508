"""Real activity files, made the way devices and apps write them: GPX, TCX and FIT."""

from __future__ import annotations

import math
import xml.etree.ElementTree as ElementTree
from datetime import datetime, timedelta

import gpxpy.gpx
from garmin_fit_sdk import Encoder, Profile

GARMIN_TPX = "http://www.garmin.com/xmlschemas/TrackPointExtension/v1"


def _track(start: datetime, kilometres: float, minutes: float, points: int = 60):
    """Points due north from a start, evenly spaced in distance and time."""
    for i in range(points + 1):
        share = i / points
        yield (51.5 + share * kilometres / 111.2, -0.12, start + timedelta(minutes=minutes * share),
               140 + round(10 * math.sin(i / 5)))


def gpx_file(start: datetime, kilometres: float, minutes: float, *, kind: str = "running") -> bytes:
    gpx = gpxpy.gpx.GPX()
    gpx.nsmap["gpxtpx"] = GARMIN_TPX
    track = gpxpy.gpx.GPXTrack(name="Morning Run")
    track.type = kind
    segment = gpxpy.gpx.GPXTrackSegment()
    for lat, lon, moment, heart in _track(start, kilometres, minutes):
        point = gpxpy.gpx.GPXTrackPoint(lat, lon, time=moment)
        extension = ElementTree.Element(f"{{{GARMIN_TPX}}}TrackPointExtension")
        ElementTree.SubElement(extension, f"{{{GARMIN_TPX}}}hr").text = str(heart)
        point.extensions.append(extension)
        segment.points.append(point)
    track.segments.append(segment)
    gpx.tracks.append(track)
    return gpx.to_xml().encode()


def tcx_file(start: datetime, kilometres: float, minutes: float, *, sport: str = "Running") -> bytes:
    points = []
    for i, (lat, lon, moment, heart) in enumerate(_track(start, kilometres, minutes)):
        points.append(
            f"<Trackpoint><Time>{moment.strftime('%Y-%m-%dT%H:%M:%SZ')}</Time><Position><LatitudeDegrees>{lat}"
            f"</LatitudeDegrees><LongitudeDegrees>{lon}</LongitudeDegrees></Position><DistanceMeters>"
            f"{kilometres * 1000 * i / 60:.1f}</DistanceMeters><HeartRateBpm><Value>{heart}</Value></HeartRateBpm>"
            "</Trackpoint>")
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><TrainingCenterDatabase xmlns="
            "\"http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2\"><Activities>"
            f"<Activity Sport=\"{sport}\"><Id>{start.strftime('%Y-%m-%dT%H:%M:%SZ')}</Id>"
            f"<Lap StartTime=\"{start.strftime('%Y-%m-%dT%H:%M:%SZ')}\"><TotalTimeSeconds>{minutes * 60}"
            f"</TotalTimeSeconds><DistanceMeters>{kilometres * 1000}</DistanceMeters><Track>{''.join(points)}"
            "</Track></Lap></Activity></Activities></TrainingCenterDatabase>").encode()


def fit_file(start: datetime, kilometres: float, minutes: float, *, sport: str = "running") -> bytes:
    mesg = Profile["mesg_num"]
    encoder = Encoder()
    encoder.write_mesg({"mesg_num": mesg["FILE_ID"], "type": "activity", "manufacturer": "development",
                        "product": 0, "time_created": start, "serial_number": 1})
    for i, (_, _, moment, heart) in enumerate(_track(start, kilometres, minutes)):
        encoder.write_mesg({"mesg_num": mesg["RECORD"], "timestamp": moment, "distance": kilometres * 1000 * i / 60,
                            "heart_rate": heart})
    end = start + timedelta(minutes=minutes)
    encoder.write_mesg({"mesg_num": mesg["SESSION"], "timestamp": end, "start_time": start, "sport": sport,
                        "total_elapsed_time": minutes * 60, "total_timer_time": minutes * 60,
                        "total_distance": kilometres * 1000, "avg_heart_rate": 142})
    return encoder.close()


def billion_laughs_gpx(start: datetime, levels: int = 5) -> bytes:
    """A real GPX recording with nested entities ("billion laughs") in its track description: 18 kB on disk,
    10^(levels + 1) characters once a parser expands internal entities (a megabyte by default, little enough
    that the standard library's expat expands it without complaint)."""
    entities = ['<!ENTITY lol0 "lololololo">'] + [
        f'<!ENTITY lol{level} "{f"&lol{level - 1};" * 10}">' for level in range(1, levels + 1)]
    doctype = f"<!DOCTYPE gpx [{''.join(entities)}]>"
    text = gpx_file(start, 5, 30).decode()
    head, _, body = text.partition("?>")
    return f"{head}?>{doctype}{body}".replace("<trkseg>", f"<desc>&lol{levels};</desc><trkseg>", 1).encode()


def doctype_tcx(start: datetime) -> bytes:
    """A real TCX recording with a document type declaring an entity that its Sport attribute uses."""
    text = tcx_file(start, 5, 30).decode()
    head, _, body = text.partition("?>")
    doctype = '<!DOCTYPE TrainingCenterDatabase SYSTEM "http://example.invalid/tcx.dtd" [<!ENTITY sport "Running">]>'
    return f"{head}?>{doctype}{body}".replace('Sport="Running"', 'Sport="&sport;"', 1).encode()


def oversized_gpx(start: datetime, size: int) -> bytes:
    """A real GPX recording padded with trailing whitespace (still a valid document) to ``size`` bytes."""
    recorded = gpx_file(start, 5, 30)
    return recorded + b" " * (size - len(recorded))
