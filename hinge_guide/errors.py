"""The one error the build code raises for bad input.

Under MkDocs it is a ``BuildError``, so ``mkdocs build`` prints the message
and "Aborted with a BuildError!" instead of a traceback. Zensical stops on
any exception from an extension and prints its message, so there it needs
no base class of MkDocs'.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the type checker sees MkDocs' class, installed with the tests
    from mkdocs.exceptions import BuildError as _Base
else:
    try:  # pragma: no cover - which branch runs depends on the engine installed
        from mkdocs.exceptions import BuildError as _Base
    except ImportError:  # pragma: no cover
        _Base = Exception


class ContentError(_Base):
    """Bad input: the message names the file and says what to do."""
