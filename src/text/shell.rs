//! A word as a POSIX shell reads it back: left as it is when it holds only
//! characters the shell takes literally, else in single quotes, so a
//! command brief prints can be pasted as it stands.

pub fn shell_word(text: &str) -> String {
    let plain = !text.is_empty()
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"_./-:@%+,=".contains(&b));
    if plain {
        text.to_string()
    } else {
        format!("'{}'", text.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::shell_word;

    #[test]
    fn only_words_the_shell_would_split_or_expand_are_quoted() {
        assert_eq!(shell_word("/tmp/brief-x.log"), "/tmp/brief-x.log");
        assert_eq!(shell_word("/tmp/my briefings"), "'/tmp/my briefings'");
        assert_eq!(shell_word("it's $HOME"), r"'it'\''s $HOME'");
        assert_eq!(shell_word(""), "''");
    }
}
