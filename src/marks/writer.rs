//! Who writes to the marks log: one id per process, the host's name and a
//! random part (`laptop-3f2a9c1e`), so entries from two readers or two
//! hosts never share an identity and a person can tell where one came from.

/// A new writer id for this process.
pub fn id() -> String {
    let random = super::identity::random_id().unwrap_or_else(|_| {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        format!("{:032x}", now ^ u128::from(std::process::id()))
    });
    format!("{}-{}", host(), &random[..8])
}

/// The host's name, as letters, digits and `-`, at most 32 of them.
pub fn host() -> String {
    let mut buf = [0u8; 256];
    // SAFETY: gethostname writes at most `buf.len()` bytes into `buf`.
    let rc = unsafe { libc::gethostname(buf.as_mut_ptr().cast(), buf.len()) };
    let end = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
    let name: String = (String::from_utf8_lossy(&buf[..end]).chars())
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .take(32)
        .collect();
    if rc != 0 || name.is_empty() {
        "host".into()
    } else {
        name
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn two_ids_differ_and_name_the_host() {
        let (a, b) = (super::id(), super::id());
        assert_ne!(a, b);
        assert!(a.starts_with(&super::host()));
        assert!(
            a.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'),
            "{a}"
        );
    }
}
