//! `routekaart graph`: the map as a flowchart. Snapshots of the small fixture
//! map in both formats; the Mermaid read back into nodes and arrows; every DOT
//! chart (fixture, shipped map, each signal of it) rendered by the real Graphviz
//! `dot`, without a warning, and each signal's chart small enough for one page.

use crate::{fixture, routekaart_in};
use predicates::str::contains;
use routekaart::shell::load::{MapSource, load};
use std::collections::BTreeSet;
use std::path::Path;

/// `routekaart [--routekaart MAP] graph ARGS`: its output, which must succeed.
/// Without `map`, the shipped map.
fn graph(map: Option<&Path>, args: &[&str]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let mut command = routekaart_in(dir.path());
    if let Some(map) = map {
        command.arg("--routekaart").arg(map);
    }
    let output = command.arg("graph").args(args).output().unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "graph {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// The fixture map `klein`, changed so that its charts have what `klein` lacks:
/// `Nu gevaar?` ja leads to the acute advice and then to the Verzuim branch (a
/// junction, and in the Gevaar chart a reference to the Verzuim chart), nee to
/// a question that routes by the earlier answer to `Hoeveel uur?`.
pub(crate) fn klein_shared() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    crate::copy_dir(&fixture("klein"), dir.path());
    let path = dir.path().join("vragen.yaml");
    let questions = std::fs::read_to_string(&path).unwrap();
    let changed = questions
        .replace(
            "    ja: advies-spoed\n    nee: advies-hulp\n",
            "    ja: [advies-spoed, uren]\n    nee: uren-opnieuw\n",
        )
        .replace(
            "  - id: uren\n",
            "  - id: uren-opnieuw\n    soort: getal\n    antwoord_van: uren\n    bereiken:\n      \
             - van: 0\n        tot_en_met: 15\n        naar: advies-hulp\n      \
             - van: 16\n        tot_en_met: 100\n        naar: advies-melden\n  - id: uren\n",
        );
    assert_ne!(
        changed, questions,
        "the fixture changed: update klein_shared"
    );
    std::fs::write(path, changed).unwrap();
    dir
}

#[test]
fn mermaid_of_the_fixture() {
    let text = graph(Some(&fixture("klein")), &[]);
    insta::assert_snapshot!("graph_mermaid_klein", text);
}

#[test]
fn dot_of_the_fixture() {
    let text = graph(Some(&fixture("klein")), &["--format", "dot"]);
    insta::assert_snapshot!("graph_dot_klein", text);
}

#[test]
fn mermaid_and_dot_of_a_signal_with_a_junction_and_a_reference() {
    let map = klein_shared();
    let mermaid = graph(Some(map.path()), &["--signaal", "gevaar"]);
    insta::assert_snapshot!("graph_mermaid_klein_gevaar", mermaid);
    let dot = graph(
        Some(map.path()),
        &["--format", "dot", "--signaal", "gevaar"],
    );
    insta::assert_snapshot!("graph_dot_klein_gevaar", dot);
}

/// A Mermaid flowchart read back: the nodes' labels, and the arrows as (from,
/// answer, to) with each end named by its label. Line breaks read as spaces.
#[derive(Debug)]
struct Flowchart {
    direction: String,
    /// (id, label)
    nodes: Vec<(String, String)>,
    arrows: BTreeSet<(String, String, String)>,
    /// (class, ids)
    classes: Vec<(String, Vec<String>)>,
}

impl Flowchart {
    fn parse(text: &str) -> Flowchart {
        let mut lines = text.lines();
        let header = lines.next().expect("a first line");
        let direction = header
            .strip_prefix("flowchart ")
            .unwrap_or_else(|| panic!("not a flowchart: {header}"))
            .to_string();
        let label = |quoted: &str| {
            let inner = quoted
                .trim()
                .strip_prefix('"')
                .and_then(|s| s.strip_suffix('"'))
                .unwrap_or_else(|| panic!("not a quoted label: {quoted}"));
            inner.replace("<br/>", " ").replace("#quot;", "\"")
        };
        let mut nodes = Vec::new();
        let mut raw_arrows = Vec::new();
        let mut classes = Vec::new();
        for line in lines {
            let line = line.trim();
            if line.starts_with("classDef ") {
                continue;
            } else if let Some(rest) = line.strip_prefix("class ") {
                let (ids, class) = rest.split_once(' ').expect("class IDS NAME");
                let ids = ids.split(',').map(String::from).collect();
                classes.push((class.to_string(), ids));
            } else if let Some((from, rest)) = line.split_once(" -->") {
                let (answer, to) = match rest.strip_prefix('|') {
                    Some(rest) => {
                        let (answer, to) = rest.split_once('|').expect("-->|answer| to");
                        (label(answer), to)
                    }
                    None => (String::new(), rest),
                };
                raw_arrows.push((from.to_string(), answer, to.trim().to_string()));
            } else {
                let open = line
                    .find(['(', '[', '{', '>'])
                    .unwrap_or_else(|| panic!("not a node: {line}"));
                let (id, shape) = line.split_at(open);
                let quoted = &shape[shape.find('"').unwrap()..=shape.rfind('"').unwrap()];
                assert!(
                    id.chars().all(|c| c.is_ascii_alphanumeric()),
                    "a generated id: {id}"
                );
                nodes.push((id.to_string(), label(quoted)));
            }
        }
        let name = |id: &str| {
            nodes
                .iter()
                .find(|(n, _)| n == id)
                .map(|(_, label)| label.clone())
                .unwrap_or_else(|| panic!("an arrow to an undeclared node {id}"))
        };
        let arrows = raw_arrows
            .iter()
            .map(|(from, answer, to)| (name(from), answer.clone(), name(to)))
            .collect();
        Flowchart {
            direction,
            nodes,
            arrows,
            classes,
        }
    }

    fn labels(&self) -> BTreeSet<&str> {
        self.nodes.iter().map(|(_, label)| label.as_str()).collect()
    }

    /// The class of the node labelled `label`.
    fn class_of(&self, label: &str) -> &str {
        let (id, _) = self.nodes.iter().find(|(_, l)| l == label).unwrap();
        let (class, _) = self
            .classes
            .iter()
            .find(|(_, ids)| ids.contains(id))
            .unwrap_or_else(|| panic!("{label} has no class"));
        class
    }
}

fn arrows(list: &[(&str, &str, &str)]) -> BTreeSet<(String, String, String)> {
    list.iter()
        .map(|&(a, b, c)| (a.into(), b.into(), c.into()))
        .collect()
}

#[test]
fn mermaid_has_every_question_advice_and_answer() {
    let chart = Flowchart::parse(&graph(Some(&fixture("klein")), &[]));
    assert_eq!(chart.direction, "TD");
    let spoed = "ACUUT — NU Bel de spoedlijn";
    let hulp = "REGULIER Vraag hulp";
    let melden = "DEZE WEEK Meld het verzuim";
    let school = "Waar staat de school?";
    let woon = "Waar woont de leerling?";
    assert_eq!(
        chart.labels(),
        BTreeSet::from([
            "Testkaart",
            school,
            woon,
            "Welke zorg?",
            "Nu gevaar?",
            "Hoeveel uur?",
            spoed,
            hulp,
            melden,
        ])
    );
    assert_eq!(
        chart.arrows,
        arrows(&[
            ("Testkaart", "", school),
            (school, "elke gemeente", woon),
            (woon, "elke gemeente", "Welke zorg?"),
            ("Welke zorg?", "Gevaar", "Nu gevaar?"),
            ("Welke zorg?", "Verzuim", "Hoeveel uur?"),
            ("Welke zorg?", "Hulp thuis", hulp),
            ("Nu gevaar?", "ja", spoed),
            ("Nu gevaar?", "nee", hulp),
            ("Hoeveel uur?", "0–15 uur", hulp),
            ("Hoeveel uur?", "16 uur of meer", melden),
        ])
    );
    assert_eq!(chart.class_of(spoed), "acuut");
    assert_eq!(chart.class_of(melden), "dezeweek");
    assert_eq!(chart.class_of(hulp), "regulier");
    assert_eq!(chart.class_of("Nu gevaar?"), "vraag");
}

#[test]
fn mermaid_signal_draws_only_its_branch() {
    let klein = fixture("klein");
    // By value or by label, in any case.
    for signal in ["uren", "Verzuim", "VERZUIM"] {
        let chart = Flowchart::parse(&graph(Some(&klein), &["--signaal", signal]));
        assert_eq!(
            chart.arrows,
            arrows(&[
                ("Signaal: Verzuim", "", "Hoeveel uur?"),
                ("Hoeveel uur?", "0–15 uur", "REGULIER Vraag hulp"),
                (
                    "Hoeveel uur?",
                    "16 uur of meer",
                    "DEZE WEEK Meld het verzuim"
                ),
            ]),
            "--signaal {signal}"
        );
        assert_eq!(chart.nodes.len(), 4, "--signaal {signal}");
    }
    let chart = Flowchart::parse(&graph(Some(&klein), &["--signaal", "hulp"]));
    assert_eq!(
        chart.arrows,
        arrows(&[("Signaal: Hulp thuis", "", "REGULIER Vraag hulp")])
    );
}

#[test]
fn mermaid_junction_reference_and_earlier_answer() {
    let map = klein_shared();
    let again = "Hoeveel uur? (antwoord op vraag uren)";
    let hulp = "REGULIER Vraag hulp";
    let melden = "DEZE WEEK Meld het verzuim";
    let chart = Flowchart::parse(&graph(Some(map.path()), &["--signaal", "gevaar"]));
    let reference = "→ verder: zie Signaal: Verzuim";
    assert_eq!(
        chart.arrows,
        arrows(&[
            ("Signaal: Gevaar", "", "Nu gevaar?"),
            ("Nu gevaar?", "ja", "en"),
            ("en", "", "ACUUT — NU Bel de spoedlijn"),
            ("en", "", reference),
            ("Nu gevaar?", "nee", again),
            (again, "0–15 uur", hulp),
            (again, "16 uur of meer", melden),
        ])
    );
    assert_eq!(chart.class_of(again), "overgenomen");
    assert_eq!(chart.class_of(reference), "verwijzing");
    assert_eq!(chart.class_of("en"), "en");
    // The whole map draws the Verzuim branch instead of referring to it.
    let whole = Flowchart::parse(&graph(Some(map.path()), &[]));
    assert!(whole.labels().contains("Hoeveel uur?"));
    assert!(!whole.labels().iter().any(|l| l.starts_with('→')));
}

#[test]
fn unknown_signal_is_a_usage_error_with_a_suggestion() {
    let dir = tempfile::tempdir().unwrap();
    routekaart_in(dir.path())
        .arg("--routekaart")
        .arg(fixture("klein"))
        .args(["graph", "--signaal", "gevar"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(contains("onbekend signaal `gevar`"))
        .stderr(contains("bedoelt u `gevaar`?"))
        .stderr(contains("Kies uit: `gevaar`, `uren` en `hulp`."));
}

/// The page size of an SVG that `dot` drew, in points.
pub(crate) struct Drawn {
    width: f64,
    height: f64,
    /// The scale dot drew at to keep within the graph's `size` (1: none).
    scale: f64,
}

impl Drawn {
    /// The largest scale at which it fits an A4 page (1 cm margins), upright or
    /// on its side, at most 1.
    fn a4_scale(&self) -> f64 {
        let (short, long) = (539.0, 786.0);
        let upright = f64::min(short / self.width, long / self.height);
        let sideways = f64::min(long / self.width, short / self.height);
        f64::max(upright, sideways).min(1.0)
    }
}

/// Renders `source` with `dot -Tsvg`: it must succeed without a word on stderr,
/// and draw each node and arrow of the source.
pub(crate) fn render(source: &str, what: &str) -> Drawn {
    let (success, svg, stderr) = crate::pipe_through("dot", &["-Tsvg"], source);
    assert!(success, "dot failed on {what}: {stderr}");
    assert!(stderr.is_empty(), "dot warns on {what}: {stderr}");
    // dot writes a DOCTYPE (the SVG 1.1 DTD).
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..Default::default()
    };
    let document =
        roxmltree::Document::parse_with_options(&svg, options).expect("dot writes valid SVG");
    let count = |class: &str| {
        document
            .descendants()
            .filter(|n| n.has_tag_name("g") && n.attribute("class") == Some(class))
            .count()
    };
    let statements = |arrow: bool| {
        source
            .lines()
            .filter(|l| l.starts_with("    ") && !l.starts_with("    graph ["))
            .filter(|l| !l.starts_with("    node [") && !l.starts_with("    edge ["))
            .filter(|l| l.contains(" -> ") == arrow)
            .count()
    };
    assert_eq!(count("node"), statements(false), "nodes drawn of {what}");
    assert_eq!(count("edge"), statements(true), "arrows drawn of {what}");
    let root = document.root_element();
    let points = |name: &str| -> f64 {
        let value = root.attribute(name).expect("an SVG size");
        value.trim_end_matches("pt").parse().expect("a size in pt")
    };
    let scale = document
        .descendants()
        .find(|n| n.attribute("id") == Some("graph0"))
        .and_then(|g| g.attribute("transform"))
        .and_then(|t| t.strip_prefix("scale("))
        .and_then(|t| t.split([' ', ')']).next())
        .map_or(1.0, |s| s.parse().expect("a scale"));
    Drawn {
        width: points("width"),
        height: points("height"),
        scale,
    }
}

#[test]
fn dot_renders_without_warnings() {
    if !crate::have("dot", "-V", "graphviz", "dot_renders_without_warnings") {
        return;
    }
    let klein = fixture("klein");
    let shared = klein_shared();
    for (map, signal) in [
        (Some(klein.as_path()), None),
        (Some(klein.as_path()), Some("gevaar")),
        (Some(klein.as_path()), Some("uren")),
        (Some(klein.as_path()), Some("hulp")),
        (Some(shared.path()), None),
        (Some(shared.path()), Some("gevaar")),
        (None, None),
    ] {
        let mut args = vec!["--format", "dot"];
        args.extend(signal.iter().flat_map(|s| ["--signaal", s]));
        let what = format!(
            "{} {args:?}",
            map.map_or("the shipped map".into(), |m| m.display().to_string())
        );
        render(&graph(map, &args), &what);
    }
}

/// The measure of done: each signal's flowchart is readable on one page.
/// At this scale the 11 pt text prints at 6 pt or more on A4.
#[test]
fn dot_of_each_signal_of_the_shipped_map_fits_one_page() {
    if !crate::have(
        "dot",
        "-V",
        "graphviz",
        "dot_of_each_signal_of_the_shipped_map_fits_one_page",
    ) {
        return;
    }
    let map = load(&MapSource::Embedded, routekaart::i18n::Lang::Nl)
        .expect("the shipped map loads")
        .map;
    let (_, signals) = map
        .signals()
        .expect("the shipped map has a signal question (Map::signal_question)");
    assert!(signals.len() > 5, "the shipped map's signals");
    for signal in signals {
        let source = graph(None, &["--format", "dot", "--signaal", &signal.value]);
        let drawn = render(&source, &format!("--signaal {}", signal.value));
        // The text's size on paper: shrunk by dot to the chart's `size`, and
        // by the printer to the page.
        assert!(
            drawn.scale * drawn.a4_scale() >= 0.55,
            "--signaal {}: {} × {} pt at scale {:.3} is too large for one A4 page",
            signal.value,
            drawn.width,
            drawn.height,
            drawn.scale * drawn.a4_scale(),
        );
    }
}

/// `dot -Tpdf` of each signal gives a page that fits A4 (595 × 842 points),
/// upright or on its side: the chart's own `size` and margin see to it, so a
/// PDF prints as it is, without "fit to page".
#[test]
fn dot_of_each_signal_prints_as_a_pdf_page_that_fits_a4() {
    if !crate::have(
        "dot",
        "-V",
        "graphviz",
        "dot_of_each_signal_prints_as_a_pdf_page_that_fits_a4",
    ) {
        return;
    }
    let map = load(&MapSource::Embedded, routekaart::i18n::Lang::Nl)
        .expect("the shipped map loads")
        .map;
    let (_, signals) = map.signals().expect("the shipped map has signals");
    for signal in signals {
        let source = graph(None, &["--format", "dot", "--signaal", &signal.value]);
        let dir = tempfile::tempdir().unwrap();
        let (dot, pdf) = (dir.path().join("kaart.dot"), dir.path().join("kaart.pdf"));
        std::fs::write(&dot, &source).unwrap();
        let output = std::process::Command::new("dot")
            .arg("-Tpdf")
            .arg(&dot)
            .arg("-o")
            .arg(&pdf)
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let bytes = std::fs::read(&pdf).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        let media = text.find("/MediaBox").expect("a PDF page size");
        let numbers: Vec<f64> = text[media + "/MediaBox".len()..]
            .trim_start()
            .trim_start_matches('[')
            .split(']')
            .next()
            .unwrap()
            .split_whitespace()
            .map(|n| n.parse().unwrap())
            .collect();
        let (width, height) = (numbers[2] - numbers[0], numbers[3] - numbers[1]);
        let upright = width <= 595.0 && height <= 842.0;
        let sideways = width <= 842.0 && height <= 595.0;
        assert!(
            upright || sideways,
            "--signaal {}: a PDF page of {width} × {height} pt is larger than A4",
            signal.value
        );
    }
}

/// An advice and its variant that names another desk (the kwalificatieplicht
/// variants of the thuiszitter advices) read the same in a chart, which shows
/// decisions and what to do, not desks: one box serves both.
#[test]
fn advices_that_read_the_same_are_drawn_once() {
    let chart = graph(None, &["--format", "dot", "--signaal", "thuiszitten"]);
    let boxes = chart
        .lines()
        .filter(|l| l.contains("[label=\"DEZE WEEK\\nZit langer dan 4"))
        .count();
    assert_eq!(boxes, 1, "{chart}");
    // Both advices exist on the map, so the chart really merged two.
    let advices = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("routekaart/adviezen.yaml"),
    )
    .unwrap();
    assert!(advices.contains("id: advies-thuiszitter-kwalificatieplicht\n"));
    assert!(advices.contains("id: advies-thuiszitter\n"));
}
