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
