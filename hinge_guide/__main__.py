"""``python -m hinge_guide``: write the generated files (see generate.py)."""

import sys

from .generate import main

sys.exit(main(sys.argv[1:]))
