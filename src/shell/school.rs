//! Finding and reading the school's profile ("Mijn school").
//!
//! Where it is: `--school FILE`, else the file named by `ROUTEKAART_SCHOOL`,
//! else `school.yaml` in routekaart's folder of the user's settings (XDG on
//! Linux, Library/Preferences on macOS, AppData\Roaming on Windows), if it
//! exists. A profile that is named but cannot be read, or does not fit the map,
//! stops the command with every problem (exit 2): nothing runs on half a profile.

use crate::core::answer::Answer;
use crate::core::date::Date;
use crate::core::diagnostic::Diagnostic;
use crate::core::map::Map;
use crate::core::plan::Plan;
use crate::core::school::{self, Profile};
use crate::core::source::SourceFile;
use crate::i18n::Lang;
use crate::render::PlanView;
use crate::shell::exit::Exit;
use crate::shell::failure::Failure;
use crate::shell::load::{self, MapSource};
use std::path::{Path, PathBuf};

/// The environment variable that names a profile.
pub const ENV: &str = "ROUTEKAART_SCHOOL";

/// The profile's file name in the settings folder.
const FILE_NAME: &str = "school.yaml";

/// Where the profile is kept when neither `--school` nor the environment names
/// one: the operating system's folder for a user's settings, `None` when the
/// home folder is unknown.
pub fn default_path() -> Option<PathBuf> {
    use etcetera::BaseStrategy;
    let strategy = etcetera::base_strategy::choose_native_strategy().ok()?;
    Some(strategy.config_dir().join("routekaart").join(FILE_NAME))
}

/// The profile to use: `flag`, else the environment's, else the default one if
/// it exists. The bool says whether it was named (and so must exist).
pub fn locate(flag: Option<&Path>) -> Option<(PathBuf, bool)> {
    if let Some(path) = flag {
        return Some((path.to_path_buf(), true));
    }
    if let Some(named) = std::env::var_os(ENV).filter(|v| !v.is_empty()) {
        return Some((PathBuf::from(named), true));
    }
    default_path()
        .filter(|p| p.exists())
        .map(|path| (path, false))
}

/// A profile read and checked against `map`, with the path as the user sees it.
#[derive(Debug, Clone)]
pub struct School {
    pub profile: Profile,
    pub shown: String,
}

impl School {
    /// The answers the profile gives, if there is one.
    pub fn preset(school: Option<&School>, map: &Map) -> Vec<(usize, Answer)> {
        school.map(|s| s.profile.preset(map)).unwrap_or_default()
    }

    /// Adds the school's people to the view of `plan`, if there is a profile.
    pub fn add_to(
        school: Option<&School>,
        view: &mut PlanView,
        map: &Map,
        plan: &Plan,
        today: Date,
    ) {
        if let Some(school) = school {
            crate::render::school::add(view, map, plan, &school.profile, &school.shown, today);
        }
    }
}

/// Reads the profile `locate` finds, if any; fails on one that does not load.
pub fn load(map: &Map, flag: Option<&Path>, lang: Lang) -> Result<Option<School>, Failure> {
    let Some((path, _)) = locate(flag) else {
        return Ok(None);
    };
    read(map, &path, lang).map(Some)
}

/// Reads and checks the profile at `path`.
pub fn read(map: &Map, path: &Path, lang: Lang) -> Result<School, Failure> {
    let shown = path.display().to_string();
    if !path.exists() {
        return Err(Failure::Usage(crate::t!(
            lang,
            "school-ontbreekt",
            path = shown
        )));
    }
    let text = load::read_text(path, lang).map_err(|d| Failure::Profile(vec![d], Vec::new()))?;
    let source = SourceFile::new(shown.clone(), text);
    let fail = |diagnostics: Vec<Diagnostic>| Failure::Profile(diagnostics, vec![source.clone()]);
    let file = school::parse(&source).map_err(|d| fail(vec![d]))?;
    let profile = school::resolve(map, file, &shown).map_err(fail)?;
    Ok(School { profile, shown })
}

/// `check --school FILE`: the profile against the map (of `dir`, or the
/// built-in one). Exit 0 when it fits, 1 with problems, 2 when the map or the
/// profile does not load.
pub fn check(dir: Option<&Path>, path: &Path, colour: bool, lang: Lang) -> Result<Exit, Failure> {
    let source = match dir {
        Some(dir) => MapSource::Folder(dir.to_path_buf()),
        None => MapSource::Embedded,
    };
    let map = crate::shell::failure::load_map(&source, lang)?.map;
    let shown = path.display().to_string();
    let text = load::read_text(path, lang).map_err(|d| Failure::Profile(vec![d], Vec::new()))?;
    let file = SourceFile::new(shown.clone(), text);
    let checked = crate::check::school::check(&map, &file)
        .map_err(|d| Failure::Profile(vec![d], vec![file.clone()]))?;
    let mut out = crate::render::diagnostics::render_styled(
        lang,
        &checked.problems,
        std::slice::from_ref(&file),
        colour,
    );
    let exit = match &checked.profile {
        Some(profile) if checked.problems.is_empty() => {
            let n = profile.people.len();
            out.push_str(&crate::t!(lang, "school-klopt", path = shown, n = n));
            Exit::Success
        }
        _ => {
            let n = checked.problems.len();
            out.push_str(&crate::t!(lang, "school-fouten", path = shown, n = n));
            Exit::Findings
        }
    };
    out.push('\n');
    crate::shell::failure::print(&out)?;
    Ok(exit)
}
