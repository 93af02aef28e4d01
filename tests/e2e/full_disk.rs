//! The reader on a full disk: its state folder on a small tmpfs (mounted by
//! the test, as root), filled up after a first mark. The marks made then
//! are kept in memory and the status bar says they are not saved. Quit
//! while the disk is still full: exit status 1, a message on stderr that
//! counts them and names a rescue file, and `brief marks import` of that
//! file brings every one back. Space freed before quitting: the reader's
//! retry (each second) writes them, and it exits 0 saying nothing.
//!
//! A file's last page on tmpfs has room the full disk does not take away,
//! so the first marks after filling it still land in the log; the test
//! marks until one does not.

use std::collections::BTreeSet;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::common;
use crate::common::tmux::{Tmux, brief_line, sh_quote};

/// A tmpfs of 64 KiB on a folder of its own, unmounted when dropped (also
/// when the test panics), before the folder is removed.
struct SmallDisk {
    at: tempfile::TempDir,
}

impl SmallDisk {
    fn mount() -> SmallDisk {
        common::require("mount", "mount");
        let at = tempfile::tempdir().unwrap();
        let options = ["-t", "tmpfs", "-o", "size=64k", "tmpfs"];
        if let Err(said) = run("mount", &options, at.path()) {
            panic!("this test mounts a small tmpfs, which needs root (as .ci/run is): {said}");
        }
        SmallDisk { at }
    }

    /// Fills the disk: a file written until no byte more fits.
    fn fill(&self) {
        let mut filler = fs::File::create(self.filler()).unwrap();
        let block = [0u8; 4096];
        let error = loop {
            if let Err(e) = filler.write_all(&block) {
                break e;
            }
        };
        assert_eq!(error.kind(), std::io::ErrorKind::StorageFull, "{error}");
    }

    fn free(&self) {
        fs::remove_file(self.filler()).unwrap();
    }

    fn filler(&self) -> PathBuf {
        self.at.path().join("filler")
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        // A process left on it (a test that failed half-way) keeps it busy.
        if run("umount", &[], self.at.path()).is_err() {
            let _ = run("umount", &["--lazy"], self.at.path());
        }
    }
}

/// Runs `program ARGS... PATH`; what it said when it failed.
fn run(program: &str, args: &[&str], path: &Path) -> Result<(), String> {
    let out = (std::process::Command::new(program).args(args).arg(path))
        .output()
        .map_err(|e| format!("{program}: {e}"))?;
    match out.status.success() {
        true => Ok(()),
        false => Err(String::from_utf8_lossy(&out.stderr).into_owned()),
    }
}

/// A reader in tmux on the bundled briefings, its marks kept on `disk`,
/// its rescue files going to a folder of its own, its stderr to a file.
struct Reader {
    tmux: Tmux,
    state: PathBuf,
    /// `TMPDIR` for the reader: where a rescue file goes.
    rescue: tempfile::TempDir,
    stderr: PathBuf,
    /// The bundled briefings, in the list's order: id and a title's start.
    rows: Vec<(String, String)>,
    /// The row the cursor is on.
    at: usize,
    /// The changes made so far.
    made: usize,
    read: BTreeSet<String>,
    bookmarked: BTreeSet<String>,
}

impl Reader {
    fn start(name: &str, disk: &SmallDisk) -> Reader {
        let rescue = tempfile::tempdir().unwrap();
        let state = disk.at.path().join("state");
        // Marking read is left to `r`: the clock would add changes of its own.
        let config = common::write(rescue.path(), "config.toml", "auto_read = \"off\"\n");
        let stderr = rescue.path().join("stderr.txt");
        let out = common::stdout_of(
            common::brief()
                .args(["list", "--json"])
                .arg(common::sample()),
        );
        let rows: Vec<(String, String)> = (common::json_lines(&out).iter())
            .map(|b| {
                let title = b["title"].as_str().unwrap().chars().take(24).collect();
                (b["id"].as_str().unwrap().to_string(), title)
            })
            .collect();
        let titles: BTreeSet<&String> = rows.iter().map(|(_, t)| t).collect();
        assert_eq!(titles.len(), rows.len(), "each title's start names one row");
        let tmux = Tmux::start(name, 120, 40);
        tmux.shell(&format!(
            "clear; BRIEF_CONFIG={} TMPDIR={} BRIEF_STATE_DIR={} {} 2>{}; echo EXIT=$?",
            sh_quote(&config.to_string_lossy()),
            sh_quote(&rescue.path().to_string_lossy()),
            sh_quote(&state.to_string_lossy()),
            brief_line(&[&common::sample()]),
            sh_quote(&stderr.to_string_lossy()),
        ));
        tmux.wait_for_text("40 unread");
        Reader {
            tmux,
            state,
            rescue,
            stderr,
            rows,
            at: 0,
            made: 0,
            read: BTreeSet::new(),
            bookmarked: BTreeSet::new(),
        }
    }

    /// On a disk of its own: a first mark (a bookmark) saved, then the disk
    /// filled, then briefings read until one was not saved, then one more
    /// read and bookmarked: three changes wait.
    fn on_full_disk(name: &str) -> (SmallDisk, Reader) {
        let disk = SmallDisk::mount();
        let mut reader = Reader::start(name, &disk);
        reader.bookmark();
        assert_eq!(reader.written(), 1, "the first mark is in the log");
        disk.fill();
        reader.read_until_not_saved();
        reader.read_next();
        reader.bookmark();
        assert_eq!(reader.made - reader.written(), 3);
        (disk, reader)
    }

    fn shelf(&self) -> PathBuf {
        common::sample_shelf(&self.state)
    }

    /// The changes in the log on disk.
    fn written(&self) -> usize {
        common::logged(&self.shelf()).len()
    }

    /// Waits until the list's row of the cursor's briefing shows `done`.
    fn wait_for_row(&self, what: &str, done: impl Fn(&str) -> bool) {
        let title = &self.rows[self.at].1;
        self.tmux.wait_for(&format!("{title}: {what}"), |screen| {
            (screen.lines())
                .filter_map(|l| l.split("││").next())
                .find(|l| l.contains(title.as_str()))
                .is_some_and(&done)
        });
    }

    /// `m` on the cursor's briefing, which is not bookmarked.
    fn bookmark(&mut self) {
        self.tmux.keys(&["m"]);
        self.wait_for_row("bookmarked", |row| row.contains('★'));
        self.bookmarked.insert(self.rows[self.at].0.clone());
        self.made += 1;
    }

    /// `j` then `r`: the next briefing, which is unread, marked read.
    fn read_next(&mut self) {
        self.tmux.keys(&["j", "r"]);
        self.at += 1;
        self.wait_for_row("read", |row| !row.contains('•'));
        self.read.insert(self.rows[self.at].0.clone());
        self.made += 1;
    }

    /// Reads one briefing after another until a change is not written (a
    /// disk filled after the log's last page); says so in the status bar.
    fn read_until_not_saved(&mut self) {
        while self.written() == self.made {
            assert!(
                self.at + 1 < self.rows.len(),
                "every briefing read and the log still takes them: is the disk full? {:?}",
                fs::read_dir(self.shelf().join("log")).map(|d| d.count())
            );
            self.read_next();
        }
        assert_eq!(
            self.written(),
            self.made - 1,
            "only the last is not written"
        );
        self.tmux.wait_for_text(
            "marks not saved (No space left on device (os error 28)): kept, tried again, \
             rescued on quit",
        );
    }

    /// `q`: the exit status, and what was said on stderr.
    fn quit(&self) -> (String, String) {
        self.tmux.keys(&["q"]);
        let screen = self.tmux.wait_for("the exit status", |s| {
            s.lines().any(|l| l.trim().starts_with("EXIT="))
        });
        let exit = (screen.lines())
            .map(str::trim)
            .find_map(|l| l.strip_prefix("EXIT="))
            .unwrap()
            .to_string();
        (exit, fs::read_to_string(&self.stderr).unwrap())
    }

    /// The marks as a command reads them: the read and bookmarked ids.
    fn saved(&self) -> (BTreeSet<String>, BTreeSet<String>) {
        let listed = |query| common::listed(&self.state, query, &common::sample());
        (
            listed("is:read").into_iter().collect(),
            listed("is:bookmarked").into_iter().collect(),
        )
    }

    fn rescue_files(&self) -> Vec<String> {
        common::file_names(self.rescue.path())
            .into_iter()
            .filter(|n| n.starts_with("brief-marks-rescue-"))
            .collect()
    }
}

/// A bookmark saved, the disk filled, marks made until one is not written
/// and two more; quit with the disk still full. Nothing is lost: the
/// rescue file named on stderr brings back every change not written.
#[test]
fn marks_made_on_a_full_disk_are_rescued_on_quit_and_imported_back() {
    let (disk, reader) = Reader::on_full_disk("full-disk-quit");
    let unsaved = reader.made - reader.written();
    // A second of retries changes nothing while the disk is full.
    std::thread::sleep(Duration::from_millis(1200));
    assert_eq!(reader.made - reader.written(), unsaved);

    let (exit, stderr) = reader.quit();
    assert_eq!(exit, "1", "{stderr}");
    let [rescue] = &reader.rescue_files()[..] else {
        panic!("one rescue file: {:?}", reader.rescue_files());
    };
    assert!(
        rescue.starts_with(&format!(
            "brief-marks-rescue-{}-",
            &common::SAMPLE_ARCHIVE[..8]
        )) && rescue.ends_with(".log"),
        "{rescue}"
    );
    let rescue = reader.rescue.path().join(rescue);
    let root = common::sample();
    let import = format!("brief marks import {} {}", rescue.display(), root.display());
    assert_eq!(
        stderr,
        format!(
            "brief: {unsaved} changes of the marks on {} not saved (No space left on device \
             (os error 28)); kept in {}: bring them back with `{import}`\n",
            root.display(),
            rescue.display()
        )
    );

    // Before the import, the log lacks them; after it, nothing is lost.
    disk.free();
    let (read, bookmarked) = reader.saved();
    assert!(read.is_subset(&reader.read) && bookmarked.is_subset(&reader.bookmarked));
    assert_eq!(
        reader.read.len() + reader.bookmarked.len() - read.len() - bookmarked.len(),
        unsaved,
        "the log lacks what was not written"
    );
    let said = common::stdout_of(
        common::brief()
            .env("BRIEF_STATE_DIR", &reader.state)
            .args(["marks", "import"])
            .arg(&rescue)
            .arg(&root),
    );
    assert_eq!(
        said,
        format!(
            "{unsaved} changes merged from {} (0 already here)\n",
            rescue.display()
        )
    );
    assert_eq!(
        reader.saved(),
        (reader.read.clone(), reader.bookmarked.clone())
    );
    assert_eq!(reader.written(), reader.made);
}

/// The same full disk, with space freed before quitting: within about a
/// second the reader writes what waited, then quits with exit status 0,
/// nothing on stderr and no rescue file.
#[test]
fn marks_kept_on_a_full_disk_are_written_once_there_is_space_again() {
    let (disk, mut reader) = Reader::on_full_disk("full-disk-freed");
    disk.free();
    // Tried again each second, with no key pressed.
    common::eventually(
        Duration::from_secs(3),
        "the kept marks written",
        || match reader.made - reader.written() {
            0 => Ok(()),
            n => Err(format!("{n} not written")),
        },
    );
    reader.read_next();
    assert_eq!(reader.written(), reader.made, "written at once again");

    let (exit, stderr) = reader.quit();
    assert_eq!((exit.as_str(), stderr.as_str()), ("0", ""));
    assert_eq!(reader.rescue_files(), Vec::<String>::new());
    assert_eq!(
        reader.saved(),
        (reader.read.clone(), reader.bookmarked.clone())
    );
    let seen = reader.shelf().join(brief::marks::SEEN_FILE);
    assert!(seen.is_file(), "the seen list written at quit");
}
