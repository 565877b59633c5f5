"""Loading in the background: a folder from the palette, or a watched folder.

A sqlite connection belongs to the thread that opened it, so each thread
worker opens its OWN ``Store`` on the database file (WAL lets the UI keep
reading meanwhile) and hands the summary back with ``call_from_thread``; the
app then re-queries its tables. ``FolderWatcher`` polls a folder for new or
changed supported files (by mtime and size), loading a file once its size and
mtime held still for one poll (so a file being copied is not read half-way).
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

from textual.worker import get_current_worker

POLL_SECONDS = 0.5


def _supported(path: Path) -> bool:
    try:
        from store.ingest import is_supported

        return is_supported(path)
    except Exception:  # pragma: no cover
        return path.suffix.lower() in (".txt", ".md")


class FolderWatcher:
    """Which files of ``folder`` are new or changed since they were last loaded."""

    def __init__(self, folder: str | os.PathLike) -> None:
        self.folder = Path(folder)
        self.loaded: dict[str, tuple[float, int]] = {}
        self._last: dict[str, tuple[float, int]] = {}

    def scan(self) -> dict[str, tuple[float, int]]:
        found: dict[str, tuple[float, int]] = {}
        for root, dirs, files in os.walk(self.folder):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            for name in files:
                path = Path(root) / name
                if name.startswith(".") or not _supported(path):
                    continue
                try:
                    st = path.stat()
                except OSError:
                    continue
                found[str(path)] = (st.st_mtime, st.st_size)
        return found

    def poll(self) -> list[str]:
        """Files that changed since they were loaded and held still since the last poll."""
        now = self.scan()
        ready = [p for p, sig in now.items()
                 if self.loaded.get(p) != sig and self._last.get(p) == sig and sig[1] > 0]
        self._last = now
        return sorted(ready)

    def mark_loaded(self, paths: list[str]) -> None:
        for p in paths:
            if p in self._last:
                self.loaded[p] = self._last[p]


def summary_line(summary: Any, source: str) -> str:
    """'loaded 2 articles from DIR: 3 visits, 5 agreements, 1 trade figure'."""
    n = len(summary.new) + len(summary.updated)
    facts = summary.facts
    parts = []
    for key, one, many in (("visits", "visit", "visits"), ("agreements", "agreement", "agreements"),
                           ("trade", "trade figure", "trade figures"), ("milestones", "milestone", "milestones")):
        count = int(facts.get(key, 0) or 0)
        if count or key in ("visits", "agreements"):
            parts.append(f"{count} {one if count == 1 else many}")
    line = f"loaded {n} article{'' if n == 1 else 's'} from {source}: {', '.join(parts)}"
    if summary.failed:
        line += f"; {len(summary.failed)} failed"
    return line


class LoadingMixin:
    """Background loading for ``RelationsApp`` (needs ``store``, ``refresh_views``)."""

    activity: str = ""
    watch_dir: str | None = None

    def _db_path(self) -> str | None:
        path = getattr(self.store, "path", None)
        return path if isinstance(path, str) and path != ":memory:" else None

    # ------------------------------------------------------------ load once
    def action_ask_load(self) -> None:
        from tui.commands import PromptScreen

        def answer(path: str | None) -> None:
            if path:
                self.load_folder(path)

        self.push_screen(PromptScreen("Load articles from which folder (or file)?", "~/news"), answer)

    def load_folder(self, folder: str) -> None:
        path = os.path.expanduser(folder)
        if not os.path.exists(path):
            self.notify(f"{path} does not exist", title="Load", severity="error", markup=False)
            return
        db = self._db_path()
        if db is None:  # an in-memory store lives on this thread only
            self._loaded(self.store.load_paths([path], workers=1), path, None)
            return
        self.notify(f"loading {path} …", title="Load", markup=False, timeout=2)
        self.run_worker(partial_load(self, db, path), thread=True, group="load", exit_on_error=False)

    def _loaded(self, summary: Any, source: str, error: str | None) -> None:
        if error is not None:
            self.set_activity(f"could not load {source}: {error}", error=True)
            return
        self.set_activity(summary_line(summary, source))
        self.refresh_views()

    def set_activity(self, line: str, error: bool = False) -> None:
        self.activity = line
        self.sub_title = line
        self.notify(line, title="Load", severity="error" if error else "information", markup=False)

    # ---------------------------------------------------------------- watch
    def start_watch(self, folder: str) -> None:
        self.watch_dir = str(folder)
        db = self._db_path()
        if db is None:
            self.notify("--watch needs a database file", severity="error", markup=False)
            return
        self.sub_title = f"watching {folder}"
        self.run_worker(lambda: self._watch_loop(db, str(folder)), thread=True, group="watch",
                        exit_on_error=False)

    def _watch_loop(self, db: str, folder: str) -> None:
        from store import Store

        worker = get_current_worker()
        watcher = FolderWatcher(folder)
        store = Store.open(db, create=False)  # this thread's own connection
        try:
            while not worker.is_cancelled:
                ready = watcher.poll()
                if ready:
                    try:
                        summary = store.load_paths(ready, workers=1)
                        error = None
                    except Exception as exc:
                        summary, error = None, str(exc) or type(exc).__name__
                    watcher.mark_loaded(ready)
                    if summary is not None and not (summary.new or summary.updated or summary.failed):
                        continue  # already in the database
                    try:
                        self.call_from_thread(self._loaded, summary, folder, error)
                    except Exception:
                        return  # the app is closing
                time.sleep(POLL_SECONDS)
        finally:
            store.close()


def partial_load(app: Any, db: str, path: str):
    def run() -> None:
        from store import Store

        summary, error = None, None
        try:
            store = Store.open(db, create=False)  # this thread's own connection
            try:
                summary = store.load_paths([path], workers=1)
            finally:
                store.close()
        except Exception as exc:
            error = str(exc) or type(exc).__name__
        try:
            app.call_from_thread(app._loaded, summary, path, error)
        except Exception:
            pass  # the app is closing

    return run
