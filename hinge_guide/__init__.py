"""The hip hinge guide's build code.

Python-Markdown extensions that both MkDocs and Zensical run (each module's
docstring says what it does and how it is configured in mkdocs.yml), the
brand palette, and the generate command (``python -m hinge_guide``) that
draws the committed preview cards, icons and palette files.

Where each part lives:

- Extensions, listed under markdown_extensions in mkdocs.yml: ``faults``
  (fault boxes, their index and share pages), ``checks`` (content and
  settings checks, one concern per module), ``glossary``, ``inline_svg``
  (figures inlined, checked by ``svg_safety``), ``tables``, ``tasklist``.
- What they share: ``site`` (the rules the build, the generate step and
  the tests all read), ``blocks`` (the anchor and block-indent rules),
  ``context`` (the page being rendered, in either engine), ``document``
  (a page's own notes), ``reader`` (a page read outside the engine's
  render), ``sentences`` (where a sentence ends), ``priorities`` (when
  each processor runs), ``file_cache`` (every cache of what comes from
  files), ``site_extensions`` (the extensions others count on),
  ``addresses`` (whether a link leads off the site), ``errors`` (the one
  error a coach sees).
- The content: ``method`` (method.yml, read and checked), ``macros`` (its
  numbers in the pages), ``author`` (the coach), ``tracker`` (the body
  tracker's files and size).
- What ``generate`` writes (``__main__``): ``preview_cards`` (the share
  cards and icons), ``palette`` (the colours), ``theme_css`` (Material's
  palette inline), ``published`` (the links the site has published).

Which test file holds each module's unit tests: README.md, "Where each
module is tested".
"""
