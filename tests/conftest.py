"""Shared test setup. Server fixtures live in their own modules, registered here."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"

# Fixture modules in tests/ (each starts and stops its own server on 127.0.0.1).
pytest_plugins: list[str] = ["dovecot_server", "smtp_server"]


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES
