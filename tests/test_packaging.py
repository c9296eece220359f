"""The distribution's name on PyPI is free of the unrelated 2015 `annotator`; command and package stay."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_distribution_name_is_not_the_taken_one_and_the_readme_says_it() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert project["name"] == "annotator-desk"
    assert project["scripts"] == {"annotator": "annotator.cli:main"}
    readme = (ROOT / "README.md").read_text("utf-8")
    assert "pip install annotator-desk" in readme and "`pip install annotator`" in readme
    assert (ROOT / "annotator" / "__init__.py").exists()
