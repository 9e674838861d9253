//! Sizes beyond which a data file is not read: the command-line checker refuses it before
//! reading, the browser before parsing (from `Content-Length`, then while reading).

/// The largest data file read: 50 MB. A national file (35,000 communes × 15 years, a ratio
/// with numerator and denominator) is about 11.5 MB; 50 MB leaves room and stops a runaway
/// or hostile file from exhausting a phone's memory.
pub const MAX_FILE_BYTES: u64 = 50_000_000;
