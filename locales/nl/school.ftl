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
