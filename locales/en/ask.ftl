# `routekaart ask`: the questionnaire's own words (the questions come from the map).

# Shown after a question that Esc or Ctrl-C stopped (inquire says "<canceled>").
ask-gestopt = (stopped)
# A refused answer without a message of its own.
ask-ongeldig = This answer is not possible.

# The number question: what is wrong with the answer typed.
ask-getal-leeg = Type a whole number from { $min } to { $max }.
ask-getal-geen-getal = ‘{ $given }’ is not a whole number. Type a number from { $min } to { $max }.
ask-getal-buiten = { $given } is not possible here. Type a number from { $min } to { $max }.

# Saving the plan: the file name, with a free name as the default.
ask-bestandsnaam = File name:
ask-bestandsnaam-hulp = Enter: save under this name · or type another name (ending in .md or .html: markdown or HTML) · Tab: change this name · Ctrl-A start · Ctrl-E end · Ctrl-W erase a word · Ctrl-U erase all · Esc stop
ask-bestandsnaam-leeg = Give a file name, or press just Enter for the suggested name.

# The questionnaire's frame: going back, the keys, refused choices.
ask-vorige-vraag = ← Previous question
toetsen-kiezen = ↑↓ choose · Enter confirm · Esc stop
toetsen-meerkeuze = ↑↓ choose · space on/off · Enter confirm · Esc stop
ask-kies-een = Choose at least one answer (space).
ask-kies-een-of-terug = Choose at least one answer (space), or ‘{ $back }’.
ask-terug-alleen = Choose ‘{ $back }’ on its own, without other answers.

# A question with themes, asked in two screens.
ask-themas-hulp = First choose one or more themes, then the worries within them · type to search · ↑↓ choose · space on/off · Enter confirm · Esc stop
ask-andere-themas = ← Choose other themes
ask-welke-zorgen = Which worries exactly? Choose everything that applies.

# Before the first question, and without a terminal.
ask-welkom = { $naam } (version { $versie }). Answer the questions; you can always go back. Nothing is saved unless you ask for it.
ask-geen-terminal = the questionnaire needs a terminal, but the input does not come from a terminal.
ask-geen-terminal-hulp = help: in scripts use `routekaart advise --answer question=value …`; `routekaart advise` without answers shows the first question

# The number question's keys; $rest is the unit and, when possible, how to go back.
toetsen-getal = a whole number from { $min } to { $max }{ $rest } · Esc stop
ask-typ-terug = type < for the previous question

# The review of the answers, before the plan.
ask-overzicht-titel = Overview of your answers:
ask-kolom-vraag = Question
ask-kolom-antwoord = Your answer
ask-klopt-overzicht = Is this overview right?
ask-toon-plan = Yes, show the plan
ask-antwoord-wijzigen = Change an answer
ask-welk-antwoord = Which answer do you want to change?
ask-terug-overzicht = ← Back to the overview

# Saving the plan.
ask-opslaan = Do you want to save this plan?
ask-nee = No
ask-ja-tekstbestand = Yes, as a text file
ask-bestaat-al = { $path } already exists. Replace it?
ask-andere-naam-kiezen = No, choose another name
ask-vervangen = Yes, replace it
ask-andere-naam = Choose another name or folder, or stop with Esc.
ask-plan-opgeslagen = Plan saved in { $path } (readable by you only).
