//! The source's layers, held to their rules by reading the code: which layer
//! may import which, no import circles, and a pure core. The import graph is
//! read from the `use` lines and `crate::` paths of every file under `src/`,
//! test modules left out (tests may reach anywhere).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The layers from the bottom up, with the layers each may import (besides
/// itself). The README's "Architectuur" names the same.
const LAYERS: [(&str, &[&str]); 7] = [
    ("i18n", &[]),
    ("core", &["i18n"]),
    ("render", &["core", "i18n"]),
    ("check", &["render", "core", "i18n"]),
    ("views", &["check", "render", "core", "i18n"]),
    ("shell", &["views", "check", "render", "core", "i18n"]),
    ("testkit", &["core", "i18n"]),
];

/// What code below the shell may not do: touch files, the environment, the
/// terminal, the clock or the process, or keep global state.
const IMPURE: [&str; 18] = [
    "std::fs",
    "std::env",
    "std::process",
    "stdin()",
    "stdout()",
    "stderr()",
    "IsTerminal",
    "println!",
    "eprintln!",
    "print!(",
    "eprint!(",
    "SystemTime",
    "Instant::now",
    "thread_local!",
    "static mut",
    "Atomic",
    "OnceLock",
    "LazyLock",
];

/// Files allowed an impurity for now, each with the reason.
const IMPURE_ALLOWED: [(&str, &str); 1] = [(
    "src/i18n/catalogue.rs",
    "the catalogues are constant text compiled in, parsed once on first use",
)];

/// One source file: its module path (`crate::core::map`) and code without
/// comments or test modules.
struct SourceModule {
    path: PathBuf,
    module: Vec<String>,
    code: String,
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The module path of a file: `src/core/map.rs` is `["core", "map"]`,
/// `src/check/mod.rs` is `["check"]`, `src/lib.rs` is `[]`.
fn module_of(path: &Path) -> Vec<String> {
    let relative = path.strip_prefix(src()).unwrap();
    let mut parts: Vec<String> = relative
        .iter()
        .map(|p| p.to_str().unwrap().to_string())
        .collect();
    let last = parts.pop().unwrap();
    match last.as_str() {
        "mod.rs" | "lib.rs" | "main.rs" => {}
        file => parts.push(file.trim_end_matches(".rs").to_string()),
    }
    parts
}

/// The code of a file without comments and without what follows
/// `#[cfg(test)]` (test modules sit at the end of a file).
fn code_of(text: &str) -> String {
    let text = text.split("#[cfg(test)]").next().unwrap_or_default();
    text.lines()
        .map(|line| match line.find("//") {
            // `//` inside a string such as "https://…" is kept: good enough,
            // since such a line names no module.
            Some(at) if !line[..at].contains('"') => &line[..at],
            _ => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn modules() -> Vec<SourceModule> {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    files
        .into_iter()
        .filter(|path| !path.ends_with("main.rs") && !path.ends_with("tests.rs"))
        .map(|path| SourceModule {
            module: module_of(&path),
            code: code_of(&std::fs::read_to_string(&path).unwrap()),
            path,
        })
        .collect()
}

/// Every path a `use` item names, braces expanded: `a::{b, c::d}` gives
/// `a::b` and `a::c::d`.
fn expand(tree: &str) -> Vec<String> {
    let tree: String = tree.chars().filter(|c| !c.is_whitespace()).collect();
    let Some(open) = tree.find('{') else {
        return vec![tree.split(" as ").next().unwrap().to_string()];
    };
    let prefix = &tree[..open];
    let inner = &tree[open + 1..tree.rfind('}').unwrap()];
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    parts
        .into_iter()
        .filter(|p| !p.is_empty())
        .flat_map(|p| expand(p).into_iter().map(move |e| format!("{prefix}{e}")))
        .collect()
}

/// The paths a file names: its `use` items and the `crate::…` and `super::…`
/// paths in its code, each as segments from the crate root.
fn references(module: &SourceModule, known: &BTreeSet<Vec<String>>) -> Vec<Vec<String>> {
    let code = &module.code;
    let mut paths = Vec::new();
    let mut lines = code.lines();
    while let Some(line) = lines.next() {
        let line = line.trim_start();
        let Some(item) = ["use ", "pub use ", "pub(crate) use "]
            .iter()
            .find_map(|start| line.strip_prefix(start))
        else {
            continue;
        };
        let mut item = item.to_string();
        while !item.contains(';') {
            match lines.next() {
                Some(more) => item.push_str(more),
                None => break,
            }
        }
        paths.extend(expand(item.split(';').next().unwrap_or_default()));
    }
    for word in code.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':' || c == '$')) {
        if word.starts_with("crate::")
            || word.starts_with("$crate::")
            || word.starts_with("super::")
        {
            paths.push(word.trim_start_matches('$').to_string());
        }
    }
    for word in code.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':')) {
        // A path into one of this module's own children: `shape::run(…)`.
        if let Some((first, _)) = word.split_once("::") {
            let mut child = module.module.clone();
            child.push(first.to_string());
            if known.contains(&child) && !word.starts_with("crate::") {
                paths.push(word.to_string());
            }
        }
    }
    paths
        .into_iter()
        .filter_map(|path| {
            let segments: Vec<&str> = path.split("::").filter(|s| !s.is_empty()).collect();
            let (first, tail) = segments.split_first()?;
            let mut absolute: Vec<String> = match *first {
                "crate" => Vec::new(),
                "super" => module.module[..module.module.len().saturating_sub(1)].to_vec(),
                "self" => module.module.clone(),
                child => {
                    // A path relative to this module: one of its child modules.
                    let mut here = module.module.clone();
                    here.push(child.to_string());
                    if !known.contains(&here) {
                        return None;
                    }
                    here.pop();
                    here
                }
            };
            let tail = if ["crate", "super", "self"].contains(first) {
                tail
            } else {
                &segments[..]
            };
            let mut rest = tail.iter();
            for segment in rest.by_ref() {
                if *segment == "super" {
                    absolute.pop();
                } else {
                    absolute.push((*segment).to_string());
                }
            }
            // The longest prefix that is a module of its own.
            while !absolute.is_empty() && !known.contains(&absolute) {
                absolute.pop();
            }
            Some(absolute)
        })
        .collect()
}

/// The import graph: module → the modules it imports (itself and its own
/// ancestors' `mod` declarations left out).
fn graph() -> BTreeMap<Vec<String>, BTreeSet<Vec<String>>> {
    let modules = modules();
    let known: BTreeSet<Vec<String>> = modules.iter().map(|m| m.module.clone()).collect();
    modules
        .iter()
        .map(|module| {
            let imports = references(module, &known)
                .into_iter()
                .filter(|target| target != &module.module && !target.is_empty())
                .collect();
            (module.module.clone(), imports)
        })
        .collect()
}

fn name(module: &[String]) -> String {
    if module.is_empty() {
        "crate".to_string()
    } else {
        module.join("::")
    }
}

/// The strongly connected components of more than one module (Tarjan).
fn circles(graph: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>) -> Vec<Vec<String>> {
    struct State<'a> {
        graph: &'a BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
        index: BTreeMap<&'a [String], usize>,
        low: BTreeMap<&'a [String], usize>,
        stack: Vec<&'a [String]>,
        on_stack: BTreeSet<&'a [String]>,
        found: Vec<Vec<String>>,
    }
    fn visit<'a>(state: &mut State<'a>, node: &'a [String]) {
        let n = state.index.len();
        state.index.insert(node, n);
        state.low.insert(node, n);
        state.stack.push(node);
        state.on_stack.insert(node);
        for next in state.graph.get(node).into_iter().flatten() {
            let next = next.as_slice();
            if !state.index.contains_key(next) {
                visit(state, next);
                let low = state.low[node].min(state.low[next]);
                state.low.insert(node, low);
            } else if state.on_stack.contains(next) {
                let low = state.low[node].min(state.index[next]);
                state.low.insert(node, low);
            }
        }
        if state.low[node] == state.index[node] {
            let mut component = Vec::new();
            while let Some(top) = state.stack.pop() {
                state.on_stack.remove(top);
                component.push(name(top));
                if top == node {
                    break;
                }
            }
            if component.len() > 1 {
                component.sort();
                state.found.push(component);
            }
        }
    }
    let mut state = State {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        found: Vec::new(),
    };
    for node in graph.keys() {
        if !state.index.contains_key(node.as_slice()) {
            visit(&mut state, node);
        }
    }
    state.found
}

fn layer(module: &[String]) -> Option<&'static str> {
    let first = module.first()?;
    LAYERS
        .iter()
        .map(|(name, _)| *name)
        .find(|name| name == first)
}

#[test]
fn the_layers_import_only_the_layers_below_them() {
    let mut wrong = Vec::new();
    for (module, imports) in graph() {
        let Some(from) = layer(&module) else { continue };
        let allowed = LAYERS.iter().find(|(name, _)| *name == from).unwrap().1;
        for target in imports {
            let to = layer(&target).unwrap_or("crate");
            if to != from && !allowed.contains(&to) {
                wrong.push(format!("{} -> {}", name(&module), name(&target)));
            }
        }
    }
    assert!(wrong.is_empty(), "imports against the layers:\n{wrong:#?}");
}

#[test]
fn no_module_imports_itself_through_others() {
    let circles = circles(&graph());
    assert!(circles.is_empty(), "import circles:\n{circles:#?}");
}

#[test]
fn only_the_shell_touches_the_world() {
    let mut found = Vec::new();
    for module in modules() {
        if module.module.first().is_none_or(|layer| layer == "shell") {
            continue;
        }
        let file = module
            .path
            .strip_prefix(Path::new(env!("CARGO_MANIFEST_DIR")))
            .unwrap()
            .to_str()
            .unwrap()
            .to_string();
        if IMPURE_ALLOWED.iter().any(|(allowed, _)| *allowed == file) {
            continue;
        }
        for word in IMPURE {
            if module.code.contains(word) {
                found.push(format!("{file}: {word}"));
            }
        }
    }
    assert!(
        found.is_empty(),
        "files, environment, terminal, clock or global state below the shell:\n{found:#?}"
    );
}

#[test]
fn at_most_five_files_stand_directly_in_src() {
    let top: Vec<String> = std::fs::read_dir(src())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .map(|p| p.file_name().unwrap().to_str().unwrap().to_string())
        .collect();
    assert!(top.len() <= 5, "{top:?}");
}

#[test]
fn the_reader_sees_the_graph_it_draws() {
    // The reader itself, on a small case: a grouped import, `super`, a child
    // module, and a path inside the code.
    let known: BTreeSet<Vec<String>> = [
        vec![],
        vec!["check".to_string()],
        vec!["check".to_string(), "report".to_string()],
        vec!["core".to_string()],
        vec!["core".to_string(), "map".to_string()],
        vec!["i18n".to_string()],
    ]
    .into_iter()
    .collect();
    let module = SourceModule {
        path: src().join("check/mod.rs"),
        module: vec!["check".to_string()],
        code: code_of(
            "use crate::{core::map::Map, i18n};\nuse report::human;\n// crate::views::x\nfn f() { crate::core::map::f(); }",
        ),
    };
    let found: BTreeSet<String> = references(&module, &known)
        .iter()
        .filter(|m| !m.is_empty())
        .map(|m| name(m))
        .collect();
    assert_eq!(
        found,
        ["check::report", "core::map", "i18n"]
            .map(String::from)
            .into_iter()
            .collect()
    );
}

/// The Mermaid picture of the layers in the README's "Architectuur": one box
/// per layer and one arrow per layer that its code imports, read from the
/// code. (Module counts and chain lengths are left out: they change with
/// every new file, the layers' arrows only with the architecture.)
fn picture() -> String {
    let graph = graph();
    let mut arrows: BTreeSet<(&str, &str)> = BTreeSet::new();
    for (module, imports) in &graph {
        let Some(from) = layer(module) else { continue };
        for target in imports {
            if let Some(to) = layer(target)
                && to != from
            {
                arrows.insert((from, to));
            }
        }
    }
    let mut out = String::from("```mermaid\nflowchart TD\n    main[\"main.rs\"]\n");
    for (name, _) in LAYERS.iter().rev() {
        out.push_str(&format!("    {name}[\"{name}/\"]\n"));
    }
    out.push_str("    main --> shell\n");
    for (name, _) in LAYERS.iter().rev() {
        for (from, to) in arrows.iter().filter(|(from, _)| from == name) {
            out.push_str(&format!("    {from} --> {to}\n"));
        }
    }
    out.push_str("```\n");
    out
}

#[test]
fn the_readme_draws_the_layers_as_the_code_imports_them() {
    const BEGIN: &str = "<!-- architectuur: gemaakt door tests/cli/architecture.rs -->\n";
    const END: &str = "<!-- einde architectuur -->";
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let readme = std::fs::read_to_string(&path).unwrap();
    let start = readme.find(BEGIN).expect("the README marks its picture") + BEGIN.len();
    let end = start
        + readme[start..]
            .find(END)
            .expect("the README ends its picture");
    let drawn = picture();
    if readme[start..end] != drawn {
        if std::env::var_os("UPDATE_README").is_some() {
            std::fs::write(
                &path,
                format!("{}{drawn}{}", &readme[..start], &readme[end..]),
            )
            .unwrap();
        } else {
            panic!(
                "the README's picture differs from the code; run with UPDATE_README=1 to redraw it:\n{drawn}"
            );
        }
    }
}
