# The shell's own words: commands, loading and saving files, the
# questionnaire's frame, failures and their exit codes.

## Failures, printed once on stderr: `error: …`

fout = error
routekaart-laadt-niet = The map cannot be loaded: { $n ->
        [one] 1 error
       *[other] { $n } errors
    }.
gestopt-niets-opgeslagen = Stopped. Nothing was saved.
vragenlijst-kan-niet-verder = the questionnaire cannot go on
uitvoer-kan-niet = cannot write to the output

## Commands: wrong calls and what was written

diff-zonder-routekaart = `diff` reads two maps from OLD and NEW; leave out --routekaart
check-map-een-keer = give the folder once: `routekaart check DIR` or `routekaart --routekaart DIR check`
check-bless-zonder-map = --bless writes in the map's folder; give that folder: routekaart check routekaart --bless
map-maken-mislukt = cannot make the folder { $folder }
export-geschreven = Map written to { $path }.

## advise: the answers given

advise-geen-antwoord = `{ $flag }` is not an answer; write --answer question-id=value, for example --answer signaal=verzuim
advise-geen-vraag = `{ $flag }` names no question; put the question's id before the `=`: --answer question-id=value
advise-niet-op-route = { $n ->
        [one] question { $ids } is not on the route of these answers; leave that answer out.
       *[other] questions { $ids } are not on the route of these answers; leave those answers out.
    }
    The route asks: { $route }.
advise-antwoorden-kop = { $name }: an answers file has `question: answer` per line, without `antwoorden:` above (that heading belongs to a scenario in scenarios.yaml); remove the heading and the indentation
plan-opgeslagen = Plan saved in { $path }.

## schema, man and help

schema-soort-of-dir = give one KIND ({ $kinds }) or --dir DIR for every schema; for example: routekaart schema --dir schema
schemas-geschreven = { $n ->
        [one] 1 schema
       *[other] { $n } schemas
    } written in { $folder }.
man-paginas-geschreven = { $n ->
        [one] 1 man page
       *[other] { $n } man pages
    } written in { $folder }.
schrijven-mislukt = cannot write { $path }
help-geen-opdracht = `{ $name }` is not a command of routekaart; choose from { $names }

## Saving a file (a plan, a map printout, a profile)

save-is-map = { $path } is a folder; give a file name, for example { $path }/plan.txt
save-bestaat-al = { $path } already exists; choose another name or use --force to replace it
# After a problem: "…. Nothing was saved".
save-niets-opgeslagen = Nothing was saved
save-geen-bestandsnaam = { $path } is not a file name; give a name such as plan.txt
save-map-niet-schrijfbaar = cannot write in the folder { $folder }: { $reason }
save-niet-volledig = cannot write the whole plan: { $reason }
save-mislukt = cannot save { $path }: { $reason }
save-geen-map = { $folder } is not a folder; choose another place
save-map-bestaat-niet = the folder { $folder } does not exist; make it first or choose another place

## Why a file could not be read or written (the system's words otherwise)

io-bestaat-niet = does not exist
io-geen-toestemming = no permission (check who may read or write the file)
io-is-map = this is a folder, not a file
io-geen-map = part of the path is a file, not a folder
io-alleen-lezen = the disk is read-only
io-schijf-vol = the disk is full
io-ongeldige-naam = the name is too long or invalid
io-kring = the symbolic links point at each other in a loop

## diff: the old map read from a git revision

git-geen-revisie = `{ $rev }` is neither a folder nor a git revision; give the old map as a folder, or as a revision such as HEAD or main
git-nieuw-geen-map = { $folder } is not a folder; give the map's folder as NEW
git-start-niet = `{ $rev }` is not a folder, and git cannot start to read it as a revision ({ $reason }); give the old map as a folder
git-geen-repository = `{ $rev }` is not a folder, and { $folder } is not in a git repository; give the old map as a folder
git-onbekende-revisie = `{ $rev }` is neither a folder nor a git revision of { $folder }; give the old map as a folder, or a revision such as HEAD, main or v0.2.0
git-bestand-ontbreekt = { $file } is not in { $folder } at revision `{ $rev }`; was the map in this folder then?
git-te-groot = { $rev }:{ $file } is larger than { $limit } MiB; no map is that large
git-geen-utf8 = { $rev }:{ $file } is not UTF-8 text; save it as UTF-8
