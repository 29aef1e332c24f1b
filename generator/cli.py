"""The `agenda` command: argument parsing only. Problems become messages and exit code 1."""

from __future__ import annotations

import argparse
import datetime
import os
import sys
from pathlib import Path

from .errors import AgendaError

HERE = Path(".")


def _agenda_argument(command: argparse.ArgumentParser) -> None:
    command.add_argument("agenda_dir", nargs="?", type=Path, default=HERE,
                         help="the agenda's folder, holding agenda.yml (default: the current folder)")


def _day(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (expected YYYY-MM-DD)") from None


def _as_of_option(command: argparse.ArgumentParser) -> None:
    command.add_argument("--as-of", type=_day, default=None, metavar="YYYY-MM-DD",
                         help="the day to tell the truth for (default: today in Sweden): whether the remiss "
                              "is planned, open or closed, to preview another day")


def _config_option(command: argparse.ArgumentParser) -> None:
    command.add_argument("--config", type=Path, default=None, metavar="MKDOCS_YML",
                         help="MkDocs configuration merged over the tool's own (default: ./mkdocs.yml if there is "
                              "one); its docs_dir receives the pages, its site_dir the site")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="agenda", description="Publish a regional digital agenda as a static site.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    check = commands.add_parser("check", help="validate the agenda's YAML and report every problem")
    _agenda_argument(check)
    _as_of_option(check)

    build = commands.add_parser("build", help="check, generate Markdown and build the site")
    build.add_argument("agenda_dirs", nargs="*", type=Path, default=[HERE], metavar="agenda_dir",
                       help="one or more agenda folders: one site each (default: the current folder)")
    build.add_argument("--site-dir", type=Path, default=None,
                       help="where to write the site of a single agenda (default: the configuration's site_dir, "
                            "else ./site; with several agendas, site-<id> beside it)")
    build.add_argument("--pdf", action=argparse.BooleanOptionalAction, default=None,
                       help="print the whole agenda to data/agenda.pdf with Chromium (default: when Chromium is "
                            "installed; --pdf makes a missing Chromium an error, --no-pdf skips it)")
    _config_option(build)
    _as_of_option(build)

    serve = commands.add_parser("serve", help="serve the site on 127.0.0.1 and rebuild when the agenda changes")
    _agenda_argument(serve)
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--comments-port", type=int, default=8081, help="port of the local comment server")
    serve.add_argument("--no-comments", action="store_true", help="do not start the comment server")
    serve.add_argument("--comments-dir", type=Path, default=None,
                       help="where the comment server keeps its database (default build/comments/)")
    _config_option(serve)
    _as_of_option(serve)

    generate = commands.add_parser("generate", help="only write the Markdown pages into the configured docs_dir")
    _agenda_argument(generate)
    _config_option(generate)
    _as_of_option(generate)

    comments = commands.add_parser("comments", help="the consultation's comment server (Isso) and its export")
    actions = comments.add_subparsers(dest="action", required=True, metavar="ACTION")
    comment_serve = actions.add_parser("serve", help="run the comment server alone, e.g. behind a reverse proxy")
    _agenda_argument(comment_serve)
    comment_serve.add_argument("--site", action="append", default=None,
                               help="origin the site is served from (repeatable; default http://127.0.0.1:8000)")
    comment_serve.add_argument("--listen", default="http://127.0.0.1:8081")
    comment_serve.add_argument("--public-endpoint", default="", help="the URL browsers use, e.g. https://example.se/kommentarer")
    comment_serve.add_argument("--trusted-proxy", action="store_true",
                               help="a reverse proxy in front sets X-Forwarded-For (else such headers are dropped)")
    comment_serve.add_argument("--admin", action="store_true",
                               help="also serve Isso's admin page (moderation is otherwise done with this command)")
    comment_status = actions.add_parser("status", help="the sändlista: who has answered, declined or not yet")
    _agenda_argument(comment_status)
    _as_of_option(comment_status)
    comment_purge = actions.add_parser("purge", help="remove e-mail and network addresses once the remiss is over")
    _agenda_argument(comment_purge)
    comment_purge.add_argument("--database", type=Path, default=None,
                               help="the comment server's database (default build/comments/<agenda>.db)")
    _as_of_option(comment_purge)
    for name, text in (("export", "append approved comments (and the moderation log) to the agenda's responses/"),
                       ("pending", "show every comment waiting for approval, in full"),
                       ("approve", "approve and publish waiting comments"),
                       ("reject", "reject and delete waiting comments, with a reason for the log")):
        action = actions.add_parser(name, help=text)
        _agenda_argument(action)
        action.add_argument("--database", type=Path, default=None,
                            help="the comment server's database (default build/comments/<agenda>.db)")
        if name in ("approve", "reject"):
            action.add_argument("--ids", type=int, nargs="+", required=True, metavar="ID",
                                help="the comments' numbers, as `agenda comments pending` shows them")
            action.add_argument("--server", default="http://127.0.0.1:8081",
                                help="the running comment server's address as seen from here")
        if name == "reject":
            action.add_argument("--reason", required=True, help="why, for the moderation log")

    new = commands.add_parser("new", help="create a minimal valid agenda to start from")
    new.add_argument("target", type=Path, help="the new agenda's folder, e.g. region-x")
    new.add_argument("--region", default="Region Exempel", help="the owner's name")

    schema = commands.add_parser("schema", help="write the JSON Schemas of the YAML files, for editors")
    schema.add_argument("folder", nargs="?", type=Path, default=Path("source/schema"),
                        help="where to write them (default: source/schema)")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return _run(parser, args)
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


def _run(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    if args.command == "check":
        from .commands import check
        return check.run(args.agenda_dir, args.as_of)
    if args.command == "comments":
        from .commands import comments as comment_commands
        if args.action == "serve":
            return comment_commands.serve(args.agenda_dir, args.site or ["http://127.0.0.1:8000"], args.listen,
                                          args.public_endpoint, args.trusted_proxy, args.admin)
        if args.action == "export":
            return comment_commands.export(args.agenda_dir, args.database)
        if args.action == "status":
            return comment_commands.status(args.agenda_dir, args.as_of)
        if args.action == "purge":
            return comment_commands.purge(args.agenda_dir, args.database, args.as_of)
        if args.action == "approve":
            return comment_commands.approve(args.agenda_dir, args.database, args.server, args.ids)
        if args.action == "reject":
            return comment_commands.reject(args.agenda_dir, args.database, args.server, args.ids, args.reason)
        return comment_commands.pending(args.agenda_dir, args.database)
    if args.command == "new":
        from .commands import new as new_command
        return new_command.run(args.target, args.region)
    if args.command == "schema":
        from .schema import write_schemas
        for path in write_schemas(args.folder):
            print(f"wrote {path}")
        return 0
    if args.command == "generate":
        from .commands import build
        return build.generate_only(args.agenda_dir, args.config, args.as_of)
    if args.command == "build":
        from .commands import build
        if args.site_dir and len(args.agenda_dirs) > 1:
            parser.error("--site-dir names one site: give one agenda folder with it")
        return build.run(args.agenda_dirs, args.site_dir, args.pdf, args.config, args.as_of)
    from .commands import serve
    return serve.run(args.agenda_dir, args.port, None if args.no_comments else args.comments_port,
                     args.comments_dir, args.config, args.as_of)


if __name__ == "__main__":
    sys.exit(main())
