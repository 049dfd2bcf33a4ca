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
- What they share. The page: ``context`` (the page being rendered, in
  either engine), ``document`` (a page's own notes), ``reader`` (a page
  read outside the engine's render), ``page_meta`` (its front matter, split
  off strictly), ``line_numbers`` (how a message names its line),
  ``markdown_code`` (its code blanked before it is read for markup),
  ``blocks`` (the anchor and block-indent rules), ``sentences`` (where a
  sentence ends). The settings: ``config`` (mkdocs.yml as the checks read
  it), ``site_extensions`` (the extensions others count on), ``pins`` (the
  build's pins, from requirements.in). Reading a coach's files:
  ``text_file`` (as UTF-8), ``strict_yaml`` (YAML, refusing what PyYAML
  would take without a word), ``errors`` (the one error a coach sees).
  And ``site`` (the site's own names and addresses), ``priorities`` (when
  each processor runs), ``file_cache`` (every cache of what comes from
  files), ``addresses`` (whether a link leads off the site).
- The content: ``method`` (method.yml, read and checked), ``macros`` (its
  numbers in the pages), ``author`` (the coach), ``tracker`` (the body
  tracker's files and size).
- What ``generate`` writes (``__main__``): ``preview_cards`` (the share
  cards, drawn: ``card_geometry`` their sizes and panels, ``card_words``
  where their words go, set by ``card_text``, ``card_figures`` where their
  figures go), ``icons`` (the app icons and favicon), ``palette`` (the
  colours), ``theme_css`` (Material's palette inline), ``published`` (the
  links the site has published).

Which test file holds each module's unit tests: README.md, "Where each
module is tested".
"""
