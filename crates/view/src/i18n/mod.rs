//! The interface's languages: French (the default) and English.
//!
//! Every string the interface shows comes from one catalogue per language ([`fr`], [`en`]),
//! both of the type [`Catalogue`] (its fields, by area, are in [`keys`]; the interface reads
//! them by area with [`t`]): a key missing in
//! either language does not compile, and `tests` checks that both say the same placeholders.
//!
//! The language is chosen once per page load ([`choose`]: `lang=` in the URL, then the saved
//! preference, then the browser's languages, then French) and set with [`set`]; changing it
//! loads the page again. The view models read it with [`lang`] and [`t`]: within one page
//! load it never changes, so it is not threaded through every function.

pub mod data;
pub mod en;
pub mod fr;
pub mod keys;
mod template;

use std::cell::Cell;

use serde::Serialize;

pub use keys::Catalogue;
pub use template::{around, fill, placeholders};

/// A language of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    Fr,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Fr, Lang::En];

    /// The BCP 47 code: `<html lang>`, `lang=` in the URL, the saved preference.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    /// `fr`, `en`, or a browser tag such as `en-GB`, `fr-BE` (case-insensitive).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or_default();
        Lang::ALL.into_iter().find(|l| primary.eq_ignore_ascii_case(l.code()))
    }

    /// The language's name in itself, for the switch: « Français », « English ».
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::Fr => "Français",
            Lang::En => "English",
        }
    }

    /// The other language (the switch offers it).
    pub fn other(self) -> Lang {
        match self {
            Lang::Fr => Lang::En,
            Lang::En => Lang::Fr,
        }
    }

    /// The catalogue of this language.
    pub fn catalogue(self) -> &'static Catalogue {
        match self {
            Lang::Fr => &fr::CATALOGUE,
            Lang::En => &en::CATALOGUE,
        }
    }
}

/// Where the language of the page came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Source {
    /// `lang=` in the URL: links keep it.
    Url,
    /// The preference saved by the language switch.
    Saved,
    /// The browser's languages.
    Browser,
    /// Nothing said: French.
    #[default]
    Default,
}

/// The language of a page load, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Choice {
    pub lang: Lang,
    pub source: Source,
}

/// The language: `lang=` of the URL if it names one we have, else the saved preference, else
/// the first of the browser's languages we have, else French.
pub fn choose(url: Option<&str>, saved: Option<&str>, browser: &[String]) -> Choice {
    if let Some(lang) = url.and_then(Lang::from_tag) {
        return Choice { lang, source: Source::Url };
    }
    if let Some(lang) = saved.and_then(Lang::from_tag) {
        return Choice { lang, source: Source::Saved };
    }
    match browser.iter().find_map(|tag| Lang::from_tag(tag)) {
        Some(lang) => Choice { lang, source: Source::Browser },
        None => Choice::default(),
    }
}

thread_local! {
    static CURRENT: Cell<Choice> = const { Cell::new(Choice { lang: Lang::Fr, source: Source::Default }) };
}

/// Sets the language of this page load (of this thread, in native tests).
pub fn set(choice: Choice) {
    CURRENT.with(|c| c.set(choice));
}

/// The language of the page.
pub fn lang() -> Lang {
    CURRENT.with(|c| c.get().lang)
}

/// How the language was chosen.
pub fn choice() -> Choice {
    CURRENT.with(Cell::get)
}

/// The texts of the page's language, by area: `t().indicator().about`.
pub fn t() -> Texts {
    Texts(lang())
}

/// The texts of one language, one area at a time: an area no code of an edition of the app
/// reads is left out of that edition's WebAssembly (the whole [`Catalogue`] would keep every
/// area of both languages in the first-view edition).
#[derive(Debug, Clone, Copy)]
pub struct Texts(Lang);

macro_rules! areas {
    ($($area:ident: $Type:ident),* $(,)?) => {
        impl Texts {
            $(
                pub fn $area(self) -> &'static keys::$Type {
                    match self.0 {
                        Lang::Fr => &fr::$area::TEXTS,
                        Lang::En => &en::$area::TEXTS,
                    }
                }
            )*
        }
    };
}

areas!(
    common: Common,
    shell: Shell,
    indicator: Indicator,
    commune: Commune,
    actions: Actions,
    site: Site,
    presentation: Presentation,
    workbench: Workbench,
);

/// The `lang` parameter links must carry: the page's language when the URL named it or when
/// it is not French (so that a link opened elsewhere shows what was seen), else none.
pub fn link_param() -> Option<Lang> {
    let Choice { lang, source } = choice();
    (source == Source::Url || lang != Lang::Fr).then_some(lang)
}

/// Runs `f` with the page in `lang`, then restores the language (tests, and the few views that
/// must be written in French whatever the page's language).
pub fn with_lang<R>(lang: Lang, f: impl FnOnce() -> R) -> R {
    let before = choice();
    set(Choice { lang, source: before.source });
    let result = f();
    set(before);
    result
}

/// A text that depends on a count: « 1 action », « 2 actions ». French uses the singular for
/// 0 and 1, English for 1 only.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Plural {
    pub one: &'static str,
    pub other: &'static str,
}

impl Plural {
    /// The form for `n` in the page's language, with `{n}` filled by the formatted count.
    pub fn of(&self, n: usize) -> String {
        let singular = match lang() {
            Lang::Fr => n <= 1,
            Lang::En => n == 1,
        };
        let form = if singular { self.one } else { self.other };
        fill(form, &[("n", &crate::format::number(n as f64, 0))])
    }
}

#[cfg(test)]
mod tests;
