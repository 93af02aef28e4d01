//! A speaker's name before their role, as a citation names people: `Anna
//! Ivanova, its chair`, `Michael Lewis, E.F. Hutton Group analyst`, `Larry
//! Eckenfelder, of Prudential-Bache Securities`.

use super::nouns;
use super::speaker::starts_upper;
use super::{names, speech};
use crate::text::words;

/// `its chair, Anna Ivanova` as `Anna Ivanova, its chair`: the name first,
/// as a citation names people.
pub(super) fn role_after_name(text: &str) -> String {
    // A firm's name, which may hold a comma: `an analyst with Kidder,
    // Peabody and Co`.
    let firm = |name: &str| {
        name.contains(" and ")
            || (name.rsplit(' ').next()).is_some_and(|w| nouns::is_firm(&words::fold(w)))
    };
    // `Lee Hale, business manager for Vantor Co's Systems Division`: the
    // name is first already, whatever names the role holds.
    if let Some((name, _)) = text.split_once(", ")
        && names::is_full_name(name)
        && !name.split(' ').any(is_title)
        && !firm(name)
    {
        return text.to_string();
    }
    // `One official attending talks with Finance Minister Dilson Funaro`
    // is described, not titled.
    let determiner = |piece: &str| {
        let first = words::fold(piece.split(' ').next().unwrap_or(""));
        speech::is_determiner(&first) || speech::is_quantifier(&first)
    };
    if let Some((role, name)) = text.split_once(", ")
        && determiner(role)
        && starts_upper(name)
        && !determiner(name)
        && !name.contains(", ")
        && !firm(name)
    {
        return format!("{name}, {role}");
    }
    // `Sumitomo Bank Ltd chief economist, Masahiko Koido`, `Mobil
    // chairman, Allen E. Murray`.
    let plain = |role: &str| {
        role.split(' ').count() <= 6
            && role.split(' ').all(|w| {
                let w = words::fold(w);
                !speech::is_auxiliary(&w) && !speech::is_determiner(&w)
            })
    };
    if let Some((role, name)) = text.split_once(", ")
        && names::is_full_name(name)
        && role.rsplit(' ').next().is_some_and(is_title)
        && plain(role)
    {
        return format!("{name}, {role}");
    }
    // `vice president of group marketing, J. David Lyons`, `Taiwan's
    // ambassador in Montevideo, Henry Wang`: a role with its title among
    // its first words, in lower case or after an owner, then the name.
    let owned_or_lower = |role: &str| {
        role.starts_with(char::is_lowercase)
            || (role.split(' ').next()).is_some_and(|w| speech::owner(w).is_some())
    };
    if let Some((role, name)) = text.split_once(", ")
        && names::is_full_name(name)
        && owned_or_lower(role)
        && role.split(' ').take(4).any(is_title)
        && role.split(' ').count() <= 8
    {
        return format!("{name}, {role}");
    }
    // `E.F. Hutton Group analyst Michael Lewis`: a role before a name of
    // two words or more, after the noun that ends the role.
    let words: Vec<&str> = text.split(' ').collect();
    // A title in the plural that wire copy mistypes, after lower-case
    // words only: `stock futures analysts William Marcus`, not `Dutch
    // Salvage experts Smit Tak`.
    let plural = || {
        let h =
            (words.iter()).position(|w| !starts_upper(w) && nouns::is_people(&words::fold(w)))?;
        words[..h].iter().all(|w| !starts_upper(w)).then_some(h)
    };
    let head = words.iter().rposition(|w| is_title(w)).or_else(plural);
    // `Democratic senator Ann Roe of Ohio`: where the name is from stays
    // with it.
    let name_end = (head.map_or(0, |h| h + 1)..words.len())
        .find(|&k| words[k] == "of")
        .filter(|&k| words[k + 1..].iter().all(|w| starts_upper(w)))
        .unwrap_or(words.len());
    if let Some(head) = head.filter(|&h| h > 0 && name_end - h > 2)
        && words[head + 1..name_end].iter().all(|w| starts_upper(w))
        && !determiner(text)
    {
        return format!(
            "{}, {}",
            words[head + 1..].join(" "),
            words[..=head].join(" ")
        );
    }
    // `Undersecretary of State for Economic Affairs Allen Wallis`: a title
    // and its office, then the name after the office's last word.
    let office = words
        .iter()
        .rposition(|w| nouns::is_office(&words::fold(w.trim_end_matches(','))));
    if let (Some(head), Some(end)) = (head, office)
        && head < end
        && words.len() - end > 2
        && words[head + 1..=end]
            .iter()
            .all(|w| starts_upper(w) || matches!(*w, "of" | "for" | "and" | "the"))
        && words[end + 1..].iter().all(|w| names::is_name_word(w))
        && !determiner(text)
    {
        return format!(
            "{}, {}",
            words[end + 1..].join(" "),
            words[..=end].join(" ")
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
        let titled = words.len() > 2 && nouns::is_person(&words::fold(words[0]), "");
        let person = &words[usize::from(titled)..];
        // `The United Dockworkers of Canada` is a body's one name; `One of
        // China's top economists` is no one named.
        let first = words::fold(words[0]);
        let body = speech::is_determiner(&first) || speech::is_one(&first);
        // One word is a surname only before a firm or `the` one.
        let firm = starts_upper(from) || from.starts_with("the ");
        if (person.len() >= 2 || person.len() == 1 && firm)
            && !body
            && person
                .iter()
                .all(|w| starts_upper(w) && !nouns::is_head(&words::fold(w)))
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

/// A word naming a person's post: `analyst`, `Under-Secretary`, or a title
/// written short (`former Nevada Sen. Ann Roe`).
fn is_title(word: &str) -> bool {
    let folded = words::fold(word);
    let last = folded.rsplit('-').next().unwrap_or(&folded);
    nouns::is_person(&folded, "")
        || nouns::is_person(last, "")
        || word.strip_suffix('.').is_some_and(nouns::is_short_title)
}
