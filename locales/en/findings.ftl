# What `routekaart check` finds in a map that loads. Each message id is the
# finding's code (`regel-faalt`); `.help` says how to fix it. Ids, keys and
# values from the map stay as the map writes them, between backticks.

## What each area of `check` checks (a test case of the JUnit report)

gebied-laden = loading the files: YAML, keys, ids, references, cycles, ranges
gebied-vorm = every question and advice can be reached; answers can be told apart
gebied-gemeenten = every municipality fills every role that a reachable advice names
gebied-contactgegevens = every organisation can be reached, with a valid phone, e-mail and website
gebied-urgentie = a higher number never gives a less urgent plan
gebied-datums = contact data was checked recently and still holds
gebied-inhoud = everything is used; every advice has steps and a legal basis; every text is translated
gebied-regels = the rules hold on every route
gebied-scenarios = the scenarios give the expected plan
gebied-dekking = the scenarios cover the map

## Findings

onbereikbaar = { $kind } `{ $id }` cannot be reached from the start
    .help = let an answer (`naar`, `ja`, `nee`) point at it, or remove it
dubbel-label = question `{ $question }`: two answers are called “{ $label }”
    .help = give each answer a `label` of its own, so the school can tell them apart
rol-niet-ingevuld = municipality `{ $gemeente }` does not fill role `{ $role }`, but advice `{ $advice }` names that role
    .help = add under municipality `{ $gemeente }`: `{ $role }: <organisation-id>`
organisatie-van-andere-regio = municipality `{ $gemeente }` of region `{ $region }` has role `{ $role }` filled by `{ $organisation }`, an organisation of region `{ $other }`
    .help = a region names only its own organisations and national ones: if `{ $organisation }` works all over the Netherlands, move it to the map's organisaties.yaml; otherwise put the organisation that fills this role here in regios/{ $region }/organisaties.yaml, with its sources, and name that one
gemeente-niet-gevraagd = advice `{ $advice }` names role `{ $role }`, which follows the { $follows }, but at least one route reaches this advice without asking the { $follows } first
    .help = let every route to this advice first ask the question of kind `{ $follows }`
geen-contactgegevens = organisation `{ $organisation }` is named, but has no phone, e-mail or website
    .help = fill in `telefoon`, `email` or `website`, from a source you name at `bronnen`
ongeldig-telefoonnummer = organisation `{ $organisation }`: `{ $value }` is not a Dutch phone number
    .help = write a Dutch number: 10 digits starting with 0 (020 123 45 67), +31 with 9 digits, 0800/0900 with 4 or 7 digits, 14 with the area code, or 112
ongeldig-e-mailadres = organisation `{ $organisation }`: `{ $value }` is not a valid e-mail address
    .help = write an address like name@organisation.nl, without spaces
ongeldige-website = organisation `{ $organisation }`: `{ $value }` is not a valid web address
    .help = write the whole address, starting with https://
urgentie-daalt = question `{ $question }`: at { $higher } the route leads on to a less urgent advice ({ $higher_urgency }) than at { $lower } ({ $lower_urgency })
    .help = make the advice at the higher number at least as urgent, or set `hoger_is_urgenter: false` on the question if that is right (as for an age)
ongebruikte-organisatie = organisation `{ $id }` is not used anywhere
    .help = name the organisation in an advice or at a municipality, or remove it
ongebruikte-rol = role `{ $id }` is named by no advice
    .help = name the role in an advice (`rol:`), or remove it
niet-gecontroleerd = organisation `{ $organisation }`: not known when the source was seen or the data was checked
    .help = read the source and set the date at `bron_bekeken: YYYY-MM-DD`; if the organisation itself confirmed the data, also set `gecontroleerd`
lang-niet-gecontroleerd = organisation `{ $organisation }`: data checked on { $date }, more than { $months ->
        [one] { $months } month
       *[other] { $months } months
    } ago
    .help = ask the organisation again whether the data is right and update `gecontroleerd`
bron-lang-niet-bekeken = organisation `{ $organisation }`: source seen on { $date }, more than { $months ->
        [one] { $months } month
       *[other] { $months } months
    } ago
    .help = read the source again and update `bron_bekeken`
verlopen = { $kind } `{ $id }` held up to and including { $date } and has expired
    .help = update the data, or remove `geldig_tot` if the arrangement continues
geen-grondslag = advice `{ $advice }` names no legal basis
    .help = name the law or protocol behind this advice under `grondslag:`
geen-stappen = advice `{ $advice }` names no steps
    .help = name what the school does under `stappen:`
vertaling-ontbreekt = { $owner }: `{ $field }` has no English text
    .help = write the text as `{"{"}nl: …, en: …{"}"}`, or take `en` out of `talen` in routekaart.yaml
# The owner of a text that is the map itself (its `naam`, its `regio`).
vertaling-ontbreekt-kaart = map
taal-niet-genoemd = the map has English texts, but routekaart.yaml does not declare English (`talen`)
    .help = add `talen: [nl, en]` to routekaart.yaml, and `check` reports every text still without English
regel-faalt = rule `{ $rule }` does not hold on every route: { $naam }
    .help = try the route: { $command }
# Under a failing rule: the route that shows it.
regel-faalt-route = route: { $route }
regel-nooit-van-toepassing = rule `{ $rule }` applies on no route
    .help = no route meets `als`; check the values and ranges
te-complex = rule `{ $rule }` is too complex to prove
    .help = { $cause ->
        [vraag] from question `{ $question }` on, the routes differ in too many ways for what the rule looks at; split the rule or the map
       *[genoemd] the rule names more than 63 questions, or more than 64 contacts and advices together; split the rule
    }
# The same, for the urgency check rather than a rule.
te-complex-urgentie = the urgency along number question `{ $question }` is too complex to check
    .help = below that question the answers to { $shared } are used in more places (`antwoord_van`, shared questions), in too many combinations; split the map, or let fewer questions share those answers
voorwaarde-past-niet = rule `{ $rule }`: the condition on question `{ $question }` does not fit that question { $shape ->
        [waarde] (expected a value)
        [bereik] (expected a range)
        [ja-nee] (expected ja or nee)
       *[gemeente] (expected a municipality)
    }
    .help = { $shape ->
        [waarde] write the `waarde` of an answer, or a list: [a, b]
        [bereik] write a range: {"{"}van: 16{"}"} or {"{"}van: 5, tot_en_met: 17{"}"}
        [ja-nee] write `ja` or `nee`
       *[gemeente] write a municipality's id, a list: [a, b], or {"{"}niet: [a]{"}"}
    }
regel-zonder-eis = rule `{ $rule }` demands nothing (`dan:` is empty)
    .help = put at least one of `eerste_contact`, `contacten`, `niet`, `adviezen` or `urgentie` under `dan:`
organisatie-via-rol = rule `{ $rule }` names organisation `{ $organisation }`, but no advice names it directly
    .help = rules follow the advices, and those name the role; name { $roles }
scenario-faalt = scenario “{ $scenario }” fails
    .help = change the map or the scenario; the route is shown
samenvatting-gewijzigd = scenario “{ $scenario }”: the plan differs from { $file }
    .help = is the new text right? Then write it with `routekaart check --bless`
samenvatting-ontbreekt = scenario “{ $scenario }”: summary { $file } is missing
    .help = make the file with `routekaart check --bless`
samenvatting-buiten-kaart = summary `{ $file }` is outside the map's folder
    .help = write a path inside the map folder, such as `samenvattingen/verzuim.txt`
samenvatting-zonder-datum = scenarios keep summaries, but the map has no `datum`
    .help = put `datum: YYYY-MM-DD` in routekaart.yaml; summaries show dates from that day
dekking-te-laag = the scenarios cover { $coverage } of the map, less than the { $minimum } asked for
    .help = add scenarios that reach what is not covered yet: { $items }
dekking-en-meer = {" "}and { $more } more

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
