# `routekaart ask`: the questionnaire's own words (the questions come from the map).

# Shown after a question that Esc or Ctrl-C stopped (inquire says "<canceled>").
ask-gestopt = (gestopt)
# A refused answer without a message of its own.
ask-ongeldig = Dit antwoord kan niet.

# The number question: what is wrong with the answer typed.
ask-getal-leeg = Typ een geheel getal van { $min } tot en met { $max }.
ask-getal-geen-getal = ‘{ $given }’ is geen geheel getal. Typ een getal van { $min } tot en met { $max }.
ask-getal-buiten = { $given } kan hier niet. Typ een getal van { $min } tot en met { $max }.

# Saving the plan: the file name, with a free name as the default.
ask-bestandsnaam = Bestandsnaam:
ask-bestandsnaam-hulp = Enter: opslaan onder deze naam · of typ een andere naam (op .md of .html: markdown of HTML) · Tab: deze naam aanpassen · Ctrl-A begin · Ctrl-E eind · Ctrl-W woord wissen · Ctrl-U alles wissen · Esc stoppen
ask-bestandsnaam-leeg = Geef een bestandsnaam, of druk alleen op Enter voor de voorgestelde naam.
