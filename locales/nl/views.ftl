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

## orgs: the directory

orgs-titel = Adressenlijst
orgs-titel-gemeente = , gemeente { $gemeente }
orgs-titel-rol = , rol { $rol }
orgs-geen = Geen organisaties gevonden met deze keuze.
orgs-alle-direct = alle (direct in een advies)
orgs-buiten-de-kaart = buiten de kaart
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
