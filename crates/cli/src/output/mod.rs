//! What `check` prints: a summary line, then errors before warnings, as text (repeated
//! problems grouped) or as JSON for a publication pipeline.

pub mod json;
pub mod text;

use en_action_core::diagnostic::{Diagnostic, Problem};

/// The kind of a problem, in snake_case (`unknown_commune`).
pub fn kind(problem: &Problem) -> String {
    problem.kind()
}

/// Errors first, then warnings, each in the order found.
pub fn ordered(diagnostics: &[Diagnostic]) -> Vec<&Diagnostic> {
    let mut out: Vec<&Diagnostic> = diagnostics.iter().collect();
    out.sort_by_key(|d| d.severity);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_are_snake_case_variant_names() {
        assert_eq!(kind(&Problem::UnknownCommune { code: "1".into(), suggestion: None }), "unknown_commune");
        assert_eq!(kind(&Problem::NotUtf8), "not_utf8");
        assert_eq!(kind(&Problem::Structure("x".into())), "structure");
    }
}
