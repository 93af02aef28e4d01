//! The commented default configuration `brief config --print-default` writes.

const HEAD: &str = r#"# brief's configuration: $XDG_CONFIG_HOME/brief/config.toml
# (~/.config/brief/config.toml), or the file --config or $BRIEF_CONFIG names.
# Every setting is optional; the values shown commented out are the defaults.

# Folders read when brief is given no PATH and $BRIEF_DIR is unset.
# Relative paths are taken from this file's folder; ~/ is your home.
# folders = ["~/briefings"]

# Colour theme: default, light, high-contrast, mono, or a theme file's path.
# --theme overrides it.
# theme = "default"

# How dates look in the reader's list, as strftime (`man strftime`).
# date_format = "%Y-%m-%d"

# Mouse: the wheel scrolls the pane under the pointer, a click selects.
# --mouse turns it on for one run.
# mouse = false

# The widest zen mode's text may be, in columns (z in the reader); a
# narrower terminal gives it its own width.
# zen_width = 100

# How long a briefing is shown before it counts as read ("2s", "500ms"),
# or "off": then only `r` marks a briefing read.
# auto_read = "2s"

# The watchlist of names and phrases to highlight.
# watchlist = "~/.config/brief/watchlist.toml"

# Copy (y, Y) by piping the text to this command, run with `sh -c`, instead
# of through the terminal (OSC 52) and tmux. --clipboard-command overrides it.
# clipboard_command = "wl-copy"

# Symbolic links in the folders that lead out of them (to ~/.ssh, /etc) are
# not followed: each is a warning, and what it leads to is not read, shown
# or exported. true follows them, as for folders gathered from elsewhere.
# follow_symlinks = false

# Briefings whose file is larger than this are indexed whole but shown cut
# at this size, with a warning: `o` in the reader opens the file in $PAGER,
# `brief show --whole` prints it all. "8MB", "500kB", "1GB", or "off".
# show_limit = "8MB"

# Saved views: named queries (see the README's query language), listed with
# `v` in the reader and reached with 1 to 9 in the order written here.
[views]
# morning = "tag:nato since:1d"
# unread = "is:unread -tag:sport"

# Keys while reading: action = "key" or ["key", "key"]. A key is a character
# (j, G, ?), Ctrl-x, or one of Space Enter Esc Tab Shift-Tab Backspace Delete
# Insert Up Down Left Right Home End PgUp PgDn F1..F12. The defaults:
[keys]
"#;

/// The commented default configuration, ending with `keys`: each reading
/// action's name and its default keys as the configuration spells them.
pub fn default_text(keys: &[(&str, Vec<String>)]) -> String {
    let mut text = HEAD.to_string();
    for (name, keys) in keys {
        let keys: Vec<String> = keys.iter().map(|k| format!("{k:?}")).collect();
        text.push_str(&format!("# {name} = [{}]\n", keys.join(", ")));
    }
    text
}
