# The maintainer's views of a whole map: orgs, graph, diff, export (src/views).
# The map's own texts come from its YAML; only the tool's words are here.

## graph: the flowchart

graph-signaal = Signaal: { $signaal }
graph-verder = → verder: zie Signaal: { $signaal }
graph-antwoord-op-vraag = (antwoord op vraag { $vraag })
graph-of = of
graph-en = en
graph-ja = ja
graph-nee = nee
graph-elke-gemeente = elke gemeente
graph-elk-getal = elk getal
graph-of-meer = { $getal } of meer
