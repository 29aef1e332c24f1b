"""`agenda comments serve|export|pending`: run the comment server, export approved comments."""

from __future__ import annotations

from pathlib import Path

from ..comments.export import export_comments
from ..comments.gate import Window
from ..comments.isso import IssoDatabase, IssoSettings, start_server
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
    result = export_comments(agenda, _database(agenda.meta.id, database), agenda_dir / "responses")
    print(f"Exported {len(result.added)} new approved comment(s) into {agenda_dir / 'responses'}; "
          f"{result.skipped_known} already exported.")
    for comment in result.skipped_other_pages:
        print(f"  skipped comment {comment.id} on {comment.thread}: not an area, goal or initiative page")
    if result.added:
        read_agenda(agenda_dir)  # the appended file must itself pass the checks
    return 0


def pending(agenda_dir: Path, database: Path | None, listen: str) -> int:
    """Approval links for comments waiting for moderation (the same links Isso's admin page uses)."""
    reader = _database(read_agenda(agenda_dir).meta.id, database)
    waiting = reader.pending_comments()
    for comment in waiting:
        link = f"{listen}/id/{comment.id}/activate/{reader.moderation_key(comment.id)}"
        print(f"{comment.id}\t{comment.thread}\t{comment.author}\t{link}")
    print(f"{len(waiting)} comment(s) waiting for approval")
    return 0


def _database(agenda_id: str, database: Path | None) -> IssoDatabase:
    """The given database, or the one `agenda serve` and `agenda comments serve` keep for this agenda."""
    return IssoDatabase(database or IssoSettings(agenda_id=agenda_id, site_origins=[]).database)
