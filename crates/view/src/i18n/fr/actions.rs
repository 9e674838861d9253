use crate::i18n::keys::Actions;
#[allow(unused_imports)]
use crate::i18n::Plural;

pub const TEXTS: Actions = Actions {
};
