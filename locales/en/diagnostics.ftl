# Problems the loader finds in a map's files, and the words that numbers and
# lists are written with. Each diagnostic's message id is its code
# (`onbekende-sleutel`); `.help` says how to fix it.

## Numbers and lists

# The mark between whole and fraction: 94.1% and 33.0 MiB.
decimaalteken = .
# The word before the last item of a list: `a`, `b` and `c`.
lijst-en = and
# Between groups of three digits: 1,152,921,504,606,846,976.
duizendtalteken = ,
# How a date is written: `cijfers` (07-03-2026) or `woorden` (7 March 2026,
# with the names below), which no reader takes for 11 March.
datum-vorm = woorden
maand = { $n ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}

## Kinds of id: the noun, at the start of a sentence, "unknown …",
## "this …", and the file where such ids are defined.

idsoort-vraag-of-advies = question or advice
    .begin = Question or advice
    .onbekend = unknown question or advice
    .deze = this question or advice
    .bestand = vragen.yaml or adviezen.yaml
idsoort-organisatie = organisation
    .begin = Organisation
    .onbekend = unknown organisation
    .deze = this organisation
    .bestand = organisaties.yaml
idsoort-rol = role
    .begin = Role
    .onbekend = unknown role
    .deze = this role
    .bestand = routekaart.yaml (rollen)
idsoort-gemeente = municipality
    .begin = Municipality
    .onbekend = unknown municipality
    .deze = this municipality
    .bestand = gemeenten.yaml
idsoort-vraag = question
    .begin = Question
    .onbekend = unknown question
    .deze = this question
    .bestand = vragen.yaml
idsoort-advies = advice
    .begin = Advice
    .onbekend = unknown advice
    .deze = this advice
    .bestand = adviezen.yaml
idsoort-organisatie-of-rol = organisation or role
    .begin = Organisation or role
    .onbekend = unknown organisation or role
    .deze = this organisation or role
    .bestand = organisaties.yaml or routekaart.yaml (rollen)
idsoort-regel = rule
    .begin = Rule
    .onbekend = unknown rule
    .deze = this rule
    .bestand = regels.yaml
idsoort-thema = theme
    .begin = Theme
    .onbekend = unknown theme
    .deze = this theme
    .bestand = vragen.yaml (themas)
idsoort-antwoord = answer
    .begin = Answer
    .onbekend = unknown answer
    .deze = this answer
    .bestand = vragen.yaml (opties)

## The labels of a rendered diagnostic

ernst-fout = error
ernst-waarschuwing = warning
label-hulp = help

## Problems in the files

bestand-ontbreekt = file is missing
    .help = a routekaart folder holds routekaart.yaml, organisaties.yaml, gemeenten.yaml, vragen.yaml and adviezen.yaml
geen-map = this is not a folder of routekaart files
    .help = give the folder with the YAML files with --routekaart
bestand-te-groot = file is too large: { $size } (the limit is { $limit })
    .help = split the file or make it smaller
geen-utf8 = file is not UTF-8 text
    .help = save the file as UTF-8 (in most editors: ‘Save as’ → encoding UTF-8)
niet-leesbaar = file cannot be read: { $reason }
leeg-bestand = file is empty
    .help = fill the file, or remove it if it is not needed
yaml-syntax = not valid YAML: { $message }
yaml-tab = there is a tab in the indentation
    .help = YAML counts spaces only: replace the tab with spaces, as many as the lines above that belong with it
yaml-dubbele-punt-ontbreekt = the colon after `{ $key }` is missing
    .help = write a key with a colon and a space: `{ $key }: value`
yaml-spatie-na-dubbele-punt = the space after `{ $key }:` is missing
    .help = put a space after the colon: `{ $key }: value`
yaml-onbekend-anker = `*{ $alias }` refers to an anchor `&{ $alias }` that does not exist
    .help = put `&{ $alias }` earlier in this file at the value you want to repeat, or write the value out here; for a text that starts with an asterisk, put it in quotes
yaml-haakje-open = this `{ $bracket }` is never closed
    .help = close the list with `{ $closing }`, for example `naar: [a, b]`; if the bracket belongs to a text, put the text in quotes
yaml-aanhalingsteken-open = a quote is never closed
    .help = end the text with the same quote it starts with
yaml-tekst-na-aanhalingsteken = there is more text after the closing quote
    .help = put the whole text in quotes, or remove the quotes
yaml-dubbele-punt-in-tekst = there is a colon followed by a space in the middle of a text
    .help = put the whole text in quotes, for example `tekst: "Note: call first"`
yaml-onder-een-waarde = this line is indented further than line { $line }, so it belongs to the text on that line
    .help = put the key exactly below the key on line { $line }, with as many spaces before it
yaml-inspringen = this line is not indented as far as the lines it belongs with
    .help = put the keys of one item exactly below each other; a new item of a list starts with `- ` right below the `- ` above
yaml-gereserveerd-teken = a value may not start with { $character }
    .help = put the text in quotes, for example: tekst: "{ $character }…"
yaml-stuurteken = there is a character here that a YAML file may not contain (a control character or binary data)
    .help = remove the character and save the file as plain text (UTF-8)
yaml-blokteken = after `|` or `>` the text belongs on the next lines
    .help = put the text on a new line, indented further than the key; or remove the `|` or `>`
yaml-einde = the file ends unexpectedly
    .help = check that the file was saved completely and that every quote and bracket is closed
yaml-geen-getal = `.nan` or `.inf` is not a number
    .help = write a whole number
yaml-te-diep = nested too deep: more than { $depth } levels (a map has about 8)
    .help = check the indentation: is every key below the key it belongs to?
yaml-opbouw = the structure of the file does not hold here
    .help = check the indentation (spaces, no tabs) and the colons around this place
meer-documenten = file holds more than one YAML document (`---`)
    .help = remove the extra `---`; one file is one document
onbekende-sleutel = unknown key `{ $key }`
    .help = allowed: { $allowed }
    .help-met-suggestie = did you mean `{ $suggestion }`? Allowed: { $allowed }
sleutel-ontbreekt = required key `{ $key }` is missing
    .help = add `{ $key }:`
onbekende-waarde = unknown value `{ $value }`
    .help = allowed: { $allowed }
    .help-met-suggestie = did you mean `{ $suggestion }`? Allowed: { $allowed }
verkeerd-type = wrong kind of value: { $found }, expected { $expected }
dubbele-sleutel = key `{ $key }` is here twice
    .help = remove one of the two
te-diep-of-groot = file is too large or too deeply nested: { $what }
    .help = split the file, or simplify the YAML (less nesting, no anchors)
dubbel-id = { $kind } `{ $id }` already exists
    .help = give each { $noun } an id of its own
    .help-met-eerste = the first one is at { $first }; give each { $noun } an id of its own
ongeldig-id = { $kind } `{ $id }` is not a valid id
    .help = use only letters a-z, digits, `-`, `_` and `.`: no spaces, commas, `=`, accented letters or control characters (an id is typed in `--answer id=value`)
onbekende-verwijzing = reference to an { $unknown } `{ $id }`
    .help = add { $this } in { $file }
    .help-met-suggestie = did you mean `{ $suggestion }`?
sleutel-past-niet = question `{ $id }`: key `{ $field }` does not belong to kind `{ $soort }`
    .help = remove the key or choose another `soort`
sleutel-ontbreekt-voor-soort = question `{ $id }` of kind `{ $soort }` lacks key `{ $field }`
    .help = add `{ $field }:`
geen-antwoorden = question `{ $id }` has no answers
    .help = give at least one answer with `naar:` under `opties:`
dubbel-antwoord = question `{ $question }`: answer `{ $value }` is there twice
    .help = give each answer a `waarde` of its own
contact-rol-of-organisatie = advice `{ $advice }`: a contact names either a `rol` or an `organisatie`, exactly one of them
    .help = write `rol: leerplicht` (looked up per municipality) or `organisatie: veilig-thuis-amsterdam-amstelland`
geen-contacten = advice `{ $advice }` names no contact at all
    .help = add at least one contact under `contacten:`
bereik-achteruit = question `{ $question }`: the range from { $van } up to and including { $tot } runs backwards
    .help = put the smaller number at `van`
bereik-gat = question `{ $question }`: the number { $value } falls in no range
    .help = let the ranges join up from `min` to `max`
bereik-overlap = question `{ $question }`: the number { $value } falls in two ranges
    .help = let each range start one after the end of the one before
min-boven-max = question `{ $question }`: min ({ $min }) is greater than max ({ $max })
    .help = swap `min` and `max`
start-geen-vraag = `start` must point at a question, but `{ $id }` is an advice
kring = the questions form a cycle: { $path }
    .help = a question may not lead back to itself (through other questions)
ongeldige-datum = `{ $value }` is not a valid date
    .help = write a date as YYYY-MM-DD, for example 2026-11-23
geen-gemeenten = there is no municipality at all in gemeenten.yaml
    .help = add at least one municipality with its roles
lege-naar = `naar` is an empty list
    .help = name at least one question or advice at `naar:`
antwoord-van = question `{ $question }` cannot take the answer of `{ $source }`: { $reason }
antwoord-van-advies = `{ $source }` is an advice
    .help = let `antwoord_van` point at an ordinary question (one with `tekst`)
antwoord-van-keten = `{ $source }` itself takes the answer of another question
    .help = let `antwoord_van` point at an ordinary question (one with `tekst`)
antwoord-van-soort = `{ $source }` is of kind `{ $soort }`
    .help = give this question `soort: { $soort }`
antwoord-van-gemeente = `{ $source }` asks for a municipality
    .help = a municipality is asked once; roles follow it by themselves (gemeenten.yaml)
antwoord-van-opties = the answers (`waarde`) differ
    .help = name the same values in the same order: { $values }
antwoord-van-sleutel = key `{ $field }` belongs to `{ $source }`, not here
    .help = remove the key; it comes from the question at `antwoord_van`
mijlpaal-vraag = advice `{ $advice }`: a milestone counts from question `{ $question }`, but that is not a number in weeks
    .help = let `vraag` point at a question with `soort: getal` and `eenheid: weken` (written like that: the unit routekaart knows, not a text of its own), and set `na_weken` above 0
dossierrol-ingevuld = role `{ $role }` comes from the pupil's file (`bepaald_door: dossier`) and gets no organisation
    .help = remove the role from the municipality (or `buiten_de_kaart`), or choose another `bepaald_door`

## Answers given on the command line

antwoord-dubbel = question `{ $question }` got two answers: `{ $first }` and `{ $second }`
    .help = give each question one --answer
antwoord-dubbel-meerkeuze = { antwoord-dubbel }
    .help = for a multiple-choice question, name all choices in one answer: --answer { $example }
