# Problems the loader finds in a map's files, and the words that numbers and
# lists are written with. Each diagnostic's message id is its code
# (`onbekende-sleutel`); `.help` says how to fix it.

## Numbers and lists

# The mark between whole and fraction: 94.1% and 33.0 MiB.
decimaalteken = .
# The word before the last item of a list: `a`, `b` and `c`.
lijst-en = and

## Answers given on the command line

antwoord-dubbel = question `{ $question }` got two answers: `{ $first }` and `{ $second }`
    .help = give each question one --answer
antwoord-dubbel-meerkeuze = { antwoord-dubbel }
    .help = for a multiple-choice question, name all choices in one answer: --answer { $example }
