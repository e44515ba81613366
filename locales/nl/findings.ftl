# What `routekaart check` finds in a map that loads. Each message id is the
# finding's code (`regel-faalt`); `.help` says how to fix it. Ids, keys and
# values from the map stay as the map writes them, between backticks.

## What each area of `check` checks (a test case of the JUnit report)

gebied-laden = de bestanden laden: YAML, sleutels, ids, verwijzingen, kringen, bereiken
gebied-vorm = elke vraag en elk advies is bereikbaar; antwoorden zijn te onderscheiden
gebied-gemeenten = elke gemeente vult elke rol die een bereikbaar advies noemt
gebied-contactgegevens = elke organisatie is te bereiken, met geldige telefoon, e-mail en website
gebied-urgentie = een hoger getal geeft nooit een minder urgent plan
gebied-datums = contactgegevens zijn recent gecontroleerd en nog geldig
gebied-inhoud = alles wordt gebruikt; elk advies heeft stappen en een grondslag; elke tekst is vertaald
gebied-regels = de regels gelden op elke route
gebied-scenarios = de scenario's geven het verwachte plan
gebied-dekking = de scenario's dekken de kaart

## Findings

onbereikbaar = { $kind } `{ $id }` is vanaf de start niet te bereiken
    .help = laat een antwoord (`naar`, `ja`, `nee`) ernaar wijzen, of haal het weg
dubbel-label = vraag `{ $question }`: twee antwoorden heten „{ $label }”
    .help = geef elk antwoord een eigen `label`, zodat de school ze uit elkaar houdt
rol-niet-ingevuld = gemeente `{ $gemeente }` vult rol `{ $role }` niet in, maar advies `{ $advice }` noemt die rol
    .help = voeg onder gemeente `{ $gemeente }` toe: `{ $role }: <organisatie-id>`
organisatie-van-andere-regio = gemeente `{ $gemeente }` van regio `{ $region }` laat rol `{ $role }` vervullen door `{ $organisation }`, een organisatie van regio `{ $other }`
    .help = een regio noemt alleen haar eigen organisaties en landelijke: werkt `{ $organisation }` in heel Nederland, zet haar dan in organisaties.yaml van de kaart; anders zet u in regios/{ $region }/organisaties.yaml de organisatie die deze rol hier vervult, met haar bronnen, en noemt u die
gemeente-niet-gevraagd = advies `{ $advice }` noemt rol `{ $role }`, die de { $follows } volgt, maar minstens één route komt bij dit advies zonder eerst de { $follows } te vragen
    .help = laat elke route naar dit advies eerst de vraag van soort `{ $follows }` stellen
geen-contactgegevens = organisatie `{ $organisation }` wordt genoemd, maar heeft geen telefoon, e-mail of website
    .help = vul `telefoon`, `email` of `website` in, uit een bron die u noemt bij `bronnen`
ongeldig-telefoonnummer = organisatie `{ $organisation }`: `{ $value }` is geen Nederlands telefoonnummer
    .help = schrijf een Nederlands nummer: 10 cijfers vanaf 0 (020 123 45 67), +31 met 9 cijfers, 0800/0900 met 4 of 7 cijfers, 14 met het netnummer, of 112
ongeldig-e-mailadres = organisatie `{ $organisation }`: `{ $value }` is geen geldig e-mailadres
    .help = schrijf een adres als naam@organisatie.nl, zonder spaties
ongeldige-website = organisatie `{ $organisation }`: `{ $value }` is geen geldig webadres
    .help = schrijf het volledige adres, beginnend met https://
urgentie-daalt = vraag `{ $question }`: bij { $higher } leidt de route verder naar een minder urgent advies ({ $higher_urgency }) dan bij { $lower } ({ $lower_urgency })
    .help = maak het advies bij het hogere getal minstens zo urgent, of zet `hoger_is_urgenter: false` bij de vraag als dat zo hoort (zoals bij een leeftijd)
ongebruikte-organisatie = organisatie `{ $id }` wordt nergens gebruikt
    .help = noem de organisatie in een advies of bij een gemeente, of haal haar weg
ongebruikte-rol = rol `{ $id }` wordt door geen advies genoemd
    .help = noem de rol in een advies (`rol:`), of haal haar weg
niet-gecontroleerd = organisatie `{ $organisation }`: niet bekend wanneer de bron bekeken of de gegevens gecontroleerd zijn
    .help = lees de bron en zet de datum bij `bron_bekeken: JJJJ-MM-DD`; bevestigde de organisatie zelf de gegevens, zet dan ook `gecontroleerd`
lang-niet-gecontroleerd = organisatie `{ $organisation }`: gegevens gecontroleerd op { $date }, meer dan { $months ->
        [one] { $months } maand
       *[other] { $months } maanden
    } geleden
    .help = vraag de organisatie opnieuw of de gegevens kloppen en werk `gecontroleerd` bij
bron-lang-niet-bekeken = organisatie `{ $organisation }`: bron bekeken op { $date }, meer dan { $months ->
        [one] { $months } maand
       *[other] { $months } maanden
    } geleden
    .help = lees de bron opnieuw en werk `bron_bekeken` bij
verlopen = { $kind } `{ $id }` gold tot en met { $date } en is verlopen
    .help = werk de gegevens bij, of haal `geldig_tot` weg als de regeling doorloopt
geen-grondslag = advies `{ $advice }` noemt geen grondslag
    .help = noem onder `grondslag:` de wet of het protocol achter dit advies
geen-stappen = advies `{ $advice }` noemt geen stappen
    .help = noem onder `stappen:` wat de school doet
vertaling-ontbreekt = { $owner }: `{ $field }` heeft geen Engelse tekst
    .help = schrijf de tekst als `{"{"}nl: …, en: …{"}"}`, of haal `en` uit `talen` in routekaart.yaml
# The owner of a text that is the map itself (its `naam`, its `regio`).
vertaling-ontbreekt-kaart = routekaart
taal-niet-genoemd = de kaart heeft Engelse teksten, maar routekaart.yaml noemt geen Engels (`talen`)
    .help = zet `talen: [nl, en]` in routekaart.yaml; `check` meldt dan elke tekst die nog geen Engels heeft
regel-faalt = regel `{ $rule }` geldt niet op elke route: { $naam }
    .help = probeer de route: { $command }
# Under a failing rule: the route that shows it.
regel-faalt-route = route: { $route }
regel-nooit-van-toepassing = regel `{ $rule }` is op geen enkele route van toepassing
    .help = geen enkele route voldoet aan `als`; kijk de waarden en bereiken na
te-complex = regel `{ $rule }` is te complex om te bewijzen
    .help = { $cause ->
        [vraag] vanaf vraag `{ $question }` lopen de routes op te veel manieren uiteen voor wat de regel bekijkt; splits de regel of de kaart
       *[genoemd] de regel noemt meer dan 63 vragen, of meer dan 64 contacten en adviezen samen; splits de regel
    }
# The same, for the urgency check rather than a rule.
te-complex-urgentie = de urgentie langs getalvraag `{ $question }` is te complex om na te gaan
    .help = onder die vraag worden de antwoorden op { $shared } op meer plekken gebruikt (`antwoord_van`, gedeelde vragen), in te veel combinaties; splits de kaart, of laat minder vragen die antwoorden delen
voorwaarde-past-niet = regel `{ $rule }`: de voorwaarde op vraag `{ $question }` past niet bij die vraag { $shape ->
        [waarde] (verwacht een waarde)
        [bereik] (verwacht een bereik)
        [ja-nee] (verwacht ja of nee)
       *[gemeente] (verwacht een gemeente)
    }
    .help = { $shape ->
        [waarde] schrijf de `waarde` van een antwoord, of een lijst: [a, b]
        [bereik] schrijf een bereik: {"{"}van: 16{"}"} of {"{"}van: 5, tot_en_met: 17{"}"}
        [ja-nee] schrijf `ja` of `nee`
       *[gemeente] schrijf het id van een gemeente, een lijst: [a, b], of {"{"}niet: [a]{"}"}
    }
regel-zonder-eis = regel `{ $rule }` eist niets (`dan:` is leeg)
    .help = zet onder `dan:` minstens één van `eerste_contact`, `contacten`, `niet`, `adviezen` of `urgentie`
organisatie-via-rol = regel `{ $rule }` noemt organisatie `{ $organisation }`, maar geen advies noemt haar rechtstreeks
    .help = regels volgen de adviezen, en die noemen de rol; noem { $roles }
scenario-faalt = scenario „{ $scenario }” faalt
    .help = pas de kaart of het scenario aan; de route staat erbij
samenvatting-gewijzigd = scenario „{ $scenario }”: het plan wijkt af van { $file }
    .help = klopt de nieuwe tekst? Schrijf hem dan weg met `routekaart check --bless`
samenvatting-ontbreekt = scenario „{ $scenario }”: samenvatting { $file } ontbreekt
    .help = maak het bestand met `routekaart check --bless`
samenvatting-buiten-kaart = samenvatting `{ $file }` ligt buiten de map van de routekaart
    .help = schrijf een pad binnen de kaartmap, zoals `samenvattingen/verzuim.txt`
samenvatting-zonder-datum = scenario's bewaren samenvattingen, maar de kaart heeft geen `datum`
    .help = zet `datum: JJJJ-MM-DD` in routekaart.yaml; samenvattingen tonen data vanaf die dag
dekking-te-laag = de scenario's dekken { $coverage } van de kaart, minder dan de gevraagde { $minimum }
    .help = voeg scenario's toe die bereiken wat nog niet gedekt is: { $items }
dekking-en-meer = {" "}en nog { $more }

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
