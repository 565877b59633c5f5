"""The layers stay one-directional: loaders and store never pull in textual."""
import subprocess
import sys

import pytest


@pytest.mark.parametrize("module", ["loaders.pipeline", "loaders.merge", "store", "store.export", "tui.cli"])
def test_core_modules_do_not_import_textual(module):
    code = f"import sys, {module}; print('textual' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_tui_never_writes_sql():
    from pathlib import Path
    root = Path(__file__).resolve().parent.parent / "tui"
    offenders = [p.name for p in root.rglob("*.py")
                 if any(w in p.read_text(encoding="utf-8").lower()
                        for w in ("select ", "insert into", "delete from", "import sqlite3", ".execute("))]
    assert offenders == []
