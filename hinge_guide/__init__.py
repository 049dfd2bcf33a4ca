"""The site's build code, installable so that both MkDocs and Zensical can import it."""
