"""Time as Swedish readers read it: today in Sweden, and dates written out the Swedish way."""

from __future__ import annotations

import datetime
from zoneinfo import ZoneInfo

SWEDISH_TIME = ZoneInfo("Europe/Stockholm")
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december"]


def swedish_today() -> datetime.date:
    """Today in Sweden, whatever the machine's time zone: every date a reader sees is Swedish time."""
    return datetime.datetime.now(SWEDISH_TIME).date()


def swedish_date(value: datetime.date) -> str:
    """"7 juni 2018"."""
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def swedish_time(moment: datetime.datetime) -> str:
    """"15 augusti 2018 kl. 14.03", in Swedish time."""
    local = moment.astimezone(SWEDISH_TIME)
    return f"{swedish_date(local.date())} kl. {local:%H.%M}"
