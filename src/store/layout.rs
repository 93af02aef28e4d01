//! For tests: everything a store holds, written out, so that two stores
//! put together two ways can be compared whole.

use std::fmt::Write;

use super::briefings::Briefings;
use super::{DocId, Store};

impl Store {
    /// Every position's briefing, file and fields, every field index, the
    /// rules' tags, the kept problems, the text index's places, the
    /// diagnostics and who is quoted where.
    pub(crate) fn layout(&self) -> String {
        let mut out = String::new();
        let w = &mut out;
        for d in (0..self.len()).map(DocId::from_index) {
            let head = self.head(d);
            let _ = writeln!(
                w,
                "{d:?} {} {:?} {:?} {:?} len {} rank {} {:?} {:?} {:?} {:?}",
                self.id(d),
                self.path(d),
                self.date(d),
                self.file(d),
                self.text_length(d),
                self.fields.source_rank[d.index()],
                head.title,
                head.source,
                head.tags,
                head.diagnostics,
            );
        }
        let f = &self.fields;
        let _ = writeln!(w, "tags {:?}", f.tags);
        for s in &f.sources {
            let _ = writeln!(w, "source {} {:?}", s.folded, s.docs);
        }
        let _ = writeln!(w, "priorities {:?}", f.by_priority);
        let lists = [&f.with_quotes, &f.with_url, &f.with_summary];
        let _ = writeln!(w, "quotes, url, summary {lists:?}");
        let _ = writeln!(w, "diagnosed {:?} dated {}", f.diagnosed, self.dated);
        if let Briefings::Filed(filed) = &self.briefings {
            let mut kept: Vec<_> = filed.kept().collect();
            kept.sort_by_key(|k| k.0);
            let _ = writeln!(w, "rule tags {:?}\nkept {kept:?}", filed.rule_tags());
        }
        for (segment, docs) in self.text.segments() {
            let _ = writeln!(w, "segment {:?} {docs:?}", segment.segment_id());
        }
        let _ = writeln!(w, "untagged {} walk {:?}", self.untagged, self.walk_order());
        let _ = writeln!(w, "problems {:?}", self.diagnostics().collect::<Vec<_>>());
        let _ = writeln!(w, "severities {:?}", self.severities);
        for s in self.speaker_entries() {
            let _ = writeln!(
                w,
                "speaker {} {} {:?} {:?}",
                s.folded, s.name, s.docs, s.joins
            );
        }
        out
    }
}
