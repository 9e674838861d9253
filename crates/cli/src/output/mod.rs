//! What `check` prints: a summary line, then errors before warnings, as text (repeated
//! problems grouped) or as JSON for a publication pipeline.

pub mod json;
pub mod text;

use en_action_core::diagnostic::{Diagnostic, Problem};

/// The kind of a problem, in snake_case (`unknown_commune`), the same for every instance.
pub fn kind(problem: &Problem) -> String {
    let debug = format!("{problem:?}");
    let name = debug.split(|c: char| !c.is_alphanumeric()).next().unwrap_or_default();
    let mut snake = String::with_capacity(name.len() + 4);
    for (i, c) in name.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            snake.push('_');
        }
        snake.extend(c.to_lowercase());
    }
    snake
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
