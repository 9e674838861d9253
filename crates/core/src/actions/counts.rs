//! Counts of actions by status, overall and per axis, and the French sentences that say them.

use super::id::AxisId;
use super::status::Status;
use super::tree::{Action, Actions};
use crate::diagnostic::count;

/// How many actions have each status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct StatusCounts([usize; Status::ALL.len()]);

impl StatusCounts {
    /// Counts `actions`.
    pub fn of<'a>(actions: impl IntoIterator<Item = &'a Action>) -> Self {
        let mut counts = StatusCounts::default();
        for action in actions {
            counts.add(action.status);
        }
        counts
    }

    pub fn add(&mut self, status: Status) {
        self.0[index(status)] += 1;
    }

    pub fn get(&self, status: Status) -> usize {
        self.0[index(status)]
    }

    pub fn total(&self) -> usize {
        self.0.iter().sum()
    }

    /// Every status with its count, zeros included, in [`Status::ALL`] order.
    pub fn iter(&self) -> impl Iterator<Item = (Status, usize)> + '_ {
        Status::ALL.into_iter().map(|s| (s, self.get(s)))
    }

    /// « 38 actions réalisées sur 124 » for `status` among these actions.
    pub fn phrase(&self, status: Status) -> String {
        status_phrase(self.get(status), status, self.total())
    }
}

fn index(status: Status) -> usize {
    Status::ALL.iter().position(|&s| s == status).unwrap_or_default()
}

/// « 38 actions réalisées sur 124 », « 1 action réalisée sur 124 », « 0 action en cours sur 5 »
/// (French: the plural starts at 2).
pub fn status_phrase(n: usize, status: Status, total: usize) -> String {
    let actions = count(n, "action", "actions");
    let label = if n >= 2 { status.plural_fr() } else { status.label_fr() };
    // `count` groups the digits as everywhere else (« 1 200 »); the total needs no noun.
    let total = count(total, "", "");
    format!("{actions} {label} sur {}", total.trim_end())
}

impl Actions {
    /// Counts over every action of the file.
    pub fn counts(&self) -> StatusCounts {
        StatusCounts::of(self.actions())
    }

    /// Counts for each axis, in the file's order.
    pub fn counts_by_axis(&self) -> Vec<(&AxisId, StatusCounts)> {
        self.axes.iter().map(|a| (&a.id, StatusCounts::of(a.actions()))).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_agree_in_number() {
        assert_eq!(status_phrase(38, Status::Realisee, 124), "38 actions réalisées sur 124");
        assert_eq!(status_phrase(1, Status::Realisee, 124), "1 action réalisée sur 124");
        assert_eq!(status_phrase(0, Status::Abandonnee, 124), "0 action abandonnée sur 124");
        assert_eq!(status_phrase(2, Status::ALEtude, 3), "2 actions à l'étude sur 3");
        assert_eq!(status_phrase(12, Status::EnCours, 1200), "12 actions en cours sur 1\u{a0}200");
    }

    #[test]
    fn counts_add_up() {
        let mut counts = StatusCounts::default();
        for s in [Status::Realisee, Status::Realisee, Status::EnCours] {
            counts.add(s);
        }
        assert_eq!((counts.get(Status::Realisee), counts.get(Status::EnCours), counts.get(Status::Engagee), counts.total()), (2, 1, 0, 3));
        assert_eq!(counts.phrase(Status::Realisee), "2 actions réalisées sur 3");
        assert_eq!(counts.iter().map(|(_, n)| n).collect::<Vec<_>>(), [0, 0, 1, 2, 0, 0]);
    }
}
