use std::path::Path;

use super::parse::parse;
use super::*;
use crate::tui::action::Action;

fn errors(text: &str) -> Vec<String> {
    parse(Path::new("c.toml"), text)
        .expect_err("should be refused")
        .iter()
        .map(|d| format!("{}:{}: {}", d.line, d.col, d.message))
        .collect()
}

#[test]
fn the_printed_default_is_valid_and_means_the_defaults() {
    let text = default_text();
    assert_eq!(parse(Path::new("c.toml"), &text), Ok(Config::default()));
    // Every commented example, switched on, is valid too.
    let on: String = text
        .lines()
        .map(|l| {
            match l
                .strip_prefix("# ")
                .and_then(|r| Some((r, r.split_once(" = ")?.0)))
            {
                Some((rest, key)) if key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') => {
                    rest
                }
                _ => l,
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    let config = parse(Path::new("/home/u/.config/brief/c.toml"), &on).unwrap();
    assert_eq!(config.views.len(), 2);
    assert!(config.keys.iter().any(|o| o.action == Action::Quit));
    assert!(config.watchlist.is_some() && !config.folders.is_empty());
}

#[test]
fn settings_are_read() {
    let text = r#"
folders = ["/srv/briefings", "more"]
theme = "mono"
date_format = "%d %b"
mouse = true
watchlist = "/etc/brief/watch.toml"
[views]
morning = "tag:nato since:1d"
energy = "tag:energy"
[keys]
quit = "x"
move_down = ["j", "Ctrl-n"]
"#;
    let c = parse(Path::new("/cfg/config.toml"), text).unwrap();
    assert_eq!(
        c.folders,
        [PathBuf::from("/srv/briefings"), PathBuf::from("/cfg/more")]
    );
    assert_eq!(c.theme.as_deref(), Some("mono"));
    assert_eq!(c.date_format, "%d %b");
    assert!(c.mouse);
    assert_eq!(c.watchlist, Some(PathBuf::from("/etc/brief/watch.toml")));
    let names: Vec<&str> = c.views.iter().map(|v| v.name.as_str()).collect();
    assert_eq!(names, ["morning", "energy"], "in the order written");
    assert_eq!(c.keys.len(), 2);
    assert_eq!(c.keys[1].keys.len(), 2);
}

#[test]
fn each_mistake_names_its_line_and_column() {
    assert_eq!(
        errors("colour = \"red\""),
        [
            "1:1: unknown setting `colour` (known: folders, theme, date_format, mouse, watchlist, [views], [keys])"
        ]
    );
    assert_eq!(
        errors("[keys]\nfly = \"f\""),
        ["2:1: unknown action `fly` (`brief config --print-default` lists them)"]
    );
    let bad_key = errors("[keys]\nquit = [\"q\", \"Hyper-q\"]");
    assert_eq!(bad_key.len(), 1);
    assert!(
        bad_key[0].starts_with("2:14: `Hyper-q` is not a key"),
        "{bad_key:?}"
    );
    let clash = errors("[keys]\nzen = \"j\"");
    assert!(
        clash[0].starts_with("2:1: `j` would be bound to move_down and zen"),
        "{clash:?}"
    );
    let view = errors("[views]\nbroken = \"tag:\"");
    assert!(view[0].starts_with("2:10: view `broken`:"), "{view:?}");
    assert!(errors("date_format = \"%Q\"")[0].starts_with("1:15: `%Q` is not a date format"));
    assert!(errors("mouse = \"yes\"")[0].starts_with("1:9: `mouse` must be true or false"));
    assert!(errors("theme = 3")[0].starts_with("1:9: `theme` must be a string"));
    assert!(errors("views = 1")[0].starts_with("1:9: `views` must be a table"));
    assert!(errors("a = [")[0].starts_with("1:"), "invalid TOML");
    assert_eq!(
        errors("x = 1\ny = 2").len(),
        2,
        "every mistake, not just the first"
    );
}

#[test]
fn a_missing_file_is_the_defaults_unless_it_was_named() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("none.toml");
    assert_eq!(load(&path, false), Ok(Config::default()));
    let err = load(&path, true).unwrap_err();
    assert!(err[0].message.starts_with("cannot read"), "{err:?}");
    std::fs::write(&path, b"theme = \"\xff\"").unwrap();
    assert!(load(&path, false).unwrap_err()[0].message.contains("UTF-8"));
}
