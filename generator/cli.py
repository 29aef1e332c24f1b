"""The `agenda` command: argument parsing only. Problems become messages and exit code 1."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .errors import AgendaError
from .source import DEFAULT_AGENDA_DIR as DEFAULT_AGENDA

DEFAULT_CONFIG = Path("mkdocs.yml")


def _config_option(command: argparse.ArgumentParser) -> None:
    command.add_argument("--config", type=Path, default=DEFAULT_CONFIG, metavar="MKDOCS_YML",
                         help="MkDocs configuration; its docs_dir receives the pages (default: mkdocs.yml)")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="agenda", description="Publish a regional digital agenda as a static site.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    check = commands.add_parser("check", help="validate the agenda's YAML and report every problem")
    check.add_argument("agenda_dir", nargs="?", type=Path, default=DEFAULT_AGENDA)

    build = commands.add_parser("build", help="check, generate Markdown and build the site")
    build.add_argument("agenda_dirs", nargs="*", type=Path, default=[DEFAULT_AGENDA], metavar="agenda_dir",
                       help=f"one or more agenda folders: one site each (default: {DEFAULT_AGENDA})")
    build.add_argument("--site-dir", type=Path, default=None,
                       help="where to write the site of a single agenda (default: site/ for the default agenda, "
                            "site-<id>/ for others)")
    build.add_argument("--pdf", action=argparse.BooleanOptionalAction, default=None,
                       help="print the whole agenda to data/agenda.pdf with Chromium (default: when Chromium is "
                            "installed; --pdf makes a missing Chromium an error, --no-pdf skips it)")
    _config_option(build)

    serve = commands.add_parser("serve", help="serve the site on 127.0.0.1 and rebuild when source/ changes")
    serve.add_argument("agenda_dir", nargs="?", type=Path, default=DEFAULT_AGENDA)
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--comments-port", type=int, default=8081, help="port of the local comment server")
    serve.add_argument("--no-comments", action="store_true", help="do not start the comment server")
    serve.add_argument("--comments-dir", type=Path, default=None,
                       help="where the comment server keeps its database (default build/comments/)")

    generate = commands.add_parser("generate", help="only write the Markdown pages into docs/")
    generate.add_argument("agenda_dir", nargs="?", type=Path, default=DEFAULT_AGENDA)
    _config_option(generate)
    comments = commands.add_parser("comments", help="the consultation's comment server (Isso) and its export")
    actions = comments.add_subparsers(dest="action", required=True, metavar="ACTION")
    comment_serve = actions.add_parser("serve", help="run the comment server alone, e.g. behind a reverse proxy")
    comment_serve.add_argument("agenda_dir", nargs="?", type=Path, default=DEFAULT_AGENDA)
    comment_serve.add_argument("--site", action="append", default=None,
                               help="origin the site is served from (repeatable; default http://127.0.0.1:8000)")
    comment_serve.add_argument("--listen", default="http://127.0.0.1:8081")
    comment_serve.add_argument("--public-endpoint", default="", help="the URL browsers use, e.g. https://example.se/kommentarer")
    for name, text in (("export", "append approved comments to source/<agenda>/responses/"),
                       ("pending", "list comments waiting for approval, with their approval links")):
        action = actions.add_parser(name, help=text)
        action.add_argument("agenda_dir", nargs="?", type=Path, default=DEFAULT_AGENDA)
        action.add_argument("--database", type=Path, default=None, help="Isso's SQLite file (default build/comments/<agenda>.db)")
        action.add_argument("--listen", default="http://127.0.0.1:8081", help=argparse.SUPPRESS)

    new = commands.add_parser("new", help="create a minimal valid agenda to start from")
    new.add_argument("target", type=Path, help="the new agenda's folder, e.g. source/region-2025")
    new.add_argument("--region", default="Region Exempel", help="the owner's name")

    commands.add_parser("schema", help="regenerate the JSON Schemas in source/schema/ from the models")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "check":
            from .commands import check
            return check.run(args.agenda_dir)
        if args.command == "comments":
            from .commands import comments as comment_commands
            if args.action == "serve":
                return comment_commands.serve(args.agenda_dir, args.site or ["http://127.0.0.1:8000"], args.listen,
                                              args.public_endpoint)
            if args.action == "export":
                return comment_commands.export(args.agenda_dir, args.database)
            return comment_commands.pending(args.agenda_dir, args.database, args.listen)
        if args.command == "new":
            from .commands import new as new_command
            return new_command.run(args.target, args.region)
        if args.command == "schema":
            from .schema import write_schemas
            for path in write_schemas():
                print(f"wrote {path}")
            return 0
        if args.command == "generate":
            from .commands import build
            return build.generate_only(args.agenda_dir, args.config)
        if args.command == "build":
            from .commands import build
            if args.site_dir and len(args.agenda_dirs) > 1:
                parser.error("--site-dir names one site: give one agenda folder with it")
            return max(build.run(agenda_dir, args.site_dir, args.pdf, args.config) for agenda_dir in args.agenda_dirs)
        from .commands import serve
        return serve.run(args.agenda_dir, args.port, None if args.no_comments else args.comments_port,
                         args.comments_dir)
    except AgendaError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        print(f"{len(error.problems)} problem(s) found; nothing was built.", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into e.g. `head`, which has stopped reading: stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


if __name__ == "__main__":
    sys.exit(main())
