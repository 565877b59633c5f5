"""Loading files into the store: find them, read them, extract in parallel, save.

Reading and saving happen in this process (a sqlite connection belongs to the
thread that opened it); extraction, the CPU-heavy part, runs in a process pool
when there is enough of it to pay for the pool.
"""
from __future__ import annotations

import dataclasses
import multiprocessing
import os
import sqlite3
from concurrent.futures import ProcessPoolExecutor
from importlib import resources
from pathlib import Path
from typing import Callable, Iterable, Iterator

from loaders import read as reading
from loaders.model import RawArticle

from .store import LoadSummary, Store, StoreError, loading_lock, write_error

# What a folder walk picks up; a file named on the command line is always tried.
SUPPORTED_SUFFIXES = (".txt", ".md")


def is_supported(path: Path) -> bool:
    check = getattr(reading, "is_supported", None)  # the reader knows best, when it says
    if check is not None:
        return bool(check(path))
    return path.name.lower().endswith(SUPPORTED_SUFFIXES)


# Below this many articles a process pool costs more than it saves.
POOL_THRESHOLD = 64


def seed_paths() -> list[str]:
    root = resources.files("seeds")
    return sorted(str(p) for p in root.iterdir() if p.name.endswith(".txt"))


def iter_files(paths: Iterable[str | os.PathLike], failed: list[tuple[str, str]],
               skipped: list[str] | None = None) -> Iterator[Path]:
    """Files to load: named files as given, folders walked recursively (no loops)."""
    seen_dirs: set[str] = set()
    for raw in paths:
        p = Path(raw)
        if p.is_file():
            yield p
        elif p.is_dir():
            def unreadable(err: OSError, top=p) -> None:  # a sub-folder that cannot be listed
                where = Path(err.filename or top)
                failed.append((str(where), f"cannot read folder: {err.strerror or err}"))

            for root, dirs, files in os.walk(p, followlinks=True, onerror=unreadable):
                real = os.path.realpath(root)
                if real in seen_dirs:  # a symlink loop or a folder reached twice
                    dirs[:] = []
                    continue
                seen_dirs.add(real)
                dirs.sort()
                for f in sorted(files):
                    fp = Path(root) / f
                    if is_supported(fp):
                        yield fp
                    elif skipped is not None and not f.startswith("."):
                        skipped.append(str(fp))  # another type: said in the summary, not silently dropped
        elif p.is_symlink():
            yield p  # a loop or a dangling link: the reader says which
        elif not p.exists():
            failed.append((str(p), "no such file or folder"))
        else:
            failed.append((str(p), "not a regular file or folder"))


def _reason(fp: Path, message: str) -> str:
    """A ReadError's message without the file name the summary line already shows."""
    for prefix in (f"{fp}: ", f"{fp.name}: "):
        if message.startswith(prefix):
            return message[len(prefix):]
    return message


def _extract(raw: RawArticle):
    from loaders.pipeline import extract
    try:
        ex = extract(raw)
    except Exception as e:  # the pipeline promises not to raise; if it does, name it
        return None, f"extraction failed: {type(e).__name__}: {e}"
    # Only what saving needs crosses back from a worker (segments, sentences and
    # rejections are most of the pickling, and the parent has the text); a detector's
    # failure on the whole article crosses too, for the load summary to report it.
    failures = [r for r in ex.rejected if r.why.startswith("detector error")]
    return dataclasses.replace(ex, segments=[], sentences=[], rejected=failures), None


def _warm_up() -> None:
    """Import the pipeline and compile its patterns once, before the pool forks,
    so each worker starts ready instead of compiling them all again."""
    try:
        from loaders.pipeline import extract
        extract(RawArticle(name="warm-up", text=_WARM_UP_TEXT, content_hash="0" * 64))
    except Exception:
        pass


_WARM_UP_TEXT = ("Kazakhstan and Rwanda sign agreements\n\nKIGALI, May 28, 2025 - President Paul Kagame "
                 "received Kazakh President Kassym-Jomart Tokayev on a state visit, and the two countries "
                 "signed a memorandum of understanding on mining. Exports to Rwanda rose 12 pct to "
                 "$4.5 million in 2024, officials said.")


def _pool(workers: int) -> ProcessPoolExecutor:
    try:
        ctx = multiprocessing.get_context("fork")  # workers inherit the warmed-up pipeline
    except ValueError:  # no fork on this platform
        return ProcessPoolExecutor(max_workers=workers)
    _warm_up()
    return ProcessPoolExecutor(max_workers=workers, mp_context=ctx)


def load_paths(store: Store, paths: Iterable[str | os.PathLike], progress: Callable | None = None,
               workers: int | None = None) -> LoadSummary:
    summary = LoadSummary()
    todo: list[RawArticle] = []
    for fp in iter_files(paths, summary.failed, summary.skipped_files):
        try:
            articles = reading.read_path(fp)
        except reading.ReadError as e:
            summary.failed.append((fp.name, _reason(fp, str(e))))
            continue
        except OSError as e:  # unreadable (permissions), vanished, I/O error: this file only
            summary.failed.append((fp.name, f"cannot read: {e.strerror or e}"))
            continue
        except Exception as e:  # a reader bug costs this file, never the rest of the load
            summary.failed.append((fp.name, f"cannot read: {type(e).__name__}: {e}"))
            continue
        for raw in articles:
            if store.article_status(raw) == "unchanged":
                summary.unchanged.append(raw.name)
            else:
                todo.append(raw)
        # Collections report their own bad items (broken lines) without failing the file.
        for name, reason in getattr(articles, "problems", []) or []:
            summary.failed.append((name, reason))

    total = len(todo)
    if progress:
        progress(0, total, "")
    workers = workers or os.cpu_count() or 1
    with loading_lock(store.path):
        if total >= POOL_THRESHOLD and workers > 1:
            with _pool(workers) as pool:
                results = pool.map(_extract, todo, chunksize=32)
                _save_all(store, zip(todo, results), summary, progress, total)
        else:
            _save_all(store, ((raw, _extract(raw)) for raw in todo), summary, progress, total)
    return summary


# A bulk load re-merges the groups its articles touched once per this many articles.
FLUSH_EVERY = 400


def _save_all(store, results, summary: LoadSummary, progress, total: int) -> None:
    try:
        _save_each(store, results, summary, progress, total)
    finally:
        try:
            store.flush_pending()
        except sqlite3.OperationalError as e:
            raise StoreError(write_error(store.path, e)) from None


def _save_each(store, results, summary: LoadSummary, progress, total: int) -> None:
    for done, (raw, (ex, error)) in enumerate(results, 1):
        if done % FLUSH_EVERY == 0:
            try:
                store.flush_pending()
            except sqlite3.OperationalError as e:
                raise StoreError(write_error(store.path, e)) from None
        if error or ex is None:
            summary.failed.append((raw.name, error or "extraction failed"))
        else:
            try:
                status = store.save_extraction(raw, ex, defer=True)
            except sqlite3.OperationalError as e:  # the database, not this article: stop, say why
                raise StoreError(write_error(store.path, e)) from None
            except Exception as e:  # this article only (its transaction rolled back): name it, go on
                summary.failed.append((raw.name, f"cannot save: {type(e).__name__}: {e}"))
                if progress:
                    progress(done, total, raw.name)
                continue
            getattr(summary, status).append(raw.name)
            if any(r.why.startswith("detector error") for r in getattr(ex, "rejected", None) or []):
                summary.detector_errors.append(raw.name)
            if status != "unchanged":
                summary.facts["visits"] += len(ex.visits)
                summary.facts["agreements"] += len(ex.agreements)
                summary.facts["trade"] += len(ex.trade)
                summary.facts["milestones"] += len(getattr(ex, "milestones", None) or [])
        if progress:
            progress(done, total, raw.name)
