//! The presentation mode: a deck shown one slide at a time, full screen, driven by a
//! clicker or the keyboard, with a presenter view in a second window and a kiosk mode.

pub mod controller;
pub mod deck_source;
pub mod help;
pub mod keyboard;
pub mod kiosk;
pub mod prepare;
pub mod presenter;
pub mod slide;
pub mod stage;
pub mod sync;

pub use crate::components::presenting::Presenting;
