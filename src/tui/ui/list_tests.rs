use super::*;

#[test]
fn titles_keep_their_room_beside_source_and_tags() {
    for room in 0..300 {
        let c = columns(room);
        let gaps = usize::from(c.source > 0) + usize::from(c.tags > 0);
        assert_eq!(c.title + c.source + c.tags + gaps, room, "{room}");
        if c.source > 0 {
            assert!(c.title >= 40 && c.source >= 14, "{room}: {c:?}");
        }
        if c.tags > 0 {
            assert!(c.title >= 60 && c.source > 0, "{room}: {c:?}");
        }
    }
    // A row at 80 columns: 78 inside the border, less the flags, the date
    // and the marker; at 120 the tags join in.
    assert_eq!(columns(61).source, 15);
    assert!(columns(101).tags > 0);
}
