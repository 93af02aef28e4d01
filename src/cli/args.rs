use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "brief",
    version,
    about = "A terminal reader for dated briefing documents",
    args_conflicts_with_subcommands = true,
    after_help = "With no subcommand, opens the reader on PATH... (default: $BRIEF_DIR, else ./briefings)."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,

    #[command(flatten)]
    pub paths: PathArgs,

    /// Print how long walking, reading, parsing and indexing took, on stderr
    #[arg(long, global = true)]
    pub timings: bool,

    /// Load every file afresh: neither use nor write the index cache
    #[arg(long, global = true, env = "BRIEF_NO_CACHE", value_parser = clap::builder::BoolishValueParser::new())]
    pub no_cache: bool,

    #[command(flatten)]
    pub look: LookArgs,

    /// Entities and phrases to highlight and count in the reader
    /// (default: $XDG_CONFIG_HOME/brief/watchlist.toml, if it exists)
    #[arg(long, value_name = "PATH")]
    pub watchlist: Option<PathBuf>,
}

/// How the reader looks.
#[derive(Debug, Args, Default)]
pub struct LookArgs {
    /// Colour theme: default, light, high-contrast, mono, or a path to a theme file
    #[arg(long, value_name = "NAME|PATH", default_value = "default")]
    pub theme: String,
    /// No colours, only bold, underline and reverse (also when NO_COLOR is set)
    #[arg(long)]
    pub no_color: bool,
    /// Plain ASCII borders and markers, for terminals without good Unicode
    #[arg(long)]
    pub ascii: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// One line per briefing, newest first
    List(QueryArgs),
    /// One briefing: its header and re-wrapped text with quotes marked
    Show(ShowArgs),
    /// Every quote of the matching briefings, with its attribution
    Quotes(QueryArgs),
    /// Each tag with its count, most frequent first
    Tags(QueryArgs),
    /// Every diagnostic, then a summary; exit status 1 if any is an error
    Check(PathArgs),
}

#[derive(Debug, Args, Default)]
pub struct PathArgs {
    /// Briefing files or folders (default: $BRIEF_DIR, else ./briefings)
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub struct QueryArgs {
    #[command(flatten)]
    pub paths: PathArgs,
    /// Only briefings matching this query (see README: query language)
    #[arg(
        short,
        long,
        value_name = "QUERY",
        default_value = "",
        allow_hyphen_values = true
    )]
    pub query: String,
    /// JSON Lines instead of text
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The briefing's id, or a prefix that names only one briefing
    pub id: String,
    #[command(flatten)]
    pub paths: PathArgs,
    /// One JSON object instead of text
    #[arg(long)]
    pub json: bool,
    /// Wrap text to this many columns (default: the terminal's width, at most 100)
    #[arg(long, value_name = "COLUMNS")]
    pub width: Option<usize>,
}
