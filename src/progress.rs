//! Progress of long work (a first index of a large archive), shared between
//! the thread doing it and one telling the user: the work only counts, with
//! atomics; `Ticker` decides what to say and when, from snapshots and the
//! time it is given, so that it can be tested without a clock.

use std::sync::atomic::{AtomicU8, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use crate::text::plural;

/// What the work is doing now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Finding,
    Reading,
    Indexing,
    Saving,
    Done,
}

const PHASES: [Phase; 5] = [
    Phase::Finding,
    Phase::Reading,
    Phase::Indexing,
    Phase::Saving,
    Phase::Done,
];

/// Counters the work updates as it goes.
#[derive(Debug, Default)]
pub struct Progress {
    phase: AtomicU8,
    total: AtomicUsize,
    done: AtomicUsize,
}

/// The counters at one moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Snapshot {
    pub phase: Phase,
    pub total: usize,
    pub done: usize,
}

impl Progress {
    pub fn new() -> Progress {
        Progress::default()
    }

    /// A new phase of `total` steps (0: not counted).
    pub fn phase(&self, phase: Phase, total: usize) {
        self.done.store(0, Ordering::Relaxed);
        self.total.store(total, Ordering::Relaxed);
        let i = PHASES.iter().position(|&p| p == phase).unwrap_or(0);
        self.phase.store(i as u8, Ordering::Release);
    }

    pub fn advance(&self, steps: usize) {
        self.done.fetch_add(steps, Ordering::Relaxed);
    }

    pub fn snapshot(&self) -> Snapshot {
        let phase = PHASES[usize::from(self.phase.load(Ordering::Acquire)).min(4)];
        Snapshot {
            phase,
            total: self.total.load(Ordering::Relaxed),
            done: self.done.load(Ordering::Relaxed),
        }
    }
}

/// Decides what to tell about the work: nothing for work that ends soon,
/// then a line on every tick (`live`, for a terminal, where each line
/// replaces the last) or every `every` (for a log, where lines pile up).
#[derive(Debug)]
pub struct Ticker {
    started: Instant,
    /// Quiet until the work has taken this long.
    after: Duration,
    live: bool,
    every: Duration,
    said: Option<Instant>,
    /// When the phase now under way began, as first seen.
    phase: Option<(Phase, Instant)>,
}

impl Ticker {
    pub fn new(started: Instant, after: Duration, live: bool) -> Ticker {
        Ticker {
            started,
            after,
            live,
            every: Duration::from_secs(5),
            said: None,
            phase: None,
        }
    }

    /// What to say at `now`, if anything.
    pub fn tick(&mut self, snapshot: Snapshot, now: Instant) -> Option<String> {
        let since = match self.phase {
            Some((phase, since)) if phase == snapshot.phase => since,
            _ => {
                self.phase = Some((snapshot.phase, now));
                now
            }
        };
        if snapshot.phase == Phase::Done || now.duration_since(self.started) < self.after {
            return None;
        }
        if !self.live
            && self
                .said
                .is_some_and(|said| now.duration_since(said) < self.every)
        {
            return None;
        }
        self.said = Some(now);
        Some(line(snapshot, now.duration_since(since)))
    }

    /// Whether each line replaces the last (a terminal).
    pub fn live(&self) -> bool {
        self.live
    }

    /// Whether anything was said: a live line is then to be cleared.
    pub fn said_anything(&self) -> bool {
        self.said.is_some()
    }
}

/// `reading 45000 of 100000 files, 11250 files/s, about 5 s left`.
pub fn line(s: Snapshot, in_phase: Duration) -> String {
    let counted = |verb: &str, noun: &str| {
        if s.total == 0 {
            return format!("{verb} {noun}s…");
        }
        let mut text = format!("{verb} {} of {}", s.done, plural(s.total, noun));
        let secs = in_phase.as_secs_f64();
        if s.done > 0 && secs >= 0.2 {
            let rate = s.done as f64 / secs;
            let left = (s.total.saturating_sub(s.done)) as f64 / rate;
            text.push_str(&format!(
                ", {} {noun}s/s, about {} s left",
                rate as usize,
                left.ceil() as u64
            ));
        }
        text
    };
    match s.phase {
        Phase::Finding => "finding the briefing files…".to_string(),
        Phase::Reading => counted("reading", "file"),
        Phase::Indexing => format!("indexing {}…", plural(s.total, "briefing")),
        Phase::Saving => "saving the index cache…".to_string(),
        Phase::Done => String::new(),
    }
}

#[cfg(test)]
#[path = "progress_tests.rs"]
mod tests;
