"""The `relations-tui` command: the dashboard, and load / export / explain.

Errors are one `Error: ...` line and a non-zero exit, never a traceback
(click's ClickException, as sqlite-utils' CLI does). Textual is imported only
by the dashboard command, so loading and exporting stay light.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from store import Store, StoreError, ViewSpec
from store.schema import QUERY_VIEWS

DB_ENV = "RELATIONS_DB"


def default_db_path() -> str:
    if os.environ.get(DB_ENV):
        return os.environ[DB_ENV]
    from platformdirs import user_data_dir
    return str(Path(user_data_dir("relations-tui", appauthor=False)) / "relations.db")


def open_store(db: str | None, create: bool = True) -> Store:
    try:
        return Store.open(db or default_db_path(), create=create)
    except StoreError as e:
        raise click.ClickException(str(e)) from None


db_option = click.option("--db", "db", type=click.Path(dir_okay=False), default=None,
                         help=f"Database file (default: ${DB_ENV} or the user data folder).")


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@db_option
@click.option("--watch", "watch", type=click.Path(file_okay=False), default=None,
              help="Load article files dropped into this folder while the dashboard runs.")
@click.option("--focus", "focus", default=None, help="A focus country (name or ISO3): its facts and partners.")
@click.option("--state", "state", type=click.Path(dir_okay=False), default=None,
              help="The file remembering the last tab, filter and sort (default: the user config folder).")
@click.version_option(package_name="relations-tui")
@click.pass_context
def cli(ctx: click.Context, db: str | None, watch: str | None = None, focus: str | None = None,
        state: str | None = None) -> None:
    """A terminal dashboard of visits, agreements and trade figures from news articles.

    Without a command, opens the dashboard (on the bundled seed articles when the
    database is empty).
    """
    if ctx.invoked_subcommand is not None:
        return
    store = open_store(db)
    if store.is_empty():
        try:
            store.load_seeds()
        except StoreError as e:  # e.g. a read-only empty file
            store.close()
            raise click.ClickException(str(e)) from None
    path = store.path
    store.close()
    if watch is not None:
        if not Path(watch).is_dir():
            raise click.ClickException(f"--watch {watch}: not a folder")
    from tui.app import run  # textual only here
    run(path, watch=watch, focus=focus, state_path=state)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@db_option
@click.option("--workers", type=int, default=None, help="Extraction processes (default: all cores).")
@click.option("--quiet", "-q", is_flag=True, help="Only the summary line.")
def load(paths: tuple[str, ...], db: str | None, workers: int | None, quiet: bool) -> None:
    """Load article files and folders (recursively) into the database."""
    store = open_store(db)
    if store.path != ":memory:" and not os.access(store.path, os.W_OK):
        store.close()
        raise click.ClickException(f"{store.path} is read-only; cannot load into it")
    show_bar = sys.stderr.isatty() and not quiet
    try:
        if show_bar:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
            with Progress(TextColumn("loading"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                          TextColumn("{task.description}"), transient=True) as bar:
                task = bar.add_task("", total=None)

                def progress(done: int, total: int, name: str) -> None:
                    bar.update(task, completed=done, total=total, description=name[-40:])

                summary = store.load_paths(paths, progress=progress, workers=workers)
        else:
            summary = store.load_paths(paths, workers=workers)
    except StoreError as e:
        raise click.ClickException(str(e)) from None
    finally:
        store.close()
    for name, reason in summary.failed:
        click.echo(f"failed: {name}: {reason}", err=True)
    if summary.skipped_files:
        kinds = sorted({Path(f).suffix.lower() or Path(f).name for f in summary.skipped_files})
        click.echo(f"skipped: {len(summary.skipped_files)} files of other types in the folders "
                   f"({', '.join(kinds[:8])}{', ...' if len(kinds) > 8 else ''})", err=True)
    click.echo(summary.line())
    if summary.failed:
        sys.exit(1)


@cli.command()
@click.argument("view", type=click.Choice(QUERY_VIEWS + ("profile",)))
@db_option
@click.option("--filter", "filter_text", default="", help="Filter text, as in the dashboard's filter bar.")
@click.option("--sort", "sort", default=None, help="Column to sort by; a leading '-' sorts descending.")
@click.option("--format", "fmt", type=click.Choice(["csv", "json"]), default="csv", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
              help="File to write (default: standard output).")
@click.option("--pair", default=None, help="For `export profile`: the two countries, e.g. AZE-RWA.")
@click.option("--focus", "focus", default=None,
              help="A focus country (name or ISO3), as in the dashboard: only its facts, with a partner "
                   "column first (in relations, in place of the pair); `partner:X` in --filter needs it.")
def export(view: str, db: str | None, filter_text: str, sort: str | None, fmt: str, output: str | None,
           pair: str | None, focus: str | None = None) -> None:
    """Export a view (visits, agreements, trade, milestones, relations) or a pair's profile
    (`export profile --pair AZE-RWA`: its dated timeline) as CSV or JSON."""
    if view == "profile" and not pair:
        raise click.ClickException("export profile needs --pair, e.g. --pair AZE-RWA")
    store = open_store(db, create=False)  # a mistyped --db is an error, not a new empty file
    if view == "profile":
        from store.export import export_profile
        from store.relations import PairError
        try:
            if not store.profile(pair):
                raise click.ClickException(f"no facts about the pair {pair} in {store.path}")
            n = export_profile(store, pair, fmt, output)
        except PairError as e:
            raise click.ClickException(str(e)) from None
        except OSError as e:
            raise click.ClickException(f"cannot write {output}: {e.strerror or e}") from None
        finally:
            store.close()
        if output:
            click.echo(f"{n} rows written to {output}", err=True)
        return
    if focus:
        from tui.state import with_focus  # the dashboard's focus: `country:X` first in the filter
        filter_text = with_focus(filter_text, focus)
    spec = ViewSpec(view, filter_text, [(sort.lstrip("-"), "desc" if sort.startswith("-") else "asc")] if sort else [],
                    focus=focus or None)
    for note in store.ignored_filter_terms(spec):   # e.g. partner: without --focus
        click.echo(f"filter: {note}", err=True)
    try:
        n = store.export(spec, fmt, output)
    except BrokenPipeError:
        if output:
            raise click.ClickException(f"cannot write {output}: broken pipe") from None
        # `relations-tui export ... | head`: the reader has all it wants; stop quietly.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return
    except OSError as e:
        raise click.ClickException(f"cannot write {output or 'standard output'}: {e.strerror or e}") from None
    finally:
        store.close()
    if output:
        click.echo(f"{n} rows written to {output}", err=True)


@cli.command()
@click.argument("article", type=click.Path(exists=True, dir_okay=False))
@click.option("--rejected/--no-rejected", default=True, help="Also show sentences that were rejected, and why.")
def explain(article: str, rejected: bool) -> None:
    """Show how one article was read: its sentences, each fact with its rule, and rejections."""
    from loaders import read as reading
    from loaders.pipeline import extract
    try:
        raws = reading.read_path(Path(article))
    except (reading.ReadError, OSError) as e:
        raise click.ClickException(f"{article}: {e}") from None
    for raw in raws:
        ex = extract(raw)
        click.secho(f"# {raw.name}", bold=True)
        click.echo(f"title: {ex.title or '-'}")
        click.echo(f"published: {ex.published or 'not stated'}")
        dropped = [s for s in ex.segments if s.kind == "chrome"]
        if dropped:
            click.secho(f"\npage chrome dropped ({len(dropped)}):", bold=True)
            for s in dropped:
                click.echo(f"  - {_clip(s.text)}  [{s.why}]")
        facts_by_sentence: dict[int, list[str]] = {}
        for view, items in (("visit", ex.visits), ("agreement", ex.agreements), ("trade", ex.trade),
                            ("milestone", ex.milestones)):
            for f in items:
                ev = f.get("evidence") or {}
                facts_by_sentence.setdefault(ev.get("sentence_index", -1), []).append(
                    f"{view}: {_describe(view, f)}  (rule: {ev.get('rule', '?')})")
        rejected_by_sentence: dict[int, list[str]] = {}
        for r in ex.rejected:
            rejected_by_sentence.setdefault(r.sentence_index, []).append(f"rejected {r.kind}: {r.why}")
        click.secho(f"\nsentences ({len(ex.sentences)}):", bold=True)
        for s in ex.sentences:
            click.echo(f"[{s.index}] {s.text}")
            for line in facts_by_sentence.get(s.index, []):
                click.secho(f"    + {line}", fg="green")
            if rejected:
                for line in rejected_by_sentence.get(s.index, []):
                    click.secho(f"    - {line}", fg="yellow")
        known = {s.index for s in ex.sentences}
        whole = [line for idx, lines in rejected_by_sentence.items() if idx not in known for line in lines]
        if whole:
            # a detector that failed on the article as a whole lost all of its facts here: say so
            click.secho("\nnot tied to a sentence:", bold=True)
            for line in whole:
                click.secho(f"  - {_clip(line, 300)}", fg="red")
        n = len(ex.visits) + len(ex.agreements) + len(ex.trade)
        click.echo(f"\n{len(ex.visits)} visits, {len(ex.agreements)} agreements, {len(ex.trade)} trade figures "
                   f"({n} facts), {len(ex.milestones)} milestones; {len(ex.rejected)} sentences rejected")


def _clip(text: str, n: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _describe(view: str, f: dict) -> str:
    if view == "visit":
        return (f"{f.get('visitor') or '?'} ({f.get('visitor_role') or '-'}, {f.get('visitor_iso3')}) → "
                f"{f.get('host_iso3')} {f.get('city') or ''} {f.get('start') or '?'}–{f.get('end') or ''} "
                f"{f.get('kind')}")
    if view == "agreement":
        return (f"{'/'.join(f.get('parties_iso3') or [])} {f.get('sector')} {f.get('instrument')} "
                f"signed {f.get('signed_on') or '?'}")
    if view == "milestone":
        return f"{'/'.join(f.get('parties_iso3') or [])} {f.get('kind')} {f.get('date') or '?'}: {f.get('summary')}"
    return (f"{f.get('exporter_iso3')}→{f.get('importer_iso3')} {f.get('flow')} {f.get('metric')} "
            f"{f.get('value')} {f.get('unit')} period {f.get('period_start')}–{f.get('period_end')}")


def main() -> None:
    try:
        cli(standalone_mode=True)
    except KeyboardInterrupt:
        click.echo("Error: interrupted", err=True)
        sys.exit(130)


if __name__ == "__main__":
    main()
