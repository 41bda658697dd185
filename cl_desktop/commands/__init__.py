"""Subcommands of ``cl-desktop``, one module per area, each with ``register(subparsers)``."""
