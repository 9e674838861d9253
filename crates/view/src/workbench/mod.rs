//! The staff workbench (« Atelier des données »): what the browser shows about dropped files,
//! computed here from the core's checker so it is tested natively.
//!
//! - [`report`]: a file's problems grouped by kind, errors first, with a headline per group;
//! - [`excerpt`]: the source line under a problem, with a caret under the place;
//! - [`preview`]: where a dropped file goes in the data folder for the preview.

pub mod checking;
pub mod excerpt;
pub mod form;
pub mod preview;
pub mod report;
