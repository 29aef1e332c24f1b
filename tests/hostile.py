"""An agenda whose every text is Markdown and HTML that must show as typed: `_ * [ ] < > & # \\` and a script.

Plain fields (titles, names, Ansvar ...) must show the text exactly; the agenda's Markdown texts keep
their Markdown (`*utkast*` is emphasis there) but any HTML in them shows as text. A closed remiss
with responses, so that the compilation shows them too.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import yaml

SCRIPT = '<script>alert("x")</script>'
MARKS = f"2019_2020 [remiss] *utkast* {SCRIPT} & #1 \\ slut"


def text(label: str) -> str:
    """A plain text for one field, recognisable by its label."""
    return f"{label} {MARKS}"


def markdown(label: str) -> str:
    """A Markdown text: a paragraph with the marks, a list, and a heading."""
    return f"{label} {MARKS}\n\n- punkt {SCRIPT}\n\n## Underrubrik {label} <b>fet</b>\n\nSista stycket &amp; <!-- kommentar -->"


# Every plain text field, by label; each appears in the agenda below.
PLAIN = ["Agendans titel", "Kort titel", "Undertitel", "Ägaren", "Utgivaren", "Versionen", "Avsnittets titel",
         "Bilagans titel", "Områdets titel", "Målets titel", "Insatsens titel", "Ansvaret", "Tidplanen",
         "Resursbehovet", "Aktörens namn", "Aktörens alias", "Diarienumret", "Avsändaren", "Instansen",
         "Instansens notering", "Kontakten", "Beslutande organ", "Ärendet", "Paragrafen", "Organisationen",
         "Motiveringen", "Svarstexten", "Den tidigare versionen", "Sammanfattningens rad",
         "Undertecknaren", "Rollen", "Avslutningens titel"]
MARKDOWN = ["Avsnittets text", "Bilagans text", "Bakgrunden", "Målets text", "Insatsens text", "Anmärkningen",
            "Svarsanvisningen", "Beslutets text", "Avslutningens text", "Den tidigare lydelsen"]


def _note(label: str) -> list[dict[str, str]]:
    return [{"kind": "editorial", "text": markdown(label)}]


def hostile_agenda() -> dict[str, Any]:
    """File name -> content of the agenda folder."""
    agenda = {
        "id": "fientlig", "title": text("Agendans titel"), "short_title": text("Kort titel"),
        "subtitle": text("Undertitel"), "owner": text("Ägaren"), "publishers": [text("Utgivaren")],
        "status": "consultation",
        "versions": [{"id": "forslag", "title": text("Den tidigare versionen"), "date": date(2018, 4, 25)},
                     {"id": "remiss", "title": text("Versionen"), "date": date(2018, 6, 7), "decision": "beslut",
                      "notes": _note("Anmärkningen")}],
        "period": {"start": 2019, "end": 2020}, "national_strategy": "digitaliseringsstrategin-2017",
        "contact": {"name": text("Kontakten"), "email": "kontakt@example.se"},
        "sections": [{"id": "inledning", "title": text("Avsnittets titel"), "text": markdown("Avsnittets text"),
                      "signatures": [{"name": text("Undertecknaren"), "role": text("Rollen")}],
                      "summary": [{"item": "1.1.1", "label": text("Sammanfattningens rad"), "text": text("Raden")}]}],
        "closing": [{"id": "avslutning", "title": text("Avslutningens titel"), "text": markdown("Avslutningens text")}],
        "appendices": [{"id": "bilaga", "title": text("Bilagans titel"), "text": markdown("Bilagans text")}],
        "notes": _note("Anmärkningen"),
    }
    initiative = {"id": "1.1.1", "title": text("Insatsens titel"), "text": markdown("Insatsens text"),
                  "ansvar": text("Ansvaret"), "actors": ["aktor"], "tidplan": text("Tidplanen"), "start_year": 2019,
                  "end_year": 2020, "resursbehov": text("Resursbehovet"), "notes": _note("Anmärkningen"),
                  "earlier": [{"version": "forslag", "text": markdown("Den tidigare lydelsen")}]}
    area = {"id": "1", "title": text("Områdets titel"), "background": markdown("Bakgrunden"),
            "national_goals": [{"goal": "digital-kompetens", "provenance": "source", "quote": text("Citatet")}],
            "sdgs": [{"goal": 4, "provenance": "editorial", "reason": text("Skälet")}],
            "notes": _note("Anmärkningen"),
            "goals": [{"id": "1.1", "title": text("Målets titel"), "text": markdown("Målets text"),
                       "initiatives": [initiative]}]}
    actors = {"actors": [{"id": "aktor", "name": text("Aktörens namn"), "aliases": [text("Aktörens alias")],
                          "description": text("Aktörens beskrivning")}]}
    consultation = {
        "status": "closed", "start": date(2018, 6, 7), "deadline": date(2018, 9, 28), "diarienummer": text("Diarienumret"),
        "senders": [text("Avsändaren")], "how_to_reply": markdown("Svarsanvisningen"),
        "contact": {"name": text("Kontakten")},
        "bodies": [{"name": text("Instansen"), "note": text("Instansens notering")}],
        "bodies_description": text("Sändlistans beskrivning"), "notes": _note("Anmärkningen"),
    }
    decisions = {"decisions": [{
        "id": "beslut", "date": date(2018, 6, 7), "body": text("Beslutande organ"), "kind": "minutes",
        "title": text("Ärendet"), "paragraph": text("Paragrafen"), "diarienummer": text("Diarienumret"),
        "text": markdown("Beslutets text"), "amendments": [{"item": "1.1.1", "text": text("Ändringen")}],
        "notes": _note("Anmärkningen")}]}
    responses = {"responses": [
        {"id": "svar-1", "item": "1.1.1", "organisation": text("Organisationen"), "date": date(2018, 9, 1),
         "text": text("Svarstexten"), "disposition": "partly-accepted", "reason": text("Motiveringen")},
        {"id": "svar-2", "organisation": text("Instansen"), "date": date(2018, 9, 2), "text": text("Svarstexten")},
        {"id": "svar-3", "item": "1.1", "organisation": text("Organisationen"), "date": date(2018, 10, 1),
         "channel": "letter", "text": text("Svarstexten")},  # after the deadline
    ]}
    return {"agenda.yml": agenda, "areas/1.yml": area, "actors.yml": actors, "consultation.yml": consultation,
            "decisions.yml": decisions, "responses/svar.yml": responses}


def write_hostile_agenda(folder: Path) -> Path:
    for name, data in hostile_agenda().items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")
    return folder
