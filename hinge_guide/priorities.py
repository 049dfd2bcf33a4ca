"""When each of the site's Markdown processors runs, in one place.

Python-Markdown runs a registry's processors from the highest priority to
the lowest; two with one priority run in the order they were registered,
which is the order mkdocs.yml lists the extensions in. So no number here
is shared with another processor of its kind, the site's or one it runs
beside, and moving a line in mkdocs.yml can't change what runs first.
tests/test_priorities.py registers the extensions as mkdocs.yml does and
checks the order below.

The processors the site's run between, with their priorities (pinned
versions, requirements.in):

- preprocessors: normalize_whitespace 30 (tabs to spaces), superfences'
  fenced_code_block 25 (fenced code stashed, its lines joined into one),
  MkDocs' mkdocs_raw_html 21, html_block 20 (raw HTML and comments
  stashed);
- treeprocessors: inline 20 (the inline elements made: links, images,
  emphasis), pymdownx.blocks' blocks_on_inline_end 19.99, prettify 10,
  attr_list 8, toc 5 (headings get their ids), caption-auto 4 (figures
  numbered), MkDocs' mkdocs_extract_title 1 and relpath 0 (links
  rewritten), unescape 0.
"""

from __future__ import annotations

# Preprocessors -----------------------------------------------------------------

# checks: a page that uses an extension mkdocs.yml no longer lists (a
# /// caption without pymdownx.blocks.caption). First of all, before any
# extension's processor reads the page and stumbles on what it left as text.
EXTENSIONS_USED = 110

# faults: keeps the page's lines for messages. Second, after
# EXTENSIONS_USED (which only reads them) and before anything below changes
# them: the lines are still the file's (less its front matter), nothing
# stashed or joined.
FAULT_SOURCE_LINES = 100

# checks: HTML a page opens and never closes, a <style> in the page. Before
# normalize_whitespace (30), while the page is still its lines.
UNCLOSED_MARKUP = 35

# checks and faults (one processor, registered by both under one name):
# a block (///) indented by other than four spaces, or inside a quote
# (which can hang the block parser: a preprocessor runs before it). After
# normalize_whitespace (30) has turned tabs into spaces; before superfences
# (25) stashes fenced code, which joins a fence's lines into one and would
# shift the line numbers after it (so fenced code is blanked instead:
# blocks.without_code).
BLOCK_INDENT = 27

# The markers a page holds as HTML comments, each turned into a paragraph a
# treeprocessor can find: after superfences (25), so a marker shown in
# fenced code stays code; before html_block (20) would stash the comment.
# In the order below, none depending on another.
FAULT_INDEX_MARKER = 24  # faults: <!-- fault-index -->
SHARE_MARKER = 23  # faults: a share page's <!-- fault: id -->
GLOSSARY_PAGE = 22  # glossary: <!-- glossary --> becomes every term

# Treeprocessors ----------------------------------------------------------------

# tasklist: checklist items' words moved into their label. After inline
# (20) and blocks' inline end (19.99): the words are final elements.
TASKLIST = 19

# tables: each cell names its column. After inline (20): the header's
# words are final, links and all.
TABLES = 18

# faults: a share page gets its fault's box, the fault index its list.
# After inline (20) made the elements; before the glossary (7) marks terms
# and the figures (6) are inlined, so the copies get both.
FAULT_SHARE = 15
FAULT_INDEX = 14

# checks: every picture's alt text. After inline (20) has made the <img>s
# (and prettify, 10, which only adds line breaks); before attr_list (8) and
# before the figures (6) are inlined, while every picture is an <img>.
ALT_WORDS = 9

# glossary: the first use of each term marked. Where Python-Markdown's own
# abbr runs: after inline (20), before toc (5), so a heading's id is made
# from its words, not the marking.
GLOSSARY = 7

# inline_svg: the figures inlined. After the glossary (7) has marked the
# text (a figure's words are not glossary terms); before the checks.
FIGURES = 6

# faults: every box closed, its parts there once and in order, no anchor
# used twice. After toc (5) has given every heading its id and
# caption-auto (4) every figure its own, so every id is counted.
FAULT_CHECKS = 3

# checks: the finished page (headings, blocks, links, raw HTML). After
# every other extension has built its part of the page; before relpath (0)
# rewrites links, so a link reads as the coach wrote it.
CHECKS = 2

# reader.FirstHeading (the fault reader only, never with MkDocs): a
# page's title from its H1, where MkDocs reads its own
# (mkdocs_extract_title, 1): after toc (5).
FIRST_HEADING = 1
