# What `routekaart check` finds in a map that loads. Each message id is the
# finding's code (`regel-faalt`); `.help` says how to fix it. Ids, keys and
# values from the map stay as the map writes them, between backticks.

## How a rule fails on a route: the first demand the plan does not meet.

regel-probleem-eerste = the plan names `{ $got }` first, not `{ $wanted }`
regel-probleem-eerste-niemand = the plan names `nobody` first, not `{ $wanted }`
regel-probleem-ontbreekt = `{ $who }` is not in the plan
regel-probleem-aanwezig = `{ $who }` is in the plan all the same
regel-probleem-advies = advice `{ $advice }` is not in the plan
regel-probleem-urgentie = the plan is `{ $got }`, not at least `{ $wanted }`
regel-probleem-intern = internal error in routekaart: the analysis found this route, but on the route itself the rule holds; please report this

## Why a scenario fails; each ends with the route the answers took.

scenario-probleem-onvolledig = the answers are not complete: question `{ $question }` has no answer (route: { $route })
scenario-probleem-niet-op-route = question `{ $question }` is not on the route (route: { $route })
scenario-probleem-adviezen = advices: expected [{ $expected }], got [{ $got }] (route: { $route })
scenario-probleem-eerste-contact = first contact: expected `{ $expected }`, got `{ $got }` (route: { $route })
scenario-probleem-rol-niet-ingevuld = role { $role } (not filled in)
scenario-probleem-contact-ontbreekt = contact `{ $contact }` is missing; the plan names [{ $plan }] (route: { $route })
scenario-probleem-contact-te-veel = contact `{ $contact }` does not belong in this plan (route: { $route })

## Findings about the map's shape, dates and coverage.

bereik-buiten-min-max = question `{ $question }`: no one can choose this part of the question: { $from } to { $to } lies outside { $min } to { $max } (`min` and `max`)
    .help = keep the ranges within { $min } to { $max }, or change `min` and `max`; an advice reached only through this part reaches no one
datum-in-de-toekomst = organisation `{ $organisation }`: `{ $field }` is { $date }, a date in the future
    .help = set `{ $field }` to the day it really happened (YYYY-MM-DD)
niets-te-dekken = --min-coverage asks for { $minimum } coverage, but there are no scenarios to measure
    .help = add scenarios.yaml with scenarios for the map, or leave out --min-coverage

## In reports that show only the findings (GitHub annotations, SARIF).

dekking-niet-gedekt = not covered ({ $part }): { $items }
sarif-regel-hulp = How to fix it (at the first finding of this kind): { $help }. Each finding gives its own help; `routekaart check` shows them all.
sarif-regel-zonder-hulp = Each finding of this kind says what is wrong; `routekaart check` shows them with the line from the file.
junit-niet-uitgevoerd = not run: the map does not load (see the check `laden`)
junit-gefaald-elders = failed; the findings are listed under the checks
