use crate::i18n::keys::Indicator;
#[allow(unused_imports)]
use crate::i18n::Plural;

pub const TEXTS: Indicator = Indicator {
};
