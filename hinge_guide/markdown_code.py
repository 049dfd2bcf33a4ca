"""Code shown in a page's Markdown, blanked: a check that reads the page's
lines for markup (a block marker, a link, pasted HTML) would otherwise take
an example shown as code for the real thing."""

from __future__ import annotations

import re


def without_code(lines: list[str], spans: bool = True) -> list[str]:
    """The lines with fenced code and (unless spans is false) `code spans`
    blanked; one line out for each line in, so line numbers still hold."""
    out, fence = [], None
    for line in lines:
        marker = re.match(r"\s*(`{3,}|~{3,})", line)
        if fence:
            out.append("")
            if marker and marker.group(1)[0] == fence[0] and len(marker.group(1)) >= len(fence):
                fence = None
            continue
        if marker:
            fence = marker.group(1)
            out.append("")
            continue
        out.append(re.sub(r"`[^`]*`", "", line) if spans else line)
    return out
