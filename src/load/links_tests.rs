//! Tests of the walk's symbolic links: followed inside the folders given,
//! not out of them, a warning for each one not followed.

use std::fs;
use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};

use super::*;
use crate::load::{Found, find};

/// An archive beside a folder it must not reach, with a link of every
/// kind; returned as (archive, outside).
fn linked_archive() -> (tempfile::TempDir, tempfile::TempDir) {
    let archive = tempfile::tempdir().unwrap();
    let outside = tempfile::tempdir().unwrap();
    let (a, o) = (archive.path(), outside.path());
    fs::write(
        o.join("secret.txt"),
        "date 2022-01-01 The analyst's own notes.",
    )
    .unwrap();
    fs::write(
        o.join("tags.toml"),
        "[tags.\"private\"]\nmatch = [\"notes\"]\n",
    )
    .unwrap();
    fs::create_dir(o.join("private")).unwrap();
    fs::write(o.join("private/diary.md"), "date 2022-01-02 Private.").unwrap();
    fs::write(a.join("inside.txt"), "date 2022-01-03 In the archive.").unwrap();
    fs::create_dir(a.join("sub")).unwrap();
    fs::write(a.join("sub/deep.txt"), "date 2022-01-04 Deeper.").unwrap();
    symlink(a.join("inside.txt"), a.join("alias.txt")).unwrap();
    symlink("sub", a.join("also")).unwrap();
    symlink(o.join("secret.txt"), a.join("shadow.txt")).unwrap();
    symlink(o.join("private"), a.join("elsewhere")).unwrap();
    symlink(o.join("secret.txt"), a.join("README")).unwrap();
    symlink(a.join("nothing.txt"), a.join("gone.txt")).unwrap();
    symlink(o.join("tags.toml"), a.join("tags.toml")).unwrap();
    (archive, outside)
}

fn rels(found: &Found) -> Vec<String> {
    let rels = found.files.iter().map(|f| f.rel.display().to_string());
    rels.collect()
}

/// Each diagnostic as `name: message`, the name relative to `dir`.
fn said(found: &Found, dir: &Path) -> Vec<String> {
    let said = found.diagnostics.iter().map(|d| {
        let name = d.path.strip_prefix(dir).unwrap_or(&d.path).display();
        format!("{name}: {}", d.message)
    });
    said.collect()
}

#[test]
fn links_out_of_the_folders_are_not_followed_and_each_is_a_warning() {
    let (archive, outside) = linked_archive();
    let (a, o) = (archive.path(), fs::canonicalize(outside.path()).unwrap());
    let found = find(&[a.to_path_buf()], false, Links::Inside);
    assert_eq!(
        rels(&found),
        ["alias.txt", "also/deep.txt", "inside.txt"],
        "a link inside is followed (once: `sub` is then the folder already visited)"
    );
    assert!(found.rules.is_empty(), "tags.toml outside is not read");
    assert_eq!(found.linked, [a.join("alias.txt"), a.join("also")]);
    let outside_file = |name: &str, what: &str, to: &str| {
        format!(
            "{name}: symbolic link to {what} outside the folders given ({}); not followed \
             (`follow_symlinks = true` in the configuration follows it)",
            o.join(to).display()
        )
    };
    let said = said(&found, a);
    let expected = [
        outside_file("tags.toml", "a file", "tags.toml"),
        outside_file("elsewhere", "a folder", "private"),
        format!(
            "gone.txt: symbolic link to {}, which does not exist; skipped",
            a.join("nothing.txt").display()
        ),
        outside_file("shadow.txt", "a file", "secret.txt"),
        "sub: folder already visited (a symbolic link loop?); skipped".to_string(),
    ];
    assert_eq!(
        said, expected,
        "README leads outside to no briefing: nothing to say"
    );
    for d in &found.diagnostics {
        assert_eq!(d.severity, crate::model::Severity::Warning, "{d}");
    }
}

#[test]
fn follow_symlinks_follows_them_anywhere() {
    let (archive, _outside) = linked_archive();
    let a = archive.path();
    let found = find(&[a.to_path_buf()], false, Links::Anywhere);
    assert_eq!(
        rels(&found),
        [
            "alias.txt",
            "also/deep.txt",
            "elsewhere/diary.md",
            "inside.txt",
            "shadow.txt"
        ]
    );
    assert_eq!(found.rules.len(), 1, "tags.toml is read through its link");
    let said = said(&found, a);
    assert!(
        said[0].starts_with("gone.txt: symbolic link to"),
        "{said:?}"
    );
    assert!(
        said[0].ends_with("which does not exist; skipped"),
        "{said:?}"
    );
    assert_eq!(said.len(), 2, "{said:?}");
}

#[test]
fn a_link_into_another_folder_given_is_inside() {
    let (archive, outside) = linked_archive();
    let paths = [archive.path().to_path_buf(), outside.path().to_path_buf()];
    let found = find(&paths, false, Links::Inside);
    let rels = rels(&found);
    let name = |d: &tempfile::TempDir| d.path().file_name().unwrap().to_string_lossy().to_string();
    let (a, o) = (name(&archive), name(&outside));
    for linked in ["shadow.txt", "elsewhere/diary.md"] {
        let rel = format!("{a}/{linked}");
        assert!(rels.contains(&rel), "{rel} not in {rels:?}");
    }
    assert!(rels.contains(&format!("{o}/secret.txt")), "{rels:?}");
    let said: Vec<&str> = found
        .diagnostics
        .iter()
        .map(|d| d.message.as_str())
        .collect();
    assert!(!said.iter().any(|m| m.contains("outside")), "{said:?}");
}

#[test]
fn a_folder_given_through_a_link_bounds_by_where_it_leads() {
    let (archive, _outside) = linked_archive();
    let holder = tempfile::tempdir().unwrap();
    let given = holder.path().join("briefings");
    symlink(archive.path(), &given).unwrap();
    let found = find(std::slice::from_ref(&given), false, Links::Inside);
    assert_eq!(rels(&found), ["alias.txt", "also/deep.txt", "inside.txt"]);
    assert_eq!(found.files[0].path, given.join("alias.txt"));
}

#[test]
fn a_link_loop_and_a_link_to_itself_are_warnings() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    symlink(d.join("b.txt"), d.join("a.txt")).unwrap();
    symlink(d.join("a.txt"), d.join("b.txt")).unwrap();
    for links in [Links::Inside, Links::Anywhere] {
        let found = find(&[d.to_path_buf()], false, links);
        assert!(found.files.is_empty());
        assert_eq!(found.diagnostics.len(), 2);
        for diag in &found.diagnostics {
            assert_eq!(diag.severity, crate::model::Severity::Warning);
            assert!(diag.message.contains("cannot be followed"), "{diag}");
        }
    }
}

#[test]
fn a_path_is_reached_directly_when_no_link_below_the_folder_leads_to_it() {
    let (archive, _outside) = linked_archive();
    let a = archive.path();
    let root = PathBuf::from(a);
    assert!(reached_directly(&root, &a.join("inside.txt")));
    assert!(reached_directly(&root, &a.join("sub/deep.txt")));
    for through in [
        "alias.txt",
        "also/deep.txt",
        "shadow.txt",
        "gone.txt",
        "elsewhere/diary.md",
    ] {
        assert!(!reached_directly(&root, &a.join(through)), "{through}");
    }
    assert!(
        !reached_directly(&root, Path::new("/etc/hostname")),
        "not below it"
    );
}
