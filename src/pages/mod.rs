pub mod actions;
pub mod commune;
pub mod embed;
pub mod indicator;
pub mod overview;
pub mod presentation;
pub mod site;
pub mod workbench;
