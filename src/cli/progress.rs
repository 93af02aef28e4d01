//! Telling the user how a long open goes, on stderr: a line that replaces
//! itself on a terminal, or a line every few seconds in a log. Work that
//! ends within half a second (two in a log) says nothing; `BRIEF_PROGRESS`
//! set to `always` speaks from the start, `off` never.

use std::io::{self, IsTerminal, Write};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::{Duration, Instant};

use crate::progress::{Progress, Ticker};

const TICK: Duration = Duration::from_millis(200);

/// Runs `work` with a `Progress` it counts in, told on stderr from another
/// thread as it goes; `total` says how many briefings came of it, for the
/// last line of a log.
pub fn shown<T>(work: impl FnOnce(&Progress) -> T, total: impl Fn(&T) -> usize) -> T {
    let setting = std::env::var("BRIEF_PROGRESS").unwrap_or_default();
    if setting == "off" {
        return work(&Progress::new());
    }
    let live = io::stderr().is_terminal();
    let after = match (setting.as_str(), live) {
        ("always", _) => Duration::ZERO,
        (_, true) => Duration::from_millis(500),
        (_, false) => Duration::from_secs(2),
    };
    let progress = Progress::new();
    let started = Instant::now();
    let (done, finished) = mpsc::channel::<()>();
    std::thread::scope(|scope| {
        let teller = scope.spawn(|| tell(&progress, finished, Ticker::new(started, after, live)));
        let result = work(&progress);
        drop(done);
        let said = teller.join().unwrap_or(false);
        if (said || after.is_zero()) && !live {
            eprintln!(
                "brief: {} ready in {:.1} s",
                crate::text::plural(total(&result), "briefing"),
                started.elapsed().as_secs_f64()
            );
        }
        result
    })
}

/// Says what the ticker decides until the work is done; whether it said anything.
fn tell(progress: &Progress, done: mpsc::Receiver<()>, mut ticker: Ticker) -> bool {
    let live = ticker.live();
    let mut err = io::stderr();
    loop {
        if let Some(line) = ticker.tick(progress.snapshot(), Instant::now()) {
            let _ = if live {
                write!(err, "\r\x1b[K{line}")
            } else {
                writeln!(err, "brief: {line}")
            };
            let _ = err.flush();
        }
        match done.recv_timeout(TICK) {
            Err(RecvTimeoutError::Timeout) => continue,
            _ => break,
        }
    }
    if live && ticker.said_anything() {
        let _ = write!(err, "\r\x1b[K");
        let _ = err.flush();
    }
    ticker.said_anything()
}
