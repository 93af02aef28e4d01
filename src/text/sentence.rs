//! Sentence ends in news prose, aware of abbreviations such as `U.S.` and `Jan.`.

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "maj", "capt", "sgt", "st", "jr", "sr",
    "gov", "sen", "rep", "amb", "no", "nos", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "approx", "inc", "ltd", "corp", "co", "ca", "cf",
    "e.g", "i.e", "gen.-lt", "adm", "messrs",
];

/// Whether a word, before its dot, is an abbreviation whose dot ends no
/// sentence: `Mr`, `Inc`, `Jan`, `Adm`.
pub fn is_abbreviation(word: &str) -> bool {
    ABBREVIATIONS.contains(&word.to_lowercase().as_str())
}

/// Byte offset just past the first sentence's terminator (closing quotes and
/// brackets included), or `text.len()` when the text is one sentence.
pub fn first_sentence_end(text: &str) -> usize {
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !matches!(c, '.' | '!' | '?' | '…') {
            continue;
        }
        let mut end = i + c.len_utf8();
        while let Some(&(j, n)) = chars.peek() {
            if matches!(
                n,
                '.' | '!' | '?' | '"' | '”' | '»' | ')' | ']' | '’' | '\''
            ) {
                end = j + n.len_utf8();
                chars.next();
            } else {
                break;
            }
        }
        let rest = &text[end..];
        let Some(next) = rest.trim_start().chars().next() else {
            return end;
        };
        let spaced = rest.starts_with(char::is_whitespace);
        let starts_sentence = next.is_uppercase() || next.is_numeric() || "\"“«(".contains(next);
        if spaced && starts_sentence && !(c == '.' && ends_with_abbreviation(&text[..i])) {
            return end;
        }
        // `…analyst at Kidder, Peabody and Co. He said`: a firm's form ends
        // a sentence when a new one plainly opens.
        let opens = |w: &str| {
            matches!(
                w,
                "He" | "She" | "It" | "They" | "We" | "The" | "But" | "This"
            )
        };
        if spaced
            && c == '.'
            && ends_with_firm(&text[..i])
            && rest.split_whitespace().next().is_some_and(opens)
        {
            return end;
        }
    }
    text.len()
}

/// When `title` is the first sentence of `paragraph`, or that sentence
/// shortened to end in `…`, where that sentence ends: a reader that shows
/// the title can go on with the text from there instead of repeating it.
pub fn title_lead(title: &str, paragraph: &str) -> Option<usize> {
    let sentence = paragraph[..first_sentence_end(paragraph)].trim_end();
    let shortened = title
        .strip_suffix('…')
        .is_some_and(|start| !start.is_empty() && sentence.starts_with(start));
    (title == sentence || shortened).then_some(sentence.len())
}

fn ends_with_firm(before: &str) -> bool {
    let word = before.rsplit(char::is_whitespace).next().unwrap_or("");
    matches!(word, "Co" | "Inc" | "Ltd" | "Corp")
}

fn ends_with_abbreviation(before: &str) -> bool {
    let from = before.ceil_char_boundary(before.len().saturating_sub(24));
    let word = before[from..]
        .rsplit(|c: char| c.is_whitespace() || "(\"“«".contains(c))
        .next()
        .unwrap_or("");
    let last = word.rsplit('.').next().unwrap_or(word);
    let single_letter = last.chars().count() == 1 && last.chars().all(char::is_alphabetic);
    single_letter || is_abbreviation(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first(text: &str) -> &str {
        &text[..first_sentence_end(text)]
    }

    #[test]
    fn a_title_leads_when_it_is_the_first_sentence() {
        let text = "Talks ended. Nobody spoke.";
        assert_eq!(title_lead("Talks ended.", text), Some(12));
        assert_eq!(title_lead("Talks…", text), Some(12));
        assert_eq!(title_lead("Talks ended", text), None);
        assert_eq!(title_lead("Nobody spoke.", text), None);
        assert_eq!(title_lead("…", text), None);
        assert_eq!(title_lead("One only", "One only"), Some(8));
    }

    #[test]
    fn stops_at_a_real_sentence_end() {
        assert_eq!(first("One two. Three four."), "One two.");
        assert_eq!(first("Is it? Yes."), "Is it?");
        assert_eq!(first("He said “go.” Then left."), "He said “go.”");
        assert_eq!(first("No end here"), "No end here");
    }

    #[test]
    fn skips_abbreviations_and_initials() {
        assert_eq!(
            first("The U.S. Secretary met Mr. Smith. Then."),
            "The U.S. Secretary met Mr. Smith."
        );
        assert_eq!(first("On Jan. 8 they met. Later."), "On Jan. 8 they met.");
        assert_eq!(
            first("Censor.NET reports it. Next."),
            "Censor.NET reports it."
        );
        assert_eq!(
            first("Cost rose 2.5 percent. Next."),
            "Cost rose 2.5 percent."
        );
    }
}
