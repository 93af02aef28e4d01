//! Owning the terminal: raw mode and the alternate screen on the way in, and
//! always the way back out, on quit, error, panic, a fatal signal, or the
//! terminal going away (an SSH drop).

use std::io::{self, Stdout, Write};
use std::os::fd::RawFd;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::crossterm::{cursor, execute};
use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
use signal_hook::iterator::Signals;

static ACTIVE: AtomicBool = AtomicBool::new(false);
/// Set while a pager or editor has the terminal: Ctrl-c and Ctrl-\ are theirs.
static OUTSIDE: AtomicBool = AtomicBool::new(false);
/// SIGINT and SIGQUIT that arrived while `OUTSIDE`, not yet passed over.
static THEIRS: [AtomicUsize; 2] = [AtomicUsize::new(0), AtomicUsize::new(0)];
/// The terminal's settings before raw mode, and the descriptor they belong to.
static SAVED: OnceLock<(RawFd, libc::termios)> = OnceLock::new();

/// Leaves the alternate screen, shows the cursor, and stops mouse reports.
const LEAVE: &[u8] = b"\x1b[?1049l\x1b[?25h\x1b[?1000l\x1b[?1002l\x1b[?1003l\x1b[?1006l\x1b[?1015l";
/// Whether the reader asked for mouse reports, to ask again after a pager.
static MOUSE: AtomicBool = AtomicBool::new(false);

use super::lean::LeanBackend;

pub type Tui = Terminal<LeanBackend<Stdout>>;

/// Restores the terminal when dropped.
pub struct Guard(());

impl Drop for Guard {
    fn drop(&mut self) {
        restore();
    }
}

/// What to do before the process ends on a signal or a hangup, after the
/// terminal is restored (saving the marks), from the thread that ends it.
pub type OnSignal = Arc<dyn Fn() + Send + Sync>;

pub fn setup(mouse: bool, on_signal: OnSignal) -> io::Result<(Tui, Guard)> {
    let fd = input_fd()?;
    let mut termios = std::mem::MaybeUninit::<libc::termios>::uninit();
    // SAFETY: `fd` is an open terminal; tcgetattr fills the struct on success.
    if unsafe { libc::tcgetattr(fd, termios.as_mut_ptr()) } == 0 {
        // SAFETY: tcgetattr returned 0, so it filled `termios`.
        let _ = SAVED.set((fd, unsafe { termios.assume_init() }));
    }
    install_panic_hook();
    install_signal_handler(on_signal.clone())?;
    end_on_hangup(fd, on_signal);
    enable_raw_mode()?;
    ACTIVE.store(true, Ordering::SeqCst);
    let guard = Guard(());
    MOUSE.store(mouse, Ordering::SeqCst);
    enter()?;
    let mut terminal = Terminal::new(LeanBackend::new(io::stdout()))?;
    // The backend reprints unchanged cells only once it knows them: blank.
    terminal.backend_mut().clear()?;
    Ok((terminal, guard))
}

/// The terminal crossterm reads keys from: stdin when it is one, else /dev/tty.
fn input_fd() -> io::Result<RawFd> {
    // SAFETY: isatty only inspects the descriptor.
    if unsafe { libc::isatty(libc::STDIN_FILENO) } == 1 {
        return Ok(libc::STDIN_FILENO);
    }
    let tty = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/tty")?;
    Ok(std::os::fd::IntoRawFd::into_raw_fd(tty))
}

/// Leaves raw mode and the alternate screen and shows the cursor; does
/// nothing when brief does not hold the terminal.
pub fn restore() {
    if ACTIVE.swap(false, Ordering::SeqCst) {
        let mut out = io::stdout();
        if MOUSE.load(Ordering::SeqCst) {
            let _ = execute!(out, DisableMouseCapture);
        }
        let _ = execute!(out, LeaveAlternateScreen, cursor::Show);
        let _ = disable_raw_mode();
        let _ = out.flush();
    }
}

/// The restore for other threads while the main one may hold crossterm's or
/// stdout's locks: plain system calls only, which cannot block on them.
fn restore_from_any_thread() {
    if ACTIVE.swap(false, Ordering::SeqCst) {
        // SAFETY: writing a static buffer and restoring saved settings on open descriptors.
        unsafe {
            libc::write(libc::STDOUT_FILENO, LEAVE.as_ptr().cast(), LEAVE.len());
            if let Some((fd, termios)) = SAVED.get() {
                libc::tcsetattr(*fd, libc::TCSANOW, termios);
            }
        }
    }
}

/// Says `text` on stderr from any thread, a signal's too: one plain
/// system call, which takes no lock.
pub fn say(text: &str) {
    let line = format!("{text}\n");
    // SAFETY: writes a buffer this function owns to the stderr descriptor.
    unsafe {
        libc::write(libc::STDERR_FILENO, line.as_ptr().cast(), line.len());
    }
}

fn exit_now(code: i32, on_signal: &OnSignal) -> ! {
    restore_from_any_thread();
    on_signal();
    // SAFETY: ends the process without running destructors that may need the locks.
    unsafe { libc::_exit(code) }
}

/// Ctrl-z: restores the terminal, stops the process as SIGTSTP would, and
/// takes the terminal again once the shell resumes it (`fg`).
pub fn suspend(terminal: &mut Tui) -> io::Result<()> {
    // SAFETY: raising a signal whose default action stops the process.
    run_outside(terminal, || unsafe { libc::raise(libc::SIGTSTP) }).map(drop)
}

/// Gives the terminal back as the shell had it while `run` runs (a pager,
/// an editor, a stop), then takes it again and redraws everything.
pub fn run_outside<T>(terminal: &mut Tui, run: impl FnOnce() -> T) -> io::Result<T> {
    // Before the terminal is cooked again, so that no Ctrl-c meant for the
    // program about to start can end the reader.
    OUTSIDE.store(true, Ordering::SeqCst);
    restore();
    let result = run();
    OUTSIDE.store(false, Ordering::SeqCst);
    enable_raw_mode()?;
    ACTIVE.store(true, Ordering::SeqCst);
    enter()?;
    terminal.clear()?;
    Ok(result)
}

/// The alternate screen, no cursor, and mouse reports if asked for.
fn enter() -> io::Result<()> {
    let mut out = io::stdout();
    execute!(out, EnterAlternateScreen, cursor::Hide)?;
    if MOUSE.load(Ordering::SeqCst) {
        execute!(out, EnableMouseCapture)?;
    }
    Ok(())
}

fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if crate::guard::guarded() {
            return;
        }
        restore();
        previous(info);
    }));
}

/// Fatal signals restore the terminal, run `on_signal`, and exit with 128 +
/// the signal number.
fn install_signal_handler(on_signal: OnSignal) -> io::Result<()> {
    // Which Ctrl-c and Ctrl-\ were the pager's is decided when each arrives,
    // not when the thread below gets to it: by then the pager may be gone.
    for (i, signal) in [SIGINT, SIGQUIT].into_iter().enumerate() {
        // SAFETY: the action only loads and adds atomics, which is async-signal-safe.
        unsafe {
            signal_hook::low_level::register(signal, move || {
                if OUTSIDE.load(Ordering::SeqCst) {
                    THEIRS[i].fetch_add(1, Ordering::SeqCst);
                }
            })
        }?;
    }
    let mut signals = Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT])?;
    std::thread::spawn(move || {
        for signal in signals.forever() {
            let theirs = match signal {
                SIGINT => &THEIRS[0],
                SIGQUIT => &THEIRS[1],
                _ => exit_now(128 + signal, &on_signal),
            };
            let taken =
                theirs.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1));
            if taken.is_err() {
                exit_now(128 + signal, &on_signal);
            }
        }
    });
    Ok(())
}

/// When the terminal hangs up (the SSH link drops, the pty closes), reads of
/// it return end-of-file forever and crossterm would spin on them. This thread
/// sleeps in poll(2) until the hangup, then ends the process as SIGHUP would,
/// also when SIGHUP itself is ignored (nohup).
fn end_on_hangup(fd: RawFd, on_signal: OnSignal) {
    std::thread::spawn(move || {
        let mut pfd = libc::pollfd {
            fd,
            events: 0,
            revents: 0,
        };
        loop {
            // SAFETY: one valid pollfd; events 0 still reports POLLHUP/POLLERR/POLLNVAL.
            let n = unsafe { libc::poll(&mut pfd, 1, -1) };
            if n > 0 && pfd.revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0 {
                exit_now(128 + SIGHUP, &on_signal);
            }
            if n < 0 && io::Error::last_os_error().kind() != io::ErrorKind::Interrupted {
                return;
            }
        }
    });
}
