//! Statistics on yearly series: changes, trends, indices, per-capita rates, rankings,
//! commune-versus-territory comparisons and progress toward a target.
//!
//! Every function is pure, never panics and never interpolates a missing value.

pub mod change;
pub mod compare;
pub mod index;
pub mod median;
pub mod per_capita;
pub mod progress;
pub mod ranking;
pub mod trend;

pub use change::{change, change_over, year_on_year, year_on_year_percent, Change};
pub use compare::{compare, Comparison};
pub use index::index_base_100;
pub use median::median;
pub use per_capita::{nearest_census, per_inhabitants};
pub use progress::{progress, Progress, ProgressStatus, Target};
pub use ranking::{rank, Order, Ranked};
pub use trend::{least_squares, slope, LinearFit};
