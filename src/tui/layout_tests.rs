//! Tests of where each pane goes for a terminal size.

use super::*;

fn kind(width: u16, height: u16) -> Kind {
    areas(width, height, Focus::List, false, None, false, 1).kind
}

#[test]
fn picks_the_layout_by_size() {
    assert_eq!(kind(200, 50), Kind::Triple);
    assert_eq!(kind(160, 40), Kind::Double);
    assert_eq!(kind(159, 40), Kind::Stacked);
    assert_eq!(kind(120, 40), Kind::Stacked);
    assert_eq!(kind(80, 24), Kind::Stacked);
    assert_eq!(kind(60, 16), Kind::Stacked);
    assert_eq!(kind(59, 24), Kind::Single);
    assert_eq!(kind(100, 15), Kind::Single);
    assert_eq!(kind(19, 24), Kind::TooSmall);
    assert_eq!(kind(80, 5), Kind::TooSmall);
    let zen = areas(200, 50, Focus::List, false, Some(100), false, 1);
    assert_eq!(
        zen.detail.unwrap().width,
        102,
        "the text and a margin each side"
    );
    let zen = areas(80, 24, Focus::List, false, Some(100), false, 1);
    assert_eq!(zen.detail.unwrap().width, 80, "no wider than the terminal");
}

#[test]
fn a_long_message_takes_rows_from_the_panes() {
    let message = areas(80, 24, Focus::List, false, None, false, 3);
    assert_eq!((message.status.y, message.status.height), (21, 3));
    let plain = areas(80, 24, Focus::List, false, None, false, 1);
    assert_eq!(
        message.detail.unwrap().bottom() + 2,
        plain.detail.unwrap().bottom(),
        "the panes give the rows up"
    );
}

#[test]
fn the_timeline_strip_takes_rows_from_the_panes() {
    let strip = areas(80, 24, Focus::List, false, None, true, 1);
    assert_eq!(strip.timeline, Some(Rect::new(0, 20, 80, TIMELINE_ROWS)));
    assert_eq!(
        strip.detail.unwrap().bottom(),
        20,
        "the panes give up its rows"
    );
    assert_eq!(
        areas(80, 10, Focus::List, false, None, true, 1).timeline,
        None
    );
}

#[test]
fn one_pane_at_a_time_when_narrow() {
    let narrow = areas(59, 24, Focus::Detail, false, None, false, 1);
    assert_eq!(narrow.visible().len(), 3);
    assert!(narrow.list.is_none());
    assert_eq!(narrow.detail.unwrap().width, 59);
}

#[test]
fn stacked_list_is_full_width_and_shrinks_while_reading() {
    let browsing = areas(80, 24, Focus::List, false, None, false, 1);
    let list = browsing.list.unwrap();
    let detail = browsing.detail.unwrap();
    assert_eq!((list.width, detail.width), (80, 80));
    assert_eq!(detail.y, list.bottom());
    assert_eq!(detail.bottom(), browsing.status.y);
    let reading = areas(80, 24, Focus::Detail, false, None, false, 1);
    assert_eq!(inner(reading.list.unwrap()).height, PEEK_ROWS);
    assert!(reading.detail.unwrap().height > detail.height);
    assert_eq!(
        reading.text().unwrap().width,
        browsing.text().unwrap().width
    );
    let quotes = areas(80, 24, Focus::Quotes, true, None, false, 1);
    assert!(quotes.quotes.unwrap().y > quotes.detail.unwrap().y);
    assert_eq!(
        quotes.visible(),
        [Focus::List, Focus::Detail, Focus::Quotes]
    );
}

#[test]
fn text_keeps_a_readable_measure() {
    for (w, h) in [
        (80, 24),
        (100, 30),
        (120, 40),
        (159, 50),
        (160, 50),
        (200, 50),
        (300, 80),
    ] {
        let text = areas(w, h, Focus::Detail, false, None, false, 1)
            .text()
            .unwrap();
        assert!((60..=MEASURE).contains(&text.width), "{w}x{h}: {text:?}");
    }
}

#[test]
fn side_by_side_gives_the_list_the_room() {
    for w in [160, 200, 250] {
        let a = areas(w, 50, Focus::List, false, None, false, 1);
        let (list, detail) = (a.list.unwrap(), a.detail.unwrap());
        assert!(list.width > detail.width, "{w}: {list:?} {detail:?}");
        assert_eq!(
            list.width + detail.width + a.quotes.map_or(0, |q| q.width),
            w
        );
    }
}
