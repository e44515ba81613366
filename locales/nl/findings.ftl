# What `routekaart check` finds in a map that loads. Each message id is the
# finding's code (`regel-faalt`); `.help` says how to fix it. Ids, keys and
# values from the map stay as the map writes them, between backticks.

## How a rule fails on a route: the first demand the plan does not meet.

regel-probleem-eerste = het plan noemt eerst `{ $got }`, niet `{ $wanted }`
regel-probleem-eerste-niemand = het plan noemt eerst `niemand`, niet `{ $wanted }`
regel-probleem-ontbreekt = `{ $who }` staat niet in het plan
regel-probleem-aanwezig = `{ $who }` staat toch in het plan
regel-probleem-advies = advies `{ $advice }` zit niet in het plan
regel-probleem-urgentie = het plan is `{ $got }`, niet minstens `{ $wanted }`
regel-probleem-intern = interne fout van routekaart: de analyse vond deze route, maar op de route zelf geldt de regel wel; meld dit alstublieft

## Why a scenario fails; each ends with the route the answers took.

scenario-probleem-onvolledig = de antwoorden zijn niet compleet: vraag `{ $question }` heeft geen antwoord (route: { $route })
scenario-probleem-niet-op-route = vraag `{ $question }` ligt niet op de route (route: { $route })
scenario-probleem-adviezen = adviezen: verwacht [{ $expected }], gekregen [{ $got }] (route: { $route })
scenario-probleem-eerste-contact = eerste contact: verwacht `{ $expected }`, gekregen `{ $got }` (route: { $route })
scenario-probleem-rol-niet-ingevuld = rol { $role } (niet ingevuld)
scenario-probleem-contact-ontbreekt = contact `{ $contact }` ontbreekt; het plan noemt [{ $plan }] (route: { $route })
scenario-probleem-contact-te-veel = contact `{ $contact }` hoort niet in dit plan (route: { $route })

## Findings about the map's shape, dates and coverage.

bereik-buiten-min-max = vraag `{ $question }`: dit deel van de vraag kan niemand kiezen: { $from } tot en met { $to } valt buiten { $min } tot en met { $max } (`min` en `max`)
    .help = laat de bereiken binnen { $min } tot en met { $max } blijven, of pas `min` en `max` aan; een advies dat alleen via dit deel te bereiken is, bereikt niemand
datum-in-de-toekomst = organisatie `{ $organisation }`: `{ $field }` is { $date }, een datum in de toekomst
    .help = zet bij `{ $field }` de dag waarop het echt gebeurde (JJJJ-MM-DD)
niets-te-dekken = --min-coverage vraagt { $minimum } dekking, maar er zijn geen scenario's om te meten
    .help = voeg scenarios.yaml toe met scenario's voor de kaart, of laat --min-coverage weg

## In reports that show only the findings (GitHub annotations, SARIF).

dekking-niet-gedekt = niet gedekt ({ $part }): { $items }
sarif-regel-hulp = Zo lost u het op (bij de eerste bevinding van deze soort): { $help }. Elke bevinding noemt haar eigen hulp; `routekaart check` toont ze allemaal.
sarif-regel-zonder-hulp = Elke bevinding van deze soort zegt wat er mis is; `routekaart check` toont ze met de regel uit het bestand.
junit-niet-uitgevoerd = niet uitgevoerd: de kaart laadt niet (zie de controle `laden`)
junit-gefaald-elders = gefaald; de bevindingen staan bij de controles
