# "Mijn school": the school's own profile (`routekaart school`, `--school`).
# Each problem's message id is its code; `.help` says how to fix it.

## Problems in a profile

school-onbekende-rol = onbekende rol `{ $given }`
    .help = gebruik het id van een rol van de kaart; `routekaart school --voorbeeld` toont ze allemaal
school-bedoelde-u = bedoelde u `{ $close }`?
school-onbekende-gemeente = de gemeente `{ $given }` staat niet op de kaart
    .help = kies uit { $valid }
school-onbekende-schoolsoort = onbekend soort school `{ $given }`
    .help = kies uit { $valid }
school-geen-schoolsoortvraag = deze kaart heeft geen keuzevraag `{ $question }`, dus geen soort school om in te vullen
    .help = haal `schoolsoort:` weg
school-rol-dubbel = de rol `{ $role }` staat twee keer in het profiel
    .help = geef per rol één persoon; zet twee namen samen in `naam`, bijvoorbeeld "A. Jansen of B. de Vries"
school-ongeldige-datum = `{ $given }` is geen datum
    .help = schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-09-01
school-niet-bereikbaar = { $naam } heeft geen telefoonnummer en geen e-mailadres
    .help = voeg `telefoon:` of `email:` toe

## Loading a profile

school-laadt-niet = Het profiel van de school kan niet geladen worden: { $n ->
        [one] 1 fout
       *[other] { $n } fouten
    }. Verbeter het bestand of geef een ander met --school BESTAND; `routekaart school --voorbeeld` toont hoe het eruitziet.
school-ontbreekt = het profiel van de school `{ $path }` bestaat niet; maak het met `routekaart school --school { $path }`, of geef het juiste bestand

## Found by `routekaart check --school`

school-telefoon = `{ $given }` is geen Nederlands telefoonnummer
    .help = schrijf het nummer met netnummer, zoals 0297 123 456, of met +31
school-email = `{ $given }` is geen e-mailadres
    .help = schrijf het adres als naam@school.nl
school-klopt = Het profiel van de school { $path } past bij de kaart: { $n ->
        [one] 1 persoon
       *[other] { $n } personen
    }.
school-fouten = { $n ->
        [one] 1 fout
       *[other] { $n } fouten
    } in het profiel van de school { $path }.

## `routekaart school`: making the profile

school-geen-map = er is geen map voor instellingen (de thuismap is onbekend); geef het bestand met --school BESTAND
school-geen-terminal = routekaart school stelt vragen en heeft een terminal nodig. Zonder terminal: routekaart school --voorbeeld > school.yaml, vul het bestand in en controleer het met routekaart check --school school.yaml
school-intro = Het profiel van uw school: de gemeente, het soort school en uw eigen contactpersonen. Alleen gegevens van medewerkers, nooit van leerlingen. Het wordt opgeslagen in { $path } (alleen leesbaar voor u). Esc stopt zonder opslaan.
school-naam = Naam van de school:
school-naam-hulp = mag leeg blijven · Enter verder · Esc stoppen
school-gemeente = In welke gemeente staat de school?
school-geen-keuze = Niet invullen (de vragenlijst vraagt het elke keer)
school-welke-rol = Welke contactpersoon wilt u invullen of wijzigen?
school-klaar = Klaar: profiel opslaan
school-veld-hulp = leeg laten mag · Enter verder · Esc stoppen zonder opslaan
school-persoon-naam = Naam (leeg: deze persoon weghalen):
school-persoon-telefoon = Telefoonnummer:
school-persoon-email = E-mailadres:
school-telefoon-fout = Dit is geen Nederlands telefoonnummer. Schrijf het met netnummer, zoals 0297 123 456.
school-email-fout = Dit is geen e-mailadres. Schrijf het als naam@school.nl.
school-nummer-nodig = Geef een telefoonnummer of een e-mailadres, anders kan niemand deze persoon bereiken.
school-map-maken = kan de map { $path } niet maken
school-opgeslagen = Profiel opgeslagen in { $path }. Plannen en de kaart noemen nu eerst uw eigen contactpersonen.
school-rol-van-leerling = de rol `{ $role }` hoort bij een leerling, niet bij de school
    .help = een profiel bevat alleen medewerkers van de school; haal deze persoon weg
