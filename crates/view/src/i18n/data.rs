//! Texts of the data files in the page's language: a file may give an English version of a
//! title, a definition, an axis' label (`title_en`, `definition_en`, `label_en`…); where it does
//! not, the English interface shows the French text, marked « in French » and tagged
//! `lang="fr"` (so that screen readers read it in French).

use en_action_core::indicator::{Indicator, SeriesBreak, Target};
use en_action_core::territory::{Axis, Territory, TerritoryEvent};

use super::{lang, t, Lang};

/// A data text as shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Localised {
    pub text: String,
    /// The page is in English and the file has no English version: the French text is shown.
    pub in_french: bool,
}

impl Localised {
    /// The text with its marker, for places that take plain text (a chart's title, a
    /// tooltip): « Taux de chômage (in French) ».
    pub fn plain(&self) -> String {
        if self.in_french {
            format!("{} ({})", self.text, t().common().in_french)
        } else {
            self.text.clone()
        }
    }
}

/// `french`, or in English `english` when the file gives one (not blank).
pub fn pick(french: &str, english: Option<&str>) -> Localised {
    match (lang(), english.map(str::trim).filter(|e| !e.is_empty())) {
        (Lang::Fr, _) => Localised { text: french.to_owned(), in_french: false },
        (Lang::En, Some(english)) => Localised { text: english.to_owned(), in_french: false },
        (Lang::En, None) => Localised { text: french.to_owned(), in_french: true },
    }
}

/// The territory as a phrase that follows « Valeur … » or « Le projet … »: in French the
/// file's phrase after « de » (`of_short_name`: « de la CALL »), in English its short name
/// (« Value for CALL »), so no phrase is built with a fixed article.
pub fn of_territory(territory: &Territory) -> &str {
    match lang() {
        Lang::Fr => &territory.of_short_name,
        Lang::En => &territory.short_name,
    }
}

/// The indicator's title.
pub fn title(indicator: &Indicator) -> Localised {
    pick(&indicator.title, indicator.english.title.as_deref())
}

/// The indicator's definition.
pub fn definition(indicator: &Indicator) -> Localised {
    pick(&indicator.definition, indicator.english.definition.as_deref())
}

/// The indicator's unit: the English one if given, else the file's (not marked: a unit is
/// written beside every number, and « % » or « ha » read the same in both languages).
pub fn unit(indicator: &Indicator) -> &str {
    match (lang(), indicator.english.unit.as_deref().filter(|u| !u.trim().is_empty())) {
        (Lang::En, Some(unit)) => unit,
        _ => &indicator.unit,
    }
}

/// The axis' label.
pub fn axis_label(axis: &Axis) -> Localised {
    pick(&axis.label, axis.label_en.as_deref())
}

/// The axis' description.
pub fn axis_description(axis: &Axis) -> Localised {
    pick(&axis.description, axis.description_en.as_deref())
}

/// A target's label, if it has one.
pub fn target_label(target: &Target) -> Option<Localised> {
    target.label.as_deref().map(|label| pick(label, target.label_en.as_deref()))
}

/// A series break's label.
pub fn break_label(series_break: &SeriesBreak) -> Localised {
    pick(&series_break.label, series_break.label_en.as_deref())
}

/// An event's label.
pub fn event_label(event: &TerritoryEvent) -> Localised {
    pick(&event.label, event.label_en.as_deref())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::with_lang;

    #[test]
    fn english_where_the_file_gives_it_else_french_marked() {
        let given = || pick("Taux de chômage", Some("Unemployment rate"));
        let missing = || pick("Taux de chômage", None);
        assert_eq!(given(), Localised { text: "Taux de chômage".into(), in_french: false });
        assert_eq!(missing().plain(), "Taux de chômage");
        with_lang(Lang::En, || {
            assert_eq!(given(), Localised { text: "Unemployment rate".into(), in_french: false });
            assert_eq!(missing(), Localised { text: "Taux de chômage".into(), in_french: true });
            assert_eq!(missing().plain(), "Taux de chômage (in French)");
            assert!(pick("Titre", Some("  ")).in_french, "a blank English text is no text");
        });
    }
}
