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

# The questionnaire's frame: going back, the keys, refused choices.
ask-vorige-vraag = ← Vorige vraag
toetsen-kiezen = ↑↓ kiezen · Enter bevestigen · Esc stoppen
toetsen-meerkeuze = ↑↓ kiezen · spatie aan/uit · Enter bevestigen · Esc stoppen
ask-kies-een = Kies minstens één antwoord (spatie).
ask-kies-een-of-terug = Kies minstens één antwoord (spatie), of ‘{ $back }’.
ask-terug-alleen = Kies ‘{ $back }’ alleen, zonder andere antwoorden.

# A question with themes, asked in two screens.
ask-themas-hulp = Kies eerst een of meer thema's, daarna de zorgen erin · typ om te zoeken · ↑↓ kiezen · spatie aan/uit · Enter bevestigen · Esc stoppen
ask-andere-themas = ← Andere thema's kiezen
ask-welke-zorgen = Welke zorgen precies? Kies alles wat past.

# Before the first question, and without a terminal.
ask-welkom = { $naam } (versie { $versie }). Beantwoord de vragen; u kunt steeds terug. Er wordt niets opgeslagen tenzij u daar zelf om vraagt.
ask-geen-terminal = de vragenlijst heeft een terminal nodig, maar de invoer komt niet van een terminal.
ask-geen-terminal-hulp = hulp: gebruik in scripts `routekaart advise --answer vraag=waarde …`; `routekaart advise` zonder antwoorden toont de eerste vraag

# The number question's keys; $rest is the unit and, when possible, how to go back.
toetsen-getal = een geheel getal van { $min } tot en met { $max }{ $rest } · Esc stoppen
ask-typ-terug = typ < voor de vorige vraag

# The review of the answers, before the plan.
ask-overzicht-titel = Overzicht van uw antwoorden:
ask-kolom-vraag = Vraag
ask-kolom-antwoord = Uw antwoord
ask-klopt-overzicht = Klopt dit overzicht?
ask-toon-plan = Ja, toon het plan
ask-antwoord-wijzigen = Een antwoord wijzigen
ask-welk-antwoord = Welk antwoord wilt u wijzigen?
ask-terug-overzicht = ← Terug naar het overzicht

# Saving the plan.
ask-opslaan = Wilt u dit plan opslaan?
ask-nee = Nee
ask-ja-tekstbestand = Ja, als tekstbestand
ask-bestaat-al = { $path } bestaat al. Vervangen?
ask-andere-naam-kiezen = Nee, een andere naam kiezen
ask-vervangen = Ja, vervangen
ask-andere-naam = Kies een andere naam of map, of stop met Esc.
ask-plan-opgeslagen = Plan opgeslagen in { $path } (alleen leesbaar voor u).
