"""Check the theme's settings before Material's own plugins read them
(MkDocs only).

Material's search plugin reads theme.language's translations as the build
starts (its on_config), before any page is rendered: a misspelt language
(`language: english`) stopped the build there with Jinja's
TemplateNotFound and its traceback. This hook runs first (a higher
priority than every plugin's) and runs the site's own check of the theme's
settings, hinge_guide/checks/theme_files.py's check_theme_settings, which
names the setting and the nearest names. Every page runs the same check
again with the site's other checks, under either engine.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

from hinge_guide.checks.settings import written_config
from hinge_guide.checks.theme_files import check_theme_settings
from hinge_guide.config import check_config_name


@event_priority(100)  # before Material's search plugin (priority 0) reads the language
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    check_config_name(Path(config.config_file_path))  # before reading mkdocs.yml beside it
    root = Path(config.config_file_path).parent
    check_theme_settings(written_config(root) or {}, root)
    return config
