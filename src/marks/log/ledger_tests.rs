use proptest::prelude::*;

use super::*;

fn entry(at: i64, by: &str, n: u64, path: &str, mark: Mark) -> Entry {
    Entry {
        at,
        by: by.into(),
        n,
        path: path.into(),
        mark,
    }
}

fn of(entries: &[Entry]) -> Ledger {
    let mut ledger = Ledger::default();
    for e in entries {
        ledger.add(e.clone());
    }
    ledger
}

#[test]
fn the_latest_change_wins_whatever_the_order() {
    let read = entry(10, "a", 1, "x.txt", Mark::Read { on: true });
    let unread = entry(20, "b", 1, "x.txt", Mark::Read { on: false });
    for order in [[&read, &unread], [&unread, &read]] {
        let ledger = of(&order.map(Clone::clone));
        assert!(ledger.marks().read.is_empty());
    }
    let mut ledger = of(std::slice::from_ref(&unread));
    assert!(!ledger.add(read.clone()), "an older change loses");
    assert!(ledger.holds(&read) && ledger.holds(&unread));
}

#[test]
fn a_tie_in_time_goes_to_the_writer_then_the_count() {
    let a = entry(10, "a", 9, "x.txt", Mark::Bookmark { on: true });
    let b = entry(10, "b", 1, "x.txt", Mark::Bookmark { on: false });
    assert!(of(&[a.clone(), b.clone()]).marks().bookmarks.is_empty());
    assert!(of(&[b, a]).marks().bookmarks.is_empty());
}

#[test]
fn every_version_of_a_note_is_kept_and_the_last_is_shown() {
    let note = |at, text: Option<&str>| {
        let text = text.map(str::to_string);
        entry(at, "a", at as u64, "x.txt", Mark::Note { text })
    };
    let ledger = of(&[
        note(3, Some("third")),
        note(1, Some("first")),
        note(2, None),
    ]);
    assert_eq!(ledger.marks().note("x.txt"), Some("third"));
    let texts: Vec<_> = ledger.kept().iter().map(|e| e.mark.clone()).collect();
    assert_eq!(
        texts[0],
        Mark::Note {
            text: Some("first".into())
        }
    );
    assert_eq!(texts.len(), 3);
}

#[test]
fn adding_says_whether_the_marks_changed() {
    let mut ledger = Ledger::default();
    assert!(!ledger.add(entry(1, "a", 1, "x", Mark::Read { on: false })));
    assert!(ledger.add(entry(2, "a", 2, "x", Mark::Read { on: true })));
    assert!(!ledger.add(entry(3, "a", 3, "x", Mark::Read { on: true })));
    assert!(!ledger.add(entry(3, "a", 3, "x", Mark::Read { on: true })));
    assert_eq!(ledger.kept().len(), 1, "only the winner is kept");
}

fn arb_entry() -> impl Strategy<Value = Entry> {
    let mark = prop_oneof![
        any::<bool>().prop_map(|on| Mark::Read { on }),
        any::<bool>().prop_map(|on| Mark::Bookmark { on }),
        proptest::option::of("[ab]{1,2}").prop_map(|text| Mark::Note { text }),
    ];
    (0i64..6, "[pq]", 0u64..4, "[xyz]", mark).prop_map(|(at, by, n, path, mark)| Entry {
        at,
        by,
        n,
        path,
        mark,
    })
}

/// Entries as writers make them: one identity is one change.
fn distinct(mut entries: Vec<Entry>) -> Vec<Entry> {
    let mut seen = std::collections::HashSet::new();
    entries.retain(|e| seen.insert((e.by.clone(), e.n)));
    entries
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]
    #[test]
    fn merging_is_commutative_and_idempotent(
        all in proptest::collection::vec(arb_entry(), 0..24),
        split in 0usize..24,
    ) {
        let all = distinct(all);
        let (a, b) = all.split_at(split.min(all.len()));
        let ab = of(&[a, b].concat());
        let ba = of(&[b, a].concat());
        prop_assert_eq!(ab.marks(), ba.marks());
        prop_assert_eq!(ab.kept(), ba.kept());
        let twice = of(&[a, b, a, b].concat());
        prop_assert_eq!(twice.marks(), ab.marks());
        // A compacted log merges as the whole one would.
        let kept: Vec<Entry> = of(a).kept().into_iter().cloned().collect();
        prop_assert_eq!(of(&[&kept[..], b].concat()).marks(), ab.marks());
        for e in &all {
            prop_assert!(ab.holds(e));
        }
    }
}
