//! Shared by the integration tests that hold a fast reader to the serde one.

/// Bytes that trouble a JSON reader when they land anywhere.
const TROUBLEMAKERS: [u8; 15] = [b'"', b'{', b'}', b'[', b']', b',', b':', b'\\', b'0', b'.', b'e', b'-', b' ', b'\n', 0xff];

/// Every truncation of `good`, then every copy of it with one byte changed to a troublemaker.
pub fn damaged(good: &str) -> impl Iterator<Item = Vec<u8>> + '_ {
    let bytes = good.as_bytes();
    let truncations = (0..bytes.len()).map(move |end| bytes[..end].to_vec());
    let changes = (0..bytes.len()).flat_map(move |at| {
        TROUBLEMAKERS.iter().map(move |&byte| {
            let mut changed = bytes.to_vec();
            changed[at] = byte;
            changed
        })
    });
    truncations.chain(changes)
}
