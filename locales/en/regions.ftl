# Words about the regions of a map (`regios/<id>/`): choosing one with
# `--regio`, and a region beside a gemeente.

regio-onbekend = there is no region `{ $region }` in this map
    .help = { $known ->
        [none] this map has no regions in regios/; leave out --regio
       *[other] choose one of: { $known }
    }
# A gemeente in a list, with its region beside it: "Coevorden (Zuidoost-Drenthe)".
gemeente-met-regio = { $gemeente } ({ $region })
# One line of the coverage per region: "Groningen: 1 of 1 municipalities".
dekking-regio = { $region }: { $covered } of { $total } { $total ->
        [one] municipality
       *[other] municipalities
    }
# The keys of the question for a gemeente: typing filters the list.
toetsen-gemeente = ↑↓ choose · Enter confirm · Esc stop · type to search
# The kind of id of a region folder, as the other `idsoort-*` in diagnostics.ftl.
idsoort-regio = region
    .begin = Region
    .onbekend = unknown region
    .deze = this region
    .bestand = regios/<region>/regio.yaml
