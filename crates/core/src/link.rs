//! Links taken from data files. Files are untrusted input: only web and mail addresses are
//! ever turned into links (`https:`, `http:`, `mailto:`), so a `javascript:` or `data:` URL
//! written in a file can never run. The checker refuses other links with a located error, and
//! the app checks again with [`safe_href`] before it renders any link.

/// Why a link is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkFault {
    /// Not `https://…`, `http://…` or `mailto:…` (e.g. `javascript:`, `data:`, a relative path).
    Scheme,
    /// Spaces or control characters, which browsers strip or reinterpret.
    Whitespace,
    /// The scheme with nothing after it (`https://`, `mailto:`).
    Empty,
}

const SCHEMES: [&str; 3] = ["https://", "http://", "mailto:"];

/// Checks a link from a data file.
pub fn check_link(url: &str) -> Result<(), LinkFault> {
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(LinkFault::Whitespace);
    }
    let scheme = SCHEMES
        .iter()
        .find(|s| url.get(..s.len()).is_some_and(|head| head.eq_ignore_ascii_case(s)))
        .ok_or(LinkFault::Scheme)?;
    if url.len() == scheme.len() {
        return Err(LinkFault::Empty);
    }
    Ok(())
}

/// The link itself when it may be rendered as an `href`, `None` otherwise.
pub fn safe_href(url: &str) -> Option<&str> {
    check_link(url).ok().map(|()| url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_web_and_mail_addresses_in_any_case() {
        for url in ["https://www.insee.fr/fr/statistiques", "http://example.org", "HTTPS://X.FR", "mailto:donnees@agglo-lenslievin.fr"] {
            assert_eq!(check_link(url), Ok(()), "{url}");
            assert_eq!(safe_href(url), Some(url));
        }
    }

    #[test]
    fn refuses_scripts_data_and_relative_links() {
        for url in ["javascript:alert(document.domain)", "JavaScript:alert(1)", "data:text/html,<script>", "vbscript:x", "//evil.example", "/etc/passwd", "indicateur.html", "ftp://x", "", "https:x", "http:/x"] {
            assert_eq!(check_link(url), Err(LinkFault::Scheme), "{url}");
            assert_eq!(safe_href(url), None);
        }
    }

    #[test]
    fn refuses_hidden_characters_and_empty_addresses() {
        for url in [" javascript:alert(1)", "java\tscript:alert(1)", "https://x.fr/\n", "https://a b", "https://x\u{0}"] {
            assert_eq!(check_link(url), Err(LinkFault::Whitespace), "{url:?}");
        }
        assert_eq!(check_link("https://"), Err(LinkFault::Empty));
        assert_eq!(check_link("mailto:"), Err(LinkFault::Empty));
    }
}
