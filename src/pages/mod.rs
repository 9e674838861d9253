pub mod commune;
pub mod indicator;
pub mod overview;
pub mod presentation;
pub mod workbench;
