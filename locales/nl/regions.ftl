# Words about the regions of a map (`regios/<id>/`): choosing one with
# `--regio`, and a region beside a gemeente.

regio-onbekend = er is geen regio `{ $region }` in deze kaart
    .help = { $known ->
        [none] deze kaart heeft geen regio's in regios/; laat --regio weg
       *[other] kies een van: { $known }
    }
# A gemeente in a list, with its region beside it: "Coevorden (Zuidoost-Drenthe)".
gemeente-met-regio = { $gemeente } ({ $region })
# One line of the coverage per region: "Groningen: 1 van 1 gemeenten".
dekking-regio = { $region }: { $covered } van { $total } { $total ->
        [one] gemeente
       *[other] gemeenten
    }
# The keys of the question for a gemeente: typing filters the list.
toetsen-gemeente = ↑↓ kiezen · Enter bevestigen · Esc stoppen · typ om te zoeken
# The kind of id of a region folder, as the other `idsoort-*` in diagnostics.ftl.
idsoort-regio = regio
    .begin = Regio
    .onbekend = onbekende regio
    .deze = deze regio
    .bestand = regios/<regio>/regio.yaml
