"""`agenda comments serve|pending|approve|reject|export`: the comment server, moderation, and the export."""

from __future__ import annotations

import datetime
from pathlib import Path

from ..comments.export import export_comments
from ..comments.gate import Window
from ..comments.isso import IssoDatabase, IssoSettings, start_server
from ..comments.moderation import AUDIT_FILE, Moderator, describe, keep_audit_log, shown
from ..render.views import Compilation
from ..swedish import swedish_date, swedish_today
from ..errors import user_error
from ..source import read_agenda


def serve(agenda_dir: Path, site_origins: list[str], listen: str, public_endpoint: str, trusted_proxy: bool = False,
          admin: bool = False) -> int:
    agenda = read_agenda(agenda_dir)
    consultation = agenda.consultation
    if consultation is None:
        raise user_error(f"{agenda.meta.id} has no consultation.yml: there is no remiss to take comments on")
    window = Window(consultation.start, consultation.deadline, consultation.status)
    settings = IssoSettings(agenda_id=agenda.meta.id, site_origins=site_origins, listen=listen,
                            public_endpoint=public_endpoint, window=window, trusted_proxy=trusted_proxy, admin=admin)
    process = start_server(settings)
    print(f"Comment server (Isso) for {settings.agenda_id} on {listen}, taking comments from "
          f"{consultation.start} to the end of {consultation.deadline}; database {settings.database}")
    if admin:
        print(f"Isso's admin page: {public_endpoint or listen}/admin/, with ISSO_ADMIN_PASSWORD "
              f"or the password in {settings.state_dir}/{settings.agenda_id}.admin-password")
    try:
        assert process.stdout is not None
        for line in process.stdout:
            print(line.decode(errors="replace"), end="", flush=True)
    finally:
        process.terminate()
    return process.wait()


def export(agenda_dir: Path, database: Path | None) -> int:
    agenda = read_agenda(agenda_dir)
    source = _database(agenda.meta.id, database)
    result = export_comments(agenda, source, agenda_dir / "responses", check=lambda: read_agenda(agenda_dir))
    print(f"Exported {len(result.added)} new approved comment(s) into {agenda_dir / 'responses'}; "
          f"{result.skipped_known} already exported.")
    for comment in result.skipped_other_pages:
        print(f"  skipped comment {comment.id} on {shown(comment.thread)}: not an area, goal or initiative page")
    decisions = keep_audit_log(_audit_log(source), agenda_dir / "responses")
    print(f"Kept {decisions} new moderation decision(s) in {agenda_dir / 'responses' / AUDIT_FILE}.")
    return 0


def pending(agenda_dir: Path, database: Path | None) -> int:
    """Every comment waiting for the registrator, in full, as the decision needs it."""
    agenda = read_agenda(agenda_dir)
    bodies = agenda.consultation.bodies if agenda.consultation else []
    waiting = _database(agenda.meta.id, database).pending_comments()
    for comment in waiting:
        print(describe(comment, bodies) + "\n")
    print(f"{len(waiting)} synpunkt(er) väntar på granskning.")
    return 0


def approve(agenda_dir: Path, database: Path | None, server: str, ids: list[int]) -> int:
    moderator = _moderator(agenda_dir, database, server)
    for comment_id in ids:
        comment = moderator.approve(comment_id)
        print(f"Synpunkt {comment_id} från {shown(comment.author)} är godkänd och publicerad.")
    return 0


def reject(agenda_dir: Path, database: Path | None, server: str, ids: list[int], reason: str) -> int:
    if not reason.strip():
        raise user_error("ange skälet till att synpunkten avvisas med --reason")
    moderator = _moderator(agenda_dir, database, server)
    for comment_id in ids:
        comment = moderator.reject(comment_id, reason.strip())
        print(f"Synpunkt {comment_id} från {shown(comment.author)} är avvisad och borttagen.")
    return 0


def status(agenda_dir: Path, as_of: datetime.date | None) -> int:
    """The sändlista for reminders: who has answered, declined or not yet answered, with contacts."""
    agenda = read_agenda(agenda_dir)
    consultation = agenda.consultation
    if consultation is None:
        raise user_error(f"{agenda.meta.id} has no consultation.yml: there is no sändlista")
    day = as_of or swedish_today()
    state = {"planned": "har inte öppnat", "open": "pågår", "closed": "är avslutad"}[consultation.state(day)]
    print(f"Remissen {consultation.diarienummer} {state} ({swedish_date(consultation.start)} till och med "
          f"{swedish_date(consultation.deadline)}), som den {swedish_date(day)}.")
    compiled = Compilation.of(agenda)
    for heading, wanted in (("Har svarat", "Har svarat"), ("Avstår", "Avstår"), ("Inget svar ännu", "Inget svar")):
        bodies = [body for body, body_status in compiled.bodies if body_status == wanted]
        print(f"\n{heading} ({len(bodies)}):")
        for body in bodies:
            contacts = f" (kontakt: {', '.join(shown(contact) for contact in body.contacts)})" if body.contacts else ""
            print(f"  {shown(body.name)}{contacts}")
    if compiled.unverified:
        print(f"\nÖvriga synpunkter, inte verifierade som organisationens svar ({len(compiled.unverified)}):")
        for response in compiled.unverified:
            print(f"  {shown(response.organisation)} ({response.id}): bekräfta med verified: registrator")
    return 0


def purge(agenda_dir: Path, database: Path | None, as_of: datetime.date | None) -> int:
    """E-mail and network addresses out of the comment database, once the remiss is over."""
    agenda = read_agenda(agenda_dir)
    consultation = agenda.consultation
    if consultation is not None and consultation.state(as_of or swedish_today()) != "closed":
        raise user_error("remissen är inte avslutad: e-postadresserna behövs tills sammanställningen är gjord")
    cleared = _database(agenda.meta.id, database).purge_addresses()
    print(f"Tog bort e-post- och nätverksadresser ur {cleared} synpunkt(er).")
    return 0


def _moderator(agenda_dir: Path, database: Path | None, server: str) -> Moderator:
    source = _database(read_agenda(agenda_dir).meta.id, database)
    return Moderator(source, server, _audit_log(source))


def _audit_log(database: IssoDatabase) -> Path:
    """Beside the database: the server's own record of the decisions."""
    return database.path.with_name(database.path.stem + ".moderation.jsonl")


def _database(agenda_id: str, database: Path | None) -> IssoDatabase:
    """The given database, or the one `agenda serve` and `agenda comments serve` keep for this agenda."""
    return IssoDatabase(database or IssoSettings(agenda_id=agenda_id, site_origins=[]).database)
