//! How the app fetches data files over a poor network, as pure decisions the browser code
//! follows: a timeout on every request, retries with backoff on transient faults only, a size
//! cap checked before parsing, progress for large files, and messages in the page's language.

use en_action_core::limits::MAX_FILE_BYTES;

use crate::format;
use crate::i18n::{self, fill};

/// A request with no answer after this long is abandoned (and retried).
pub const TIMEOUT_MS: u32 = 15_000;
/// Attempts per file: the first and two retries.
pub const ATTEMPTS: u32 = 3;
/// Files from this size on show their progress.
pub const PROGRESS_FROM_BYTES: u64 = 1_000_000;

/// Why a file could not be fetched (said in the page's language).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchError {
    NotFound,
    Http { status: u16, text: String },
    Timeout { timeout_ms: u32 },
    /// No network, and no copy kept on this device (by the service worker).
    Offline,
    Network(String),
    TooLarge { size: u64, limit: u64 },
    Interrupted(String),
}

impl std::fmt::Display for FetchError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let words = i18n::t().commune();
        let said = match self {
            FetchError::NotFound => words.error_not_found.to_owned(),
            FetchError::Http { status, text } => {
                let status = if text.is_empty() { status.to_string() } else { format!("{status} {text}") };
                fill(words.error_http, &[("status", &status)])
            }
            FetchError::Timeout { timeout_ms } => fill(words.error_timeout, &[("seconds", &(timeout_ms / 1000).to_string())]),
            FetchError::Offline => words.error_offline.to_owned(),
            FetchError::Network(e) => fill(words.error_network, &[("error", e)]),
            FetchError::TooLarge { size, limit } => fill(words.error_too_large, &[("size", &format::bytes(*size)), ("limit", &format::bytes(*limit))]),
            FetchError::Interrupted(e) => fill(words.error_interrupted, &[("error", e)]),
        };
        f.write_str(&said)
    }
}

impl std::error::Error for FetchError {}

impl FetchError {
    /// Whether trying again may help: network faults, timeouts and the server's passing
    /// troubles (408, 425, 429, 5xx but 501); never a missing file or a refusal.
    pub fn is_transient(&self) -> bool {
        match self {
            FetchError::Timeout { .. } | FetchError::Network(_) | FetchError::Interrupted(_) => true,
            FetchError::Http { status, .. } => matches!(status, 408 | 425 | 429 | 500 | 502 | 503 | 504),
            FetchError::NotFound | FetchError::Offline | FetchError::TooLarge { .. } => false,
        }
    }

    /// The error of an HTTP status that is not a success.
    pub fn from_status(status: u16, text: &str) -> FetchError {
        match status {
            404 | 410 => FetchError::NotFound,
            _ => FetchError::Http { status, text: text.chars().take(60).collect() },
        }
    }
}

/// The wait before attempt `attempt` (counting from 1): none, then 0.5 s, then 1.5 s.
pub fn retry_delay_ms(attempt: u32) -> u32 {
    match attempt {
        0 | 1 => 0,
        2 => 500,
        _ => 1_500,
    }
}

/// Refuses a file announced (`Content-Length`) or read beyond the cap.
pub fn check_size(bytes: u64) -> Result<(), FetchError> {
    if bytes > MAX_FILE_BYTES {
        Err(FetchError::TooLarge { size: bytes, limit: MAX_FILE_BYTES })
    } else {
        Ok(())
    }
}

/// « Chargement : 3,2 Mo sur 11,5 Mo » for a large file on its way; `None` for a small one.
pub fn progress_text(received: u64, total: Option<u64>) -> Option<String> {
    if total.unwrap_or(received).max(received) < PROGRESS_FROM_BYTES {
        return None;
    }
    let words = i18n::t().commune();
    Some(match total {
        Some(total) if total >= received => fill(words.error_loading_of, &[("received", &format::bytes(received)), ("total", &format::bytes(total))]),
        _ => fill(words.error_loading_received, &[("received", &format::bytes(received))]),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_only_what_may_pass() {
        for e in [FetchError::Timeout { timeout_ms: TIMEOUT_MS }, FetchError::Network("x".into()), FetchError::Interrupted("x".into()), FetchError::from_status(500, ""), FetchError::from_status(503, ""), FetchError::from_status(429, "")] {
            assert!(e.is_transient(), "{e:?}");
        }
        for e in [FetchError::from_status(404, "Not Found"), FetchError::from_status(403, ""), FetchError::from_status(501, ""), FetchError::Offline, FetchError::TooLarge { size: 1, limit: 0 }] {
            assert!(!e.is_transient(), "{e:?}");
        }
        assert_eq!((1..=ATTEMPTS).map(retry_delay_ms).collect::<Vec<_>>(), [0, 500, 1_500]);
    }

    #[test]
    fn messages_are_french() {
        assert_eq!(FetchError::from_status(404, "Not Found").to_string(), "fichier introuvable (erreur 404)");
        assert_eq!(FetchError::from_status(500, "Internal Server Error").to_string(), "le serveur a répondu par une erreur (HTTP 500 Internal Server Error)");
        assert_eq!(FetchError::Timeout { timeout_ms: 15_000 }.to_string(), "le serveur n'a pas répondu en 15 secondes");
        assert_eq!(check_size(60_000_000).unwrap_err().to_string(), "fichier trop volumineux : 60\u{a0}Mo, au-delà de la limite de 50\u{a0}Mo");
        assert_eq!(check_size(MAX_FILE_BYTES), Ok(()));
        assert_eq!(FetchError::from_status(503, "").to_string(), "le serveur a répondu par une erreur (HTTP 503)");
        assert_eq!(FetchError::Network("x".into()).to_string(), "le fichier n'a pas pu être chargé (réseau : x)");
    }

    #[test]
    fn messages_in_english() {
        i18n::with_lang(i18n::Lang::En, || {
            assert_eq!(FetchError::from_status(404, "Not Found").to_string(), "file not found (error 404)");
            assert_eq!(FetchError::from_status(500, "Internal Server Error").to_string(), "the server answered with an error (HTTP 500 Internal Server Error)");
            assert_eq!(FetchError::Timeout { timeout_ms: 15_000 }.to_string(), "the server did not answer within 15 seconds");
            assert_eq!(check_size(60_000_000).unwrap_err().to_string(), "file too large: 60\u{a0}MB, over the 50\u{a0}MB limit");
            assert_eq!(FetchError::Interrupted("x".into()).to_string(), "reading interrupted (x)");
            assert!(FetchError::Offline.to_string().starts_with("offline, and this file was not saved"));
            assert_eq!(progress_text(3_200_000, Some(11_500_000)).as_deref(), Some("Loading: 3.2\u{a0}MB of 11.5\u{a0}MB"));
            assert_eq!(progress_text(2_000_000, None).as_deref(), Some("Loading: 2\u{a0}MB received"));
        });
    }

    #[test]
    fn progress_only_for_large_files() {
        assert_eq!(progress_text(10_000, Some(20_000)), None);
        assert_eq!(progress_text(3_200_000, Some(11_500_000)).as_deref(), Some("Chargement : 3,2\u{a0}Mo sur 11,5\u{a0}Mo"));
        assert_eq!(progress_text(2_000_000, None).as_deref(), Some("Chargement : 2\u{a0}Mo reçus"));
        assert_eq!(progress_text(0, Some(5_000_000)).as_deref(), Some("Chargement : 0\u{a0}ko sur 5\u{a0}Mo"));
    }
}
