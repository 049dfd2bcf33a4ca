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
  "depth": {
    "rule": "Stop when your hips stop moving back.",
    "also": "at the first strong stretch behind your thighs, or as soon as your back starts to round or arch",
    "lower_limit": "the middle of your shins",
    "floor_rule": "The weight starts on the floor and goes back to it each rep."
  },
  "breathing": {
    "no_weight": "Keep breathing behind a firm brace.",
    "with_weight": "Breathe in at the top, hold it from the top of the rep to the top again, and breathe out there.",
    "floor_pulls": "Breathe in and brace before each pull, hold it while you stand up and lower, and breathe again once the weight is down.",
    "where": "into your belly and sides, not your chest"
  },
  "pain": {
    "max_out_of_10": 3,
    "settled_by": "the next morning",
    "soreness_worst_days_max": 3,
    "soreness_gone": "about a week",
    "see_someone_after_weeks": 6
  },
  "setup": {
    "gaze_metres_min": 3,
    "gaze_metres_max": 5,
    "bar_from_shins_cm_min": 2,
    "bar_from_shins_cm_max": 3,
    "bar_from_shins_inches": 1
  },
  "coach": {
    "stuck_weeks": 2
  },
  "loads": {
    "kettlebell_step_kg": 4,
    "kettlebell_step_lb": 9,
    "kettlebells_kg": [
      8,
      12,
      16,
      20
    ],
    "kettlebells_lb": [
      18,
      26,
      35,
      44
    ],
    "dumbbell_step_kg_min": 2,
    "dumbbell_step_kg_max": 2.5,
    "dumbbell_step_lb": 5,
    "barbell_kg": 20,
    "barbell_lb": 44,
    "slower_down_seconds": 4,
    "clean_sessions_before_adding": 2,
    "first_weight_test_reps": 8,
    "first_weight_spare_reps_min": 2,
    "first_weight_spare_reps_max": 3
  },
  "plans": {
    "learning": {
      "sets_min": 1,
      "sets_max": 3,
      "reps_min": 8,
      "reps_max": 12,
      "rest_seconds_min": 60,
      "rest_seconds_max": 120,
      "days": "every day, or as a warm-up before other training"
    },
    "loaded": {
      "sets_min": 1,
      "sets_max": 3,
      "reps_min": 8,
      "reps_max": 12,
      "rest_seconds_min": 60,
      "rest_seconds_max": 120,
      "days_per_week_min": 2,
      "days_per_week_max": 3
    },
    "floor_barbell": {
      "sets_min": 3,
      "sets_max": 3,
      "reps_min": 5,
      "reps_max": 5,
      "rest_seconds_min": 120,
      "rest_seconds_max": 180,
      "days_per_week_min": 2,
      "days_per_week_max": 3
    }
  },
  "rungs": [
    {
      "number": 0,
      "name": "easier drills",
      "lift": "kneeling",
      "plan": "learning",
      "sets": 1,
      "reps": 10,
      "chip": "kneeling hinges, back flat",
      "test": "kneeling hinges in a row, with your back flat and your hips leading",
      "back": "it hurts past the pain limit: see Safety"
    },
    {
      "number": 1,
      "name": "hands-on-thighs hinge",
      "lift": "standing",
      "plan": "learning",
      "sets": 2,
      "reps": 10,
      "chip": "hips leading",
      "test": "slow reps: your hips lead, your knees keep the same small bend, and your back stays flat on video",
      "back": "your knees slide forward"
    },
    {
      "number": 2,
      "name": "wall hinge",
      "lift": "standing",
      "plan": "learning",
      "sets": 1,
      "reps": 10,
      "chip": "wall taps from your furthest spot",
      "test": "wall taps in a row from your furthest spot: your backside reaches the wall while your hips are still moving back; your knees keep their small bend, and your back stays flat",
      "back": "you squat down to reach"
    },
    {
      "number": 3,
      "name": "broomstick hinge",
      "lift": "standing",
      "plan": "learning",
      "sets": 3,
      "reps": 10,
      "chip": "all three points on",
      "test": "slow reps: all three points stay on the stick the whole time, and your knees stay still",
      "back": "a point keeps leaving the stick"
    },
    {
      "number": 4,
      "name": "band pull-through",
      "lift": "standing",
      "plan": "learning",
      "sets": 3,
      "reps": 10,
      "chip": "a tall finish",
      "test": "reps: your hips lead, your back stays flat, and you finish tall with no lean back",
      "back": "you lean back at the top"
    },
    {
      "number": 5,
      "name": "kettlebell deadlift",
      "lift": "floor",
      "plan": "loaded",
      "sets": 3,
      "reps": 10,
      "chip": "bell down each rep",
      "test": "reps, filmed from the side: the bell goes down to the floor each rep, your back stays flat, your arms stay long, and your hips and shoulders rise together",
      "back": "your back rounds at the bell"
    },
    {
      "number": 6,
      "name": "dumbbell Romanian deadlift",
      "lift": "standing",
      "plan": "loaded",
      "sets": 3,
      "reps": 10,
      "chip": "weights on your legs; the pair adds up to the bar",
      "test": "reps, filmed from the side: the weights brush your legs, and your back stays flat the whole way",
      "back": "the weights drift away"
    },
    {
      "number": 7,
      "name": "barbell Romanian deadlift",
      "lift": "standing",
      "plan": "loaded",
      "sets": 3,
      "reps": 10,
      "chip": "bar on your legs",
      "test": "reps, filmed from the side: the bar stays on your legs, and your back stays flat",
      "back": "the bar won't stay close"
    },
    {
      "number": 8,
      "name": "deadlift",
      "lift": "floor",
      "plan": "floor_barbell",
      "sets": 3,
      "reps": 5,
      "chip": "bar down each rep, at each height",
      "test": "reps at each start height, filmed from the side: the bar goes down each rep and brushes your legs; your hips and shoulders rise together, and your back keeps its shape",
      "back": "your back rounds off the floor"
    }
  ],
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
