"""``python -m hinge_guide``: write the generated files (see generate.py).
``python -m hinge_guide --check-settings`` only checks mkdocs.yml's settings
(site_extensions.check_settings), without loading what the generate step
draws from: scripts/serve runs it before MkDocs, which prints a traceback
for a misspelt extension setting."""

import sys
from pathlib import Path

if sys.argv[1:] == ["--check-settings"]:
    from .site_extensions import check_settings_command

    sys.exit(check_settings_command(Path.cwd()))

from .generate import main  # noqa: E402 (only the generate step needs the figures)

sys.exit(main(sys.argv[1:]))
