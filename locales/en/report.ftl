# check's reports: the human summary, coverage table, JUnit, GitHub
# annotations and SARIF texts around the findings.

## The summary line: "2 errors, 1 warning, 3 scenarios passed (1 failed), 4 of 5 rules proven"

rapport-fouten = { $n ->
    [one] { $n } error
   *[other] { $n } errors
}
rapport-waarschuwingen = { $n ->
    [one] { $n } warning
   *[other] { $n } warnings
}
rapport-scenarios-geslaagd = { $n ->
    [one] { $n } scenario passed
   *[other] { $n } scenarios passed
}
rapport-gefaald = ({ $n } failed)
rapport-regels-bewezen = { $proven } of { $rules ->
    [one] { $rules } rule
   *[other] { $rules } rules
} proven

## The human report

rapport-kaart-als-geheel = the map as a whole
rapport-regels = Rules: { $proven } of { $total } proven on every route
rapport-scenarios = Scenarios: { $passed } of { $total } passed
rapport-dekking = Coverage by the scenarios: { $percent }
# One row of the coverage table: the numbers are lined up by the code.
rapport-dekking-van = of
rapport-niet-gedekt = ; not covered: { $missing }
rapport-bijgewerkt = { $n ->
    [one] { $n } summary updated
   *[other] { $n } summaries updated
}
# A part of the coverage, by its key in the JSON report.
rapport-deel = { $part ->
    [vragen] questions
    [antwoorden] answers
    [adviezen] advices
    [gemeenten] municipalities
   *[other] { $part }
}

## GitHub annotations and SARIF

rapport-hulp = help: { $help }
rapport-niet-als-annotatie = ({ $n } not shown as annotations; `routekaart check` shows them all)
