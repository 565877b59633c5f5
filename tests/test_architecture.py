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


def test_extraction_rules_name_no_person_from_the_annotated_articles():
    """Issue 3: rules generalise, so no loader module (code or comment) names a
    traveller from the annotated corpora; examples in comments are invented.
    The lexicons (country names, capitals, demonyms) are data and exempt."""
    import json
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    gold_dirs = [d for d in (root / "corpus").iterdir() if d.is_dir()]
    shared = root.parent / "shared" / "corpus"
    if shared.is_dir():
        gold_dirs += [shared / "dev", shared / "seeds"]
    lexicon_text = " ".join(p.read_text(encoding="utf-8") for p in (root / "loaders" / "lexicon").glob("*.json"))
    surnames = set()
    for d in gold_dirs:
        for g in d.glob("*.gold.json"):
            for visit in json.loads(g.read_text(encoding="utf-8")).get("visits", []):
                words = re.findall(r"[A-ZÀ-Ý][\wÀ-ÿ'’\-]{3,}", visit.get("visitor") or "")
                surnames.update(w for w in words[-1:] if w not in lexicon_text)
    assert len(surnames) > 20  # the corpora were found
    code = {p: p.read_text(encoding="utf-8") for p in (root / "loaders").rglob("*.py")}
    named = sorted({(p.name, s) for p, text in code.items() for s in surnames if re.search(rf"\b{re.escape(s)}\b", text)})
    assert named == [], named
