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
  "camera": {
    "min_score": 0.3,
    "edge_margin": 0.01,
    "oblique_spread": 0.35,
    "oblique_share": 0.3,
    "hold_seconds": 2,
    "still_seconds": 0.6,
    "still_degrees": 4,
    "stand_max_hip_degrees": 35,
    "enter_degrees": 10,
    "min_range_degrees": 25,
    "depth_share": 0.5,
    "near_top_degrees": 10,
    "near_top_share": 0.25,
    "floor_start_hip_degrees": 45,
    "top_watch_seconds": 1.5,
    "squat_knee_change_degrees": 25,
    "squat_shin_degrees": 15,
    "floor_squat_trunk_degrees": 40,
    "floor_squat_shin_degrees": 25,
    "hips_back_share": 0.1,
    "lean_back_degrees": 10,
    "hips_first_knee_share": 0.5,
    "hips_first_trunk_share": 0.2,
    "hips_first_min_knee_degrees": 20,
    "rush_share": 0.5
  }
};
