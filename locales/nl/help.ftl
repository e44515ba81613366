# clap's texts: the help of each command and option, usage lines and clap's
# own errors, fed to clap's override machinery.

## clap's errors: `fout: …`, a hint, the usage line and where to find more

clap-bedoelde-u = hulp: bedoelde u `{ $suggestion }`?
clap-meer-uitleg = Meer uitleg
# Follows a list of the values there are: "…; kies uit `a`, `b` en `c`".
clap-kies-uit = kies uit { $list }
# $rest is empty, or "; kies uit …", or ": " and why the value was refused.
clap-waarde-nodig = { $arg } heeft een waarde nodig{ $rest }
clap-ongeldige-waarde = `{ $value }` is geen geldige waarde voor { $arg }{ $rest }
clap-onbekende-optie = onbekende optie `{ $arg }`
clap-onbekende-opdracht = onbekende opdracht `{ $command }`
clap-ontbreekt = dit ontbreekt nog: { $missing }
clap-een-keer = { $arg } mag maar één keer
clap-niet-samen = { $arg } gaat niet samen met { $prior }
clap-met-is = schrijf een waarde met `=` erbij: { $arg }=WAARDE
clap-waarde-te-veel = `{ $value }` is één waarde te veel voor { $arg }
clap-aantal-waarden = { $arg } heeft een ander aantal waarden nodig
clap-geef-opdracht = geef een opdracht
clap-geen-utf8 = een argument is geen geldige tekst (UTF-8)

## Why a value of an option was refused (after "is geen geldige waarde voor --x: ")

waarde-geen-getal = `{ $text }` is geen geheel getal van 0 of meer
waarde-te-smal = { $width } kolommen is te smal; geef 40 of meer
waarde-geen-percentage = `{ $text }` is geen percentage; schrijf bijvoorbeeld 90 of 92,5
waarde-buiten-bereik = `{ $text }` ligt niet tussen 0 en 100

## clap's own words in the help

# The heading of the usage line: "Gebruik: routekaart [OPTIES] [OPDRACHT]".
help-gebruik = Gebruik
help-opties-tag = [OPTIES]
help-opdrachten = Opdrachten
help-opdracht = OPDRACHT
help-argumenten = Argumenten
help-opties = Opties
help-algemene-opties = Algemene opties
# Before a default value in the help: "[standaard: human]".
help-standaard = standaard
help-hulp = Toon de hulp (meer met --help)
help-hulp-lang = Toon de hulp (korter met -h)
help-versie = Toon het versienummer

## The examples under the top-level help and in the man page: what each
## does, and its command line (`.opdracht`).

help-voorbeelden = Voorbeelden
help-voorbeeld-vragenlijst = de vragenlijst
    .opdracht = routekaart
help-voorbeeld-advise = een plan zonder vragenlijst
    .opdracht = routekaart advise -a signaal=verzuim …
help-voorbeeld-check = een eigen kaart controleren
    .opdracht = routekaart check mijn-regio --strict
help-voorbeeld-orgs = de adressenlijst van één gemeente
    .opdracht = routekaart orgs --gemeente aalsmeer
help-voorbeeld-help = de hulp bij één opdracht
    .opdracht = routekaart help check

## The man pages: the manual's name and the section headings.

man-handleiding = Handleiding routekaart
man-naam = NAAM
man-overzicht = OVERZICHT
man-beschrijving = BESCHRIJVING
man-opties = OPTIES
man-opdrachten = OPDRACHTEN
man-versie = VERSIE
man-auteurs = AUTEURS

## The help of each command (`cmd-<command>`, the long form in `.lang`) and
## of each option or argument (`arg-<command>-<id>`, with `.lang` and the
## placeholder of its value, `.waarde`). routekaart itself is `routekaart`.

cmd-routekaart = routekaart: welke organisatie belt u bij welke zorg om een leerling?
    .lang =
        routekaart: welke organisatie belt u bij welke zorg om een leerling?

        Beantwoord een paar vragen en u krijgt één plan: wie u eerst belt en wie daarna, hoe snel, waarom, wat u voorbereidt en op welke grond. Zonder subcommando start de vragenlijst.
arg-routekaart-routekaart = Map met de YAML-bestanden van een eigen routekaart (standaard: de ingebouwde routekaart met Amstelland en de Meerlanden, Zuidoost-Drenthe en Groningen)
    .waarde = MAP
arg-routekaart-width = Breedte van tabellen en afdrukken in kolommen (standaard: de breedte van de terminal; anders 80, en 76 voor een plan, zodat het op A4 past)
    .waarde = KOLOMMEN
arg-routekaart-color = Kleur: auto (alleen in een terminal, en niet als NO_COLOR gezet is), always of never
    .waarde = WANNEER
arg-routekaart-lang = Taal van de tekst van routekaart: nl of en (standaard: uit LC_ALL, LC_MESSAGES of LANG; anders Nederlands). Kaartteksten in het Engels als de kaart ze heeft
    .waarde = TAAL

cmd-ask = Vragenlijst in de terminal: vragen, overzicht, plan en opslaan
    .lang =
        Vragenlijst in de terminal: vragen, overzicht, plan en opslaan

        Voorbeeld: routekaart ask -o plan.txt
arg-ask-output = Sla het plan op in dit bestand (tekst; markdown of HTML als de naam op .md of .html eindigt)
    .waarde = BESTAND
arg-ask-force = Overschrijf het bestand als het al bestaat
arg-ask-uitgebreid = Zet na het plan een bijlage: route, antwoorden en de opdracht voor hetzelfde plan
arg-ask-school = Het profiel van de school (standaard: ROUTEKAART_SCHOOL, of het profiel dat `routekaart school` maakte)
    .waarde = BESTAND

cmd-advise = Plan zonder vragenlijst, voor scripts en CI: antwoorden als opties of bestand
    .lang =
        Plan zonder vragenlijst, voor scripts en CI: antwoorden als opties of bestand

        Voorbeeld: routekaart advise --answer schoolgemeente=amstelveen --answer woongemeente=aalsmeer --answer signaal=verzuim --answer verzuim-uren=16

        Exitcode 0: plan op stdout. 3: er is nog een antwoord nodig; de vraag staat op stdout. 2: een antwoord klopt niet.
arg-advise-answers = Een antwoord: vraag-id=waarde; meerkeuze met komma's (signaal=verzuim,ziekte)
    .waarde = ID=WAARDE
arg-advise-answers_file = YAML-bestand met antwoorden (vraag-id: waarde); --answer gaat voor
    .waarde = BESTAND
arg-advise-format = Uitvoer: text (afdrukbaar), markdown, json of html (één bestand om af te drukken)
    .waarde = FORMAT
arg-advise-output = Sla het plan ook op in dit bestand (in het gekozen formaat)
    .waarde = BESTAND
arg-advise-force = Overschrijf het bestand als het al bestaat
arg-advise-uitgebreid = Zet na het plan een bijlage: route, antwoorden en de opdracht voor hetzelfde plan (JSON heeft alles altijd)
arg-advise-school = Het profiel van de school (standaard: ROUTEKAART_SCHOOL, of het profiel dat `routekaart school` maakte)
    .waarde = BESTAND

cmd-check = Controleer een routekaart: bestanden, verwijzingen, vorm, gemeenten, contactgegevens, urgentie, data, regels, scenario's en dekking
    .lang =
        Controleer een routekaart: bestanden, verwijzingen, vorm, gemeenten, contactgegevens, urgentie, data, regels, scenario's en dekking

        Voorbeeld: routekaart check routekaart --strict --format junit > check.xml

        Zonder MAP wordt de ingebouwde routekaart gecontroleerd. Exitcode 0: in orde. 1: fouten gevonden (met --strict ook bij waarschuwingen). 2: de map kan niet gelezen worden, of een verkeerde aanroep.
arg-check-dir = Map met de routekaart-bestanden (standaard: de ingebouwde routekaart)
    .waarde = MAP
arg-check-format = Uitvoer: human (voor mensen), json, junit (CI-testrapport), github (annotaties) of sarif
    .waarde = FORMAT
arg-check-strict = Laat ook waarschuwingen falen (exitcode 1)
arg-check-max_age = Waarschuw als contactgegevens langer dan zoveel maanden niet gecontroleerd zijn
    .waarde = MAANDEN
arg-check-min_coverage = Faal als de scenario's minder dan dit percentage van de kaart dekken (0 tot 100)
    .waarde = PROCENT
arg-check-bless = Schrijf de bewaarde samenvattingen van de scenario's opnieuw, in plaats van ze te vergelijken
arg-check-regio = Controleer alleen de landelijke kern met deze regio (de naam van de map in regios/)
    .waarde = REGIO
arg-check-school = Controleer in plaats van de kaart het profiel van een school tegen de kaart: rollen, gemeente, soort school, data, telefoonnummers en e-mailadressen
    .waarde = BESTAND

cmd-orgs = De adressenlijst: organisaties, hun rollen per gemeente en contactgegevens
    .lang =
        De adressenlijst: organisaties, hun rollen per gemeente en contactgegevens

        Voorbeeld: routekaart orgs --gemeente aalsmeer --rol leerplicht
arg-orgs-gemeente = Alleen de organisaties die in deze gemeente (id of naam) een rol vervullen, en die een advies rechtstreeks noemt (zoals 112)
    .waarde = GEMEENTE
arg-orgs-rol = Alleen de organisaties die deze rol vervullen (id of naam)
    .waarde = ROL
arg-orgs-format = Uitvoer: table, json of csv
    .waarde = FORMAT

cmd-routes = Elke route van eerste vraag tot plan, met een vaste korte code per route
    .lang =
        Elke route van eerste vraag tot plan, met een vaste korte code per route

        Voorbeeld: routekaart routes --gemeente amstelveen --format csv > routes.csv

        Een route kiest per vraag één antwoord, bij meerkeuze één signaal; meerdere signalen samen geven het samengevoegde plan van hun routes. Bij meer routes dan --max-routes telt de tabel per advies hoeveel routes erheen leiden.
arg-routes-gemeente = Contacten voor een leerling die woont in, en naar school gaat in, deze gemeente
    .waarde = GEMEENTE
arg-routes-regio = Alleen de landelijke kern en deze regio (de naam van de map in regios/)
    .waarde = REGIO
arg-routes-format = Uitvoer: table, json of csv
    .waarde = FORMAT
arg-routes-max_routes = Tel per advies in plaats van alle routes te tonen als er meer zijn dan dit
    .waarde = AANTAL

cmd-graph = De kaart als stroomschema: Mermaid (GitHub, GitLab) of DOT (Graphviz)
    .lang =
        De kaart als stroomschema: Mermaid (GitHub, GitLab) of DOT (Graphviz)

        Voorbeeld: routekaart graph --format dot --signaal verzuim | dot -Tsvg > verzuim.svg
arg-graph-format = Uitvoer: mermaid of dot
    .waarde = FORMAT
arg-graph-signaal = Teken alleen de tak van dit signaal (een waarde van de signaalvraag)
    .waarde = SIGNAAL

cmd-diff = De routes waarvan het plan verandert tussen twee versies van een kaart
    .lang =
        De routes waarvan het plan verandert tussen twee versies van een kaart

        Voorbeeld: routekaart diff HEAD routekaart (de laatste commit tegen de map zoals die nu is)

        OUD is een map, of een git-revisie van de map NIEUW.
arg-diff-old = De oude kaart: een map, of een git-revisie (HEAD, main, v0.2.0) van de map NIEUW
    .waarde = OUD
arg-diff-new = De nieuwe kaart: een map
    .waarde = NIEUW
arg-diff-format = Uitvoer: table, json of csv
    .waarde = FORMAT
arg-diff-max_routes = Vergelijk per advies in plaats van per route als een kaart meer routes heeft dan dit
    .waarde = AANTAL

cmd-kaart = De routekaart op één A4: per zorg wie u eerst belt, het nummer, hoe snel en de termijn
    .lang =
        De routekaart op één A4: per zorg wie u eerst belt, het nummer, hoe snel en de termijn

        Voorbeeld: routekaart kaart --gemeente uithoorn > routekaart-uithoorn.txt

        Voor een school en een leerling in de gemeente van --gemeente, of anders die van het profiel van de school (routekaart school). Met dat profiel staan de eigen contactpersonen van de school erbij. Afgeleid uit dezelfde routes als het plan.
arg-kaart-gemeente = De gemeente van de school en de leerling (id of naam); standaard die van het profiel
    .waarde = GEMEENTE
arg-kaart-format = Uitvoer: text, json of html
    .waarde = FORMAT
arg-kaart-school = Het profiel van de school (standaard: ROUTEKAART_SCHOOL, of het profiel dat `routekaart school` maakte)
    .waarde = BESTAND

cmd-school = Het profiel van uw school maken of wijzigen: gemeente, soort school en eigen contactpersonen
    .lang =
        Het profiel van uw school maken of wijzigen: gemeente, soort school en eigen contactpersonen

        Voorbeeld: routekaart school

        Plannen en de kaart noemen dan eerst de eigen contactpersonen van de school. Het profiel staat in de map met instellingen van uw computer (--pad toont waar), of in het bestand van --school of ROUTEKAART_SCHOOL. Het bevat alleen gegevens van medewerkers, nooit van leerlingen.
arg-school-voorbeeld = Toon een voorbeeldprofiel met uitleg, om zelf in te vullen, in plaats van de vragen
arg-school-pad = Toon alleen waar het profiel staat
arg-school-school = Het profiel dat u maakt of wijzigt (standaard: ROUTEKAART_SCHOOL, of school.yaml in de map met instellingen)
    .waarde = BESTAND

cmd-export = De hele kaart als één afdrukbaar document, om met partners door te lopen
    .lang =
        De hele kaart als één afdrukbaar document, om met partners door te lopen

        Voorbeeld: routekaart export --format markdown -o routekaart.md
arg-export-format = Uitvoer: text, markdown of html (één bestand om af te drukken op A4)
    .waarde = FORMAT
arg-export-regio = Alleen de landelijke kern en deze regio (de naam van de map in regios/)
    .waarde = REGIO
arg-export-output = Schrijf naar dit bestand in plaats van naar de uitvoer
    .waarde = BESTAND
arg-export-force = Overschrijf het bestand als het al bestaat

cmd-schema = JSON Schema van de kaartbestanden: aanvulling en uitleg in een editor
    .lang =
        JSON Schema van de kaartbestanden: aanvulling en uitleg in een editor

        Voorbeeld: routekaart schema --dir schema

        Met SOORT het schema van dat bestand (routekaart, organisaties, gemeenten, vragen, adviezen, regels, scenarios of regio); met --dir alle acht, als SOORT.schema.json. Zet bovenaan een kaartbestand `# yaml-language-server: $schema=../schema/vragen.schema.json` (het pad vanaf dat bestand), dan vullen VS Code (met de YAML-extensie van Red Hat) en andere editors sleutels aan, tonen ze uitleg en markeren ze typfouten.
arg-schema-kind = Het kaartbestand: routekaart, organisaties, gemeenten, vragen, adviezen, regels, scenarios of regio
    .waarde = SOORT
arg-schema-dir = Schrijf alle schema's in deze map (SOORT.schema.json; bestaande worden vervangen)
    .waarde = MAP

cmd-completions = Aanvulling met Tab voor bash, zsh, fish, PowerShell of elvish
    .lang =
        Aanvulling met Tab voor bash, zsh, fish, PowerShell of elvish

        Voorbeeld: routekaart completions bash > ~/.local/share/bash-completion/completions/routekaart

        Het script gaat naar de uitvoer; zet het waar de shell het leest (zie de README).
arg-completions-shell = De shell: bash, zsh, fish, powershell of elvish
    .waarde = SHELL

cmd-man = De handleiding als man-pagina (roff), gemaakt uit deze hulp
    .lang =
        De handleiding als man-pagina (roff), gemaakt uit deze hulp

        Voorbeeld: routekaart man | man -l -

        Zonder --dir gaat de pagina routekaart(1) naar de uitvoer; met --dir komen daar ook de pagina's per opdracht bij (routekaart-check.1, …).
arg-man-dir = Schrijf alle pagina's in deze map (routekaart.1 en routekaart-OPDRACHT.1)
    .waarde = MAP

cmd-help = De hulp bij routekaart, of bij één opdracht
    .lang =
        De hulp bij routekaart, of bij één opdracht

        Voorbeeld: routekaart help check (hetzelfde als routekaart check --help)
arg-help-command = De opdracht (ask, advise, check, …); zonder: de hulp bij routekaart zelf
    .waarde = OPDRACHT

## The help of each value of a fixed list (`value-<value>`), shown beside the
## value by Tab completion in zsh and fish; the same for every option that
## offers the value.
value-auto = Alleen in een terminal, en niet als NO_COLOR gezet is
value-always = Altijd, ook naar een bestand of pipe
value-never = Nooit
value-nl = Nederlands
value-en = Engels
value-text = Platte tekst, om af te drukken
value-markdown = Markdown, voor een wiki of om om te zetten naar PDF
value-json = JSON, voor scripts en andere programma's
value-html = Eén HTML-bestand om af te drukken op A4
value-table = Een tabel voor mensen
value-csv = CSV, voor een spreadsheet
value-human = Voor mensen: per bestand, met de regel en een hint
value-junit = JUnit-XML, het testrapport voor CI
value-github = Annotaties voor GitHub Actions
value-sarif = SARIF 2.1.0, voor code scanning
value-mermaid = Mermaid, getoond door GitHub en GitLab
value-dot = DOT, voor Graphviz (dot -Tsvg, dot -Tpng)
value-bash = Bash
value-zsh = Zsh
value-fish = Fish
value-powershell = PowerShell
value-elvish = Elvish
value-routekaart = routekaart.yaml: de beschrijving van de kaart
value-organisaties = organisaties.yaml: de organisaties en hun contactgegevens
value-gemeenten = gemeenten.yaml: per gemeente wie welke rol vervult
value-vragen = vragen.yaml: de vragen
value-adviezen = adviezen.yaml: de adviezen
value-regels = regels.yaml: de regels die check bewijst
value-scenarios = scenarios.yaml: voorbeelden met hun verwachte plan
value-regio = regio.yaml: de beschrijving van een regio
