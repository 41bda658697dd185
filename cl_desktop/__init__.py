"""CL Desktop: offline monitoring of child-labour elimination projects."""

__version__ = "0.1.0"
APP_NAME = "CL Desktop"
