//! A scenarios file read one scenario at a time: once the map is there, each
//! scenario runs as soon as it is parsed and only its outcome is kept.
//!
//! On a 10x national map the parsed scenarios took ~340 MB, held while the
//! map loaded and until the last one ran; the allocator and the caches paid
//! for that in every later step. Read this way, only the scenarios parsed
//! before the map loaded wait (they run as soon as it is there), and the rest
//! never pile up. The outcomes are those of parsing the whole file first and
//! running it after: the same scenarios, run in the same order on the same
//! map. A file that does not parse this way gives an error the caller does
//! not show: it parses the file the usual way for the finding
//! ([`super::parallel`]).

use super::scenarios::Ran;
use crate::core::map::Map;
use crate::core::model::Scenario;
use crate::core::scenario;
use crate::core::source::SourceFile;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use std::fmt;
use std::sync::{Arc, mpsc};

/// Scenarios as they are parsed: waiting for the map, or run on it.
pub struct Stream<'a> {
    /// Where the map comes from, until it came.
    receive: mpsc::Receiver<Arc<Map>>,
    map: Option<Arc<Map>>,
    /// Parsed before the map came.
    waiting: Vec<Scenario>,
    ran: Option<Ran>,
    /// The whole file, for the scenarios' locations.
    source: &'a SourceFile,
    /// One region loaded: scenarios that name a gemeente outside it are left out.
    region: bool,
}

impl<'a> Stream<'a> {
    /// Scenarios of `source` that will run on the map `receive` brings.
    pub fn new(receive: mpsc::Receiver<Arc<Map>>, source: &'a SourceFile, region: bool) -> Self {
        Stream {
            receive,
            map: None,
            waiting: Vec::new(),
            ran: None,
            source,
            region,
        }
    }

    /// Takes the next scenario of the file: runs it if the map is there (and
    /// first those that waited for it), else keeps it until it is.
    fn take(&mut self, scenario: Scenario) {
        if self.map.is_none()
            && let Ok(map) = self.receive.try_recv()
        {
            self.map = Some(map);
            for waiting in std::mem::take(&mut self.waiting) {
                self.run(waiting);
            }
        }
        if self.map.is_some() {
            self.run(scenario);
        } else {
            self.waiting.push(scenario);
        }
    }

    fn run(&mut self, scenario: Scenario) {
        let Some(map) = &self.map else {
            return;
        };
        if self.region && !scenario::names_only_known_gemeenten(map, &scenario) {
            return;
        }
        let outcome = scenario::run_one(map, self.source, &scenario);
        drop(scenario);
        self.ran
            .get_or_insert_with(|| Ran::new(map))
            .add(map, outcome);
    }

    /// Every scenario of the file run, once the whole file parsed; `None`
    /// when the map never came (it did not load).
    pub fn finish(mut self) -> Option<Ran> {
        if self.map.is_none() {
            self.map = Some(self.receive.recv().ok()?);
        }
        for waiting in std::mem::take(&mut self.waiting) {
            self.run(waiting);
        }
        let map = self.map.as_ref()?;
        Some(self.ran.take().unwrap_or_else(|| Ran::new(map)))
    }
}

/// The file's top level, `scenarios:` and nothing else, as
/// [`crate::core::model::ScenariosFile`] reads it.
impl<'de> DeserializeSeed<'de> for &mut Stream<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_struct("ScenariosFile", &["scenarios"], File(self))
    }
}

struct File<'s, 'a>(&'s mut Stream<'a>);

impl<'de> Visitor<'de> for File<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a mapping with the key `scenarios`")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<(), A::Error> {
        let mut seen = false;
        while let Some(key) = access.next_key::<String>()? {
            if key != "scenarios" || seen {
                return Err(de::Error::custom(format!("unexpected key `{key}`")));
            }
            seen = true;
            access.next_value_seed(List(&mut *self.0))?;
        }
        if !seen {
            return Err(de::Error::missing_field("scenarios"));
        }
        Ok(())
    }
}

/// The list under `scenarios:`, each item taken as soon as it is parsed.
struct List<'s, 'a>(&'s mut Stream<'a>);

impl<'de> DeserializeSeed<'de> for List<'_, '_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for List<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list of scenarios")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut items: A) -> Result<(), A::Error> {
        while let Some(scenario) = items.next_element::<Scenario>()? {
            self.0.take(scenario);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::ScenariosFile;
    use crate::core::parse::{parse, parse_seed};

    fn national() -> (Arc<Map>, SourceFile) {
        let sources: Vec<SourceFile> = crate::testkit::national(crate::testkit::Size {
            gemeenten: 20,
            nodes: 120,
            scenarios: 200,
        })
        .iter()
        .map(|(name, text)| SourceFile::new(name.as_str(), text.as_str()))
        .collect();
        let map = crate::core::compile::from_sources(&sources).unwrap();
        let source = sources
            .into_iter()
            .find(|s| s.name == "scenarios.yaml")
            .unwrap();
        (Arc::new(map), source)
    }

    #[test]
    fn run_as_parsed_the_scenarios_give_what_the_parsed_file_gives() {
        let (map, source) = national();
        let whole = parse::<ScenariosFile>(&source).unwrap();
        let expected = Ran::of(&map, scenario::run_parsed(&map, &source, &whole));
        assert_eq!(expected.outcomes.len(), 200);
        // The map there before the first scenario is parsed, and only after the last.
        for early in [true, false] {
            let (send, receive) = mpsc::channel();
            if early {
                send.send(Arc::clone(&map)).unwrap();
            }
            let mut stream = Stream::new(receive, &source, false);
            parse_seed(&source, &mut stream).unwrap();
            if !early {
                send.send(Arc::clone(&map)).unwrap();
            }
            let ran = stream.finish().unwrap();
            assert_eq!(
                format!("{:?}", ran.outcomes),
                format!("{:?}", expected.outcomes)
            );
            assert_eq!(ran.marks, expected.marks);
        }
    }

    #[test]
    fn without_a_map_nothing_runs() {
        let (_, source) = national();
        let (send, receive) = mpsc::channel::<Arc<Map>>();
        let mut stream = Stream::new(receive, &source, false);
        parse_seed(&source, &mut stream).unwrap();
        drop(send);
        assert!(stream.finish().is_none());
    }
}
