"""Structured data: the JSON-LD that search engines read from each page.

Every page gets a ``BreadcrumbList`` (home, then the page) and an
``Article`` (the home page: a ``WebPage``). A page whose front matter has
a ``howto`` entry also gets a ``HowTo``, its steps read from the numbered
list under the heading that entry names, so the data can't drift from the
words:

    howto:
      steps: the-hinge-step-by-step   # the id of the heading above the list
      name: How to do a hip hinge     # optional; the page title otherwise
      total_time: PT10M               # ISO 8601 duration
      supplies: [A broomstick or dowel (optional), A clear wall]

Each numbered step must open with a bold name: ``1. **Push your hips back.**
Reach ...``. The result goes to ``page.meta["json_ld"]``, which
``overrides/main.html`` writes into the page head.
"""

from __future__ import annotations

import json
import re

from mkdocs.exceptions import PluginError

_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MARKS = re.compile(r"[*_`]")


def _plain(markdown: str) -> str:
    return " ".join(_MARKS.sub("", _LINK.sub(r"\1", markdown)).split())


def howto_steps(markdown: str, heading_id: str, src: str) -> list[dict]:
    """The numbered steps under the heading with the given id."""
    headings = list(re.finditer(r"^(#{2,6}) (.+)$", markdown, re.MULTILINE))
    for i, heading in enumerate(headings):
        if _slug(heading.group(2)) == heading_id:
            end = headings[i + 1].start() if i + 1 < len(headings) else len(markdown)
            section = markdown[heading.end():end]
            break
    else:
        raise PluginError(
            f"docs/{src}: howto.steps names the heading #{heading_id}, which the "
            "page doesn't have. Use the id of the heading above the numbered steps."
        )
    steps = []
    for item in re.finditer(
        r"^\d+\. \*\*(?P<name>.+?)\*\*(?P<text>.*?)(?=\n[ \t]*\n|\Z)",
        section, re.MULTILINE | re.DOTALL,
    ):
        name = _plain(item.group("name")).rstrip(".")
        text = _plain(item.group("name") + item.group("text"))
        steps.append({"@type": "HowToStep", "name": name, "text": text,
                      "position": len(steps) + 1})
    if not steps:
        raise PluginError(
            f"docs/{src}: no numbered steps with a bold name under #{heading_id}. "
            "Write each step as: 1. **Push your hips back.** Reach ..."
        )
    return steps


def _slug(heading: str) -> str:
    """The id Python-Markdown's toc gives a heading (its default slugify)."""
    text = re.sub(r"[^\w\s-]", "", _plain(heading)).strip().lower()
    return re.sub(r"[-\s]+", "-", text)


def page_data(*, title: str, description: str, url: str, home_url: str,
              site_name: str, is_home: bool, howto: dict | None = None,
              markdown: str = "", src: str = "", image: str | None = None) -> list[dict]:
    """The JSON-LD objects for one page."""
    crumbs = [{"@type": "ListItem", "position": 1, "name": site_name, "item": home_url}]
    if not is_home:
        crumbs.append({"@type": "ListItem", "position": 2, "name": title, "item": url})
    main = {
        "@context": "https://schema.org",
        "@type": "WebPage" if is_home else "Article",
        "headline": title,
        "name": title,
        "description": description,
        "url": url,
        "inLanguage": "en",
        "isPartOf": {"@type": "WebSite", "name": site_name, "url": home_url},
    }
    if image:
        main["image"] = image
    data = [main, {"@context": "https://schema.org", "@type": "BreadcrumbList",
                   "itemListElement": crumbs}]
    if howto:
        steps = howto_steps(markdown, howto.get("steps", ""), src)
        data.append({
            "@context": "https://schema.org",
            "@type": "HowTo",
            "name": howto.get("name", title),
            "description": description,
            "url": url,
            "totalTime": howto.get("total_time", "PT10M"),
            "supply": [{"@type": "HowToSupply", "name": s} for s in howto.get("supplies", [])],
            "step": steps,
            **({"image": image} if image else {}),
        })
    return data


def to_script(data: list[dict]) -> str:
    """JSON for a <script> element: '</' can't close the element early."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


# MkDocs events ------------------------------------------------------------

def on_page_markdown(markdown, page, config, **kwargs):
    home = config.site_url or "/"
    data = page_data(
        title=page.title if not page.is_homepage else config.site_name,
        description=page.meta.get("description", ""),
        url=page.canonical_url or home,
        home_url=home,
        site_name=config.site_name,
        is_home=page.is_homepage,
        howto=page.meta.get("howto"),
        markdown=markdown,
        src=page.file.src_uri,
        image=page.meta.get("preview_image"),
    )
    page.meta["json_ld"] = to_script(data)
    return markdown
