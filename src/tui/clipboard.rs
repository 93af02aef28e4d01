//! Copying over any link: OSC 52 asks the terminal itself to set the
//! clipboard, which works over SSH where no local clipboard exists.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;

/// Terminals cap what they accept in one OSC 52 (xterm about 100 kB of
/// base64); past this brief refuses rather than have the copy cut silently.
pub const MAX_BYTES: usize = 74_000;

/// The bytes that set the clipboard to `text`. Inside tmux they come twice:
/// plain, which tmux takes into its own buffers when `set-clipboard` is on,
/// and wrapped for passthrough to the outer terminal (`allow-passthrough`).
pub fn osc52(text: &str, in_tmux: bool) -> Vec<u8> {
    let plain = format!("\x1b]52;c;{}\x07", STANDARD.encode(text));
    if !in_tmux {
        return plain.into_bytes();
    }
    let wrapped = format!("\x1bPtmux;{}\x1b\\", plain.replace('\x1b', "\x1b\x1b"));
    [plain, wrapped].concat().into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_and_tmux_wrapped() {
        assert_eq!(osc52("hi", false), b"\x1b]52;c;aGk=\x07");
        let wrapped = osc52("hi", true);
        assert_eq!(
            wrapped,
            b"\x1b]52;c;aGk=\x07\x1bPtmux;\x1b\x1b]52;c;aGk=\x07\x1b\\".to_vec()
        );
    }

    #[test]
    fn control_characters_travel_only_inside_base64() {
        let bytes = osc52("a\x1b]0;title\x07b", false);
        assert_eq!(bytes.iter().filter(|&&b| b == 0x1b).count(), 1);
        assert_eq!(bytes.iter().filter(|&&b| b == 0x07).count(), 1);
    }
}
