"""Entry point of the frozen application: the same ``cl-desktop`` command line as a source install.

PyInstaller runs this file as ``__main__``; everything else lives in the package.
"""

import sys

from cl_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
