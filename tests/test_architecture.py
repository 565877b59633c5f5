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


def test_every_data_file_of_a_package_is_installed():
    """A file the code reads at run time (styles, lexicons, seeds) must be package data,
    or an installed relations-tui fails where the checkout works."""
    import fnmatch
    import tomllib
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    conf = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    data = conf.get("package-data", {})
    missing = []
    for package in conf["packages"]:
        folder = root / package.replace(".", "/")
        for f in folder.iterdir():
            if f.is_file() and f.suffix not in (".py", ".pyc") and not f.name.startswith("."):
                if not any(fnmatch.fnmatch(f.name, pat) for pat in data.get(package, [])):
                    missing.append(str(f.relative_to(root)))
    assert missing == []
