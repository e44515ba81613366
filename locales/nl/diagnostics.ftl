# Problems the loader finds in a map's files, and the words that numbers and
# lists are written with. Each diagnostic's message id is its code
# (`onbekende-sleutel`); `.help` says how to fix it.

## Numbers and lists

# The mark between whole and fraction: 94,1% and 33,0 MiB.
decimaalteken = ,
# The word before the last item of a list: `a`, `b` en `c`.
lijst-en = en

## Answers given on the command line

antwoord-dubbel = vraag `{ $question }` kreeg twee antwoorden: `{ $first }` en `{ $second }`
    .help = geef elke vraag één --answer
antwoord-dubbel-meerkeuze = { antwoord-dubbel }
    .help = noem bij een meerkeuzevraag alle keuzes in één antwoord: --answer { $example }
