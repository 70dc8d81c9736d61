"""The .ics calendars libro writes, read by the `icalendar` parser: every session of the sample
organization starts at the date and time its perfil.yml gives, in its zone, and the VTIMEZONE
libro wrote agrees with the IANA rules. Then the same with sessions on both sides of Chile's
change of time in April 2027 and one across the night of the change, and with the method's
default zone (Mexico City, no change). Each event ends when the organization's agenda (breaks,
meal) says, counted in real minutes; an unknown zone is an error at its line; two builds write
the same bytes.

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
    run = subprocess.run([libro, "construir", "--contenido", str(content), "--salida", str(output)],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr


def check(site, sessions, zone_name, every=None):
    """Each dated session is an event whose local start is the one written, in `zone_name`;
    `every` is all the sessions the calendar holds, when `sessions` checks only some."""
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
    assert len(events) == len([s for s in (every or sessions) if s.get("fecha")]), (sorted(events), dated)
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
        if "minutos" in session:
            # Real minutes between start and end, and the end's time on the zone's wall clock.
            utc = ZoneInfo("UTC")
            begin = local.replace(tzinfo=iana).astimezone(utc)
            end = event["DTEND"].dt.astimezone(utc)
            assert end - begin == timedelta(minutes=session["minutos"]), (session, end - begin)
            assert end.astimezone(iana).strftime("%Y-%m-%d %H:%M") == session["fin"], (session, end.astimezone(iana))
        stamp = event["DTSTAMP"].dt
        assert stamp == local.replace(tzinfo=iana).astimezone(ZoneInfo("UTC")), (stamp, local)
        single = icalendar.Calendar.from_ical((folder / "sesiones" / f"sesion-{session['sesion']}.ics").read_bytes())
        assert single.walk("VEVENT")[0]["DTSTART"].dt.replace(tzinfo=None) == local
    return len(events)


def variant(libro, root, work, name, zone, sessions):
    """The shipped content with the sample organization's zone and sessions replaced."""
    content = work / name
    shutil.copytree(root / "content", content)
    profile_path = content / "organizaciones" / ORG / "perfil.yml"
    profile = yaml.safe_load(profile_path.read_text(encoding="utf-8"))
    profile.pop("zona_horaria", None)
    if zone:
        profile["zona_horaria"] = zone
    base = {key: profile["sesiones"][0][key] for key in ("lugar", "modalidad")}
    expected = ("minutos", "fin")
    profile["sesiones"] = [dict(base, **{k: v for k, v in s.items() if k not in expected}) for s in sessions]
    profile_path.write_text(yaml.safe_dump(profile, allow_unicode=True, sort_keys=False), encoding="utf-8")
    build(libro, content, work / f"{name}-sitio")
    return work / f"{name}-sitio", sessions


def unknown_zone(libro, root, work):
    """A zone name the IANA database does not have stops the build at its line."""
    content = work / "zona-desconocida"
    shutil.copytree(root / "content", content)
    profile_path = content / "organizaciones" / ORG / "perfil.yml"
    text = profile_path.read_text(encoding="utf-8")
    profile_path.write_text(text.replace("America/Ciudad_Juarez", "America/Juarez"), encoding="utf-8")
    line = next(n for n, l in enumerate(text.splitlines(), 1) if l.startswith("zona_horaria:"))
    run = subprocess.run([libro, "construir", "--contenido", str(content), "--salida", str(work / "zd-sitio")],
                         capture_output=True, text=True)
    assert run.returncode != 0 and not (work / "zd-sitio" / "index.html").exists()
    assert f"perfil.yml:{line}:" in run.stderr and "zona horaria" in run.stderr, run.stderr


def main():
    libro = str(Path(sys.argv[1]).resolve())
    root = Path(__file__).resolve().parents[2]
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        build(libro, root / "content", work / "sitio")
        profile = yaml.safe_load((root / "content/organizaciones" / ORG / "perfil.yml").read_text(encoding="utf-8"))
        count = check(work / "sitio", profile["sesiones"], profile["zona_horaria"])
        # Sesión 1 of the sample: 60 + 60 min, a 15-min break, 120, a 60-min meal, 60 and 120: 495 min.
        profile["sesiones"][0].update(minutos=495, fin="2027-02-09 17:15")
        check(work / "sitio", profile["sesiones"][:1], profile["zona_horaria"], every=profile["sesiones"])
        settings = {"recesos": 15, "comida": 60, "comida_despues_de": 3}
        # Chile goes back from -03 to -04 at midnight between 3 and 4 April 2027. Sesión 2 is
        # before (60 + 30 + the assumed 15-min break + 300 + 30 = 435 min), sesión 3 after
        # (120 + 120 + 30 = 270), and sesión 1 from 20:00 crosses the night: 8 h 15 min of real
        # time end at 03:15 on the wall clock, not 04:15. Sesión 6 (285 min) from 20:00 ends at
        # 23:45 in the hour lived twice, the second time: libro writes that end in UTC.
        around = [
            dict(sesion=1, fecha="2027-04-03", inicio="20:00", minutos=495, fin="2027-04-04 03:15", **settings),
            dict(sesion=6, fecha="2027-04-03", inicio="20:00", minutos=285, fin="2027-04-03 23:45"),
            dict(sesion=2, fecha="2027-04-01", inicio="09:00", minutos=435, fin="2027-04-01 16:15"),
            dict(sesion=3, fecha="2027-04-05", inicio="16:30", minutos=270, fin="2027-04-05 21:00"),
        ]
        santiago = ZoneInfo("America/Santiago")
        first, second = (datetime(2027, 4, d, 12, tzinfo=santiago).utcoffset() for d in (1, 5))
        assert first - second == timedelta(hours=1), "the sessions should straddle Chile's change of time"
        site, sessions = variant(libro, root, work, "santiago", "America/Santiago", around)
        check(site, sessions, "America/Santiago")
        # Without a change of time, sesión 1 from 20:00 ends at 04:15 of the next day.
        around[0]["fin"] = "2027-04-04 04:15"
        around[1]["fin"] = "2027-04-04 00:45"
        site, sessions = variant(libro, root, work, "omision", None, around)
        check(site, sessions, "America/Mexico_City")
        again, _ = variant(libro, root, work, "omision-otra-vez", None, around)
        for path in sorted((site / "organizaciones" / ORG).rglob("*.ics")):
            twin = again / path.relative_to(site)
            assert path.read_bytes() == twin.read_bytes(), f"{path.name} differs between two builds"
        unknown_zone(libro, root, work)
    print(f"ics: {count} sesiones de {ORG}, America/Santiago y la zona por omisión leídas con icalendar")


if __name__ == "__main__":
    main()
