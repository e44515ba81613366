//! Scenarios through the same engine as the questionnaire, their kept printed
//! summaries (golden files), and the coverage they give.

use super::coverage::{Coverage, Marks};
use crate::core::date::Date;
use crate::core::diagnostic::Diagnostic;
use crate::core::engine::Walk;
use crate::core::finding::Finding;
use crate::core::map::Map;
use crate::core::plan::Plan;
use crate::core::scenario;
use crate::core::source::Location;
use crate::render::{self, Context};

/// The result of one scenario, for reports that list passing ones too.
#[derive(Debug, Clone)]
pub struct ScenarioResult {
    pub name: String,
    pub location: Option<Location>,
    pub passed: bool,
}

/// What running the scenarios gives.
#[derive(Debug, Default)]
pub struct Run {
    pub results: Vec<ScenarioResult>,
    pub coverage: Option<Coverage>,
    /// Summaries to write (`--bless`): path relative to the map folder, text.
    pub blessed: Vec<(String, String)>,
}

/// The scenarios of one file as they ran: their outcomes in the file's order,
/// and what their routes reached. Each route is marked as soon as its scenario
/// ran and then dropped, unless a kept summary prints it: on a large map,
/// holding every route until the end cost more memory than all the rest.
#[derive(Debug)]
pub struct Ran {
    pub outcomes: Vec<scenario::Outcome>,
    pub marks: Marks,
}

impl Ran {
    /// No scenario yet, on `map`.
    pub fn new(map: &Map) -> Ran {
        Ran {
            outcomes: Vec::new(),
            marks: Marks::new(map),
        }
    }

    /// `outcomes` (run on `map`), marked and kept.
    pub fn of(map: &Map, outcomes: Vec<scenario::Outcome>) -> Ran {
        let mut ran = Ran::new(map);
        for outcome in outcomes {
            ran.add(map, outcome);
        }
        ran
    }

    /// Marks the route of `outcome` (run on `map`) and keeps the outcome, its
    /// route only where [`run`] prints it: a complete route with a summary.
    pub fn add(&mut self, map: &Map, mut outcome: scenario::Outcome) {
        if let Some(walk) = &outcome.walk {
            self.marks.add(map, walk);
            if outcome.summary.is_none() || !walk.is_complete() {
                outcome.walk = None;
            }
        }
        self.outcomes.push(outcome);
    }

    /// The scenarios of `later`, after these.
    pub fn extend(&mut self, later: Ran) {
        self.outcomes.extend(later.outcomes);
        self.marks.merge(&later.marks);
    }
}

/// Judges the outcomes of every scenario of each file in `files` (its
/// scenarios run, or why it does not parse: the map's own file, then the
/// regions'); compares (or with `bless`, rewrites) kept
/// summaries. `summary` reads a kept summary by its path relative to the map
/// folder. The coverage counts all files together.
pub fn run(
    map: &Map,
    files: Vec<Result<Ran, Diagnostic>>,
    summary: &dyn Fn(&str) -> Option<String>,
    bless: bool,
    out: &mut Vec<Diagnostic>,
) -> Run {
    let mut all: Option<Ran> = None;
    for file in files {
        match file {
            Ok(ran) => match &mut all {
                Some(all) => all.extend(ran),
                None => all = Some(ran),
            },
            Err(diagnostic) => out.push(diagnostic),
        }
    }
    let Some(Ran { outcomes, marks }) = all else {
        return Run::default();
    };
    let mut run = Run::default();
    let date = map.meta.datum.as_deref().and_then(Date::parse);
    let mut date_reported = false;
    // Taken one by one: a passing scenario's name and place move into its
    // result (a national map has a hundred thousand).
    for outcome in outcomes {
        let mut passed = outcome.passed();
        if !passed {
            out.push(Diagnostic::finding(
                Finding::ScenarioFails {
                    scenario: outcome.name.clone(),
                    problems: outcome.problems.clone(),
                },
                outcome.location.clone(),
            ));
        }
        if let (Some((file, at)), Some(walk)) = (&outcome.summary, &outcome.walk)
            && walk.is_complete()
        {
            let Some(date) = date else {
                if !date_reported {
                    date_reported = true;
                    out.push(Diagnostic::finding(Finding::SummaryNeedsDate, at.clone()));
                }
                passed = false;
                run.results.push(result(outcome, passed));
                continue;
            };
            if !inside_map(file) {
                out.push(Diagnostic::finding(
                    Finding::SummaryOutsideMap { file: file.clone() },
                    at.clone(),
                ));
                passed = false;
            } else {
                let printed = printed(map, walk, date);
                match summary(file) {
                    Some(kept) if same_text(&kept, &printed) => {}
                    _ if bless => run.blessed.push((file.clone(), printed)),
                    Some(kept) => {
                        passed = false;
                        out.push(Diagnostic::finding(
                            Finding::SummaryChanged {
                                scenario: outcome.name.clone(),
                                file: file.clone(),
                                diff: diff(&kept, &printed),
                            },
                            at.clone(),
                        ));
                    }
                    None => {
                        passed = false;
                        out.push(Diagnostic::finding(
                            Finding::SummaryMissing {
                                scenario: outcome.name.clone(),
                                file: file.clone(),
                            },
                            at.clone(),
                        ));
                    }
                }
            }
        }
        run.results.push(result(outcome, passed));
    }
    run.coverage = Some(Coverage::from_marks(map, &marks));
    run
}

fn result(outcome: scenario::Outcome, passed: bool) -> ScenarioResult {
    ScenarioResult {
        name: outcome.name,
        location: outcome.location,
        passed,
    }
}

/// A relative path that stays inside the map folder.
fn inside_map(file: &str) -> bool {
    let path = std::path::Path::new(file);
    !file.is_empty()
        && path.is_relative()
        && path.components().all(|c| {
            matches!(
                c,
                std::path::Component::Normal(_) | std::path::Component::CurDir
            )
        })
}

/// The plan as `advise --uitgebreid` prints it, on the map's date and without the checksum,
/// so the text changes only when the plan does.
fn printed(map: &Map, walk: &Walk, date: Date) -> String {
    let plan = Plan::build(map, walk);
    let context = Context {
        date,
        map_argument: None,
    };
    let mut view = render::plan_view(map, &plan, &context, crate::i18n::Lang::Nl);
    view.routekaart.controlegetal.clear();
    // The page and its appendix, so a review also sees a changed route or answer.
    let options = render::page::PlanOptions {
        extended: true,
        ..render::page::PlanOptions::default()
    };
    render::text::plan(&view, options)
}

/// Equal but for line endings (a Windows checkout) and a trailing newline.
fn same_text(kept: &str, printed: &str) -> bool {
    kept.replace("\r\n", "\n").trim_end() == printed.trim_end()
}

/// The lines that differ, `-` kept and `+` printed, each with its line number
/// (a longest-common-subsequence diff); at most 20 lines, so a report stays
/// readable.
fn diff(kept: &str, printed: &str) -> String {
    let kept = kept.replace("\r\n", "\n");
    let old: Vec<&str> = kept.lines().collect();
    let new: Vec<&str> = printed.lines().collect();
    // common[i][j]: length of the longest common subsequence of old[i..] and new[j..].
    let mut common = vec![vec![0u32; new.len() + 1]; old.len() + 1];
    for i in (0..old.len()).rev() {
        for j in (0..new.len()).rev() {
            common[i][j] = if old[i] == new[j] {
                common[i + 1][j + 1] + 1
            } else {
                common[i + 1][j].max(common[i][j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut lines = Vec::new();
    while i < old.len() || j < new.len() {
        if i < old.len() && j < new.len() && old[i] == new[j] {
            i += 1;
            j += 1;
        } else if i < old.len() && (j == new.len() || common[i + 1][j] >= common[i][j + 1]) {
            lines.push(format!("  {:>4} - {}", i + 1, old[i]));
            i += 1;
        } else {
            lines.push(format!("  {:>4} + {}", j + 1, new[j]));
            j += 1;
        }
    }
    let total = lines.len();
    if total > 20 {
        lines.truncate(20);
        lines.push(format!("  … en nog {} regels", total - 20));
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diff_shows_only_changed_lines() {
        let kept = "a\nb\nc\nd\n";
        let printed = "a\nx\nb\nc\ne\n";
        assert_eq!(diff(kept, printed), "     2 + x\n     4 - d\n     5 + e");
        assert!(same_text("a\r\nb\r\n", "a\nb\n"));
    }

    #[test]
    fn summaries_stay_in_the_map_folder() {
        assert!(inside_map("samenvattingen/a.txt"));
        assert!(!inside_map("../a.txt"));
        assert!(!inside_map("/etc/passwd"));
        assert!(!inside_map(""));
    }
}
