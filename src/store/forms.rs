//! Finding a briefing by any form of its id: the id itself (its path below
//! the folder, without the extension), a trailing part of it or of its
//! path (`reut-00016` for `acq/reut-00016`, `reut-00016.txt`), or the
//! start of one; ignoring case. One form may name several briefings.

use std::borrow::Cow;

use super::{DocId, Store};

impl Store {
    /// The briefing `form` names alone: its id, or else the only one with
    /// a trailing part of its id or path equal to `form`, or else starting
    /// with it. `Err` holds the candidates (none: no briefing has it).
    pub fn find_id(&self, form: &str) -> Result<DocId, Vec<DocId>> {
        let form = form.to_lowercase();
        let all = || (0..self.len()).map(DocId::from_index);
        let same_case = |d: &DocId| self.id(*d).to_lowercase() == form;
        if let Some(doc) = self.ids_with_prefix(&form).find(same_case) {
            return Ok(doc);
        }
        let whole: Vec<DocId> = all()
            .filter(|&d| {
                let path = self.path(d).to_string_lossy();
                ends_at_part(&lower(self.id(d)), form.as_bytes())
                    || ends_at_part(&lower(&path), form.as_bytes())
            })
            .collect();
        let started = || self.ids_with_part_prefix(&form).collect::<Vec<_>>();
        match whole.len() {
            0 => one(started()),
            _ => one(whole),
        }
    }

    /// The briefing whose id is exactly `id`: a binary search, for a
    /// reload that finds the briefing selected before.
    pub fn exact_id(&self, id: &str) -> Option<DocId> {
        self.ids_with_prefix(&id.to_lowercase())
            .find(|&d| self.id(d) == id)
    }

    /// Briefings whose id, or a trailing part of it, starts with `prefix`
    /// (lower case): `id:reut` finds `acq/reut-00016`.
    pub fn ids_with_part_prefix<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = DocId> + 'a {
        let prefix = prefix.as_bytes();
        (0..self.len()).map(DocId::from_index).filter(move |&d| {
            let id = &*lower(self.id(d));
            starts_part_at(id, 0, prefix)
                || (id.iter().enumerate())
                    .any(|(i, &b)| b == b'/' && starts_part_at(id, i + 1, prefix))
        })
    }
}

/// `name` for comparing with a lower-case form: ASCII is compared ignoring
/// case as it is, other text is lowered (a copy, for those ids alone).
fn lower(name: &str) -> Cow<'_, [u8]> {
    match name.is_ascii() {
        true => Cow::Borrowed(name.as_bytes()),
        false => Cow::Owned(name.to_lowercase().into_bytes()),
    }
}

fn one(found: Vec<DocId>) -> Result<DocId, Vec<DocId>> {
    match found.as_slice() {
        [doc] => Ok(*doc),
        _ => Err(found),
    }
}

/// Whether `name` ends with `part` (ignoring ASCII case) at a `/`.
fn ends_at_part(name: &[u8], part: &[u8]) -> bool {
    name.len() >= part.len()
        && name[name.len() - part.len()..].eq_ignore_ascii_case(part)
        && (name.len() == part.len() || name[name.len() - part.len() - 1] == b'/')
}

fn starts_part_at(name: &[u8], at: usize, prefix: &[u8]) -> bool {
    name.len() >= at + prefix.len() && name[at..at + prefix.len()].eq_ignore_ascii_case(prefix)
}

#[cfg(test)]
mod tests {
    use crate::load::{self, Loaded};
    use crate::store::Store;
    use std::path::Path;

    fn store(paths: &[&str]) -> Store {
        let briefings = paths
            .iter()
            .map(|p| {
                let id = p.trim_start_matches("arch/").rsplit_once('.').unwrap().0;
                load::parse_text(Path::new(p), id, "date 2022-01-01 Text.")
            })
            .collect();
        crate::library::build(Loaded::of(briefings, Vec::new()))
    }

    #[test]
    fn any_unique_form_finds_a_briefing_and_an_ambiguous_one_lists_all() {
        let paths = [
            "arch/acq/reut-00016.txt",
            "arch/crude/reut-00016.txt",
            "arch/acq/reut-00017.md",
            "arch/звіти/Київ-01.txt",
        ];
        let s = store(&paths);
        let id = |form: &str| s.find_id(form).map(|d| s.id(d).to_string());
        let candidates = |form: &str| {
            let found = s.find_id(form).unwrap_err();
            let mut ids: Vec<&str> = found.iter().map(|&d| s.id(d)).collect();
            ids.sort_unstable();
            ids.join(" ")
        };
        assert_eq!(id("acq/reut-00016"), Ok("acq/reut-00016".into()));
        assert_eq!(id("ACQ/Reut-00016"), Ok("acq/reut-00016".into()));
        assert_eq!(
            id("reut-00017"),
            Ok("acq/reut-00017".into()),
            "a unique stem"
        );
        assert_eq!(
            id("reut-00017.md"),
            Ok("acq/reut-00017".into()),
            "a file name"
        );
        assert_eq!(id("crude/reut-00016.txt"), Ok("crude/reut-00016".into()));
        assert_eq!(
            id("crude/reut"),
            Ok("crude/reut-00016".into()),
            "a unique start"
        );
        assert_eq!(candidates("reut-00016"), "acq/reut-00016 crude/reut-00016");
        assert_eq!(
            candidates("reut-0001"),
            "acq/reut-00016 acq/reut-00017 crude/reut-00016"
        );
        assert_eq!(candidates("cq/reut-00016"), "", "parts are whole names");
        assert_eq!(candidates("nothing"), "");
        assert_eq!(
            id("київ-01"),
            Ok("звіти/Київ-01".into()),
            "any script's case"
        );
        assert_eq!(id("КИЇВ"), Ok("звіти/Київ-01".into()));
    }
}
