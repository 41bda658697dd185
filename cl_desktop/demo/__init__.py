"""Demo data: the seed projects with synthetic children that reproduce their results."""

from cl_desktop.demo.generator import DemoSpec, create_demo_database, generate

__all__ = ["DemoSpec", "create_demo_database", "generate"]
