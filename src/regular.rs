//! Opening brief's own files only when they are regular files: never
//! through a symlink, and never a FIFO or device, whose open or read could
//! wait forever. Used for the index cache and the marks alike.

use std::fs::{self, File, OpenOptions};
use std::io;
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;

/// Opens `path` for reading if it is a regular file.
pub fn open_regular(path: &Path) -> io::Result<File> {
    open(OpenOptions::new().read(true), path)
}

/// Opens `path` as `options` say, never through a symlink nor waiting on a
/// FIFO, and only if it is a regular file.
pub fn open(options: &mut OpenOptions, path: &Path) -> io::Result<File> {
    let file = options
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK | libc::O_CLOEXEC)
        .open(path)?;
    match file.metadata()?.is_file() {
        true => Ok(file),
        false => Err(not_regular(path)),
    }
}

/// Checks that `dir` is a folder, not a symlink to one, holding only
/// regular files.
pub fn only_regular_files(dir: &Path) -> io::Result<()> {
    if !fs::symlink_metadata(dir)?.is_dir() {
        return Err(not_regular(dir));
    }
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        if !entry.file_type()?.is_file() {
            return Err(not_regular(&entry.path()));
        }
    }
    Ok(())
}

fn not_regular(path: &Path) -> io::Error {
    let name = path.file_name().unwrap_or(path.as_os_str());
    io::Error::new(
        io::ErrorKind::InvalidData,
        format!("{} is not a regular file", name.to_string_lossy()),
    )
}
