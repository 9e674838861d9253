use crate::i18n::keys::Workbench;
#[allow(unused_imports)]
use crate::i18n::Plural;

pub const TEXTS: Workbench = Workbench {
};
