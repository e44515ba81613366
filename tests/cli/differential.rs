//! `routes` and `advise` agree: every route that `routes --format json` lists
//! for the built-in map is replayed through `advise --format json` with its
//! own `opnieuw` line, once for each group of gemeenten with a first contact
//! of its own, and the plan must have the route's advices, first contact and
//! reproduce line.

use super::routekaart_in;
use serde_json::Value;

/// `routekaart ARGS` in a fresh folder: stdout as JSON; it must succeed.
fn json_of(args: &[String]) -> Value {
    let dir = tempfile::tempdir().unwrap();
    let output = routekaart_in(dir.path()).args(args).output().unwrap();
    assert!(
        output.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("{args:?}: {e}"))
}

/// One replay: the `advise` words, and what the route says the plan holds.
struct Replay {
    words: Vec<String>,
    advices: Value,
    first: Value,
    reproduce: String,
}

/// The route's `opnieuw` line for a pupil living and at school in `gemeente`.
fn for_gemeente(reproduce: &str, gemeente: &str) -> String {
    reproduce
        .split(' ')
        .map(|word| match word.split_once('=') {
            Some(("schoolgemeente" | "woongemeente", _)) => {
                format!("{}={gemeente}", word.split('=').next().unwrap())
            }
            _ => word.to_string(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn every_route_replayed_through_advise_gives_the_same_plan() {
    let routes = json_of(&["routes".into(), "--format".into(), "json".into()]);
    let routes = routes["routes"].as_array().expect("a list of routes");
    assert!(
        routes.len() > 50,
        "the built-in map has {} routes",
        routes.len()
    );
    let mut replays = Vec::new();
    for route in routes {
        let reproduce = route["opnieuw"].as_str().unwrap();
        assert!(
            !reproduce.contains(['\'', '"']),
            "a reproduce line that needs a shell: {reproduce}"
        );
        for group in route["eerste_contact"].as_array().unwrap() {
            let gemeente = group["gemeenten"][0].as_str().unwrap();
            let line = for_gemeente(reproduce, gemeente);
            let mut words: Vec<String> = line.split(' ').skip(1).map(String::from).collect();
            words.extend(["--format".into(), "json".into()]);
            replays.push(Replay {
                words,
                advices: route["adviezen"].clone(),
                first: group.clone(),
                reproduce: line,
            });
        }
    }
    // A few workers: each replay is a process of its own.
    let problems: Vec<String> = std::thread::scope(|scope| {
        let workers: Vec<_> = replays
            .chunks(replays.len().div_ceil(4))
            .map(|chunk| scope.spawn(move || chunk.iter().filter_map(check).collect::<Vec<_>>()))
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap())
            .collect()
    });
    assert!(
        problems.is_empty(),
        "{} of {} replays differ:\n{}",
        problems.len(),
        replays.len(),
        problems.join("\n")
    );
}

/// What differs between the route and the plan `advise` gives for it.
fn check(replay: &Replay) -> Option<String> {
    let plan = &json_of(&replay.words)["plan"];
    let advices: Vec<&Value> = plan["adviezen"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| &a["id"])
        .collect();
    let expected: Vec<&Value> = replay.advices.as_array().unwrap().iter().collect();
    let first = &plan["contacten"][0];
    let mut problems = Vec::new();
    if advices != expected {
        problems.push(format!("advices {advices:?}, route {expected:?}"));
    }
    for key in ["organisatie", "naam", "urgentie"] {
        let got = first.get(key).unwrap_or(&Value::Null);
        if *got != replay.first[key] {
            problems.push(format!(
                "first contact's {key} {got}, route {}",
                replay.first[key]
            ));
        }
    }
    if plan["opnieuw"].as_str() != Some(replay.reproduce.as_str()) {
        problems.push(format!("reproduce line {}", plan["opnieuw"]));
    }
    (!problems.is_empty()).then(|| format!("{}: {}", replay.reproduce, problems.join("; ")))
}
