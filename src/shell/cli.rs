//! The command line, as clap derive types. Validation only; no I/O.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// routekaart: welke organisatie belt u bij welke zorg om een leerling?
///
/// Beantwoord een paar vragen en u krijgt één plan: wie u eerst belt en wie daarna,
/// hoe snel, waarom, wat u voorbereidt en op welke grond. Zonder subcommando start
/// de vragenlijst.
#[derive(Debug, Parser)]
#[command(name = "routekaart", version, max_term_width = 100)]
pub struct Cli {
    /// Map met de YAML-bestanden van een eigen routekaart (standaard: de ingebouwde
    /// routekaart met Amstelland en de Meerlanden, Zuidoost-Drenthe en Groningen)
    #[arg(long, global = true, value_name = "MAP")]
    pub routekaart: Option<PathBuf>,

    /// Breedte van tabellen en afdrukken in kolommen (standaard: de breedte van de
    /// terminal; anders 80, en 76 voor een plan, zodat het op A4 past)
    #[arg(long, global = true, value_name = "KOLOMMEN", value_parser = columns)]
    pub width: Option<u16>,

    /// Kleur: auto (alleen in een terminal, en niet als NO_COLOR gezet is), always of never
    #[arg(long, global = true, value_enum, value_name = "WANNEER", default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// Taal van de tekst van routekaart: nl of en (standaard: uit LC_ALL, LC_MESSAGES of
    /// LANG; anders Nederlands). Kaartteksten in het Engels als de kaart ze heeft.
    #[arg(
        long,
        global = true,
        value_enum,
        ignore_case = true,
        value_name = "TAAL"
    )]
    pub lang: Option<LangChoice>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Vragenlijst in de terminal: vragen, overzicht, plan en opslaan
    ///
    /// Voorbeeld: routekaart ask -o plan.txt
    Ask(AskArgs),
    /// Plan zonder vragenlijst, voor scripts en CI: antwoorden als opties of bestand
    ///
    /// Voorbeeld: routekaart advise --answer schoolgemeente=amstelveen
    /// --answer woongemeente=aalsmeer --answer signaal=verzuim --answer verzuim-uren=16
    ///
    /// Exitcode 0: plan op stdout. 3: er is nog een antwoord nodig; de vraag staat op
    /// stdout. 2: een antwoord klopt niet.
    Advise(AdviseArgs),
    /// Controleer een routekaart: bestanden, verwijzingen, vorm, gemeenten,
    /// contactgegevens, urgentie, data, regels, scenario's en dekking
    ///
    /// Voorbeeld: routekaart check routekaart --strict --format junit > check.xml
    ///
    /// Zonder MAP wordt de ingebouwde routekaart gecontroleerd. Exitcode 0: in orde. 1: fouten
    /// gevonden (met --strict ook bij waarschuwingen). 2: de map kan niet gelezen worden, of een
    /// verkeerde aanroep.
    Check(CheckArgs),
    /// De adressenlijst: organisaties, hun rollen per gemeente en contactgegevens
    ///
    /// Voorbeeld: routekaart orgs --gemeente aalsmeer --rol leerplicht
    Orgs(OrgsArgs),
    /// Elke route van eerste vraag tot plan, met een vaste korte code per route
    ///
    /// Voorbeeld: routekaart routes --gemeente amstelveen --format csv > routes.csv
    ///
    /// Een route kiest per vraag één antwoord, bij meerkeuze één signaal; meerdere signalen
    /// samen geven het samengevoegde plan van hun routes. Bij meer routes dan --max-routes
    /// telt de tabel per advies hoeveel routes erheen leiden.
    Routes(RoutesArgs),
    /// De kaart als stroomschema: Mermaid (GitHub, GitLab) of DOT (Graphviz)
    ///
    /// Voorbeeld: routekaart graph --format dot --signaal verzuim | dot -Tsvg > verzuim.svg
    Graph(GraphArgs),
    /// De routes waarvan het plan verandert tussen twee versies van een kaart
    ///
    /// Voorbeeld: routekaart diff HEAD routekaart (de laatste commit tegen de map zoals die nu is)
    ///
    /// OUD is een map, of een git-revisie van de map NIEUW.
    Diff(DiffArgs),
    /// De routekaart op één A4: per zorg wie u eerst belt, het nummer, hoe snel en de termijn
    ///
    /// Voorbeeld: routekaart kaart --gemeente uithoorn > routekaart-uithoorn.txt
    ///
    /// Voor een school en een leerling in de gemeente van --gemeente, of anders die van het
    /// profiel van de school (routekaart school). Met dat profiel staan de eigen
    /// contactpersonen van de school erbij. Afgeleid uit dezelfde routes als het plan.
    Kaart(KaartArgs),
    /// Het profiel van uw school maken of wijzigen: gemeente, soort school en eigen contactpersonen
    ///
    /// Voorbeeld: routekaart school
    ///
    /// Plannen en de kaart noemen dan eerst de eigen contactpersonen van de school. Het profiel
    /// staat in de map met instellingen van uw computer (--pad toont waar), of in het bestand van
    /// --school of ROUTEKAART_SCHOOL. Het bevat alleen gegevens van medewerkers, nooit van
    /// leerlingen.
    School(SchoolArgs),
    /// De hele kaart als één afdrukbaar document, om met partners door te lopen
    ///
    /// Voorbeeld: routekaart export --format markdown -o routekaart.md
    Export(ExportArgs),
    /// JSON Schema van de kaartbestanden: aanvulling en uitleg in een editor
    ///
    /// Voorbeeld: routekaart schema --dir schema
    ///
    /// Met SOORT het schema van dat bestand (routekaart, organisaties, gemeenten, vragen,
    /// adviezen, regels, scenarios of regio); met --dir alle acht, als SOORT.schema.json. Zet
    /// bovenaan een kaartbestand `# yaml-language-server: $schema=../schema/vragen.schema.json`
    /// (het pad vanaf dat bestand), dan vullen VS Code (met de YAML-extensie van Red Hat) en
    /// andere editors sleutels aan, tonen ze uitleg en markeren ze typfouten.
    Schema(SchemaArgs),
    /// Aanvulling met Tab voor bash, zsh, fish, PowerShell of elvish
    ///
    /// Voorbeeld: routekaart completions bash > ~/.local/share/bash-completion/completions/routekaart
    ///
    /// Het script gaat naar de uitvoer; zet het waar de shell het leest (zie de README).
    Completions(CompletionsArgs),
    /// De handleiding als man-pagina (roff), gemaakt uit deze hulp
    ///
    /// Voorbeeld: routekaart man | man -l -
    ///
    /// Zonder --dir gaat de pagina routekaart(1) naar de uitvoer; met --dir komen daar ook de
    /// pagina's per opdracht bij (routekaart-check.1, …).
    Man(ManArgs),
    /// De hulp bij routekaart, of bij één opdracht
    ///
    /// Voorbeeld: routekaart help check (hetzelfde als routekaart check --help)
    Help(HelpArgs),
}

/// When to colour: on a terminal only (`auto`), `always` or `never`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum ColorChoice {
    /// Alleen in een terminal, en niet als NO_COLOR gezet is
    #[default]
    Auto,
    /// Altijd, ook naar een bestand of pipe
    Always,
    /// Nooit
    Never,
}

/// The language of `--lang`. Read by [`crate::i18n::argument`] before clap
/// parses; declared here so that clap accepts, checks and completes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangChoice {
    /// Nederlands
    Nl,
    /// English
    En,
}

/// Options of `schema`.
#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// Het kaartbestand: routekaart, organisaties, gemeenten, vragen, adviezen, regels, scenarios of regio
    #[arg(value_name = "SOORT", value_parser = clap::builder::PossibleValuesParser::new(crate::core::schema::KINDS))]
    pub kind: Option<String>,
    /// Schrijf alle schema's in deze map (SOORT.schema.json; bestaande worden vervangen)
    #[arg(long, value_name = "MAP")]
    pub dir: Option<PathBuf>,
}

/// Options of `completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// De shell: bash, zsh, fish, powershell of elvish
    #[arg(value_name = "SHELL", value_enum)]
    pub shell: clap_complete::Shell,
}

/// Options of `man`.
#[derive(Debug, Args)]
pub struct ManArgs {
    /// Schrijf alle pagina's in deze map (routekaart.1 en routekaart-OPDRACHT.1)
    #[arg(long, value_name = "MAP")]
    pub dir: Option<PathBuf>,
}

/// Options of `help`.
#[derive(Debug, Args)]
pub struct HelpArgs {
    /// De opdracht (ask, advise, check, …); zonder: de hulp bij routekaart zelf
    #[arg(value_name = "OPDRACHT")]
    pub command: Option<String>,
}

/// Output formats of the table views (`orgs`, `routes`, `diff`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TableFormat {
    /// Een tabel voor mensen
    Table,
    Json,
    Csv,
}

/// Options of `orgs`.
#[derive(Debug, Args)]
pub struct OrgsArgs {
    /// Alleen de organisaties die in deze gemeente (id of naam) een rol vervullen, en die
    /// een advies rechtstreeks noemt (zoals 112)
    #[arg(long, value_name = "GEMEENTE")]
    pub gemeente: Option<String>,
    /// Alleen de organisaties die deze rol vervullen (id of naam)
    #[arg(long, value_name = "ROL")]
    pub rol: Option<String>,
    /// Uitvoer: table, json of csv
    #[arg(long, value_enum, default_value_t = TableFormat::Table)]
    pub format: TableFormat,
}

/// Options of `routes`.
#[derive(Debug, Args)]
pub struct RoutesArgs {
    /// Contacten voor een leerling die woont in, en naar school gaat in, deze gemeente
    #[arg(long, value_name = "GEMEENTE")]
    pub gemeente: Option<String>,
    /// Alleen de landelijke kern en deze regio (de naam van de map in regios/)
    #[arg(long, value_name = "REGIO")]
    pub regio: Option<String>,
    /// Uitvoer: table, json of csv
    #[arg(long, value_enum, default_value_t = TableFormat::Table)]
    pub format: TableFormat,
    /// Tel per advies in plaats van alle routes te tonen als er meer zijn dan dit
    #[arg(long, value_name = "AANTAL", default_value_t = 5000, value_parser = number::<usize>)]
    pub max_routes: usize,
}

/// Output formats of `graph`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GraphFormat {
    /// Mermaid, getoond door GitHub en GitLab
    Mermaid,
    /// DOT, voor Graphviz (dot -Tsvg, dot -Tpng)
    Dot,
}

/// Options of `graph`.
#[derive(Debug, Args)]
pub struct GraphArgs {
    /// Uitvoer: mermaid of dot
    #[arg(long, value_enum, default_value_t = GraphFormat::Mermaid)]
    pub format: GraphFormat,
    /// Teken alleen de tak van dit signaal (een waarde van de signaalvraag)
    #[arg(long, value_name = "SIGNAAL")]
    pub signaal: Option<String>,
}

/// Options of `diff`.
#[derive(Debug, Args)]
pub struct DiffArgs {
    /// De oude kaart: een map, of een git-revisie (HEAD, main, v0.2.0) van de map NIEUW
    #[arg(value_name = "OUD")]
    pub old: String,
    /// De nieuwe kaart: een map
    #[arg(value_name = "NIEUW")]
    pub new: PathBuf,
    /// Uitvoer: table, json of csv
    #[arg(long, value_enum, default_value_t = TableFormat::Table)]
    pub format: TableFormat,
    /// Vergelijk per advies in plaats van per route als een kaart meer routes heeft dan dit
    #[arg(long, value_name = "AANTAL", default_value_t = 5000, value_parser = number::<usize>)]
    pub max_routes: usize,
}

/// Output formats of `export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// Platte tekst, om af te drukken
    Text,
    /// Markdown, voor een wiki of om om te zetten naar PDF
    Markdown,
    /// Eén HTML-bestand om af te drukken op A4
    Html,
}

/// Options of `export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Uitvoer: text, markdown of html (één bestand om af te drukken op A4)
    #[arg(long, value_enum, default_value_t = ExportFormat::Text)]
    pub format: ExportFormat,
    /// Alleen de landelijke kern en deze regio (de naam van de map in regios/)
    #[arg(long, value_name = "REGIO")]
    pub regio: Option<String>,
    /// Schrijf naar dit bestand in plaats van naar de uitvoer
    #[arg(short, long, value_name = "BESTAND")]
    pub output: Option<PathBuf>,
    /// Overschrijf het bestand als het al bestaat
    #[arg(long)]
    pub force: bool,
}

/// Output formats of `kaart`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KaartFormat {
    /// Platte tekst, om af te drukken (76 kolommen)
    Text,
    Json,
    /// Eén HTML-bestand voor A4, om vanuit een browser af te drukken
    Html,
}

/// Options of `kaart`.
#[derive(Debug, Args)]
pub struct KaartArgs {
    /// De gemeente van de school en de leerling (id of naam); standaard die van het profiel
    #[arg(long, value_name = "GEMEENTE")]
    pub gemeente: Option<String>,
    /// Uitvoer: text, json of html
    #[arg(long, value_enum, default_value_t = KaartFormat::Text)]
    pub format: KaartFormat,
    /// Het profiel van de school (standaard: ROUTEKAART_SCHOOL, of het profiel dat
    /// `routekaart school` maakte)
    #[arg(long, value_name = "BESTAND")]
    pub school: Option<PathBuf>,
}

/// Options of `school`.
#[derive(Debug, Args)]
pub struct SchoolArgs {
    /// Toon een voorbeeldprofiel met uitleg, om zelf in te vullen, in plaats van de vragen
    #[arg(long)]
    pub voorbeeld: bool,
    /// Toon alleen waar het profiel staat
    #[arg(long)]
    pub pad: bool,
    /// Het profiel dat u maakt of wijzigt (standaard: ROUTEKAART_SCHOOL, of school.yaml in de
    /// map met instellingen)
    #[arg(long, value_name = "BESTAND")]
    pub school: Option<PathBuf>,
}

/// Options of `ask`.
#[derive(Debug, Args, Default)]
pub struct AskArgs {
    /// Sla het plan op in dit bestand (tekst; markdown of HTML als de naam op .md of .html eindigt)
    #[arg(short, long, value_name = "BESTAND")]
    pub output: Option<PathBuf>,
    /// Overschrijf het bestand als het al bestaat
    #[arg(long)]
    pub force: bool,
    /// Zet na het plan een bijlage: route, antwoorden en de opdracht voor hetzelfde plan
    #[arg(long)]
    pub uitgebreid: bool,
    /// Het profiel van de school (standaard: ROUTEKAART_SCHOOL, of het profiel dat
    /// `routekaart school` maakte)
    #[arg(long, value_name = "BESTAND")]
    pub school: Option<PathBuf>,
}

/// Options of `advise`.
#[derive(Debug, Args)]
pub struct AdviseArgs {
    /// Een antwoord: vraag-id=waarde; meerkeuze met komma's (signaal=verzuim,ziekte)
    #[arg(short, long = "answer", value_name = "ID=WAARDE")]
    pub answers: Vec<String>,
    /// YAML-bestand met antwoorden (vraag-id: waarde); --answer gaat voor
    #[arg(long = "answers", value_name = "BESTAND")]
    pub answers_file: Option<PathBuf>,
    /// Uitvoer: text (afdrukbaar), markdown, json of html (één bestand om af te drukken)
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Sla het plan ook op in dit bestand (in het gekozen formaat)
    #[arg(short, long, value_name = "BESTAND")]
    pub output: Option<PathBuf>,
    /// Overschrijf het bestand als het al bestaat
    #[arg(long)]
    pub force: bool,
    /// Zet na het plan een bijlage: route, antwoorden en de opdracht voor hetzelfde
    /// plan (JSON heeft alles altijd)
    #[arg(long)]
    pub uitgebreid: bool,
    /// Het profiel van de school (standaard: ROUTEKAART_SCHOOL, of het profiel dat
    /// `routekaart school` maakte)
    #[arg(long, value_name = "BESTAND")]
    pub school: Option<PathBuf>,
}

/// Options of `check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Map met de routekaart-bestanden (standaard: de ingebouwde routekaart)
    #[arg(value_name = "MAP")]
    pub dir: Option<PathBuf>,
    /// Uitvoer: human (voor mensen), json, junit (CI-testrapport), github (annotaties) of sarif
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    pub format: CheckFormat,
    /// Laat ook waarschuwingen falen (exitcode 1)
    #[arg(long)]
    pub strict: bool,
    /// Waarschuw als contactgegevens langer dan zoveel maanden niet gecontroleerd zijn
    #[arg(long, value_name = "MAANDEN", default_value_t = 12, value_parser = number::<u32>)]
    pub max_age: u32,
    /// Faal als de scenario's minder dan dit percentage van de kaart dekken (0 tot 100)
    #[arg(long, value_name = "PROCENT", value_parser = percent)]
    pub min_coverage: Option<u32>,
    /// Schrijf de bewaarde samenvattingen van de scenario's opnieuw, in plaats van ze te vergelijken
    #[arg(long)]
    pub bless: bool,
    /// Controleer alleen de landelijke kern met deze regio (de naam van de map in regios/)
    #[arg(long, value_name = "REGIO")]
    pub regio: Option<String>,
    /// Controleer in plaats van de kaart het profiel van een school tegen de kaart: rollen,
    /// gemeente, soort school, data, telefoonnummers en e-mailadressen
    #[arg(long, value_name = "BESTAND")]
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
    /// Eén HTML-bestand om af te drukken op A4
    Html,
}
