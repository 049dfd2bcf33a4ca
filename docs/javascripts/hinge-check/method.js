// Written by `python -m hinge_guide` from method.yml:
// edit that file, then run it again.
export const METHOD = {
  "tempo": {
    "down_seconds": 3,
    "pause_seconds": 1,
    "up_seconds": 2
  },
  "knees": {
    "standing_min_degrees": 15,
    "standing_max_degrees": 20
  },
  "camera": {}
};
