//! The command line, declared with clap; completions and the man page come from the same definitions.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

const AFTER_HELP: &str = "With no subcommand, opens the reader on PATH... (default: $BRIEF_DIR, else the configuration's folders, else ./briefings).";

#[derive(Debug, Parser)]
#[command(
    name = "brief",
    version,
    about = "A terminal reader for dated briefing documents",
    args_conflicts_with_subcommands = true,
    after_help = AFTER_HELP,
    after_long_help = format!("{AFTER_HELP}\n\n{}", crate::query::reference::text())
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,

    #[command(flatten)]
    pub paths: PathArgs,

    /// Print how long walking, reading, parsing and indexing took, on stderr
    #[arg(long, global = true)]
    pub timings: bool,

    /// The configuration file (default: $XDG_CONFIG_HOME/brief/config.toml)
    #[arg(long, global = true, value_name = "FILE", env = "BRIEF_CONFIG")]
    pub config: Option<PathBuf>,

    /// Load every file afresh: neither use nor write the index cache
    #[arg(long, global = true, env = "BRIEF_NO_CACHE", value_parser = clap::builder::BoolishValueParser::new())]
    pub no_cache: bool,

    #[command(flatten)]
    pub look: LookArgs,

    /// Entities and phrases to highlight and count in the reader
    /// (default: the configuration's `watchlist`, else $XDG_CONFIG_HOME/brief/watchlist.toml if it exists)
    #[arg(long, value_name = "PATH")]
    pub watchlist: Option<PathBuf>,

    /// Copy with `sh -c CMD`, the text on its standard input, instead of through
    /// the terminal (OSC 52) and tmux (default: the configuration's `clipboard_command`)
    #[arg(long, value_name = "CMD")]
    pub clipboard_command: Option<String>,
}

/// How the reader looks.
#[derive(Debug, Args, Default)]
pub struct LookArgs {
    /// Colour theme: default, light, high-contrast, mono, or a path to a theme file
    /// (default: the configuration's `theme`, else default)
    #[arg(long, value_name = "NAME|PATH")]
    pub theme: Option<String>,
    /// No colours, only bold, underline and reverse (also when NO_COLOR is set)
    #[arg(long)]
    pub no_color: bool,
    /// Plain ASCII borders and markers, for terminals without good Unicode
    #[arg(long)]
    pub ascii: bool,
    /// Let the mouse scroll and select (also `mouse = true` in the configuration)
    #[arg(long)]
    pub mouse: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// One line per briefing, newest first (or --sort relevance)
    List(ListArgs),
    /// One briefing: its header and re-wrapped text with quotes marked
    Show(ShowArgs),
    /// Every quote of the matching briefings, with its speaker (speaker:NAME: only theirs)
    Quotes(ListArgs),
    /// Who is quoted in the matching briefings: quotes, briefings, first and last dates
    Speakers(QueryArgs),
    /// Each tag with its count, most frequent first
    Tags(QueryArgs),
    /// Every diagnostic, then a summary; exit status 1 if any is an error
    Check(PathArgs),
    /// Check the configuration file, or print its path or a commented default
    Config(ConfigArgs),
    /// Write the matching briefings, or their quotes, as Markdown, CSV or JSON Lines
    Export(ExportArgs),
    /// Mark briefings read, bookmarked or noted, and share marks between hosts
    Marks(MarksArgs),
    /// Print a completion script for a shell
    Completions(CompletionsArgs),
    /// Print the manual page in roff (view it with `brief man | man -l -`)
    Man,
}

#[derive(Debug, Args, Default)]
pub struct PathArgs {
    /// Briefing files or folders (default: $BRIEF_DIR, else the configuration's folders, else ./briefings)
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
}

/// Which briefings: the paths to load and the query they must match.
#[derive(Debug, Args)]
pub struct Selection {
    #[command(flatten)]
    pub paths: PathArgs,
    /// Only briefings matching this query (the terms: `brief --help`)
    #[arg(
        short,
        long,
        value_name = "QUERY",
        default_value = "",
        allow_hyphen_values = true
    )]
    pub query: String,
}

#[derive(Debug, Args)]
pub struct QueryArgs {
    #[command(flatten)]
    pub select: Selection,
    /// JSON Lines instead of text
    #[arg(long)]
    pub json: bool,
}

/// A selection printed in an order.
#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub query: QueryArgs,
    #[command(flatten)]
    pub order: OrderArgs,
}

#[derive(Debug, Args)]
pub struct OrderArgs {
    /// The order of the briefings
    #[arg(long, value_enum, default_value_t)]
    pub sort: SortBy,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum SortBy {
    /// Newest first, undated last
    #[default]
    Date,
    /// Best match for the query's words first (BM25), ties newest first;
    /// date order when the query has no words
    Relevance,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The briefing's id, or a prefix that names only one briefing
    pub id: String,
    #[command(flatten)]
    pub paths: PathArgs,
    /// One JSON object instead of text (always the whole briefing)
    #[arg(long)]
    pub json: bool,
    /// Wrap text to this many columns (default: the terminal's width, at most 100)
    #[arg(long, value_name = "COLUMNS")]
    pub width: Option<usize>,
    /// All of a briefing whose file is over `show_limit`, not only its start
    #[arg(long)]
    pub whole: bool,
}

#[derive(Debug, Args)]
pub struct ConfigArgs {
    /// Print a commented configuration with every default
    #[arg(long, conflicts_with = "path")]
    pub print_default: bool,
    /// Print where the configuration file is read from
    #[arg(long)]
    pub path: bool,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub select: Selection,
    #[command(flatten)]
    pub order: OrderArgs,
    /// Output format
    #[arg(short, long, value_enum)]
    pub format: Format,
    /// Export the quotes of the matching briefings instead of the briefings
    #[arg(long)]
    pub quotes: bool,
    /// Write to FILE (atomically: written in full, then renamed into place) instead of stdout
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// A readable Markdown document
    Md,
    /// RFC 4180 CSV with a header row
    Csv,
    /// JSON Lines: one object per line, like --json
    Json,
}

#[derive(Debug, Args)]
pub struct MarksArgs {
    #[command(subcommand)]
    pub action: MarksAction,
}

#[derive(Debug, Subcommand)]
pub enum MarksAction {
    /// Mark the matching briefings read
    Read(Selection),
    /// Mark the matching briefings unread
    Unread(Selection),
    /// Bookmark the matching briefings
    Bookmark(Selection),
    /// Remove the bookmarks of the matching briefings
    Unbookmark(Selection),
    /// Write the note on one briefing; an empty TEXT removes it
    Note(NoteArgs),
    /// One briefing's marks: each one's last change and every version of its note, with time and writer
    History(OneArgs),
    /// Write the archive's marks log (each mark's last change, every note version)
    Export(MarksExportArgs),
    /// Merge a marks log (from `brief marks export`, or a rescue file) into the archive's
    Import(ImportArgs),
    /// Merge the logs in FOLDER (one per host, shared with git) and write this host's there
    Sync(SyncArgs),
}

#[derive(Debug, Args)]
pub struct NoteArgs {
    /// The briefing's id, or any form of it that names only one briefing
    pub id: String,
    /// The note's text
    pub text: String,
    #[command(flatten)]
    pub paths: PathArgs,
}

#[derive(Debug, Args)]
pub struct OneArgs {
    /// The briefing's id, or any form of it that names only one briefing
    pub id: String,
    #[command(flatten)]
    pub paths: PathArgs,
}

#[derive(Debug, Args)]
pub struct MarksExportArgs {
    #[command(flatten)]
    pub paths: PathArgs,
    /// Write to FILE (atomically) instead of stdout
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The marks log to merge
    pub file: PathBuf,
    #[command(flatten)]
    pub paths: PathArgs,
}

#[derive(Debug, Args)]
pub struct SyncArgs {
    /// A folder holding one marks log per host, e.g. a git work tree
    pub folder: PathBuf,
    /// The name of this host's log there (default: the host's name)
    #[arg(long = "as", value_name = "NAME")]
    pub name: Option<String>,
    #[command(flatten)]
    pub paths: PathArgs,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for
    #[arg(value_enum)]
    pub shell: Shell,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Shell {
    Bash,
    Zsh,
    Fish,
}
