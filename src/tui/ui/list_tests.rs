use super::*;

#[test]
fn titles_keep_their_room_beside_source_and_tags() {
    for room in 0..300 {
        let c = columns(room);
        let gaps = usize::from(c.source > 0) + usize::from(c.tags > 0);
        assert_eq!(c.title + c.source + c.tags + gaps, room, "{room}");
        // What a word cut leaves: the ellipsis and an eighth may go.
        let shown = |width: usize| width - 1 - (width - 1) / 8;
        if c.source > 0 {
            assert!(shown(c.title) >= 40 && c.source >= 12, "{room}: {c:?}");
        }
        if c.tags > 0 {
            assert!(shown(c.title) >= 60 && c.source > 0, "{room}: {c:?}");
        }
    }
    // A row at 80 columns: 78 inside the border, less the flags, the date
    // and the marker; the tags join in from about 130.
    assert_eq!(columns(61).source, 14);
    assert_eq!(columns(101).tags, 0);
    assert!(columns(111).tags > 0);
}

#[test]
fn a_title_the_loader_shortened_ends_in_the_ellipsis_in_force() {
    let long = format!(
        "date 2022-01-10 {} end of the sentence. More.",
        "word ".repeat(40)
    );
    let b = crate::load::parse_text(std::path::Path::new("a.txt"), "a", &long);
    assert!(b.title.ends_with('…'), "{}", b.title);
    assert!(drawn_title(&b, "...").ends_with("word..."));
    assert_eq!(drawn_title(&b, "…"), b.title);
    let own = crate::load::parse_text(
        std::path::Path::new("b.txt"),
        "b",
        "+++\ntitle = \"He paused…\"\n+++\nHe paused… and went on.",
    );
    assert_eq!(
        drawn_title(&own, "..."),
        "He paused…",
        "a title's own text stays"
    );
}

/// Same titles at 80x24: two told apart by source, two only by id, and two
/// by the date the rows show already.
fn twins_screen() -> (String, Vec<String>) {
    use crate::tui::testing;
    use crate::tui::theme::{ColorDepth, Theme};
    use crate::tui::ui::Symbols;
    use crate::tui::ui::tests::{render_with, state_after};
    let curated = |title: &str, date: &str, source: &str| {
        format!("+++\ntitle = \"{title}\"\ndate = {date}\nsource = \"{source}\"\n+++\nText.")
    };
    let geneva = "Talks resume in Geneva after a week";
    let ledger = "Sanctions package agreed";
    let docs = [
        (
            "service",
            curated(geneva, "2022-02-20", "Kyiv Independent Wire Service"),
        ),
        (
            "desk",
            curated(geneva, "2022-02-20", "Kyiv Independent Wire Desk"),
        ),
        (
            "ledger/sanctions_morning",
            curated(ledger, "2022-02-18", "Baltic Ledger"),
        ),
        (
            "ledger/sanctions_evening",
            curated(ledger, "2022-02-18", "Baltic Ledger"),
        ),
        (
            "grain/monday",
            curated("Grain exports", "2022-02-14", "Odesa Post"),
        ),
        (
            "grain/tuesday",
            curated("Grain exports", "2022-02-15", "Odesa Post"),
        ),
    ];
    let store = testing::store_of(&docs);
    let state = state_after(&store, (80, 24), &[]);
    let theme = Theme::default_theme(ColorDepth::TrueColor);
    let terminal = render_with(&store, &state, &theme, &Symbols::UNICODE);
    let buffer = terminal.backend().buffer();
    let rows = (0..24)
        .map(|y| (0..80).map(|x| buffer[(x, y)].symbol()).collect::<String>())
        .collect();
    (crate::tui::ui::styled::styled(buffer, &theme), rows)
}

#[test]
fn rows_of_one_title_show_what_tells_them_apart_at_80_columns() {
    let (styled, rows) = twins_screen();
    let row = |with: &str| {
        let found = rows.iter().find(|r| r.contains(with));
        found.unwrap_or_else(|| panic!("no row with {with:?}:\n{}", rows.join("\n")))
    };
    assert!(row("Talks resume in Geneva after a week · …Service").contains("2022-02-20"));
    assert!(row("Talks resume in Geneva after a week · …Desk").contains("2022-02-20"));
    assert!(row("Sanctions package agreed · …morning").contains("2022-02-18"));
    assert!(row("Sanctions package agreed · …evening").contains("2022-02-18"));
    for day in ["2022-02-14", "2022-02-15"] {
        assert!(!row(day).contains(" · "), "the dates tell them apart");
    }
    insta::assert_snapshot!("twins_80x24", styled);
}
