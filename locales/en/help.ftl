# clap's texts: the help of each command and option, usage lines and clap's
# own errors, fed to clap's override machinery.

## clap's errors: `error: …`, a hint, the usage line and where to find more

clap-bedoelde-u = help: did you mean `{ $suggestion }`?
clap-meer-uitleg = More help
# Follows a list of the values there are: "…; choose from `a`, `b` and `c`".
clap-kies-uit = choose from { $list }
# $rest is empty, or "; choose from …", or ": " and why the value was refused.
clap-waarde-nodig = { $arg } needs a value{ $rest }
clap-ongeldige-waarde = `{ $value }` is not a valid value for { $arg }{ $rest }
clap-onbekende-optie = unknown option `{ $arg }`
clap-onbekende-opdracht = unknown command `{ $command }`
clap-ontbreekt = this is still missing: { $missing }
clap-een-keer = { $arg } may be given only once
clap-niet-samen = { $arg } cannot be used with { $prior }
clap-met-is = write the value with `=`: { $arg }=VALUE
clap-waarde-te-veel = `{ $value }` is one value too many for { $arg }
clap-aantal-waarden = { $arg } needs a different number of values
clap-geef-opdracht = give a command
clap-geen-utf8 = an argument is not valid text (UTF-8)

## Why a value of an option was refused (after "is not a valid value for --x: ")

waarde-geen-getal = `{ $text }` is not a whole number of 0 or more
waarde-te-smal = { $width } columns is too narrow; give 40 or more
waarde-geen-percentage = `{ $text }` is not a percentage; write for example 90 or 92.5
waarde-buiten-bereik = `{ $text }` is not between 0 and 100

## clap's own words in the help

# The heading of the usage line: "Usage: routekaart [OPTIONS] [COMMAND]".
help-gebruik = Usage
help-opties-tag = [OPTIONS]
help-opdrachten = Commands
help-opdracht = COMMAND
help-argumenten = Arguments
help-opties = Options
help-algemene-opties = Global options
# Before a default value in the help: "[default: human]".
help-standaard = default
help-hulp = Print help (more with --help)
help-hulp-lang = Print help (shorter with -h)
help-versie = Print the version

## The examples under the top-level help and in the man page: what each
## does, and its command line (`.opdracht`).

help-voorbeelden = Examples
help-voorbeeld-vragenlijst = the questionnaire
    .opdracht = routekaart
help-voorbeeld-advise = a plan without the questionnaire
    .opdracht = routekaart advise -a signaal=verzuim …
help-voorbeeld-check = check a map of your own
    .opdracht = routekaart check my-region --strict
help-voorbeeld-orgs = the directory of one municipality
    .opdracht = routekaart orgs --gemeente aalsmeer
help-voorbeeld-help = help with one command
    .opdracht = routekaart help check

## The man pages: the manual's name and the section headings.

man-handleiding = routekaart manual
man-naam = NAME
man-overzicht = SYNOPSIS
man-beschrijving = DESCRIPTION
man-opties = OPTIONS
man-opdrachten = COMMANDS
man-versie = VERSION
man-auteurs = AUTHORS

## The help of each command (`cmd-<command>`, the long form in `.lang`) and
## of each option or argument (`arg-<command>-<id>`, with `.lang` and the
## placeholder of its value, `.waarde`). routekaart itself is `routekaart`.

cmd-routekaart = routekaart: which organisation do you contact for which worry about a pupil?
    .lang =
        routekaart: which organisation do you contact for which worry about a pupil?

        Answer a few questions and get one plan: whom you call first and whom next, how soon, why, what you prepare and on what grounds. Without a command the questionnaire starts.
arg-routekaart-routekaart = Folder with the YAML files of a map of your own (default: the built-in map with Amstelland en de Meerlanden, Zuidoost-Drenthe and Groningen)
    .waarde = DIR
arg-routekaart-width = Width of tables and printouts in columns (default: the terminal's width; otherwise 80, and 76 for a plan, to fit A4)
    .waarde = COLUMNS
arg-routekaart-color = Colour: auto (only in a terminal, and not when NO_COLOR is set), always or never
    .waarde = WHEN
arg-routekaart-lang = Language of routekaart's text: nl or en (default: from LC_ALL, LC_MESSAGES or LANG; otherwise Dutch). Map texts in English where the map has them.
    .waarde = LANG

cmd-ask = Questionnaire in the terminal: questions, review, plan and saving
    .lang =
        Questionnaire in the terminal: questions, review, plan and saving

        Example: routekaart ask -o plan.txt
arg-ask-output = Save the plan in this file (text; markdown or HTML when the name ends in .md or .html)
    .waarde = FILE
arg-ask-force = Replace the file if it exists
arg-ask-uitgebreid = Add an appendix after the plan: route, answers and the command for the same plan
arg-ask-school = The school's profile (default: ROUTEKAART_SCHOOL, or the profile that `routekaart school` made)
    .waarde = FILE

cmd-advise = Plan without the questionnaire, for scripts and CI: answers as options or a file
    .lang =
        Plan without the questionnaire, for scripts and CI: answers as options or a file

        Example: routekaart advise --answer schoolgemeente=amstelveen --answer woongemeente=aalsmeer --answer signaal=verzuim --answer verzuim-uren=16

        Exit code 0: plan on stdout. 3: another answer is needed; the question is on stdout. 2: an answer is wrong.
arg-advise-answers = An answer: question-id=value; multiple choice with commas (signaal=verzuim,ziekte)
    .waarde = ID=VALUE
arg-advise-answers_file = YAML file of answers (question-id: value); --answer takes precedence
    .waarde = FILE
arg-advise-format = Output: text (printable), markdown, json or html (one file to print)
    .waarde = FORMAT
arg-advise-output = Also save the plan in this file (in the chosen format)
    .waarde = FILE
arg-advise-force = Replace the file if it exists
arg-advise-uitgebreid = Add an appendix after the plan: route, answers and the command for the same plan (JSON always has everything)
arg-advise-school = The school's profile (default: ROUTEKAART_SCHOOL, or the profile that `routekaart school` made)
    .waarde = FILE

cmd-check = Check a map: files, references, shape, municipalities, contact data, urgency, dates, rules, scenarios and coverage
    .lang =
        Check a map: files, references, shape, municipalities, contact data, urgency, dates, rules, scenarios and coverage

        Example: routekaart check routekaart --strict --format junit > check.xml

        Without DIR the built-in map is checked. Exit code 0: fine. 1: errors found (with --strict warnings too). 2: the folder cannot be read, or a wrong call.
arg-check-dir = Folder with the map's files (default: the built-in map)
    .waarde = DIR
arg-check-format = Output: human (for people), json, junit (CI test report), github (annotations) or sarif
    .waarde = FORMAT
arg-check-strict = Let warnings fail too (exit code 1)
arg-check-max_age = Warn when contact data has not been verified for more than this many months
    .waarde = MONTHS
arg-check-min_coverage = Fail when the scenarios cover less than this percentage of the map (0 to 100)
    .waarde = PERCENT
arg-check-bless = Rewrite the scenarios' kept summaries instead of comparing them
arg-check-regio = Check only the national core with this region (the folder's name in regios/)
    .waarde = REGION
arg-check-school = Check a school's profile against the map instead of the map: roles, municipality, kind of school, dates, phone numbers and e-mail addresses
    .waarde = FILE

cmd-orgs = The directory: organisations, their roles per municipality and contact data
    .lang =
        The directory: organisations, their roles per municipality and contact data

        Example: routekaart orgs --gemeente aalsmeer --rol leerplicht
arg-orgs-gemeente = Only the organisations that fill a role in this municipality (id or name), and those an advice names directly (such as 112)
    .waarde = MUNICIPALITY
arg-orgs-rol = Only the organisations that fill this role (id or name)
    .waarde = ROLE
arg-orgs-format = Output: table, json or csv
    .waarde = FORMAT

cmd-routes = Every route from the first question to a plan, with a fixed short code per route
    .lang =
        Every route from the first question to a plan, with a fixed short code per route

        Example: routekaart routes --gemeente amstelveen --format csv > routes.csv

        A route takes one answer per question, for multiple choice one signal; several signals together give the merged plan of their routes. With more routes than --max-routes the table counts per advice how many routes lead there.
arg-routes-gemeente = Contacts for a pupil who lives, and goes to school, in this municipality
    .waarde = MUNICIPALITY
arg-routes-regio = Only the national core and this region (the folder's name in regios/)
    .waarde = REGION
arg-routes-format = Output: table, json or csv
    .waarde = FORMAT
arg-routes-max_routes = Count per advice instead of showing every route when there are more than this
    .waarde = COUNT

cmd-graph = The map as a flowchart: Mermaid (GitHub, GitLab) or DOT (Graphviz)
    .lang =
        The map as a flowchart: Mermaid (GitHub, GitLab) or DOT (Graphviz)

        Example: routekaart graph --format dot --signaal verzuim | dot -Tsvg > verzuim.svg
arg-graph-format = Output: mermaid or dot
    .waarde = FORMAT
arg-graph-signaal = Draw only the branch of this signal (a value of the signal question)
    .waarde = SIGNAL

cmd-diff = The routes whose plan changes between two versions of a map
    .lang =
        The routes whose plan changes between two versions of a map

        Example: routekaart diff HEAD routekaart (the last commit against the folder as it is now)

        OLD is a folder, or a git revision of the folder NEW.
arg-diff-old = The old map: a folder, or a git revision (HEAD, main, v0.2.0) of the folder NEW
    .waarde = OLD
arg-diff-new = The new map: a folder
    .waarde = NEW
arg-diff-format = Output: table, json or csv
    .waarde = FORMAT
arg-diff-max_routes = Compare per advice instead of per route when a map has more routes than this
    .waarde = COUNT

cmd-kaart = The routekaart on one A4: per worry whom you call first, the number, how soon and the deadline
    .lang =
        The routekaart on one A4: per worry whom you call first, the number, how soon and the deadline

        Example: routekaart kaart --gemeente uithoorn > routekaart-uithoorn.txt

        For a school and a pupil in the municipality of --gemeente, or else that of the school's profile (routekaart school). With that profile the school's own contacts are on it. Derived from the same routes as the plan.
arg-kaart-gemeente = The municipality of the school and the pupil (id or name); default: the profile's
    .waarde = MUNICIPALITY
arg-kaart-format = Output: text, json or html (one file to print)
    .waarde = FORMAT
arg-kaart-school = The school's profile (default: ROUTEKAART_SCHOOL, or the profile that `routekaart school` made)
    .waarde = FILE

cmd-school = Make or change your school's profile: municipality, kind of school and own contacts
    .lang =
        Make or change your school's profile: municipality, kind of school and own contacts

        Example: routekaart school

        Plans and the kaart then name the school's own contacts first. The profile is kept in your computer's settings folder (--pad shows where), or in the file of --school or ROUTEKAART_SCHOOL. It holds staff data only, never pupils'.
arg-school-voorbeeld = Show an example profile with explanations, to fill in yourself, instead of the questions
arg-school-pad = Show only where the profile is kept
arg-school-school = The profile you make or change (default: ROUTEKAART_SCHOOL, or school.yaml in the settings folder)
    .waarde = FILE

cmd-export = The whole map as one printable document, to go through with partners
    .lang =
        The whole map as one printable document, to go through with partners

        Example: routekaart export --format markdown -o routekaart.md
arg-export-format = Output: text, markdown or html (one file to print on A4)
    .waarde = FORMAT
arg-export-regio = Only the national core and this region (the folder's name in regios/)
    .waarde = REGION
arg-export-output = Write to this file instead of to the output
    .waarde = FILE
arg-export-force = Replace the file if it exists

cmd-schema = JSON Schema of the map files: completion and help in an editor
    .lang =
        JSON Schema of the map files: completion and help in an editor

        Example: routekaart schema --dir schema

        With KIND the schema of that file (routekaart, organisaties, gemeenten, vragen, adviezen, regels, scenarios or regio); with --dir all eight, as KIND.schema.json. Put `# yaml-language-server: $schema=../schema/vragen.schema.json` at the top of a map file (the path from that file), and VS Code (with Red Hat's YAML extension) and other editors complete keys, show help and mark typos.
arg-schema-kind = The map file: routekaart, organisaties, gemeenten, vragen, adviezen, regels, scenarios or regio
    .waarde = KIND
arg-schema-dir = Write every schema in this folder (KIND.schema.json; existing ones are replaced)
    .waarde = DIR

cmd-completions = Tab completion for bash, zsh, fish, PowerShell or elvish
    .lang =
        Tab completion for bash, zsh, fish, PowerShell or elvish

        Example: routekaart completions bash > ~/.local/share/bash-completion/completions/routekaart

        The script goes to the output; put it where the shell reads it (see the README).
arg-completions-shell = The shell: bash, zsh, fish, powershell or elvish
    .waarde = SHELL

cmd-man = The manual as a man page (roff), made from this help
    .lang =
        The manual as a man page (roff), made from this help

        Example: routekaart man | man -l -

        Without --dir the page routekaart(1) goes to the output; with --dir the pages per command come too (routekaart-check.1, …).
arg-man-dir = Write every page in this folder (routekaart.1 and routekaart-COMMAND.1)
    .waarde = DIR

cmd-help = Help with routekaart, or with one command
    .lang =
        Help with routekaart, or with one command

        Example: routekaart help check (the same as routekaart check --help)
arg-help-command = The command (ask, advise, check, …); without: the help of routekaart itself
    .waarde = COMMAND

## The help of each value of a fixed list (`value-<value>`), shown beside the
## value by Tab completion in zsh and fish; the same for every option that
## offers the value.
value-auto = Only in a terminal, and not when NO_COLOR is set
value-always = Always, also to a file or pipe
value-never = Never
value-nl = Dutch
value-en = English
value-text = Plain text, to print
value-markdown = Markdown, for a wiki or to convert to PDF
value-json = JSON, for scripts and other programs
value-html = One HTML file to print on A4
value-table = A table for people
value-csv = CSV, for a spreadsheet
value-human = For people: per file, with the line and a hint
value-junit = JUnit XML, the test report for CI
value-github = Annotations for GitHub Actions
value-sarif = SARIF 2.1.0, for code scanning
value-mermaid = Mermaid, shown by GitHub and GitLab
value-dot = DOT, for Graphviz (dot -Tsvg, dot -Tpng)
value-bash = Bash
value-zsh = Zsh
value-fish = Fish
value-powershell = PowerShell
value-elvish = Elvish
value-routekaart = routekaart.yaml: the description of the map
value-organisaties = organisaties.yaml: the organisations and their contact data
value-gemeenten = gemeenten.yaml: per municipality who fills which role
value-vragen = vragen.yaml: the questions
value-adviezen = adviezen.yaml: the advices
value-regels = regels.yaml: the rules that check proves
value-scenarios = scenarios.yaml: examples with their expected plan
value-regio = regio.yaml: the description of a region
