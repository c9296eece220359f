"""The Datasette metadata shipped for a corpus.db: titles, the search table, canned queries.

Datasette keys metadata by database name (the file's stem), so the shipped file, made for
`corpus.db`, is re-keyed for the file given: `python3 -m annotator.store.datasette
PATH/TO/NAME.db > metadata.json`, then `datasette NAME.db --metadata metadata.json`.
"""

from __future__ import annotations

import json
import sys
from importlib.resources import files
from pathlib import Path
from typing import Any

SHIPPED_NAME = "corpus"


def metadata(db_path: str | Path = "corpus.db") -> dict[str, Any]:
    """The shipped metadata, keyed for the database file `db_path`."""
    data = json.loads(files("annotator.store").joinpath("datasette-metadata.json").read_text("utf-8"))
    data["databases"] = {Path(db_path).stem: data["databases"][SHIPPED_NAME]}
    return data


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    print(json.dumps(metadata(args[0] if args else "corpus.db"), indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
