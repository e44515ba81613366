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
