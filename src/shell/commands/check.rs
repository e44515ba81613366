//! `routekaart check`: reads a map folder (or the built-in map) with its rules,
//! scenarios and kept summaries, hands them to the pure passes of
//! [`crate::check`], prints the report in the asked format, and with `--bless`
//! writes the summaries back. The only part of `check` that touches files.

use crate::check;
use crate::core::diagnostic::Diagnostic;
use crate::core::source::SourceFile;
use crate::i18n::Lang;
use crate::shell::cli::{CheckArgs, CheckFormat};
use crate::shell::exit::Exit;
use crate::shell::failure::{Failure, print};
use crate::shell::load;
use crate::shell::save::save;
use crate::t;
use std::path::Path;

/// `check`, with the folder of `--routekaart` (if any): the folder is given
/// once, as the argument or as the global option.
pub(super) fn run(
    routekaart: Option<&Path>,
    args: &CheckArgs,
    colour: bool,
    lang: Lang,
) -> Result<Exit, Failure> {
    let dir = match (&args.dir, routekaart) {
        (Some(_), Some(_)) => return Err(Failure::Usage(t!(lang, "check-map-een-keer"))),
        (Some(dir), None) => Some(dir.as_path()),
        (None, Some(dir)) => Some(dir),
        (None, None) => None,
    };
    match &args.school {
        Some(profile) => crate::shell::school::check(dir, profile, colour, lang),
        None => check(dir, args, colour, lang),
    }
}

/// `check`: reads the map (and its rules, scenarios and kept summaries), runs
/// every pass, prints the report, and with `--bless` writes the summaries.
fn check(dir: Option<&Path>, args: &CheckArgs, colour: bool, lang: Lang) -> Result<Exit, Failure> {
    use crate::check::report::{github, human, json, junit, sarif};
    if args.bless && dir.is_none() {
        return Err(Failure::Usage(t!(lang, "check-bless-zonder-map")));
    }
    let read_dir = |dir: &Path| -> Result<_, Vec<Diagnostic>> {
        let sources = load::read_folder(dir, lang).map_err(|e| e.diagnostics)?;
        let optional = |name: &str| -> Result<Option<SourceFile>, Vec<Diagnostic>> {
            let path = dir.join(name);
            if !path.exists() {
                return Ok(None);
            }
            load::read_text(&path, lang)
                .map(|text| Some(SourceFile::new(path.display().to_string(), text)))
                .map_err(|d| vec![d])
        };
        let mut region_scenarios = Vec::new();
        for region in load::region_folders(dir) {
            let path = region.join("scenarios.yaml");
            if path.exists() {
                let text = load::read_text(&path, lang).map_err(|d| vec![d])?;
                region_scenarios.push(SourceFile::new(path.display().to_string(), text));
            }
        }
        Ok((
            sources,
            optional("regels.yaml")?,
            optional("scenarios.yaml")?,
            region_scenarios,
        ))
    };
    let read_summary = |path: &str| match dir {
        Some(dir) => std::fs::read_to_string(dir.join(path)).ok(),
        None => crate::core::embedded::summary(path),
    };
    let files = match dir {
        Some(dir) => read_dir(dir),
        None => Ok((
            crate::core::embedded::files(),
            Some(crate::core::embedded::rules()),
            None,
            crate::core::embedded::region_scenarios(),
        )),
    };
    // `--regio`: the core with one region, and that region's scenarios.
    let files = match (files, &args.regio) {
        (Ok((sources, rules, scenarios, region_scenarios)), Some(region)) => {
            let mut sources = sources;
            sources.extend(region_scenarios);
            let sources = crate::shell::failure::select_region(sources, region, lang)?;
            let (region_scenarios, sources) = sources
                .into_iter()
                .partition(|s| s.name.ends_with("scenarios.yaml"));
            Ok((sources, rules, scenarios, region_scenarios))
        }
        (files, _) => files,
    };
    let options = check::Options {
        max_age_months: args.max_age,
        min_coverage: args.min_coverage,
        bless: args.bless,
    };
    let report = match files {
        Ok((sources, rules, scenarios, region_scenarios)) => check::run(
            &check::Input {
                sources,
                rules,
                scenarios,
                region_scenarios,
                region: args.regio.clone(),
                summary: &read_summary,
                map_argument: dir.map(|d| d.display().to_string()),
                today: crate::shell::clock::today(),
            },
            &options,
        ),
        Err(diagnostics) => check::Report {
            diagnostics,
            ..check::Report::default()
        },
    };
    if let Some(dir) = dir {
        for (path, text) in &report.blessed {
            let path = dir.join(path);
            if let Some(folder) = path.parent() {
                std::fs::create_dir_all(folder).map_err(|e| {
                    let shown = folder.display().to_string();
                    Failure::Other(anyhow::Error::new(e).context(t!(
                        lang,
                        "map-maken-mislukt",
                        folder = shown
                    )))
                })?;
            }
            save(&path, text, true, lang)?;
        }
    }
    let out = match args.format {
        CheckFormat::Human => human::render(lang, &report, colour),
        CheckFormat::Json => json::render(lang, &report, args.strict),
        CheckFormat::Junit => junit::render(lang, &report, args.strict),
        CheckFormat::Github => github::render(lang, &report),
        CheckFormat::Sarif => sarif::render(lang, &report, &crate::shell::repository::base(dir)),
    };
    print(&out)?;
    let exit = if report.unreadable() {
        Exit::Usage
    } else if report.failed(args.strict) {
        Exit::Findings
    } else {
        Exit::Success
    };
    // The process ends now: the system takes the memory back faster than
    // freeing it piece by piece.
    report.leave();
    Ok(exit)
}
