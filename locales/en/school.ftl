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

## Found by `routekaart check --school`

school-telefoon = `{ $given }` is not a Dutch phone number
    .help = write the number with its area code, such as 0297 123 456, or with +31
school-email = `{ $given }` is not an e-mail address
    .help = write the address as name@school.nl
school-klopt = The school's profile { $path } fits the map: { $n ->
        [one] 1 person
       *[other] { $n } people
    }.
school-fouten = { $n ->
        [one] 1 error
       *[other] { $n } errors
    } in the school's profile { $path }.

## `routekaart school`: making the profile

school-geen-map = there is no settings folder (the home folder is unknown); give the file with --school FILE
school-geen-terminal = routekaart school asks questions and needs a terminal. Without one: routekaart school --voorbeeld > school.yaml, fill in the file and check it with routekaart check --school school.yaml
school-intro = Your school's profile: the municipality, the kind of school and your own contacts. Staff data only, never pupils'. It is saved in { $path } (readable by you only). Esc stops without saving.
school-naam = Name of the school:
school-naam-hulp = may stay empty · Enter next · Esc stop
school-gemeente = In which municipality is the school?
school-geen-keuze = Leave out (the questionnaire asks it every time)
school-welke-rol = Which contact do you want to fill in or change?
school-klaar = Done: save the profile
school-veld-hulp = may stay empty · Enter next · Esc stop without saving
school-persoon-naam = Name (empty: remove this person):
school-persoon-telefoon = Phone number:
school-persoon-email = E-mail address:
school-telefoon-fout = This is not a Dutch phone number. Write it with the area code, such as 0297 123 456.
school-email-fout = This is not an e-mail address. Write it as name@school.nl.
school-nummer-nodig = Give a phone number or an e-mail address, or no one can reach this person.
school-map-maken = cannot make the folder { $path }
school-opgeslagen = Profile saved in { $path }. Plans and the kaart now name your own contacts first.
school-rol-van-leerling = the role `{ $role }` belongs to a pupil, not to the school
    .help = a profile holds only the school's staff; remove this person
