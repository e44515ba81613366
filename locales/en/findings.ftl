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
