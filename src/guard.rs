//! Running library code that may panic on damaged input (tantivy reading a
//! damaged index cache) and taking the panic as an error: the caller sets
//! the cache aside and rebuilds it instead of ending the process.
//!
//! A panic hook runs before the unwind can be caught, so the hooks brief
//! installs (the quiet one at start, the reader's terminal restore) ask
//! `guarded` first and stay silent for a panic that will be caught.

use std::cell::Cell;
use std::panic::{self, AssertUnwindSafe};

thread_local! {
    // Per thread, and only while `catch` runs on it: the one piece of
    // process-wide state a panic hook can consult, as nothing can be
    // passed to a hook.
    static GUARDED: Cell<bool> = const { Cell::new(false) };
}

/// Runs `work`; a panic in it is returned as its message.
pub fn catch<T>(work: impl FnOnce() -> T) -> Result<T, String> {
    let outer = GUARDED.replace(true);
    let result = panic::catch_unwind(AssertUnwindSafe(work));
    GUARDED.set(outer);
    result.map_err(|payload| match payload.downcast_ref::<&str>() {
        Some(s) => (*s).to_string(),
        None => payload
            .downcast_ref::<String>()
            .cloned()
            .unwrap_or_else(|| "a panic".into()),
    })
}

/// Whether a panic now would be caught by `catch`.
pub fn guarded() -> bool {
    GUARDED.get()
}

/// Keeps the panic hook in place but silent for panics `catch` takes.
pub fn install_quiet_hook() {
    let previous = panic::take_hook();
    panic::set_hook(Box::new(move |info| {
        if !guarded() {
            previous(info);
        }
    }));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_is_an_error_and_the_guard_ends_with_it() {
        assert_eq!(catch(|| 7), Ok(7));
        let caught = catch(|| -> u8 { panic!("damaged at {}", 3) });
        assert_eq!(caught, Err("damaged at 3".to_string()));
        assert!(!guarded());
        assert_eq!(catch(|| catch(guarded)), Ok(Ok(true)));
    }
}
