//! Checks of a `source` block: the retrieval date and the link, which must be a web or mail
//! address (see [`crate::link`]).

use super::report::Report;
use super::text::{check_text, SHORT_TEXT};
use crate::date::Date;
use crate::diagnostic::{JsonPath, Problem};
use crate::link::check_link;
use crate::source::Source;

pub(crate) fn check_source(report: &mut Report, path: &JsonPath, source: &Source) {
    check_text(report, || path.key("name"), &source.name, SHORT_TEXT);
    check_text(report, || path.key("licence"), &source.licence, SHORT_TEXT);
    if Date::parse(&source.retrieved).is_none() {
        report.error(path.key("retrieved"), Problem::InvalidDate { found: source.retrieved.clone() });
    }
    if let Some(url) = &source.url {
        if let Err(fault) = check_link(url) {
            report.error(path.key("url"), Problem::UnsafeLink { found: url.clone(), fault });
        }
    }
}
