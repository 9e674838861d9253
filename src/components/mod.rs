pub mod about;
pub mod chart;
pub mod commune_picker;
pub mod error_card;
pub mod file_problems;
pub mod indicator_controls;
pub mod unavailable_card;
pub mod views;
