"""`python -m generator` runs the `agenda` command."""

import sys

from .cli import main

sys.exit(main())
