"""One module per `agenda` subcommand."""
