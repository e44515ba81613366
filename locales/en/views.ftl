# The maintainer's views of a whole map: orgs, graph, diff, export (src/views).
# The map's own texts come from its YAML; only the tool's words are here.

## graph: the flowchart

graph-signaal = Signal: { $signaal }
graph-verder = → continued: see Signal: { $signaal }
graph-antwoord-op-vraag = (answer to question { $vraag })
graph-of = or
graph-en = and
graph-ja = yes
graph-nee = no
graph-elke-gemeente = any municipality
graph-elk-getal = any number
graph-of-meer = { $getal } or more
