//! The command line, as clap derive types. Validation only; no I/O. The help
//! texts and value placeholders come from the catalogue (`help.ftl`).

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// The command line: the global options and the command. The doc comments
/// here are for the code's readers; the help that users read, in either
/// language, comes from the catalogue (`help.ftl`, see [`crate::shell::help`]).
#[derive(Debug, Parser)]
#[command(name = "routekaart", version, max_term_width = 100)]
pub struct Cli {
    /// Folder with the YAML files of a map of your own (default: the built-in map with Amstelland
    /// en de Meerlanden, Zuidoost-Drenthe and Groningen)
    #[arg(long, global = true)]
    pub routekaart: Option<PathBuf>,

    /// Width of tables and printouts in columns (default: the terminal's width; otherwise 80, and
    /// 76 for a plan, to fit A4)
    #[arg(long, global = true, value_parser = columns)]
    pub width: Option<u16>,

    /// Colour: auto (only in a terminal, and not when NO_COLOR is set), always or never
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// Language of routekaart's text: nl or en (default: from LC_ALL, LC_MESSAGES or LANG;
    /// otherwise Dutch). Map texts in English where the map has them.
    #[arg(long, global = true, value_enum, ignore_case = true)]
    pub lang: Option<LangChoice>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Questionnaire in the terminal: questions, review, plan and saving
    Ask(AskArgs),
    /// Plan without the questionnaire, for scripts and CI: answers as options or a file
    Advise(AdviseArgs),
    /// Check a map: files, references, shape, municipalities, contact data, urgency, dates, rules,
    /// scenarios and coverage
    Check(CheckArgs),
    /// The directory: organisations, their roles per municipality and contact data
    Orgs(OrgsArgs),
    /// Every route from the first question to a plan, with a fixed short code per route
    Routes(RoutesArgs),
    /// The map as a flowchart: Mermaid (GitHub, GitLab) or DOT (Graphviz)
    Graph(GraphArgs),
    /// The routes whose plan changes between two versions of a map
    Diff(DiffArgs),
    /// The routekaart on one A4: per worry whom you call first, the number, how soon and the
    /// deadline
    Kaart(KaartArgs),
    /// Make or change your school's profile: municipality, kind of school and own contacts
    School(SchoolArgs),
    /// The whole map as one printable document, to go through with partners
    Export(ExportArgs),
    /// JSON Schema of the map files: completion and help in an editor
    Schema(SchemaArgs),
    /// Tab completion for bash, zsh, fish, PowerShell or elvish
    Completions(CompletionsArgs),
    /// The manual as a man page (roff), made from this help
    Man(ManArgs),
    /// Help with routekaart, or with one command
    Help(HelpArgs),
}

/// When to colour: on a terminal only (`auto`), `always` or `never`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum ColorChoice {
    #[default]
    Auto,
    Always,
    Never,
}

/// The language of `--lang`. Read by [`crate::shell::args`] before clap
/// parses; declared here so that clap accepts, checks and completes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangChoice {
    Nl,
    En,
}

/// Options of `schema`.
#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// The map file: routekaart, organisaties, gemeenten, vragen, adviezen, regels, scenarios or
    /// regio
    #[arg(value_parser = clap::builder::PossibleValuesParser::new(crate::core::schema::KINDS))]
    pub kind: Option<String>,
    /// Write every schema in this folder (KIND.schema.json; existing ones are replaced)
    #[arg(long)]
    pub dir: Option<PathBuf>,
}

/// Options of `completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell: bash, zsh, fish, powershell or elvish
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// Options of `man`.
#[derive(Debug, Args)]
pub struct ManArgs {
    /// Write every page in this folder (routekaart.1 and routekaart-COMMAND.1)
    #[arg(long)]
    pub dir: Option<PathBuf>,
}

/// Options of `help`.
#[derive(Debug, Args)]
pub struct HelpArgs {
    /// The command (ask, advise, check, …); without: the help of routekaart itself
    pub command: Option<String>,
}

/// Output formats of the table views (`orgs`, `routes`, `diff`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TableFormat {
    Table,
    Json,
    Csv,
}

/// Options of `orgs`.
#[derive(Debug, Args)]
pub struct OrgsArgs {
    /// Only the organisations that fill a role in this municipality (id or name), and those an
    /// advice names directly (such as 112)
    #[arg(long)]
    pub gemeente: Option<String>,
    /// Only the organisations that fill this role (id or name)
    #[arg(long)]
    pub rol: Option<String>,
    /// Output: table, json or csv
    #[arg(long, value_enum, default_value_t = TableFormat::Table)]
    pub format: TableFormat,
}

/// Options of `routes`.
#[derive(Debug, Args)]
pub struct RoutesArgs {
    /// Contacts for a pupil who lives, and goes to school, in this municipality
    #[arg(long)]
    pub gemeente: Option<String>,
    /// Only the national core and this region (the folder's name in regios/)
    #[arg(long)]
    pub regio: Option<String>,
    /// Output: table, json or csv
    #[arg(long, value_enum, default_value_t = TableFormat::Table)]
    pub format: TableFormat,
    /// Count per advice instead of showing every route when there are more than this
    #[arg(long, default_value_t = 5000, value_parser = number::<usize>)]
    pub max_routes: usize,
}

/// Output formats of `graph`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GraphFormat {
    Mermaid,
    Dot,
}

/// Options of `graph`.
#[derive(Debug, Args)]
pub struct GraphArgs {
    /// Output: mermaid or dot
    #[arg(long, value_enum, default_value_t = GraphFormat::Mermaid)]
    pub format: GraphFormat,
    /// Draw only the branch of this signal (a value of the signal question)
    #[arg(long)]
    pub signaal: Option<String>,
}

/// Options of `diff`.
#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The old map: a folder, or a git revision (HEAD, main, v0.2.0) of the folder NEW
    pub old: String,
    /// The new map: a folder
    pub new: PathBuf,
    /// Output: table, json or csv
    #[arg(long, value_enum, default_value_t = TableFormat::Table)]
    pub format: TableFormat,
    /// Compare per advice instead of per route when a map has more routes than this
    #[arg(long, default_value_t = 5000, value_parser = number::<usize>)]
    pub max_routes: usize,
}

/// Output formats of `export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Text,
    Markdown,
    Html,
}

/// Options of `export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Output: text, markdown or html (one file to print on A4)
    #[arg(long, value_enum, default_value_t = ExportFormat::Text)]
    pub format: ExportFormat,
    /// Only the national core and this region (the folder's name in regios/)
    #[arg(long)]
    pub regio: Option<String>,
    /// Write to this file instead of to the output
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Replace the file if it exists
    #[arg(long)]
    pub force: bool,
}

/// Output formats of `kaart`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KaartFormat {
    Text,
    Json,
    Html,
}

/// Options of `kaart`.
#[derive(Debug, Args)]
pub struct KaartArgs {
    /// The municipality of the school and the pupil (id or name); default: the profile's
    #[arg(long)]
    pub gemeente: Option<String>,
    /// Output: text, json or html (one file to print)
    #[arg(long, value_enum, default_value_t = KaartFormat::Text)]
    pub format: KaartFormat,
    /// The school's profile (default: ROUTEKAART_SCHOOL, or the profile that `routekaart school`
    /// made)
    #[arg(long)]
    pub school: Option<PathBuf>,
}

/// Options of `school`.
#[derive(Debug, Args)]
pub struct SchoolArgs {
    /// Show an example profile with explanations, to fill in yourself, instead of the questions
    #[arg(long)]
    pub voorbeeld: bool,
    /// Show only where the profile is kept
    #[arg(long)]
    pub pad: bool,
    /// The profile you make or change (default: ROUTEKAART_SCHOOL, or school.yaml in the settings
    /// folder)
    #[arg(long)]
    pub school: Option<PathBuf>,
}

/// Options of `ask`.
#[derive(Debug, Args, Default)]
pub struct AskArgs {
    /// Save the plan in this file (text; markdown or HTML when the name ends in .md or .html)
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Replace the file if it exists
    #[arg(long)]
    pub force: bool,
    /// Add an appendix after the plan: route, answers and the command for the same plan
    #[arg(long)]
    pub uitgebreid: bool,
    /// The school's profile (default: ROUTEKAART_SCHOOL, or the profile that `routekaart school`
    /// made)
    #[arg(long)]
    pub school: Option<PathBuf>,
}

/// Options of `advise`.
#[derive(Debug, Args)]
pub struct AdviseArgs {
    /// An answer: question-id=value; multiple choice with commas (signaal=verzuim,ziekte)
    #[arg(short, long = "answer")]
    pub answers: Vec<String>,
    /// YAML file of answers (question-id: value); --answer takes precedence
    #[arg(long = "answers")]
    pub answers_file: Option<PathBuf>,
    /// Output: text (printable), markdown, json or html (one file to print)
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Also save the plan in this file (in the chosen format)
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Replace the file if it exists
    #[arg(long)]
    pub force: bool,
    /// Add an appendix after the plan: route, answers and the command for the same plan (JSON
    /// always has everything)
    #[arg(long)]
    pub uitgebreid: bool,
    /// The school's profile (default: ROUTEKAART_SCHOOL, or the profile that `routekaart school`
    /// made)
    #[arg(long)]
    pub school: Option<PathBuf>,
}

/// Options of `check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Folder with the map's files (default: the built-in map)
    pub dir: Option<PathBuf>,
    /// Output: human (for people), json, junit (CI test report), github (annotations) or sarif
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    pub format: CheckFormat,
    /// Let warnings fail too (exit code 1)
    #[arg(long)]
    pub strict: bool,
    /// Warn when contact data has not been verified for more than this many months
    #[arg(long, default_value_t = 12, value_parser = number::<u32>)]
    pub max_age: u32,
    /// Fail when the scenarios cover less than this percentage of the map (0 to 100)
    #[arg(long, value_parser = percent)]
    pub min_coverage: Option<u32>,
    /// Rewrite the scenarios' kept summaries instead of comparing them
    #[arg(long)]
    pub bless: bool,
    /// Check only the national core with this region (the folder's name in regios/)
    #[arg(long)]
    pub regio: Option<String>,
    /// Check a school's profile against the map instead of the map: roles, municipality, kind of
    /// school, dates, phone numbers and e-mail addresses
    #[arg(long)]
    pub school: Option<PathBuf>,
}

/// Output formats of `check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    Human,
    Json,
    Junit,
    Github,
    Sarif,
}

/// Why clap refused the value of an option: data, worded in the run's
/// language where clap's error is formatted (see [`crate::shell::clap_error`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BadValue {
    /// Not a whole number of 0 or more.
    NotANumber(String),
    /// A width below 40 columns.
    TooNarrow(u16),
    /// Not a percentage at all.
    NotAPercentage(String),
    /// A percentage below 0 or above 100.
    OutOfRange(String),
}

impl BadValue {
    /// The reason in `lang`.
    pub fn text(&self, lang: crate::i18n::Lang) -> String {
        use crate::t;
        match self {
            BadValue::NotANumber(text) => t!(lang, "waarde-geen-getal", text = text.as_str()),
            BadValue::TooNarrow(width) => t!(lang, "waarde-te-smal", width = width.to_string()),
            BadValue::NotAPercentage(text) => {
                t!(lang, "waarde-geen-percentage", text = text.as_str())
            }
            BadValue::OutOfRange(text) => t!(lang, "waarde-buiten-bereik", text = text.as_str()),
        }
    }
}

/// Clap wants a `Display`; it shows only where no language is at hand (in
/// `Debug` output), so in Dutch, the fallback of every message.
impl std::fmt::Display for BadValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(crate::i18n::Lang::Nl))
    }
}

impl std::error::Error for BadValue {}

/// A whole number of zero or more.
fn number<T: std::str::FromStr>(text: &str) -> Result<T, BadValue> {
    text.trim()
        .parse()
        .map_err(|_| BadValue::NotANumber(text.to_string()))
}

/// A width of at least 40 columns: narrower, no table fits.
fn columns(text: &str) -> Result<u16, BadValue> {
    match number::<u16>(text)? {
        width if width < 40 => Err(BadValue::TooNarrow(width)),
        width => Ok(width),
    }
}

/// A percentage from 0 to 100 (a decimal comma or point allowed), in tenths.
fn percent(text: &str) -> Result<u32, BadValue> {
    let value: f64 = text
        .trim()
        .trim_end_matches('%')
        .replace(',', ".")
        .parse()
        .map_err(|_| BadValue::NotAPercentage(text.to_string()))?;
    if !(0.0..=100.0).contains(&value) {
        return Err(BadValue::OutOfRange(text.to_string()));
    }
    // In range, so the cast cannot truncate.
    Ok((value * 10.0).round() as u32)
}

/// Output formats of a plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Markdown,
    Json,
    Html,
}
