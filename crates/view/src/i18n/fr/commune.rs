use crate::i18n::keys::Commune;
#[allow(unused_imports)]
use crate::i18n::Plural;

pub const TEXTS: Commune = Commune {
};
