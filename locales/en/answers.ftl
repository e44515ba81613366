# Answers to questions: the labels the tool gives, and why a given answer does
# not fit (src/core/answer.rs). The map's own labels come from its YAML.

antwoord-ja = Yes
antwoord-nee = No
antwoord-andere-gemeente = Another municipality (outside this map)
antwoord-ongeldig = `{ $antwoord }` is not a valid answer to question `{ $vraag }`. Valid are:
antwoord-leeg = question `{ $vraag }` needs an answer
antwoord-optie-dubbel = question `{ $vraag }`: `{ $optie }` is in the answer twice
antwoord-geen-getal = `{ $antwoord }` is not a whole number; question `{ $vraag }` asks for a number from { $min } to { $max }
antwoord-buiten-bereik = { $antwoord } is outside { $min } to { $max }, the range of question `{ $vraag }`
antwoord-geen-ja-nee = `{ $antwoord }` is not an answer to question `{ $vraag }`; valid are `ja` (yes) and `nee` (no)
antwoord-vraag-onbekend = question `{ $vraag }` does not exist in this map
antwoord-bedoelde-u = did you mean `{ $vraag }`?
antwoord-eerste-vraag = `routekaart advise` without answers shows the first question
# The word before a hint: "= help: …".
antwoord-hulp = help
