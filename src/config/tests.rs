//! Tests of reading config.toml: every setting, and each mistake at its line and column.

use std::path::Path;

use super::*;

fn errors(text: &str) -> Vec<String> {
    let (_, diags) = parse(Path::new("c.toml"), text);
    assert!(!diags.is_empty(), "should be refused");
    diags
        .iter()
        .map(|d| format!("{}:{}: {}", d.line, d.col, d.message))
        .collect()
}

#[test]
fn the_printed_default_means_the_defaults() {
    let keys = [("quit", vec!["q".to_string(), "Ctrl-c".to_string()])];
    let text = default_text(&keys);
    assert!(
        text.ends_with("[keys]\n# quit = [\"q\", \"Ctrl-c\"]\n"),
        "{text}"
    );
    assert_eq!(
        parse(Path::new("c.toml"), &text),
        (Config::default(), Vec::new())
    );
}

#[test]
fn settings_are_read() {
    let text = r#"
folders = ["/srv/briefings", "more"]
theme = "mono"
date_format = "%d %b"
mouse = true
zen_width = 64
watchlist = "/etc/brief/watch.toml"
follow_symlinks = true
[views]
morning = "tag:nato since:1d"
energy = "tag:energy"
[keys]
quit = "x"
move_down = ["j", "Ctrl-n"]
"#;
    let (c, diags) = parse(Path::new("/cfg/config.toml"), text);
    assert!(diags.is_empty(), "{diags:?}");
    assert_eq!(
        c.folders,
        [PathBuf::from("/srv/briefings"), PathBuf::from("/cfg/more")]
    );
    assert_eq!(c.theme.as_deref(), Some("mono"));
    assert_eq!(c.date_format, "%d %b");
    assert!(c.mouse);
    assert_eq!(c.zen_width, 64);
    assert_eq!(c.watchlist, Some(PathBuf::from("/etc/brief/watch.toml")));
    assert!(c.follow_symlinks);
    assert!(
        !Config::default().follow_symlinks,
        "links out are not followed"
    );
    let names: Vec<&str> = c.views.iter().map(|v| v.name.as_str()).collect();
    assert_eq!(names, ["morning", "energy"], "in the order written");
    assert_eq!(c.keys.len(), 2);
    assert_eq!(c.keys[1].keys.len(), 2);
    let placed = |text: &str, at| Placed {
        text: text.into(),
        at,
    };
    assert_eq!(c.keys[0].action, placed("quit", (13, 1)));
    assert_eq!(c.keys[1].keys[1], placed("Ctrl-n", (14, 19)));
}

#[test]
fn each_mistake_names_its_line_and_column() {
    assert_eq!(
        errors("colour = \"red\""),
        [
            "1:1: unknown setting `colour` (known: folders, theme, date_format, mouse, zen_width, auto_read, watchlist, clipboard_command, follow_symlinks, show_limit, [views], [keys])"
        ]
    );
    assert!(
        errors("[keys]\nquit = 1")[0]
            .starts_with("2:8: `quit` must be a string or an array of strings")
    );
    let view = errors("[views]\nbroken = \"tag:\"");
    assert!(view[0].starts_with("2:10: view `broken`:"), "{view:?}");
    assert!(errors("date_format = \"%Q\"")[0].starts_with("1:15: `%Q` is not a date format"));
    assert!(errors("mouse = \"yes\"")[0].starts_with("1:9: `mouse` must be true or false"));
    assert!(
        errors("follow_symlinks = 1")[0]
            .starts_with("1:19: `follow_symlinks` must be true or false")
    );
    assert!(
        errors("zen_width = 5")[0]
            .starts_with("1:13: `zen_width` must be a whole number from 20 to 500, not 5")
    );
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
    assert_eq!(load(&path, false), (Config::default(), Vec::new()));
    let (_, err) = load(&path, true);
    assert!(err[0].message.starts_with("cannot read"), "{err:?}");
    std::fs::write(&path, b"theme = \"\xff\"").unwrap();
    assert!(load(&path, false).1[0].message.contains("UTF-8"));
}

#[test]
fn auto_read_takes_a_time_or_off() {
    let path = std::path::Path::new("c.toml");
    let read = |text: &str| super::parse(path, text);
    let (c, d) = read("auto_read = \"500ms\"");
    assert!(d.is_empty(), "{d:?}");
    assert_eq!(c.auto_read, Some(std::time::Duration::from_millis(500)));
    assert_eq!(read("auto_read = \"off\"").0.auto_read, None);
    assert_eq!(read("").0.auto_read, Some(super::AUTO_READ));
    let (_, d) = read("auto_read = \"soon\"");
    assert!(
        d[0].to_string()
            .contains("1:13: error: `soon` is not a time"),
        "{d:?}"
    );
}

#[test]
fn clipboard_command_is_a_command_line() {
    let path = std::path::Path::new("c.toml");
    let (c, d) = super::parse(path, "clipboard_command = \"xclip -selection clipboard\"");
    assert!(d.is_empty(), "{d:?}");
    assert_eq!(
        c.clipboard_command.as_deref(),
        Some("xclip -selection clipboard")
    );
    assert_eq!(super::parse(path, "").0.clipboard_command, None);
    assert!(
        errors("mouse = true\nclipboard_command = [\"wl-copy\"]")[0]
            .starts_with("2:21: `clipboard_command` must be a string"),
    );
    assert!(
        errors("clipboard_command = \" \"")[0].starts_with("1:21: `clipboard_command` is empty")
    );
}

#[test]
fn show_limit_takes_a_size_or_off() {
    let limit = |text: &str| {
        let (c, d) = parse(Path::new("c.toml"), text);
        assert!(d.is_empty(), "{d:?}");
        c.show_limit
    };
    assert_eq!(limit(""), Some(8_000_000), "8 MB unless set");
    assert_eq!(limit("show_limit = \"500kB\""), Some(500_000));
    assert_eq!(limit("show_limit = \"off\""), None);
    // A number alone, nothing, and a word are no sizes.
    for bad in ["8", "0MB", "big"] {
        let said = errors(&format!("show_limit = \"{bad}\""));
        assert_eq!(
            said,
            [format!(
                "1:14: `{bad}` is not a size: write \"8MB\", \"500kB\" or \"off\""
            )]
        );
    }
    assert!(errors("show_limit = 8")[0].starts_with("1:14: `show_limit` must be a string"));
}
