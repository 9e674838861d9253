//! Which way an indicator should move for the territory to be doing better.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The good direction of an indicator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// Higher is better (jobs, green space, ridership).
    Up,
    /// Lower is better (unemployment, vacancy, land consumption).
    Down,
}

impl Direction {
    /// `+1.0` when higher is better, `-1.0` when lower is better.
    pub fn sign(self) -> f64 {
        match self {
            Direction::Up => 1.0,
            Direction::Down => -1.0,
        }
    }
}
