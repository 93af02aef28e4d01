//! Tests of what is said about long work, and when.

use super::*;

fn at(phase: Phase, done: usize, total: usize) -> Snapshot {
    Snapshot { phase, total, done }
}

#[test]
fn lines_count_rate_and_time_left() {
    let cases = [
        (
            at(Phase::Reading, 45_000, 100_000),
            4,
            "reading 45000 of 100000 files, 11250 files/s, about 5 s left",
        ),
        (at(Phase::Reading, 0, 1), 0, "reading 0 of 1 file"),
        (
            at(Phase::Indexing, 0, 1_000_000),
            1,
            "indexing 1000000 briefings…",
        ),
        (at(Phase::Finding, 0, 0), 1, "finding the briefing files…"),
    ];
    for (snapshot, secs, said) in cases {
        assert_eq!(line(snapshot, Duration::from_secs(secs)), said);
    }
}

#[test]
fn work_that_ends_soon_says_nothing() {
    let t0 = Instant::now();
    let mut ticker = Ticker::new(t0, Duration::from_millis(500), true);
    let reading = at(Phase::Reading, 10, 100);
    assert_eq!(ticker.tick(reading, t0 + Duration::from_millis(300)), None);
    assert_eq!(
        ticker.tick(at(Phase::Done, 0, 0), t0 + Duration::from_secs(1)),
        None
    );
    assert!(!ticker.said_anything());
}

#[test]
fn a_terminal_hears_every_tick_a_log_every_five_seconds() {
    let t0 = Instant::now();
    let ms = Duration::from_millis;
    let mut live = Ticker::new(t0, ms(500), true);
    let mut log = Ticker::new(t0, ms(500), false);
    let mut said = (0, 0);
    for tick in 0..40 {
        let now = t0 + ms(250 * tick);
        let snapshot = at(Phase::Reading, tick as usize * 100, 10_000);
        said.0 += usize::from(live.tick(snapshot, now).is_some());
        said.1 += usize::from(log.tick(snapshot, now).is_some());
    }
    // Ten seconds of ticks: live from 0.5 s on; the log at 0.5, 5.5 s.
    assert_eq!(said, (38, 2));
    assert!(live.said_anything());
}

#[test]
fn the_rate_counts_from_the_start_of_its_phase() {
    let t0 = Instant::now();
    let mut ticker = Ticker::new(t0, Duration::ZERO, true);
    ticker.tick(at(Phase::Finding, 0, 0), t0);
    let secs = Duration::from_secs;
    ticker.tick(at(Phase::Reading, 0, 1000), t0 + secs(10));
    let said = ticker.tick(at(Phase::Reading, 500, 1000), t0 + secs(11));
    assert_eq!(
        said.as_deref(),
        Some("reading 500 of 1000 files, 500 files/s, about 1 s left")
    );
}
