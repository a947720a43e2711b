"""Files the package needs at run time: the default templates and checklist.

In an installed wheel they sit inside the package; in a source checkout (editable install)
they are read from the repository's top-level `templates/` and `config/`.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent
_CHECKOUT_DIR = _PACKAGE_DIR.parent.parent


def default_templates_dir() -> Path:
    packaged = _PACKAGE_DIR / "templates"
    return packaged if packaged.is_dir() else _CHECKOUT_DIR / "templates"


def default_checklist_path() -> Path:
    packaged = _PACKAGE_DIR / "data" / "checklist.toml"
    return packaged if packaged.is_file() else _CHECKOUT_DIR / "config" / "checklist.toml"
