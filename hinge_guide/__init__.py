"""The hip hinge guide's build code.

Python-Markdown extensions that both MkDocs and Zensical run (each module's
docstring says what it does and how it is configured in mkdocs.yml), the
brand palette, and the generate command (``python -m hinge_guide``) that
draws the committed preview cards, icons and palette files.
"""
