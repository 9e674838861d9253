use crate::i18n::keys::Site;
#[allow(unused_imports)]
use crate::i18n::Plural;

pub const TEXTS: Site = Site {
};
