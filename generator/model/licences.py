"""Licences an agenda may publish its data under: the SPDX id written in agenda.yml, its URI and Swedish name.

DCAT-AP-SE wants the licence as a URI that harvesters recognise; the Creative Commons
URIs below are the ones the Swedish data portal lists. Any other licence can be given
as its own http(s) address.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Licence:
    id: str
    uri: str
    name: str


LICENCES = {licence.id: licence for licence in (
    Licence("CC0-1.0", "http://creativecommons.org/publicdomain/zero/1.0/",
            "CC0 1.0 Universell (fri användning utan villkor)"),
    Licence("CC-BY-4.0", "http://creativecommons.org/licenses/by/4.0/",
            "Creative Commons Erkännande 4.0 Internationell"),
    Licence("CC-BY-SA-4.0", "http://creativecommons.org/licenses/by-sa/4.0/",
            "Creative Commons Erkännande-DelaLika 4.0 Internationell"),
)}


def find_licence(value: str) -> Licence:
    """The licence for an SPDX id or an http(s) address; ValueError naming what is accepted otherwise."""
    if value in LICENCES:
        return LICENCES[value]
    if value.startswith(("http://", "https://")):
        return Licence(value, value, value)
    raise ValueError(f"unknown licence '{value}' (expected one of: {', '.join(LICENCES)}, or the licence's "
                     "http(s) address)")
