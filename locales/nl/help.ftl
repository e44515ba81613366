# clap's texts: the help of each command and option, usage lines and clap's
# own errors, fed to clap's override machinery.

## clap's errors: `fout: …`, a hint, the usage line and where to find more

clap-bedoelde-u = hulp: bedoelde u `{ $suggestion }`?
clap-meer-uitleg = Meer uitleg
# Follows a list of the values there are: "…; kies uit `a`, `b` en `c`".
clap-kies-uit = kies uit { $list }
# $rest is empty, or "; kies uit …", or ": " and why the value was refused.
clap-waarde-nodig = { $arg } heeft een waarde nodig{ $rest }
clap-ongeldige-waarde = `{ $value }` is geen geldige waarde voor { $arg }{ $rest }
clap-onbekende-optie = onbekende optie `{ $arg }`
clap-onbekende-opdracht = onbekende opdracht `{ $command }`
clap-ontbreekt = dit ontbreekt nog: { $missing }
clap-een-keer = { $arg } mag maar één keer
clap-niet-samen = { $arg } gaat niet samen met { $prior }
clap-met-is = schrijf een waarde met `=` erbij: { $arg }=WAARDE
clap-waarde-te-veel = `{ $value }` is één waarde te veel voor { $arg }
clap-aantal-waarden = { $arg } heeft een ander aantal waarden nodig
clap-geef-opdracht = geef een opdracht
clap-geen-utf8 = een argument is geen geldige tekst (UTF-8)

## Why a value of an option was refused (after "is geen geldige waarde voor --x: ")

waarde-geen-getal = `{ $text }` is geen geheel getal van 0 of meer
waarde-te-smal = { $width } kolommen is te smal; geef 40 of meer
waarde-geen-percentage = `{ $text }` is geen percentage; schrijf bijvoorbeeld 90 of 92,5
waarde-buiten-bereik = `{ $text }` ligt niet tussen 0 en 100

## clap's own words in the help

# The heading of the usage line: "Gebruik: routekaart [OPTIES] [OPDRACHT]".
help-gebruik = Gebruik
