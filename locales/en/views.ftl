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
views-buiten-de-kaart = outside the map

## orgs: the directory

orgs-titel = Directory
orgs-titel-gemeente = , municipality { $gemeente }
orgs-titel-rol = , role { $rol }
orgs-geen = No organisations found for this choice.
orgs-alle-direct = all (named directly in an advice)
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

## diff: what a change to the map does

diff-titel = Changes: { $naam }
diff-oud = old:
diff-nieuw = new:
diff-versie = version { $versie } (checksum { $controlegetal })
diff-versie-datum = version { $versie } of { $datum } (checksum { $controlegetal })
diff-geen-route = No route gets another plan.
diff-routes-anders = Routes with another plan
diff-alle = all
diff-kolom-route = Route
diff-kolom-antwoorden = Answers
diff-kolom-gemeenten = Municipalities
diff-kolom-wat-verandert = What changes
diff-kolom-advies = Advice
diff-kolom-id = Id
diff-kolom-naam = Name
diff-routes-totaal = { $anders ->
        [one] { $anders } route
       *[other] { $anders } routes
    } changed, { $gelijk } the same.
diff-per-advies = One of the maps has too many routes to compare one by one (--max-routes); below per advice.
diff-geen-advies = No advice changes.
diff-adressenlijst = Directory
diff-rollen = Roles
diff-gemeenten = Municipalities and their roles
diff-geen = none
diff-rol = { $rol } (role)
diff-nieuwe-route = new route: { $wordt }
diff-route-vervalt = route removed (was: { $was })
diff-eerste-contact = first contact: { $was } → { $wordt }
diff-urgentie = urgency: { $was } → { $wordt }
diff-contact-erbij = contact added: { $onderwerp } ({ $wordt })
diff-contact-weg = contact removed: { $onderwerp } (was { $was })
diff-contact-urgentie = { $onderwerp }: urgency { $was } → { $wordt }
diff-advies-erbij = advice added: { $onderwerp }
diff-advies-weg = advice removed: { $onderwerp }
diff-stappen = steps of { $onderwerp }: { $was } → { $wordt }
diff-organisatie-erbij = new in the directory: { $wordt }
diff-organisatie-weg = removed from the directory: { $was }
diff-gegeven = { $onderwerp }: { $was } → { $wordt }
diff-gemeente-erbij = municipality added: { $wordt }
diff-gemeente-weg = municipality removed: { $was }
# The data's own field names (naam, telefoon, bereikbaar, bepaald door, buiten
# de kaart) and who decides a role, as a reviewer reads them.
diff-veld-naam = name
diff-veld-telefoon = phone
diff-veld-bereikbaar = hours
diff-veld-bepaald-door = decided by
diff-veld-buiten-de-kaart = outside the map
diff-bepaald-door-woongemeente = the pupil's home municipality
diff-bepaald-door-schoolgemeente = the school's municipality
diff-bepaald-door-dossier = the pupil's dossier
