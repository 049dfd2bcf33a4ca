"""Figure generator for the Hip Hinge Guide: a side-view body model, named
poses and SVG drawings of them. Run `python -m figures` from the project
root to write every figure to docs/images/."""
