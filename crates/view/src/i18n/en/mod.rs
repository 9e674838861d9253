//! The English catalogue.

pub(super) mod common;
pub(super) mod shell;
pub(super) mod indicator;
pub(super) mod commune;
pub(super) mod actions;
pub(super) mod site;
pub(super) mod presentation;
pub(super) mod workbench;

use super::Catalogue;

pub static CATALOGUE: Catalogue = Catalogue {
    common: &common::TEXTS,
    shell: &shell::TEXTS,
    indicator: &indicator::TEXTS,
    commune: &commune::TEXTS,
    actions: &actions::TEXTS,
    site: &site::TEXTS,
    presentation: &presentation::TEXTS,
    workbench: &workbench::TEXTS,
};
