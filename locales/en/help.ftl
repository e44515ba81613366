# clap's texts: the help of each command and option, usage lines and clap's
# own errors, fed to clap's override machinery.

## clap's errors: `error: …`, a hint, the usage line and where to find more

clap-bedoelde-u = help: did you mean `{ $suggestion }`?
clap-meer-uitleg = More help
# Follows a list of the values there are: "…; choose from `a`, `b` and `c`".
clap-kies-uit = choose from { $list }
# $rest is empty, or "; choose from …", or ": " and why the value was refused.
clap-waarde-nodig = { $arg } needs a value{ $rest }
clap-ongeldige-waarde = `{ $value }` is not a valid value for { $arg }{ $rest }
clap-onbekende-optie = unknown option `{ $arg }`
clap-onbekende-opdracht = unknown command `{ $command }`
clap-ontbreekt = this is still missing: { $missing }
clap-een-keer = { $arg } may be given only once
clap-niet-samen = { $arg } cannot be used with { $prior }
clap-met-is = write the value with `=`: { $arg }=VALUE
clap-waarde-te-veel = `{ $value }` is one value too many for { $arg }
clap-aantal-waarden = { $arg } needs a different number of values
clap-geef-opdracht = give a command
clap-geen-utf8 = an argument is not valid text (UTF-8)

## Why a value of an option was refused (after "is not a valid value for --x: ")

waarde-geen-getal = `{ $text }` is not a whole number of 0 or more
waarde-te-smal = { $width } columns is too narrow; give 40 or more
waarde-geen-percentage = `{ $text }` is not a percentage; write for example 90 or 92.5
waarde-buiten-bereik = `{ $text }` is not between 0 and 100

## clap's own words in the help

# The heading of the usage line: "Usage: routekaart [OPTIONS] [COMMAND]".
help-gebruik = Usage
