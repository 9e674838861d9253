use crate::i18n::keys::Presentation;
#[allow(unused_imports)]
use crate::i18n::Plural;

pub const TEXTS: Presentation = Presentation {
};
