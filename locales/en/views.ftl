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

## the first lines of a view, and names the map does not know (views/mod.rs)

views-kaart-versie = { $naam }, version { $versie }
views-kaart-versie-datum = { $naam }, version { $versie } of { $datum }
views-geen-signaalvraag = this map has no signal question (no multiple-choice or choice question); leave out --signaal to draw the whole map
views-onbekende-gemeente = unknown municipality `{ $naam }`
views-onbekend-signaal = unknown signal `{ $naam }`
views-onbekende-rol = unknown role `{ $naam }`
views-bedoelt-u = ; did you mean `{ $naam }`?
views-geen-gemeenten = This map has no municipalities.
views-geen-signalen = This map has no signals.
views-geen-rollen = This map has no roles.
views-kies-uit = Choose from: { $keuzes }.

## orgs: the directory

orgs-titel = Directory
orgs-titel-gemeente = , municipality { $gemeente }
orgs-titel-rol = , role { $rol }
orgs-geen = No organisations found for this choice.
orgs-alle-direct = all (named directly in an advice)
orgs-buiten-de-kaart = outside the map
orgs-niet-gebruikt = not used
orgs-gecontroleerd = checked { $datum }
orgs-bron-bekeken = source seen { $datum }
orgs-nooit = never
orgs-kolom-organisatie = Organisation
orgs-kolom-rol = Role
orgs-kolom-gemeenten = Municipalities
orgs-kolom-contact = Contact
orgs-kolom-nagekeken = Verified
orgs-totaal = { $organisaties ->
        [one] { $organisaties } organisation
       *[other] { $organisaties } organisations
    }, { $regels ->
        [one] { $regels } row
       *[other] { $regels } rows
    }.
