//! `routekaart check`: every finding about a map, collected into one [`Report`].
//!
//! The passes, in report order: what the loader rejects; the graph's shape;
//! gemeenten; contact data; urgency along number questions; dates; content;
//! rules from `regels.yaml`, proven over the graph; scenarios from
//! `scenarios.yaml` with their kept summaries and coverage; translation. A map that does
//! not load gets only the loader's findings. Pure: the shell reads the files,
//! passes today's date, and writes what `--bless` produces.

pub mod cases;
pub mod coverage;
pub mod dataflow;
pub mod directory;
pub mod gemeente_condition;
pub mod interned;
pub mod outcome;
pub mod parallel;
pub mod proof;
pub mod regions;
pub mod report;
pub mod rules;
pub mod scenarios;
pub mod school;
pub mod shape;
pub mod sharing;
pub mod sigma;
pub mod stream;
pub mod trail;
pub mod translation;
pub mod urgency;

use crate::core::date::Date;
use crate::core::diagnostic::Diagnostic;
use crate::core::finding::Finding;
use crate::core::finding::Severity;
use crate::core::parse::parse;
use crate::core::source::SourceFile;
use coverage::Coverage;
use rules::RuleResult;
use scenarios::ScenarioResult;

/// Everything `check` reads, already read.
pub struct Input<'a> {
    /// The five map files, in [`crate::core::compile::MAP_FILES`] order.
    pub sources: Vec<SourceFile>,
    /// `regels.yaml`, if the map has one.
    pub rules: Option<SourceFile>,
    /// `scenarios.yaml`, if the map has one.
    pub scenarios: Option<SourceFile>,
    /// Each region's `scenarios.yaml` (`regios/<id>/scenarios.yaml`).
    pub region_scenarios: Vec<SourceFile>,
    /// `--regio`: the one region checked. The map's own scenarios then run
    /// only where every gemeente they name is in the map.
    pub region: Option<String>,
    /// Reads a kept summary by its path relative to the map folder.
    pub summary: &'a dyn Fn(&str) -> Option<String>,
    /// `--routekaart DIR` for the `advise` lines of failed rules; `None` for the embedded map.
    pub map_argument: Option<String>,
    pub today: Date,
}

/// The command line's choices.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// `gecontroleerd` older than this many months is a warning.
    pub max_age_months: u32,
    /// Fail below this coverage, in tenths of a percent.
    pub min_coverage: Option<u32>,
    /// Rewrite kept summaries instead of comparing them.
    pub bless: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            max_age_months: 12,
            min_coverage: None,
            bless: false,
        }
    }
}

/// The map's identity, when it loaded.
#[derive(Debug, Clone)]
pub struct MapIdentity {
    pub naam: String,
    pub versie: String,
    pub checksum: String,
}

/// Everything `check` found.
#[derive(Debug, Default)]
pub struct Report {
    pub map: Option<MapIdentity>,
    /// Findings, grouped by file and in line order; those without a file last.
    pub diagnostics: Vec<Diagnostic>,
    /// The files read, to quote lines from.
    pub sources: Vec<SourceFile>,
    pub rules: Vec<RuleResult>,
    pub scenarios: Vec<ScenarioResult>,
    pub coverage: Option<Coverage>,
    /// Kept summaries to write (`--bless`): path relative to the map folder, text.
    pub blessed: Vec<(String, String)>,
    /// The map as loaded: freed with the report, or not at all by a program
    /// that ends right after ([`Report::leave`]).
    pub loaded: Option<std::sync::Arc<crate::core::map::Map>>,
}

impl Report {
    /// Leaves the report and the map to the end of the process, unfreed: at
    /// the end of `check` on ten times the national map, freeing them piece
    /// by piece took 90 ms on one thread, after the others were done (4% of
    /// the run), while the system takes a process's memory back at once.
    /// For a program about to end; anyone else lets the report drop.
    pub fn leave(self) {
        std::mem::forget(self);
    }

    pub fn errors(&self) -> usize {
        self.count(Severity::Error)
    }

    pub fn warnings(&self) -> usize {
        self.count(Severity::Warning)
    }

    fn count(&self, severity: Severity) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    }

    /// True when a map file could not be read at all (exit 2, not 1).
    pub fn unreadable(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_unreadable)
    }

    /// True when `check` fails: errors, or with `strict` warnings too.
    pub fn failed(&self, strict: bool) -> bool {
        self.errors() > 0 || (strict && self.warnings() > 0)
    }

    pub fn scenarios_passed(&self) -> usize {
        self.scenarios.iter().filter(|s| s.passed).count()
    }

    pub fn rules_proven(&self) -> usize {
        self.rules.iter().filter(|r| r.proven).count()
    }
}

/// Runs every pass on the map in `input`. `scenarios.yaml`, often the largest
/// file, is parsed and run on two more threads while the map loads and the
/// static passes and rules run (see [`parallel`]); the results are the same as
/// in sequence.
pub fn run(input: &Input, options: &Options) -> Report {
    std::thread::scope(|scope| {
        let scenarios = input
            .scenarios
            .as_ref()
            .map(|source| parallel::start(scope, source, input.region.is_some()));
        run_with(input, options, scenarios)
    })
}

/// [`run`], with `scenarios.yaml` under way in `scenarios`.
fn run_with(input: &Input, options: &Options, scenarios: Option<parallel::Started>) -> Report {
    let mut sources = input.sources.clone();
    sources.extend(input.rules.iter().cloned());
    sources.extend(input.scenarios.iter().cloned());
    sources.extend(input.region_scenarios.iter().cloned());
    let mut report = Report {
        sources,
        ..Report::default()
    };
    // Findings quote the map's texts in Dutch, whatever the report's
    // language, as the authors wrote them; kept summaries are Dutch.
    let map = match crate::core::compile::from_sources(&input.sources) {
        // Shared with the scenarios' threads.
        Ok(map) => std::sync::Arc::new(map),
        Err(diagnostics) => {
            report.diagnostics = diagnostics;
            sort(&mut report.diagnostics);
            return report;
        }
    };
    if let Some(scenarios) = &scenarios {
        // The scenarios' threads run each scenario as they parse it from now on.
        scenarios.send(&map);
    }
    report.map = Some(MapIdentity {
        naam: map.meta.naam.nl.clone(),
        versie: map.meta.versie.clone(),
        checksum: map.meta.checksum.clone(),
    });
    let out = &mut report.diagnostics;
    let reach = shape::Reach::of(&map);
    shape::outside_domain(&map, out);
    shape::check(&map, &reach, out);
    shape::gemeenten(&map, &reach, out);
    regions::foreign_organisations(&map, out);
    directory::contact_data(&map, &reach, out);
    urgency::check(&map, out);
    directory::dates(&map, input.today, options.max_age_months, out);
    directory::content(&map, out);
    translation::check(&map, out);
    if let Some(source) = &input.rules {
        report.rules = rules::check(&map, source, input.map_argument.as_deref(), out);
    }
    let mut files = Vec::new();
    if let Some(scenarios) = scenarios {
        files.push(scenarios.finish(&map, input.region.is_some()));
    }
    for source in &input.region_scenarios {
        let region = input.region.is_some();
        files.push(parse(source).map(|file| parallel::run(&map, source, file, region)));
    }
    let first = input.scenarios.iter().chain(&input.region_scenarios).next();
    if let Some(source) = first {
        let run = scenarios::run(&map, files, input.summary, options.bless, out);
        report.scenarios = run.results;
        report.blessed = run.blessed;
        if let (Some(coverage), Some(minimum)) = (&run.coverage, options.min_coverage)
            && coverage.permille() < minimum
        {
            out.push(Diagnostic::finding(
                Finding::CoverageBelow {
                    permille: coverage.permille(),
                    minimum,
                    uncovered: coverage
                        .parts()
                        .iter()
                        .flat_map(|(_, part)| part.niet_gedekt.iter().cloned())
                        .collect(),
                },
                Some(crate::core::source::Location::whole_file(&source.name)),
            ));
        }
        report.coverage = run.coverage;
    }
    if let Some(minimum) = options.min_coverage
        && report.coverage.is_none()
    {
        // A gate with nothing to measure must not pass: it would pass forever.
        let location = input
            .scenarios
            .as_ref()
            .or(input.sources.first())
            .map(|s| crate::core::source::Location::whole_file(&s.name));
        report.diagnostics.push(Diagnostic::finding(
            Finding::NothingToCover { minimum },
            location,
        ));
    }
    sort(&mut report.diagnostics);
    report.loaded = Some(map);
    report
}

/// By file (in the order of the map's files), then line; findings without a
/// place last. Stable, so findings on one line keep the order of the passes.
fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| {
        let key = |d: &Diagnostic| {
            d.location
                .as_ref()
                .map(|l| (0, file_rank(&l.file), l.file.clone(), l.line, l.column))
                .unwrap_or((1, 0, String::new(), 0, 0))
        };
        key(a).cmp(&key(b))
    });
}

/// The rank of a file: the map's files in their usual order, then the others.
fn file_rank(file: &str) -> usize {
    let name = std::path::Path::new(file)
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or(file);
    crate::core::compile::MAP_FILES
        .iter()
        .chain(&["regels.yaml", "scenarios.yaml"])
        .position(|f| *f == name)
        .unwrap_or(usize::MAX)
}
