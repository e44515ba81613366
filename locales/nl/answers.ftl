# Answers to questions: the labels the tool gives, and why a given answer does
# not fit (src/core/answer.rs). The map's own labels come from its YAML.

antwoord-ja = Ja
antwoord-nee = Nee
antwoord-andere-gemeente = Een andere gemeente (buiten deze routekaart)
antwoord-ongeldig = `{ $antwoord }` is geen geldig antwoord op vraag `{ $vraag }`. Geldig zijn:
antwoord-leeg = vraag `{ $vraag }` heeft een antwoord nodig
antwoord-optie-dubbel = vraag `{ $vraag }`: `{ $optie }` staat twee keer in het antwoord
antwoord-geen-getal = `{ $antwoord }` is geen geheel getal; vraag `{ $vraag }` vraagt een getal van { $min } tot en met { $max }
antwoord-buiten-bereik = { $antwoord } valt buiten { $min } tot en met { $max }, het bereik van vraag `{ $vraag }`
antwoord-geen-ja-nee = `{ $antwoord }` is geen antwoord op vraag `{ $vraag }`; geldig zijn `ja` en `nee`
antwoord-vraag-onbekend = vraag `{ $vraag }` bestaat niet in deze routekaart
antwoord-bedoelde-u = bedoelde u `{ $vraag }`?
antwoord-eerste-vraag = `routekaart advise` zonder antwoorden toont de eerste vraag
# The word before a hint: "= hulp: …".
antwoord-hulp = hulp
