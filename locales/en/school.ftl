# "Mijn school": the school's own profile (`routekaart school`, `--school`).
# Each problem's message id is its code; `.help` says how to fix it.

## Problems in a profile

school-onbekende-rol = unknown role `{ $given }`
    .help = use the id of one of the map's roles; `routekaart school --voorbeeld` shows them all
school-bedoelde-u = did you mean `{ $close }`?
school-onbekende-gemeente = the municipality `{ $given }` is not on the map
    .help = choose from { $valid }
school-onbekende-schoolsoort = unknown school type `{ $given }`
    .help = choose from { $valid }
school-geen-schoolsoortvraag = this map has no choice question `{ $question }`, so no school type to fill in
    .help = remove `schoolsoort:`
school-rol-dubbel = the role `{ $role }` is in the profile twice
    .help = give one person per role; put two names together in `naam`, for example "A. Jansen of B. de Vries"
school-ongeldige-datum = `{ $given }` is not a date
    .help = write the date as YYYY-MM-DD, for example 2026-09-01
school-niet-bereikbaar = { $naam } has no phone number and no e-mail address
    .help = add `telefoon:` or `email:`

## Loading a profile

school-laadt-niet = The school's profile cannot be loaded: { $n ->
        [one] 1 error
       *[other] { $n } errors
    }. Correct the file or give another with --school FILE; `routekaart school --voorbeeld` shows what it looks like.
school-ontbreekt = the school's profile `{ $path }` does not exist; make it with `routekaart school --school { $path }`, or give the right file
