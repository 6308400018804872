"""``python -m graph`` runs the command line."""

import sys

from graph.cli import main

sys.exit(main())
