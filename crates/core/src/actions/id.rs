//! Identifiers of the actions file, one newtype per level so that an objective's id is never
//! taken for an action's. Ids go into links: lowercase ASCII letters, digits, `-` and `_`.

use std::fmt;

/// The longest an id may be.
pub const MAX_ID_LENGTH: usize = 60;

/// Whether `text` may be an id: 1 to [`MAX_ID_LENGTH`] lowercase ASCII letters, digits, `-`
/// or `_`.
pub fn is_valid_id(text: &str) -> bool {
    !text.is_empty() && text.len() <= MAX_ID_LENGTH && text.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(String);

        impl $name {
            pub fn new(id: impl Into<String>) -> Self {
                Self(id.into())
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
            }
        }
    };
}

id_type!(
    /// An axis of the territory (`bouger`…).
    AxisId
);
id_type!(
    /// An ambition (unique in the file).
    AmbitionId
);
id_type!(
    /// An operational objective (unique in the file).
    ObjectiveId
);
id_type!(
    /// An action (unique in the file).
    ActionId
);
id_type!(
    /// An indicator, as named by its file (`chomage` for `travailler/chomage.json`).
    IndicatorId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_for_links() {
        for ok in ["bouger-1", "a", "action_12", &"x".repeat(MAX_ID_LENGTH)] {
            assert!(is_valid_id(ok), "{ok}");
        }
        for bad in ["", "Bouger", "é", "a b", "a/b", "a.b", &"x".repeat(MAX_ID_LENGTH + 1)] {
            assert!(!is_valid_id(bad), "{bad}");
        }
        assert_eq!(ActionId::new("b-1").to_string(), "b-1");
        assert!(ActionId::new("b-1") == "b-1");
    }
}
