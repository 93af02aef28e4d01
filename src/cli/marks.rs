//! `brief marks`: marking from scripts, and sharing marks between hosts.
//! Each command opens the archive's marks as the reader does, writes its
//! changes to the log as one more writer, and never disturbs a reader
//! running on the same archive, which sees them within a second.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::args::{MarksAction, Selection, SortBy};
use super::open::open_resolved;
use super::output::Out;
use super::show::find_one;
use super::{CliError, Loading, select};
use crate::atomic::AtomicFile;
use crate::marks::log::{self, Entry, HEADER, Journal, Mark};
use crate::marks::{Book, Change, Marks, state_dir};
use crate::store::Store;
use crate::text::{plural, sanitize};

pub fn command(
    action: MarksAction,
    loading: &Loading,
    out: &mut Out,
) -> Result<ExitCode, CliError> {
    match action {
        MarksAction::Read(s) => set(s, loading, out, Change::read, true),
        MarksAction::Unread(s) => set(s, loading, out, Change::read, false),
        MarksAction::Bookmark(s) => set(s, loading, out, Change::bookmark, true),
        MarksAction::Unbookmark(s) => set(s, loading, out, Change::bookmark, false),
        MarksAction::Note(a) => {
            let mut opened = Opened::new(a.paths.paths, loading)?;
            let doc = find_one(&opened.store, &a.id)?;
            let key = opened.marks.key(&opened.store, doc);
            let text = Some(a.text.trim().to_string()).filter(|t| !t.is_empty());
            let said = if text.is_some() {
                "note saved"
            } else {
                "note removed"
            };
            opened.write(vec![Change::note(key, text)])?;
            out.line(&format!("{said} on {}", opened.store.id(doc)))?;
            Ok(ExitCode::SUCCESS)
        }
        MarksAction::History(a) => {
            let mut opened = Opened::new(a.paths.paths, loading)?;
            let doc = find_one(&opened.store, &a.id)?;
            let place = (opened.marks.archives).locate(opened.store.path(doc));
            let Some((id, rel)) = place.map(|(id, rel)| (id.to_string(), rel)) else {
                return Err(CliError::NotFound("the briefing is in no archive".into()));
            };
            let journal = opened.journal(&id)?;
            for entry in journal.history(&rel) {
                out.line(&sanitize(&describe(entry)))?;
            }
            Ok(ExitCode::SUCCESS)
        }
        MarksAction::Export(a) => {
            let mut opened = Opened::new(a.paths.paths, loading)?;
            let text = log_text(opened.only()?.ledger().kept());
            match a.output {
                Some(path) => write_atomically(&path, &text)?,
                None => out.write_all(text.as_bytes())?,
            }
            Ok(ExitCode::SUCCESS)
        }
        MarksAction::Import(a) => {
            let mut opened = Opened::new(a.paths.paths, loading)?;
            let entries = read_log(&a.file)?;
            let total = entries.len();
            let new = opened.only()?.adopt(entries)?;
            out.line(&format!(
                "{} merged from {} ({} already here)",
                plural(new, "change"),
                a.file.display(),
                total - new
            ))?;
            Ok(ExitCode::SUCCESS)
        }
        MarksAction::Sync(a) => {
            let mut opened = Opened::new(a.paths.paths, loading)?;
            let name = a.name.unwrap_or_else(crate::marks::host);
            if name.is_empty() || name.contains(['/', '\0']) || name.starts_with('.') {
                return Err(CliError::Usage(format!("--as {name}: not a file name")));
            }
            sync(opened.only()?, &a.folder, &name, out)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// The matching briefings' marks set `on` (read or bookmarked); exit 1,
/// as grep, when nothing matched.
fn set(
    s: Selection,
    loading: &Loading,
    out: &mut Out,
    change: fn(String, bool) -> Change,
    on: bool,
) -> Result<ExitCode, CliError> {
    let query = s.query.clone();
    let mut opened = Opened::new(s.paths.paths, loading)?;
    let docs = select(&opened.store, &opened.paths, &query, SortBy::Date)?;
    if docs.is_empty() {
        eprintln!("brief: no briefing matches; nothing marked");
        return Ok(ExitCode::from(1));
    }
    let mut changes = Vec::new();
    for &doc in &docs {
        let c = change(opened.marks.key(&opened.store, doc), on);
        let mut after = opened.marks.clone();
        after.apply(&c);
        if after != opened.marks {
            changes.push(c);
        }
    }
    let changed = changes.len();
    opened.write(changes)?;
    let what = match change(String::new(), on).mark {
        Mark::Read { on: true } => "marked read",
        Mark::Read { on: false } => "marked unread",
        Mark::Bookmark { on: true } => "bookmarked",
        _ => "no longer bookmarked",
    };
    out.line(&format!(
        "{} {what} ({} already)",
        plural(changed, "briefing"),
        docs.len() - changed
    ))?;
    Ok(ExitCode::SUCCESS)
}

/// The archive opened for marking, as the reader opens it.
struct Opened {
    paths: Vec<PathBuf>,
    store: Store,
    book: Book,
    marks: Marks,
}

impl Opened {
    fn new(paths: Vec<PathBuf>, loading: &Loading) -> Result<Opened, CliError> {
        let (paths, store) = open_resolved(paths, loading)?;
        let opened = Book::open(state_dir(), &paths, &store);
        for warning in &opened.warnings {
            eprintln!("brief: warning: {warning}");
        }
        Ok(Opened {
            paths,
            store,
            marks: opened.marks,
            book: opened.book,
        })
    }

    fn write(&mut self, changes: Vec<Change>) -> Result<(), CliError> {
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH);
        let at = now.map_or(0, |d| d.as_millis() as i64);
        self.book.record(changes, at).map_err(|e| {
            CliError::Io(std::io::Error::new(
                e.kind(),
                format!("marks not saved: {e}"),
            ))
        })
    }

    fn journal(&mut self, id: &str) -> Result<&mut Journal, CliError> {
        self.book
            .journal(id)
            .ok_or_else(|| CliError::NotFound("no marks are kept here (no state folder)".into()))
    }

    /// The log of the one archive opened.
    fn only(&mut self) -> Result<&mut Journal, CliError> {
        let mut ids: Vec<String> = (self.marks.archives.places().iter())
            .map(|p| p.id.clone())
            .collect();
        ids.dedup();
        match &ids[..] {
            [id] => self.journal(&id.clone()),
            [] => Err(CliError::Usage("no archive given".into())),
            _ => Err(CliError::Usage(format!(
                "the paths given are in {} archives; give one",
                ids.len()
            ))),
        }
    }
}

/// `entries` as a log file.
fn log_text<'a>(entries: impl IntoIterator<Item = &'a Entry>) -> String {
    let mut text = format!("{HEADER}\n");
    for entry in entries {
        text.push_str(&entry.line());
        text.push('\n');
    }
    text
}

fn write_atomically(path: &Path, text: &str) -> Result<(), CliError> {
    AtomicFile::write(path, text.as_bytes()).map_err(|e| {
        CliError::Io(std::io::Error::new(
            e.kind(),
            format!("{}: {e}", path.display()),
        ))
    })
}

/// The entries of the log file at `path`; what was wrong in it on stderr.
fn read_log(path: &Path) -> Result<Vec<Entry>, CliError> {
    let mut found = log::Found::default();
    let readable = log::read_whole(path, &mut found).map_err(|e| {
        CliError::Io(std::io::Error::new(
            e.kind(),
            format!("{}: {e}", path.display()),
        ))
    })?;
    for warning in &found.warnings {
        eprintln!("{}", sanitize(warning));
    }
    if !readable {
        return Err(CliError::Usage(format!(
            "{} is not a marks log this brief can read",
            path.display()
        )));
    }
    Ok(found.entries)
}

/// Merges every other host's log in `folder`, then writes this host's
/// (all it holds now) as `<name>.log` there: each host writes only its own
/// file, so git never has two changes of one file to merge.
fn sync(journal: &mut Journal, folder: &Path, name: &str, out: &mut Out) -> Result<(), CliError> {
    std::fs::create_dir_all(folder)?;
    let mine = folder.join(format!("{name}.log"));
    let (mut new, mut files) = (0, 0);
    for (_, path) in log::list(folder)? {
        if path != mine {
            new += journal.adopt(read_log(&path)?)?;
            files += 1;
        }
    }
    let text = log_text(journal.ledger().kept());
    let unchanged = std::fs::read_to_string(&mine).is_ok_and(|old| old == text);
    if !unchanged {
        write_atomically(&mine, &text)?;
    }
    out.line(&format!(
        "{} merged from the logs of {}; {} {}",
        plural(new, "change"),
        plural(files, "other host"),
        mine.display(),
        if unchanged { "unchanged" } else { "written" }
    ))?;
    Ok(())
}

/// One entry as `brief marks history` lists it.
fn describe(entry: &Entry) -> String {
    let when = chrono::DateTime::from_timestamp_millis(entry.at)
        .map(|t| {
            t.with_timezone(&chrono::Local)
                .format("%Y-%m-%d %H:%M:%S")
                .to_string()
        })
        .unwrap_or_else(|| entry.at.to_string());
    let what = match &entry.mark {
        Mark::Read { on: true } => "read".to_string(),
        Mark::Read { on: false } => "unread".to_string(),
        Mark::Bookmark { on: true } => "bookmarked".to_string(),
        Mark::Bookmark { on: false } => "bookmark removed".to_string(),
        Mark::Note { text: Some(text) } => format!("note: {text}"),
        Mark::Note { text: None } => "note removed".to_string(),
    };
    format!("{when}  {:<24} {what}", entry.by)
}
