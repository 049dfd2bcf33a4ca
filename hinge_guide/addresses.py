"""The one rule for whether an address written in a page or in mkdocs.yml
leads off the site: every check that leaves another site's links alone,
refuses them, or rewrites the site's own links asks is_external."""

from __future__ import annotations

from urllib.parse import urlsplit


def is_external(address: str) -> bool:
    """Whether ``address`` names something outside the site's own files:
    it has a scheme (https:, mailto:, tel:, sms:, data:, javascript:, ...)
    or starts with // (another host, by this page's scheme). A path, a
    ?query or a #fragment is the site's own."""
    address = address.strip()
    if address.startswith("//"):
        return True
    try:
        return bool(urlsplit(address).scheme)
    except ValueError:  # a malformed host, such as http://[::1: still another site's
        return True
