//! Counts with their noun in agreement: `1 warning`, `0 warnings`, `2 warnings`.

/// `n` followed by `noun`, with an `s` unless `n` is exactly one. Every noun
/// brief counts has a regular plural.
pub fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

#[cfg(test)]
mod tests {
    use super::plural;

    #[test]
    fn one_is_singular_and_every_other_count_plural() {
        assert_eq!(plural(1, "warning"), "1 warning");
        assert_eq!(plural(0, "warning"), "0 warnings");
        assert_eq!(plural(2, "error"), "2 errors");
        assert_eq!(plural(11, "key override"), "11 key overrides");
    }
}
