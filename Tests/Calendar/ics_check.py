"""The .ics calendars libro writes, read by the `icalendar` parser: every session of the sample
organization starts at the date and time its perfil.yml gives, in its zone, and the VTIMEZONE
libro wrote agrees with the IANA rules. Then the same with sessions on both sides of Chile's
change of time in April 2027, and with the method's default zone (Mexico City, no change).

    python Tests/Calendar/ics_check.py .build/debug/libro
"""

import shutil
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import yaml

ORG = "voces-del-bravo"


def build(libro, content, output):
    run = subprocess.run([libro, "build", "--content", str(content), "--output", str(output)],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr


def check(site, sessions, zone_name):
    """Each dated session is an event whose local start is the one written, in `zone_name`."""
    folder = site / "organizaciones" / ORG
    raw = (folder / "calendario.ics").read_bytes()
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b""), "lines must end in CRLF"
    assert all(len(line) <= 75 for line in raw.split(b"\r\n")), "a line passes 75 octets"
    calendar = icalendar.Calendar.from_ical(raw)
    assert calendar["VERSION"] == "2.0" and calendar["CALSCALE"] == "GREGORIAN" and calendar["PRODID"]
    written_zone = calendar.walk("VTIMEZONE")[0].to_tz()
    iana = ZoneInfo(zone_name)
    events = {str(event["UID"]).split("@")[0]: event for event in calendar.walk("VEVENT")}
    dated = [s for s in sessions if s.get("fecha")]
    assert len(events) == len(dated), (sorted(events), dated)
    for session in dated:
        event = events[f"sesion-{session['sesion']}"]
        hours, minutes = str(session.get("inicio", "09:00")).split(":")
        local = datetime.fromisoformat(str(session["fecha"])).replace(hour=int(hours), minute=int(minutes))
        start = event["DTSTART"].dt
        assert event["DTSTART"].params["TZID"] == zone_name, event["DTSTART"].params
        assert start.replace(tzinfo=None) == local, (start, local)
        # The offset the written VTIMEZONE gives is the one the IANA rules give.
        mine = written_zone.localize(local) if hasattr(written_zone, "localize") else local.replace(tzinfo=written_zone)
        assert mine.utcoffset() == local.replace(tzinfo=iana).utcoffset(), (local, mine.utcoffset())
        assert event["DTEND"].dt > start and event["SUMMARY"] and "DESCRIPTION" in event
        stamp = event["DTSTAMP"].dt
        assert stamp == local.replace(tzinfo=iana).astimezone(ZoneInfo("UTC")), (stamp, local)
        single = icalendar.Calendar.from_ical((folder / "sesiones" / f"sesion-{session['sesion']}.ics").read_bytes())
        assert single.walk("VEVENT")[0]["DTSTART"].dt.replace(tzinfo=None) == local
    return len(dated)


def variant(libro, root, work, name, zone, sessions):
    """The shipped content with the sample organization's zone and sessions replaced."""
    content = work / name
    shutil.copytree(root / "content", content)
    profile_path = content / "organizaciones" / ORG / "perfil.yml"
    profile = yaml.safe_load(profile_path.read_text(encoding="utf-8"))
    profile.pop("zona_horaria", None)
    if zone:
        profile["zona_horaria"] = zone
    profile["sesiones"] = [dict(profile["sesiones"][0], **session) for session in sessions]
    profile_path.write_text(yaml.safe_dump(profile, allow_unicode=True, sort_keys=False), encoding="utf-8")
    build(libro, content, work / f"{name}-sitio")
    return work / f"{name}-sitio", profile["sesiones"]


def main():
    libro = str(Path(sys.argv[1]).resolve())
    root = Path(__file__).resolve().parents[2]
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        build(libro, root / "content", work / "sitio")
        profile = yaml.safe_load((root / "content/organizaciones" / ORG / "perfil.yml").read_text(encoding="utf-8"))
        count = check(work / "sitio", profile["sesiones"], profile["zona_horaria"])
        around = [
            {"sesion": 1, "fecha": "2027-04-03", "inicio": "09:00"},
            {"sesion": 2, "fecha": "2027-04-05", "inicio": "16:30"},
        ]
        santiago = ZoneInfo("America/Santiago")
        first, second = (datetime(2027, 4, d, 12, tzinfo=santiago).utcoffset() for d in (3, 5))
        assert first - second == timedelta(hours=1), "the sessions should straddle Chile's change of time"
        site, sessions = variant(libro, root, work, "santiago", "America/Santiago", around)
        check(site, sessions, "America/Santiago")
        site, sessions = variant(libro, root, work, "omision", None, around)
        check(site, sessions, "America/Mexico_City")
    print(f"ics: {count} sesiones de {ORG}, America/Santiago y la zona por omisión leídas con icalendar")


if __name__ == "__main__":
    main()
