//! The English catalogue.

mod common;
mod shell;
mod indicator;
mod commune;
mod actions;
mod site;
mod presentation;
mod workbench;

use super::Catalogue;

pub const CATALOGUE: Catalogue = Catalogue {
    common: common::TEXTS,
    shell: shell::TEXTS,
    indicator: indicator::TEXTS,
    commune: commune::TEXTS,
    actions: actions::TEXTS,
    site: site::TEXTS,
    presentation: presentation::TEXTS,
    workbench: workbench::TEXTS,
};
