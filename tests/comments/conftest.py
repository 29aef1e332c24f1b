"""The comment server the gate's tests talk to."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from generator.comments.isso import IssoSettings
from tests.comments.gate_client import serving
from tests.comments.isso_client import isso_settings


@pytest.fixture(scope="module")
def isso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[IssoSettings]:
    """One server for the module, while the remiss is open (as of a day inside Kalmar's window)."""
    yield from serving(isso_settings(tmp_path_factory.mktemp("gate")))
