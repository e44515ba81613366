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
