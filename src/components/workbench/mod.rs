//! The workbench's components: picking files, their reports, CSV import, the preview banner.

pub mod csv_import;
pub mod file_picker;
pub mod file_report;
pub mod preview_banner;
pub mod problem_group;
pub mod short_form;
