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

## the first lines of a view, and names the map does not know (views/mod.rs)

views-kaart-versie = { $naam }, versie { $versie }
views-kaart-versie-datum = { $naam }, versie { $versie } van { $datum }
views-geen-signaalvraag = deze routekaart heeft geen signaalvraag (geen meerkeuze- of keuzevraag); laat --signaal weg om de hele kaart te tekenen
views-onbekende-gemeente = onbekende gemeente `{ $naam }`
views-onbekend-signaal = onbekend signaal `{ $naam }`
views-onbekende-rol = onbekende rol `{ $naam }`
views-bedoelt-u = ; bedoelt u `{ $naam }`?
views-geen-gemeenten = Deze routekaart kent geen gemeenten.
views-geen-signalen = Deze routekaart kent geen signalen.
views-geen-rollen = Deze routekaart kent geen rollen.
views-kies-uit = Kies uit: { $keuzes }.
views-buiten-de-kaart = buiten de kaart

## orgs: the directory

orgs-titel = Adressenlijst
orgs-titel-gemeente = , gemeente { $gemeente }
orgs-titel-rol = , rol { $rol }
orgs-geen = Geen organisaties gevonden met deze keuze.
orgs-alle-direct = alle (direct in een advies)
orgs-niet-gebruikt = niet gebruikt
orgs-gecontroleerd = gecontroleerd { $datum }
orgs-bron-bekeken = bron bekeken { $datum }
orgs-nooit = nooit
orgs-kolom-organisatie = Organisatie
orgs-kolom-rol = Rol
orgs-kolom-gemeenten = Gemeenten
orgs-kolom-contact = Contact
orgs-kolom-nagekeken = Nagekeken
orgs-totaal = { $organisaties ->
        [one] { $organisaties } organisatie
       *[other] { $organisaties } organisaties
    }, { $regels ->
        [one] { $regels } regel
       *[other] { $regels } regels
    }.

## diff: what a change to the map does

diff-titel = Verschil: { $naam }
diff-oud = oud:
diff-nieuw = nieuw:
diff-versie = versie { $versie } (controlegetal { $controlegetal })
diff-versie-datum = versie { $versie } van { $datum } (controlegetal { $controlegetal })
diff-geen-route = Geen route krijgt een ander plan.
diff-routes-anders = Routes met een ander plan
diff-alle = alle
diff-kolom-route = Route
diff-kolom-antwoorden = Antwoorden
diff-kolom-gemeenten = Gemeenten
diff-kolom-wat-verandert = Wat verandert
diff-kolom-advies = Advies
diff-kolom-id = Id
diff-kolom-naam = Naam
diff-routes-totaal = { $anders ->
        [one] { $anders } route
       *[other] { $anders } routes
    } anders, { $gelijk } gelijk.
diff-per-advies = Een van de kaarten heeft te veel routes om een voor een te vergelijken (--max-routes); hieronder per advies.
diff-geen-advies = Geen advies verandert.
diff-adressenlijst = Adressenlijst
diff-rollen = Rollen
diff-gemeenten = Gemeenten en hun rollen
diff-geen = geen
diff-rol = { $rol } (rol)
diff-nieuwe-route = nieuwe route: { $wordt }
diff-route-vervalt = route vervalt (was: { $was })
diff-eerste-contact = eerste contact: { $was } → { $wordt }
diff-urgentie = urgentie: { $was } → { $wordt }
diff-contact-erbij = contact erbij: { $onderwerp } ({ $wordt })
diff-contact-weg = contact weg: { $onderwerp } (was { $was })
diff-contact-urgentie = { $onderwerp }: urgentie { $was } → { $wordt }
diff-advies-erbij = advies erbij: { $onderwerp }
diff-advies-weg = advies weg: { $onderwerp }
diff-stappen = stappen van { $onderwerp }: { $was } → { $wordt }
diff-organisatie-erbij = nieuw in de adressenlijst: { $wordt }
diff-organisatie-weg = uit de adressenlijst: { $was }
diff-gegeven = { $onderwerp }: { $was } → { $wordt }
diff-gemeente-erbij = gemeente erbij: { $wordt }
diff-gemeente-weg = gemeente weg: { $was }
# The data's own field names (naam, telefoon, bereikbaar, bepaald door, buiten
# de kaart) and who decides a role, as a reviewer reads them.
diff-veld-naam = naam
diff-veld-telefoon = telefoon
diff-veld-bereikbaar = bereikbaar
diff-veld-bepaald-door = bepaald door
diff-veld-buiten-de-kaart = buiten de kaart
diff-bepaald-door-woongemeente = woongemeente
diff-bepaald-door-schoolgemeente = schoolgemeente
diff-bepaald-door-dossier = dossier
