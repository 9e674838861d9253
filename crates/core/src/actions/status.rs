//! The progress status of an action, with its French labels.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// L'état d'avancement d'une action.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// « à l'étude »
    ALEtude,
    /// « engagée »
    Engagee,
    /// « en cours »
    EnCours,
    /// « réalisée »
    Realisee,
    /// « reportée »
    Reportee,
    /// « abandonnée »
    Abandonnee,
}

impl Status {
    /// Every status, in the order of an action's life (the order of the views' legends).
    pub const ALL: [Status; 6] = [Status::ALEtude, Status::Engagee, Status::EnCours, Status::Realisee, Status::Reportee, Status::Abandonnee];

    /// « à l'étude », « réalisée »…: the label after « 1 action ».
    pub fn label_fr(self) -> &'static str {
        match self {
            Status::ALEtude => "à l'étude",
            Status::Engagee => "engagée",
            Status::EnCours => "en cours",
            Status::Realisee => "réalisée",
            Status::Reportee => "reportée",
            Status::Abandonnee => "abandonnée",
        }
    }

    /// « à l'étude », « réalisées »…: the label after « 2 actions » (invariable phrases stay).
    pub fn plural_fr(self) -> &'static str {
        match self {
            Status::ALEtude => "à l'étude",
            Status::Engagee => "engagées",
            Status::EnCours => "en cours",
            Status::Realisee => "réalisées",
            Status::Reportee => "reportées",
            Status::Abandonnee => "abandonnées",
        }
    }

    /// The name in files and links: `a_l_etude`, `en_cours`…
    pub fn key(self) -> &'static str {
        match self {
            Status::ALEtude => "a_l_etude",
            Status::Engagee => "engagee",
            Status::EnCours => "en_cours",
            Status::Realisee => "realisee",
            Status::Reportee => "reportee",
            Status::Abandonnee => "abandonnee",
        }
    }

    /// The status named `key` in a file or a link.
    pub fn from_key(key: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.key() == key)
    }

    /// Whether the action is over (done or given up): it should carry an end date.
    pub fn is_closed(self) -> bool {
        matches!(self, Status::Realisee | Status::Abandonnee)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_names_are_the_keys() {
        for status in Status::ALL {
            assert_eq!(serde_json::to_string(&status).unwrap(), format!("\"{}\"", status.key()));
            assert_eq!(serde_json::from_str::<Status>(&format!("\"{}\"", status.key())).unwrap(), status);
            assert_eq!(Status::from_key(status.key()), Some(status));
        }
        let keys: Vec<&str> = Status::ALL.iter().map(|s| s.key()).collect();
        assert_eq!(keys, ["a_l_etude", "engagee", "en_cours", "realisee", "reportee", "abandonnee"]);
        assert_eq!(Status::from_key("réalisée"), None);
    }

    #[test]
    fn french_labels_singular_and_plural() {
        let labels: Vec<(&str, &str)> = Status::ALL.iter().map(|s| (s.label_fr(), s.plural_fr())).collect();
        assert_eq!(
            labels,
            [("à l'étude", "à l'étude"), ("engagée", "engagées"), ("en cours", "en cours"), ("réalisée", "réalisées"), ("reportée", "reportées"), ("abandonnée", "abandonnées")]
        );
        assert!(Status::Realisee.is_closed() && Status::Abandonnee.is_closed() && !Status::EnCours.is_closed());
    }
}
