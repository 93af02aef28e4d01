//! The store's briefings: parsed ones in memory, or heads (all but the body
//! text) from the index on disk, decoded the first time each is asked for
//! (`Filed`). The whole briefing of a head is read from its file by
//! the library when it is shown (`library::whole`): the file is the source
//! of truth, the index never holds the texts, and the store reads no file.

use std::path::Path;
use std::sync::OnceLock;

use rustc_hash::FxHashMap;
use tantivy::{DocAddress, Searcher, TantivyDocument};

use super::DocId;
use super::fields::Fields;
use super::head::{self, Known};
use crate::model::{Briefing, Diagnostic, TagOrigin};

pub enum Briefings {
    Parsed(Vec<Briefing>),
    Filed(Filed),
}

/// The heads of a store from the index, decoded when first asked for.
pub struct Filed {
    searcher: Searcher,
    /// Each position's document.
    addresses: Vec<DocAddress>,
    /// What the rules tagged, by position.
    rule_tags: Vec<(String, Vec<DocId>)>,
    /// The problems of files whose last good version is kept, by position.
    kept: FxHashMap<u32, Vec<Diagnostic>>,
    heads: Box<[OnceLock<Box<Briefing>>]>,
}

impl Filed {
    pub fn new(
        searcher: Searcher,
        addresses: Vec<DocAddress>,
        rule_tags: Vec<(String, Vec<DocId>)>,
        kept: FxHashMap<u32, Vec<Diagnostic>>,
    ) -> Filed {
        let heads = addresses.iter().map(|_| OnceLock::new()).collect();
        Filed {
            searcher,
            addresses,
            rule_tags,
            kept,
            heads,
        }
    }

    pub fn head(&self, i: usize, fields: &Fields) -> &Briefing {
        self.heads[i].get_or_init(|| Box::new(self.decode(i, fields)))
    }

    pub fn head_copy(&self, i: usize, fields: &Fields) -> Briefing {
        match self.heads[i].get() {
            Some(head) => (**head).clone(),
            None => self.decode(i, fields),
        }
    }

    pub fn count(&self) -> usize {
        self.heads.len()
    }

    fn decode(&self, i: usize, fields: &Fields) -> Briefing {
        let doc: Option<TantivyDocument> = self.searcher.doc(self.addresses[i]).ok();
        let head_field = self.searcher.schema().get_field(super::schema::HEAD).ok();
        let bytes = doc.as_ref().zip(head_field).and_then(|(d, f)| {
            use tantivy::schema::document::Value;
            d.get_first(f)
                .and_then(|v| v.as_bytes())
                .map(<[u8]>::to_vec)
        });
        let id = DocId::from_index(i);
        let source = self.source(i);
        let known = Known {
            id: fields.id_of.str(i),
            path: fields.path_of.path(i),
            date: fields.dates[i],
            source: source.as_deref(),
            priority: (0..3)
                .find(|&p| fields.by_priority[p].binary_search(&id).is_ok())
                .map_or_else(Default::default, |p| crate::model::Priority::ALL[p]),
        };
        let Some(mut b) = bytes.and_then(|bytes| head::decode(&bytes, known)) else {
            return damaged(i);
        };
        for (tag, docs) in &self.rule_tags {
            if docs.binary_search(&id).is_ok() {
                b.add_tag(tag, TagOrigin::Rule);
            }
        }
        if let Some(problems) = self.kept.get(&(i as u32)) {
            b.diagnostics = problems.clone();
        }
        b
    }

    /// The source of the briefing at `i` as its file spells it: the
    /// fields know sources only by their folded names.
    fn source(&self, i: usize) -> Option<String> {
        let at = self.addresses[i];
        let segment = self
            .searcher
            .segment_readers()
            .get(at.segment_ord as usize)?;
        let column = segment.fast_fields().str(super::schema::SOURCE).ok()??;
        let ord = column.ords().first(at.doc_id)?;
        let mut source = String::new();
        column.ord_to_str(ord, &mut source).ok()?.then_some(source)
    }

    /// The problems of the files whose last good version is kept.
    pub fn kept(&self) -> impl Iterator<Item = (DocId, &[Diagnostic])> {
        self.kept.iter().map(|(&p, d)| (DocId(p), d.as_slice()))
    }

    pub fn rule_tags(&self) -> &[(String, Vec<DocId>)] {
        &self.rule_tags
    }
}

impl Briefings {
    pub fn len(&self) -> usize {
        match self {
            Briefings::Parsed(v) => v.len(),
            Briefings::Filed(f) => f.count(),
        }
    }

    /// The whole briefing, if this is a store of parsed ones.
    pub fn whole(&self, i: usize) -> Option<&Briefing> {
        match self {
            Briefings::Parsed(v) => v.get(i),
            Briefings::Filed(_) => None,
        }
    }

    /// All but the body text (which stays empty); its quotes are counted,
    /// but their text is in the whole briefing only.
    pub fn head(&self, i: usize, fields: &Fields) -> &Briefing {
        match self {
            Briefings::Parsed(v) => &v[i],
            Briefings::Filed(f) => f.head(i, fields),
        }
    }

    /// A copy of the head, decoded without keeping it when it is not kept
    /// already.
    pub fn head_copy(&self, i: usize, fields: &Fields) -> Briefing {
        match self {
            Briefings::Parsed(v) => v[i].clone(),
            Briefings::Filed(f) => f.head_copy(i, fields),
        }
    }
}

/// Stands in for a head the index cannot give back, saying so.
fn damaged(i: usize) -> Briefing {
    let path = Path::new("(index cache)");
    let message = "this briefing's record in the index cache is damaged; run brief with --no-cache";
    Briefing {
        id: format!("damaged-{i}"),
        title: "Damaged index cache entry".into(),
        diagnostics: vec![Diagnostic::error(path, (1, 1), message)],
        path: path.to_path_buf(),
        date: None,
        source: None,
        url: None,
        summary: None,
        priority: Default::default(),
        tags: Vec::new(),
        paragraphs: Default::default(),
        quotes: Vec::new(),
        extra: Vec::new(),
        words: 0,
        cut: None,
    }
}
