"""The checklist's stored ticks (docs/javascripts/checklist.js, run in
Node): whatever is in storage, the checklist keeps working."""

from __future__ import annotations

import json
import subprocess

import pytest

from small_inputs import ROOT

pytestmark = pytest.mark.unit

# Stored checklist ticks -------------------------------------------------------------

CHECKLIST = ROOT / "docs/javascripts/checklist.js"

NODE_HARNESS = """
const store = {%s};
const boxes = [], labels = ["Feet", "Hips"];
for (const label of labels) boxes.push({getAttribute: () => label, checked: false,
  disabled: true, addEventListener(kind, fn) { this.fn = fn; }});
globalThis.location = {pathname: "/film/"};
globalThis.localStorage = {getItem: k => store[k] ?? null, setItem: (k, v) => { store[k] = v; }};
globalThis.document = {querySelectorAll: () => boxes, querySelector: () => null};
require(process.argv[1]);
boxes[1].checked = true; boxes[1].fn();
const stored = store["hh-checklist:/film/"];
console.log(JSON.stringify({checked: boxes.map(b => b.checked), stored}));
"""


@pytest.mark.parametrize("stored", ["42", "true", "[]", '"x"', "null", "{bad json"])
def test_a_stored_checklist_of_the_wrong_type_reads_as_empty_and_keeps_working(stored):
    node = subprocess.run(["which", "node"], capture_output=True, text=True).stdout.strip()
    if not node:
        pytest.skip("Node.js is not installed")
    store = f'"hh-checklist:/film/": {json.dumps(stored)}, "other": "keep"'
    result = subprocess.run([node, "-e", NODE_HARNESS % store, str(CHECKLIST)],
                            capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["checked"] == [False, True]
    assert json.loads(out["stored"]) == {"Hips": True}
