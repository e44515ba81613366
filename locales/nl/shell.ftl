# The shell's own words: commands, loading and saving files, the
# questionnaire's frame, failures and their exit codes.

## Failures, printed once on stderr: `fout: …`

fout = fout
routekaart-laadt-niet = De routekaart kan niet geladen worden: { $n ->
        [one] 1 fout
       *[other] { $n } fouten
    }.
gestopt-niets-opgeslagen = Gestopt. Er is niets opgeslagen.
vragenlijst-kan-niet-verder = de vragenlijst kan niet verder
uitvoer-kan-niet = kan niet naar de uitvoer schrijven

## Commands: wrong calls and what was written

diff-zonder-routekaart = `diff` leest twee kaarten uit OUD en NIEUW; laat --routekaart weg
check-map-een-keer = geef de map één keer: `routekaart check MAP` of `routekaart --routekaart MAP check`
check-bless-zonder-map = --bless schrijft in de map van de routekaart; geef die map: routekaart check routekaart --bless
map-maken-mislukt = kan de map { $folder } niet maken
export-geschreven = Kaart geschreven naar { $path }.

## advise: the answers given

advise-geen-antwoord = `{ $flag }` is geen antwoord; schrijf --answer vraag-id=waarde, bijvoorbeeld --answer signaal=verzuim
advise-geen-vraag = `{ $flag }` noemt geen vraag; zet het id van de vraag vóór de `=`: --answer vraag-id=waarde
advise-niet-op-route = { $n ->
        [one] vraag { $ids } ligt niet op de route van deze antwoorden; laat dat antwoord weg.
       *[other] vragen { $ids } liggen niet op de route van deze antwoorden; laat die antwoorden weg.
    }
    De route vraagt: { $route }.
advise-antwoorden-kop = { $name }: een antwoordenbestand heeft per regel `vraag: antwoord`, zonder `antwoorden:` erboven (die kop hoort bij een scenario in scenarios.yaml); haal de kop weg en de inspringing terug
plan-opgeslagen = Plan opgeslagen in { $path }.

## schema, man and help

schema-soort-of-dir = geef één SOORT ({ $kinds }) of --dir MAP voor alle schema's; bijvoorbeeld: routekaart schema --dir schema
schemas-geschreven = { $n ->
        [one] 1 schema
       *[other] { $n } schema's
    } geschreven in { $folder }.
man-paginas-geschreven = { $n ->
        [one] 1 man-pagina
       *[other] { $n } man-pagina's
    } geschreven in { $folder }.
schrijven-mislukt = kan { $path } niet schrijven
help-geen-opdracht = `{ $name }` is geen opdracht van routekaart; kies uit { $names }

## Saving a file (a plan, a map printout, a profile)

save-is-map = { $path } is een map; geef een bestandsnaam, bijvoorbeeld { $path }/plan.txt
save-bestaat-al = { $path } bestaat al; kies een andere naam of gebruik --force om het te vervangen
# After a problem: "…. Er is niets opgeslagen".
save-niets-opgeslagen = Er is niets opgeslagen
save-geen-bestandsnaam = { $path } is geen bestandsnaam; geef een naam zoals plan.txt
save-map-niet-schrijfbaar = kan niet schrijven in de map { $folder }: { $reason }
save-niet-volledig = kan het plan niet volledig schrijven: { $reason }
save-mislukt = kan { $path } niet opslaan: { $reason }
save-geen-map = { $folder } is geen map; kies een andere plek
save-map-bestaat-niet = de map { $folder } bestaat niet; maak haar eerst aan of kies een andere plek

## Why a file could not be read or written (the system's words otherwise)

io-bestaat-niet = bestaat niet
io-geen-toestemming = geen toestemming (controleer wie het bestand mag lezen of schrijven)
io-is-map = dit is een map, geen bestand
io-geen-map = een deel van het pad is een bestand, geen map
io-alleen-lezen = de schijf is alleen-lezen
io-schijf-vol = de schijf is vol
io-ongeldige-naam = de naam is te lang of ongeldig
io-kring = de snelkoppelingen (symbolische links) verwijzen in een kring naar elkaar

## diff: the old map read from a git revision

git-geen-revisie = `{ $rev }` is geen map en geen git-revisie; geef de oude kaart als map, of als revisie zoals HEAD of main
git-nieuw-geen-map = { $folder } is geen map; geef bij NIEUW de map van de kaart
git-start-niet = `{ $rev }` is geen map, en git kan niet starten om het als revisie te lezen ({ $reason }); geef de oude kaart als map
git-geen-repository = `{ $rev }` is geen map, en { $folder } staat niet in een git-repository; geef de oude kaart als map
git-onbekende-revisie = `{ $rev }` is geen map en geen git-revisie van { $folder }; geef de oude kaart als map, of een revisie zoals HEAD, main of v0.2.0
git-bestand-ontbreekt = { $file } staat niet in { $folder } bij revisie `{ $rev }`; bestond de kaart toen al in deze map?
git-te-groot = { $rev }:{ $file } is groter dan { $limit } MiB; zo groot wordt een routekaart niet
git-geen-utf8 = { $rev }:{ $file } is geen UTF-8-tekst; sla het op als UTF-8
