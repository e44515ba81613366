//! `routekaart kaart`: finds the gemeente (the flag, else the school's
//! profile), builds the page and prints it as text, JSON or HTML.

use crate::core::map::Map;
use crate::i18n::Lang;
use crate::shell::cli::{KaartArgs, KaartFormat};
use crate::shell::exit::Exit;
use crate::shell::failure::{Failure, print};
use crate::views::{self, Layout};

/// `kaart`: the one-page routekaart for a gemeente, with the school's people.
pub fn run(map: &Map, args: &KaartArgs, width: Option<u16>, lang: Lang) -> Result<Exit, Failure> {
    use views::kaart;
    let school = crate::shell::school::load(map, args.school.as_deref(), lang)?;
    let profile = school.as_ref().map(|s| &s.profile);
    let gemeente = match (&args.gemeente, profile.and_then(|p| p.gemeente)) {
        (Some(given), _) => views::find_gemeente(map, given, lang).map_err(Failure::Usage)?,
        (None, Some(g)) => g,
        (None, None) => {
            let ids: Vec<String> = map.gemeenten.iter().map(|g| g.id.clone()).collect();
            let valid = crate::i18n::format::list(lang, &ids);
            return Err(Failure::Usage(crate::t!(
                lang,
                "kaart-geen-gemeente",
                valid = valid
            )));
        }
    };
    let page = kaart::build(map, gemeente, profile);
    print(&match args.format {
        KaartFormat::Text => kaart::text::render(
            map,
            &page,
            Layout {
                width: width.unwrap_or(kaart::text::WIDTH),
                colour: false,
            },
        ),
        KaartFormat::Json => {
            serde_json::to_string_pretty(&page).expect("a kaart is plain JSON") + "\n"
        }
        KaartFormat::Html => kaart::html::render(map, &page),
    })?;
    Ok(Exit::Success)
}
