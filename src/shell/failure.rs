//! Why a run could not finish, worded once for stderr in the run's language;
//! loading a map and printing to stdout, the two steps every command can fail
//! at. A failure is data where it can be (what went wrong and with what), so
//! only [`Failure::message`] needs the language.

use crate::core::compile::LoadError;
use crate::core::compile::Loaded;
use crate::core::diagnostic::Diagnostic;
use crate::core::source::SourceFile;
use crate::i18n::Lang;
use crate::shell::exit::Exit;
use crate::shell::load::{self, MapSource};
use crate::t;
use std::io::Write;

/// Why a run could not finish normally. Printed once by [`run`].
#[derive(Debug)]
pub enum Failure {
    /// The map did not load: every problem, with the texts to quote.
    Load(LoadError),
    /// Problems in a file other than the map (an answers file).
    File(Vec<Diagnostic>, Vec<SourceFile>),
    /// The school's profile did not load or does not fit the map.
    Profile(Vec<Diagnostic>, Vec<SourceFile>),
    /// A wrong call or answer, already worded in the run's language.
    Usage(String),
    /// The user stopped the questionnaire.
    Interrupted,
    /// The terminal failed under the questionnaire.
    Terminal(anyhow::Error),
    /// Standard output could not be written (other than a closed pipe).
    Output(std::io::Error),
    /// Something outside our control failed (writing a file, the terminal).
    Other(anyhow::Error),
}

impl From<anyhow::Error> for Failure {
    fn from(error: anyhow::Error) -> Self {
        Failure::Other(error)
    }
}

impl Failure {
    pub(crate) fn exit(&self) -> Exit {
        match self {
            Failure::Interrupted => Exit::Interrupted,
            _ => Exit::Usage,
        }
    }

    /// The message for stderr in `lang`; ANSI colour only when `colour` is set.
    pub(crate) fn message(&self, colour: bool, lang: Lang) -> String {
        let word = t!(lang, "fout");
        let error = if colour {
            format!("\x1b[1;31m{word}\x1b[0m")
        } else {
            word
        };
        // A message may quote what the user typed or a file held: never terminal control.
        let clean = |text: String| format!("{error}: {}\n", crate::core::text::clean(&text));
        match self {
            Failure::Load(load) => {
                let rendered = crate::render::diagnostics::render_styled(
                    lang,
                    &load.diagnostics,
                    &load.sources,
                    colour,
                );
                let end = t!(lang, "routekaart-laadt-niet", n = load.diagnostics.len());
                format!("{rendered}{end}\n")
            }
            Failure::File(diagnostics, sources) => {
                crate::render::diagnostics::render_styled(lang, diagnostics, sources, colour)
            }
            Failure::Profile(diagnostics, sources) => {
                let rendered =
                    crate::render::diagnostics::render_styled(lang, diagnostics, sources, colour);
                let end = t!(lang, "school-laadt-niet", n = diagnostics.len());
                format!("{rendered}{end}\n")
            }
            Failure::Usage(message) => clean(message.clone()),
            Failure::Interrupted => format!("{}\n", t!(lang, "gestopt-niets-opgeslagen")),
            Failure::Terminal(cause) => clean(format!(
                "{}: {cause:#}",
                t!(lang, "vragenlijst-kan-niet-verder")
            )),
            Failure::Output(cause) => clean(format!("{}: {cause}", t!(lang, "uitvoer-kan-niet"))),
            Failure::Other(other) => clean(format!("{other:#}")),
        }
    }
}

/// Loads the map or fails with all its problems, worded in `lang`.
pub fn load_map(source: &MapSource, lang: Lang) -> Result<Loaded, Failure> {
    load::load(source, lang).map_err(Failure::Load)
}

/// Loads the map, limited to the national core and one region when `region`
/// (`--regio`) is given.
pub fn load_map_in(
    source: &MapSource,
    region: Option<&str>,
    lang: Lang,
) -> Result<Loaded, Failure> {
    let Some(region) = region else {
        return load_map(source, lang);
    };
    let sources = load::sources(source, lang).map_err(Failure::Load)?;
    let sources = select_region(sources, region, lang)?;
    crate::core::compile::compile(sources).map_err(Failure::Load)
}

/// [`crate::core::region::select`], with an unknown region as a usage failure
/// that names the regions there are.
pub fn select_region(
    sources: Vec<SourceFile>,
    region: &str,
    lang: Lang,
) -> Result<Vec<SourceFile>, Failure> {
    crate::core::region::select(sources, region).map_err(|known| {
        let known = if known.is_empty() {
            "none".to_string()
        } else {
            known.join(", ")
        };
        let message = crate::t!(lang, "regio-onbekend", region = region);
        let help = crate::t_help!(lang, "regio-onbekend", known = known.as_str());
        Failure::Usage(match help {
            Some(help) => format!("{message}; {help}"),
            None => message,
        })
    })
}

/// Writes to stdout; a closed pipe (`| head`) is a normal end, not an error.
pub fn print(text: &str) -> Result<(), Failure> {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(Failure::Output(e)),
        _ => Ok(()),
    }
}
