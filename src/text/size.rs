//! Sizes in bytes as the configuration writes them (`"8MB"`, `"500 kB"`)
//! and as brief says them (`8 MB`, `200.3 MB`): decimal units, as `ls -h
//! --si` and disk makers count.

const UNITS: [(&str, u64); 4] = [
    ("GB", 1_000_000_000),
    ("MB", 1_000_000),
    ("kB", 1_000),
    ("B", 1),
];

/// `"8MB"`, `"8 MB"`, `"500kB"`, `"1GB"` or `"4096B"` in bytes; the unit is
/// needed, and its case does not matter. `None` for anything else.
pub fn parse(text: &str) -> Option<u64> {
    let text = text.trim();
    let digits = text.find(|c: char| !c.is_ascii_digit())?;
    let n: u64 = text[..digits].parse().ok()?;
    let unit = text[digits..].trim_start();
    let (_, bytes) = UNITS.iter().find(|(u, _)| u.eq_ignore_ascii_case(unit))?;
    n.checked_mul(*bytes)
}

/// `bytes` in the largest unit it reaches: whole when it is a whole number
/// of them (`8 MB`), else with one decimal (`200.3 MB`).
pub fn shown(bytes: u64) -> String {
    let (unit, size) = UNITS
        .iter()
        .find(|&&(_, size)| bytes >= size)
        .map_or(("B", 1), |&(u, s)| (u, s));
    if bytes.is_multiple_of(size) {
        format!("{} {unit}", bytes / size)
    } else {
        format!("{:.1} {unit}", bytes as f64 / size as f64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_with_a_unit_in_any_case() {
        assert_eq!(parse("8MB"), Some(8_000_000));
        assert_eq!(parse(" 8 mb "), Some(8_000_000));
        assert_eq!(parse("500kB"), Some(500_000));
        assert_eq!(parse("1GB"), Some(1_000_000_000));
        assert_eq!(parse("4096B"), Some(4096));
        for bad in [
            "8",
            "MB",
            "8 TB",
            "-1MB",
            "1.5MB",
            "",
            "99999999999999999999GB",
        ] {
            assert_eq!(parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn sizes_are_said_in_the_largest_unit() {
        assert_eq!(shown(8_000_000), "8 MB");
        assert_eq!(shown(200_260_000), "200.3 MB");
        assert_eq!(shown(1_500), "1.5 kB");
        assert_eq!(shown(999), "999 B");
        assert_eq!(shown(0), "0 B");
        assert_eq!(shown(3_000_000_000), "3 GB");
    }
}
