# check's reports: the human summary, coverage table, JUnit, GitHub
# annotations and SARIF texts around the findings.

## The summary line: "2 fouten, 1 waarschuwing, 3 scenario's geslaagd (1 gefaald), 4 van 5 regels bewezen"

rapport-fouten = { $n ->
    [one] { $n } fout
   *[other] { $n } fouten
}
rapport-waarschuwingen = { $n ->
    [one] { $n } waarschuwing
   *[other] { $n } waarschuwingen
}
rapport-scenarios-geslaagd = { $n ->
    [one] { $n } scenario geslaagd
   *[other] { $n } scenario's geslaagd
}
rapport-gefaald = ({ $n } gefaald)
rapport-regels-bewezen = { $proven } van { $rules ->
    [one] { $rules } regel
   *[other] { $rules } regels
} bewezen

## The human report

rapport-kaart-als-geheel = de routekaart als geheel
rapport-regels = Regels: { $proven } van { $total } bewezen op elke route
rapport-scenarios = Scenario's: { $passed } van { $total } geslaagd
rapport-dekking = Dekking door de scenario's: { $percent }
# One row of the coverage table: the numbers are lined up by the code.
rapport-dekking-van = van
rapport-niet-gedekt = ; niet gedekt: { $missing }
rapport-bijgewerkt = { $n ->
    [one] { $n } samenvatting bijgewerkt
   *[other] { $n } samenvattingen bijgewerkt
}
# A part of the coverage, by its key in the JSON report.
rapport-deel = { $part ->
    [vragen] vragen
    [antwoorden] antwoorden
    [adviezen] adviezen
    [gemeenten] gemeenten
   *[other] { $part }
}

## GitHub annotations and SARIF

rapport-hulp = hulp: { $help }
rapport-niet-als-annotatie = ({ $n } niet als annotatie getoond; `routekaart check` toont alles)
