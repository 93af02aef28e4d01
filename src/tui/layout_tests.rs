use super::*;

fn kind(width: u16, height: u16) -> Kind {
    areas(width, height, Focus::List, false, false).kind
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
    let zen = areas(200, 50, Focus::List, false, true);
    assert_eq!(zen.detail.unwrap().width, ZEN_WIDTH + 2);
}

#[test]
fn one_pane_at_a_time_when_narrow() {
    let narrow = areas(59, 24, Focus::Detail, false, false);
    assert_eq!(narrow.visible().len(), 3);
    assert!(narrow.list.is_none());
    assert_eq!(narrow.detail.unwrap().width, 59);
}

#[test]
fn stacked_list_is_full_width_and_shrinks_while_reading() {
    let browsing = areas(80, 24, Focus::List, false, false);
    let list = browsing.list.unwrap();
    let detail = browsing.detail.unwrap();
    assert_eq!((list.width, detail.width), (80, 80));
    assert_eq!(detail.y, list.bottom());
    assert_eq!(detail.bottom(), browsing.status.y);
    let reading = areas(80, 24, Focus::Detail, false, false);
    assert_eq!(inner(reading.list.unwrap()).height, PEEK_ROWS);
    assert!(reading.detail.unwrap().height > detail.height);
    assert_eq!(
        reading.text().unwrap().width,
        browsing.text().unwrap().width
    );
    let quotes = areas(80, 24, Focus::Quotes, true, false);
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
        let text = areas(w, h, Focus::Detail, false, false).text().unwrap();
        assert!((60..=MEASURE).contains(&text.width), "{w}x{h}: {text:?}");
    }
}

#[test]
fn side_by_side_gives_the_list_the_room() {
    for w in [160, 200, 250] {
        let a = areas(w, 50, Focus::List, false, false);
        let (list, detail) = (a.list.unwrap(), a.detail.unwrap());
        assert!(list.width > detail.width, "{w}: {list:?} {detail:?}");
        assert_eq!(
            list.width + detail.width + a.quotes.map_or(0, |q| q.width),
            w
        );
    }
}
