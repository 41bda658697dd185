"""Subcommands of ``cl-desktop``, one module per area, each with ``register(subparsers)``."""


def cli_user() -> str:
    """Who the audit trail names for a write from the command line: ``cli:`` and the OS account.

    Whoever runs the command can write the file anyway, so the command line acts as administrator;
    the trail says which operating-system account did it.
    """
    import getpass

    try:
        name = getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name in the environment or password database
        name = "unknown"
    return f"cli:{name}"
