//! A speaker's name before their role, as a citation names people: `Anna
//! Ivanova, its chair`, `Michael Lewis, E.F. Hutton Group analyst`, `Larry
//! Eckenfelder, of Prudential-Bache Securities`.

use super::speaker::starts_upper;
use super::speech;
use crate::text::words;

/// `its chair, Anna Ivanova` as `Anna Ivanova, its chair`: the name first,
/// as a citation names people.
pub(super) fn role_after_name(text: &str) -> String {
    let determiner = |piece: &str| {
        let first = piece.split(' ').next().unwrap_or("");
        speech::is_determiner(&words::fold(first))
    };
    if let Some((role, name)) = text.split_once(", ")
        && determiner(role)
        && starts_upper(name)
        && !determiner(name)
        && !name.contains(", ")
    {
        return format!("{name}, {role}");
    }
    // `E.F. Hutton Group analyst Michael Lewis`: a role before a name of
    // two words or more, after the noun that ends the role.
    let words: Vec<&str> = text.split(' ').collect();
    // A title written short ends a role too: `former Nevada Sen. Ann Roe`.
    let title = |w: &str| w.strip_suffix('.').is_some_and(speech::is_short_title);
    let head = words
        .iter()
        .rposition(|w| speech::is_person(&words::fold(w), "") || title(w));
    if let Some(head) = head.filter(|&h| h > 0 && words.len() - h > 2)
        && words[head + 1..].iter().all(|w| starts_upper(w))
        && !determiner(text)
    {
        return format!(
            "{}, {}",
            words[head + 1..].join(" "),
            words[..=head].join(" ")
        );
    }
    // `Larry Eckenfelder of Prudential-Bache Securities`: a name of two
    // words or more, none a title or a body's noun, then where they are
    // from; after a title, the title goes with it (`analyst Joseph
    // Phillippi of E.F. Hutton Co`).
    if let Some((name, from)) = text.split_once(" of ")
        && !text.contains(',')
    {
        let words: Vec<&str> = name.split(' ').collect();
        let titled = words.len() > 2 && speech::is_person(&words::fold(words[0]), "");
        let person = &words[usize::from(titled)..];
        // One word is a surname only before a firm or `the` one.
        let firm = starts_upper(from) || from.starts_with("the ");
        if (person.len() >= 2 || person.len() == 1 && firm)
            && person
                .iter()
                .all(|w| starts_upper(w) && !speech::is_head(&words::fold(w)))
            && (starts_upper(from) || titled || person.len() == 1)
        {
            return match titled {
                true => format!("{}, {} of {from}", person.join(" "), words[0]),
                false => format!("{name}, of {from}"),
            };
        }
    }
    text.to_string()
}
