import sys

from cl_desktop.cli import main

sys.exit(main())
