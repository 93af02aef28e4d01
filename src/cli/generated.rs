//! Shell completion scripts and the manual page, generated from the same
//! clap definitions that parse the arguments; the page's reader keys come
//! from the keymap the reader's help is made from.

use std::io::{self, Write};

use clap::CommandFactory;
use clap_mangen::Man;

use super::args::{Cli, Shell};

pub fn completions(shell: Shell, w: &mut dyn Write) {
    let shell = match shell {
        Shell::Bash => clap_complete::Shell::Bash,
        Shell::Zsh => clap_complete::Shell::Zsh,
        Shell::Fish => clap_complete::Shell::Fish,
    };
    clap_complete::generate(shell, &mut Cli::command(), "brief", w);
}

/// One page for brief and all its commands: clap_mangen's own subcommand
/// section points at a page per command, which brief does not install.
pub fn man(w: &mut dyn Write) -> io::Result<()> {
    let mut cmd = Cli::command().disable_help_subcommand(true);
    cmd.build();
    // The long help's query reference gets a section of its own below,
    // laid out as a list rather than run together as one paragraph.
    let man = Man::new(cmd.clone().after_long_help(None::<&str>));
    man.render_title(w)?;
    man.render_name_section(w)?;
    man.render_synopsis_section(w)?;
    man.render_description_section(w)?;
    man.render_options_section(w)?;
    writeln!(w, ".SH COMMANDS")?;
    for sub in cmd.get_subcommands() {
        writeln!(w, ".SS {}", sub.get_name())?;
        let sub = without_common_options(sub.clone());
        let page = Man::new(sub.clone());
        w.write_all(&section_body(|b| page.render_description_section(b))?)?;
        writeln!(w, ".PP")?;
        w.write_all(&section_body(|b| page.render_synopsis_section(b))?)?;
        if sub.get_arguments().any(|a| !a.is_hide_set()) {
            w.write_all(&section_body(|b| page.render_options_section(b))?)?;
        }
    }
    keys_section(w)?;
    query_section(w)?;
    man.render_extra_section(w)?;
    man.render_version_section(w)
}

/// The reader's default keys, under the headings its help shows them under
/// (the query terms the help shows after them have a section of their
/// own); arrows by name, as a page may be read in ASCII.
fn keys_section(w: &mut dyn Write) -> io::Result<()> {
    use crate::tui::help::{QUERY_TERMS, Row, rows};
    use crate::tui::keymap::Keymap;
    use crate::tui::symbols::Symbols;
    use roff::{Roff, bold, roman};
    let mut roff = Roff::new();
    roff.control("SH", ["READER KEYS"]);
    roff.text([roman(
        "The keys of the reader (brief with no command, on a terminal), as its \
         help (?) lists them. These are the defaults: [keys] in the configuration \
         changes those for reading (brief config --print-default names them).",
    )]);
    for row in rows(&Keymap::default(), &Symbols::ASCII) {
        match row {
            Row::Section(QUERY_TERMS) => break,
            Row::Section(title) => {
                roff.control("SS", [title]);
            }
            Row::Key { keys, desc, .. } => {
                roff.control("TP", []);
                roff.text([bold(keys.split(' ').collect::<Vec<_>>().join(", "))]);
                roff.text([roman(desc)]);
            }
            Row::Term(_) => {}
        }
    }
    roff.to_writer(w)
}

/// The query language's terms, from the reference the help shows too.
fn query_section(w: &mut dyn Write) -> io::Result<()> {
    use crate::query::reference::{INTRO, TERMS};
    use roff::{Roff, bold, roman};
    let mut roff = Roff::new();
    roff.control("SH", ["QUERY LANGUAGE"]);
    roff.text([roman(format!(
        "Used by -q and by the reader's filter bar. {INTRO}"
    ))]);
    for t in TERMS {
        roff.control("TP", []);
        roff.text([bold(t.syntax)]);
        roff.text([roman(format!("{}; e.g. {}", t.meaning, t.example_line()))]);
    }
    roff.to_writer(w)
}

/// `sub` with the options that every command takes hidden: the OPTIONS
/// section lists them once.
fn without_common_options(sub: clap::Command) -> clap::Command {
    let common: Vec<String> = sub
        .get_arguments()
        .filter(|a| a.is_global_set() || a.get_id() == "help")
        .map(|a| a.get_id().to_string())
        .collect();
    common
        .into_iter()
        .fold(sub, |sub, id| sub.mut_arg(id, |a| a.hide(true)))
}

/// A section as clap_mangen renders it, without its heading and the string
/// definitions that start each render, so that it can sit under `.SS`.
fn section_body(render: impl FnOnce(&mut Vec<u8>) -> io::Result<()>) -> io::Result<Vec<u8>> {
    let mut roff = Vec::new();
    render(&mut roff)?;
    let text = String::from_utf8_lossy(&roff);
    let body: String = text
        .lines()
        .filter(|l| !l.starts_with(".SH ") && !l.starts_with(".ie ") && !l.starts_with(".el "))
        .map(|l| format!("{l}\n"))
        .collect();
    Ok(body.into_bytes())
}

#[cfg(test)]
mod tests {
    use crate::tui::keymap::{Keymap, Mode};

    /// The page as text: roff's escapes of dashes, backslashes and
    /// apostrophes undone.
    fn page() -> String {
        let mut out = Vec::new();
        super::man(&mut out).unwrap();
        String::from_utf8(out)
            .unwrap()
            .replace("\\*(Aq", "'")
            .replace("\\-", "-")
            .replace("\\\\", "\\")
    }

    #[test]
    fn the_page_lists_every_default_key_of_every_mode() {
        let page = page();
        let keys = &page[page.find(".SH \"READER KEYS\"").expect("a keys section")..];
        let keys = &keys[..keys.find(".SH \"QUERY LANGUAGE\"").expect("then the query")];
        for heading in [
            ".SS Reading\n",
            ".SS \"Tag picker\"\n",
            ".SS \"Answering y/n\"\n",
        ] {
            assert!(keys.contains(heading), "{heading}: {keys}");
        }
        for mode in Mode::ALL {
            for bound in Keymap::default().table(mode) {
                assert!(
                    keys.contains(&format!("\n{}\n", bound.desc)),
                    "{mode:?}: no `{}` in {keys}",
                    bound.desc
                );
                for key in &bound.keys {
                    let label = key.config_label();
                    assert!(keys.contains(&label), "{mode:?}: no key {label}");
                }
            }
        }
        assert!(
            keys.contains("\\fBj, Down\\fR\nmove down / scroll down\n"),
            "{keys}"
        );
    }
}
