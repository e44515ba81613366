# The maintainer's views of a whole map: orgs, graph, diff, export (src/views).
# The map's own texts come from its YAML; only the tool's words are here.

## graph: the flowchart

graph-signaal = Signal: { $signaal }
graph-verder = → continued: see Signal: { $signaal }
graph-antwoord-op-vraag = (answer to question { $vraag })
graph-of = or
graph-en = and
graph-ja = yes
graph-nee = no
graph-elke-gemeente = any municipality
graph-elk-getal = any number
graph-of-meer = { $getal } or more

## the first lines of a view, and names the map does not know (views/mod.rs)

views-kaart-versie = { $naam }, version { $versie }
views-kaart-versie-datum = { $naam }, version { $versie } of { $datum }
views-geen-signaalvraag = this map has no signal question (no multiple-choice or choice question); leave out --signaal to draw the whole map
views-onbekende-gemeente = unknown municipality `{ $naam }`
views-onbekend-signaal = unknown signal `{ $naam }`
views-onbekende-rol = unknown role `{ $naam }`
views-bedoelt-u = ; did you mean `{ $naam }`?
views-geen-gemeenten = This map has no municipalities.
views-geen-signalen = This map has no signals.
views-geen-rollen = This map has no roles.
views-kies-uit = Choose from: { $keuzes }.
views-buiten-de-kaart = outside the map

## orgs: the directory

orgs-titel = Directory
orgs-titel-gemeente = , municipality { $gemeente }
orgs-titel-rol = , role { $rol }
orgs-geen = No organisations found for this choice.
orgs-alle-direct = all (named directly in an advice)
orgs-niet-gebruikt = not used
orgs-gecontroleerd = checked { $datum }
orgs-bron-bekeken = source seen { $datum }
orgs-nooit = never
orgs-kolom-organisatie = Organisation
orgs-kolom-rol = Role
orgs-kolom-gemeenten = Municipalities
orgs-kolom-contact = Contact
orgs-kolom-nagekeken = Verified
orgs-totaal = { $organisaties ->
        [one] { $organisaties } organisation
       *[other] { $organisaties } organisations
    }, { $regels ->
        [one] { $regels } row
       *[other] { $regels } rows
    }.

## diff: what a change to the map does

diff-titel = Changes: { $naam }
diff-oud = old:
diff-nieuw = new:
diff-versie = version { $versie } (checksum { $controlegetal })
diff-versie-datum = version { $versie } of { $datum } (checksum { $controlegetal })
diff-geen-route = No route gets another plan.
diff-routes-anders = Routes with another plan
diff-alle = all
diff-kolom-route = Route
diff-kolom-antwoorden = Answers
diff-kolom-gemeenten = Municipalities
diff-kolom-wat-verandert = What changes
diff-kolom-advies = Advice
diff-kolom-id = Id
diff-kolom-naam = Name
diff-routes-totaal = { $anders ->
        [one] { $anders } route
       *[other] { $anders } routes
    } changed, { $gelijk } the same.
diff-per-advies = One of the maps has too many routes to compare one by one (--max-routes); below per advice.
diff-geen-advies = No advice changes.
diff-adressenlijst = Directory
diff-rollen = Roles
diff-gemeenten = Municipalities and their roles
diff-geen = none
diff-rol = { $rol } (role)
diff-nieuwe-route = new route: { $wordt }
diff-route-vervalt = route removed (was: { $was })
diff-eerste-contact = first contact: { $was } → { $wordt }
diff-urgentie = urgency: { $was } → { $wordt }
diff-contact-erbij = contact added: { $onderwerp } ({ $wordt })
diff-contact-weg = contact removed: { $onderwerp } (was { $was })
diff-contact-urgentie = { $onderwerp }: urgency { $was } → { $wordt }
diff-advies-erbij = advice added: { $onderwerp }
diff-advies-weg = advice removed: { $onderwerp }
diff-stappen = steps of { $onderwerp }: { $was } → { $wordt }
diff-organisatie-erbij = new in the directory: { $wordt }
diff-organisatie-weg = removed from the directory: { $was }
diff-gegeven = { $onderwerp }: { $was } → { $wordt }
diff-gemeente-erbij = municipality added: { $wordt }
diff-gemeente-weg = municipality removed: { $was }
# The data's own field names (naam, telefoon, bereikbaar, bepaald door, buiten
# de kaart) and who decides a role, as a reviewer reads them.
diff-veld-naam = name
diff-veld-telefoon = phone
diff-veld-bereikbaar = hours
diff-veld-bepaald-door = decided by
diff-veld-buiten-de-kaart = outside the map
diff-bepaald-door-woongemeente = the pupil's home municipality
diff-bepaald-door-schoolgemeente = the school's municipality
diff-bepaald-door-dossier = the pupil's dossier

## export: the printable map (src/views/export)

export-soort-keuze = choice (one answer)
export-soort-meerkeuze = multiple choice (one or more answers; the route follows each answer chosen)
export-soort-getal = number from { $min } to { $max }
export-soort-ja-nee = yes or no
export-soort-woongemeente = the pupil's home municipality (registration in the BRP)
export-soort-schoolgemeente = the municipality the school is in
export-rol-buiten-de-kaart = { $rol } for a pupil outside this map
export-gecontroleerd = Checked
export-bron-bekeken = Source seen
export-nagekeken = Verified
export-nooit = never
export-en = and
export-of = or

# Chapter 1: how to read the document.
export-gids-titel = How to read this map
export-gids-afdruk = This printout holds the whole map: every question with where each answer leads, every advice with its contacts, steps and legal basis, the directory per municipality and the sources. So you can check the map on paper, without the program.
export-gids-een-plan-signalen = One child, one plan. The school answers the questions for one pupil. If it chooses more than one worry at question { $vraag }, the map follows each signal and all the advice comes together in one plan: each contact once, the most urgent first.
export-gids-een-plan = One child, one plan. The school answers the questions for one pupil; the advice of the route comes together in one plan, the most urgent contact first.
export-gids-rollen = Roles and municipalities. An advice usually names a role, not an organisation. Each role says which municipality decides who that is: the pupil's home municipality (where the pupil is registered in the BRP, the population register: the woonplaatsbeginsel) or the school's municipality. The directory ({ $gemeenten }) gives per municipality the organisation for each role.
export-gids-rollen-dossier = A role from the dossier is someone the school already knows, such as the casusregisseur (case manager); they are not in this map.
export-gids-acuut = Acute danger: call 112 first. Then follow the rest of the plan.
export-gids-urgentie = Urgency, from high to low
export-gids-urgentie-acuut = in direct danger, at once
export-gids-urgentie-vandaag = on the same day
export-gids-urgentie-deze-week = within the week, or within the legal deadline
export-gids-urgentie-regulier = planned, within a few weeks
export-gids-nummers = Numbers such as 3.2.1 point to a question, an advice or an organisation. An arrow (→) points to the question or advice an answer leads to; where there are more arrows, the route follows them in turn. “Comes from” names the questions and answers that lead to a question or advice. Give the number with your comments, for example “see 3.2.1”.
export-gids-zelfde-antwoord = A question with “same answer as” is not asked again: the route uses the earlier answer. The code is the name of a question, advice or organisation in the map's files, for whoever maintains the map.
export-gids-contactgegevens = Contact data are given only where a source gave them. “Checked on” is the date the organisation confirmed them; “source seen on” the date the source was read. This printout holds no personal data.

# The document, its identity and its chapters 2, 3 and the unreachable one.
export-titel = The whole map: questions, advice, addresses and sources
export-inhoud = Contents
export-regio = Region
export-versie = Version
export-versie-van = { $versie } of { $datum }
export-controlegetal = Checksum
export-afgedrukt-op = Printed on
export-van-tot-en-met = { $van } to { $tot }
export-ja = Yes
export-nee = No
export-gemeente-buiten-de-kaart = a municipality outside this map
export-elk-antwoord = Any answer
export-elk-antwoord-van = Any answer: { $gemeenten }
export-naar-vraag = question { $nummer }: { $tekst }
export-naar-advies = advice { $nummer }: { $titel }
export-pijl = → { $naar }
export-pijl-daarna = → then { $naar }
export-bronnen = Sources
export-start-titel = The first questions
export-start-uitleg = Every route begins with these questions. The municipalities do not change the route: they decide who fills the roles (chapter 4).
export-start-signaal = Then the school chooses the worry at question { $vraag }: the signal. Chapter { $hoofdstuk } follows each signal on its own.
export-signalen-titel = Per signal: questions and advice
export-geen-signaalvraag = This map has no signal question: every question and advice is in chapter { $hoofdstuk }.
export-signalen-uitleg = Each answer to question { $vraag } (“{ $tekst }”) has a section of its own here: first the questions of that route, then the advice.
export-signalen-meer = If the school chooses more signals, the map follows each of them and their advice comes together in one plan.
export-signalen-gedeeld = A question or advice on the route of several signals is given in full under the signal it is closest to (the first, on a tie); the other signals name it by its number.
export-code = Code
export-begint-bij = Starts at
export-zie = see { $naar }
export-ook-op-deze-route = Also on this route, described elsewhere
export-onbereikbaar-titel = Not reachable from the first question
export-onbereikbaar-uitleg = No route reaches these questions and advice; `routekaart check` reports them. They are here so that the printout holds the whole map.
export-komt-van = Comes from
export-komt-van-antwoord = question { $vraag }, answer { $antwoorden }
export-komt-van-elk-antwoord = question { $vraag }, any answer

# One question's or advice's entry.
export-vraag = Question: { $tekst }
export-vraag-zelfde-antwoord = Question (same answer as { $vraag }): { $tekst }
export-vraag-herhaald = This question is not asked again: the route uses the answer to question { $vraag }. If that question has not been answered yet, it is asked here.
export-soort = Kind
export-bepaalt-rollen = Decides who fills these roles
export-antwoorden = Answers
export-eerste-vraag = the first question of every route
export-advies = Advice: { $titel }
export-urgentie = Urgency
export-geldig-tot = Valid until
export-contacten = Contacts
export-waarom = Why: { $waarom }
export-termijn = Deadline: { $termijn }
export-stappen = Steps
export-voorbereiden = Prepare
export-grondslag = Legal basis
export-data-om-op-te-letten = Dates to watch
export-datum-in-het-plan = Date in the plan: { $weken ->
        [one] { $weken } week
       *[other] { $weken } weeks
    } after the start that question { $vraag } gives.
export-zelfde-organisatie = The same organisation for every municipality; see { $nummer }.
export-zelfde-organisatie-telefoon = The same organisation for every municipality, phone { $telefoon }; see { $nummer }.
export-wie-woongemeente = Who this is depends on the pupil's home municipality: see { $gemeenten }.
export-wie-schoolgemeente = Who this is depends on the school's municipality: see { $gemeenten }.
export-wie-dossier = Someone the school knows from the pupil's dossier; this map names no name or number.
export-buiten-woongemeente = If the pupil lives outside this map: { $naam } ({ $nummer }).
export-buiten-schoolgemeente = If the school is outside this map: { $naam } ({ $nummer }).
export-buiten-deze-kaart = Outside this map: { $naam } ({ $nummer }).

# Chapters 4 and 5: the directory and the sources.
export-adressenlijst-titel = Directory per municipality
export-adressenlijst-uitleg = An advice usually names a role; which organisation fills that role depends on the municipality. Roles of the home municipality hold for a pupil who lives there (registered in the BRP, the population register), roles of the school's municipality for a school there. All data per organisation are in { $alle }.
export-school-in = school in { $gemeente }
export-woont-in = lives in { $gemeente }
export-niet-ingevuld = Not filled in: ask the municipality.
export-gemeente-uitleg = For a pupil who lives in { $gemeente }, and for a school in { $gemeente }.
export-kolom-rol = Role
export-kolom-organisatie-en-contact = Organisation and contact
export-kolom-wanneer = When
export-kolom-wie-telt = Decided by
export-kolom-toelichting = Explanation
export-in-advies = In advice { $adviezen }
export-landelijk-titel = National and outside the map
export-landelijk-uitleg = These organisations are the same for every municipality: an advice names them directly, or a role names them for a pupil who lives outside this map.
export-alle-organisaties-titel = All organisations
export-alle-organisaties-uitleg = Every organisation of the map with all the data a source gave. Where a phone number or e-mail address is missing, the note says how to reach the organisation instead.
export-rollen-titel = The roles
export-telt-woongemeente = the pupil's home municipality (BRP)
export-telt-schoolgemeente = the school's municipality
export-telt-dossier = the pupil's dossier (not in this map)
export-tel = Tel. { $telefoon }
export-bereikbaar-op = Hours: { $tijden }
export-geen-contact = No phone, e-mail or website.
export-let-op-zie = Note: see { $nummer }.
export-telefoon = Phone
export-email = E-mail
export-website = Website
export-bereikbaar = Hours
export-let-op = Note
export-rol-in = { $rol } in { $gemeenten }
export-genoemd-in-advies = Named in advice { $adviezen }
export-nergens-gebruikt = Not used anywhere in this map
export-in-deze-kaart = In this map
export-naar-organisatie = organisation { $nummer }: { $naam }
export-geen-bronnen = This map names no sources.
export-bronnen-uitleg = Each source once, in the order this printout first names it, with the advice and organisations that name it. A date in brackets is the date of the page.
export-bron-bij = in { $door }

## routes: the route listing (views/routes)

routes-titel = Routes
routes-voor-gemeente = Contacts for a pupil who lives, and goes to school, in { $naam }.
routes-per-gemeente = First contact per municipality where the pupil lives and goes to school; one line where every municipality is the same.
routes-kolom-route = Route
routes-kolom-antwoorden = Answers
routes-kolom-adviezen = Advice
routes-kolom-eerste-contact = First contact
routes-kolom-urgentie = Urgency
routes-kolom-advies = Advice
routes-kolom-contacten = Contacts
routes-kolom-routes = Routes
routes-uitleg = { $n ->
    [one] { $n } route
   *[other] { $n } routes
}. Several signals at once give one plan: the routes of each signal together. To follow a route: routekaart advise with the answers of the route (--format json gives them per route).
routes-te-veel = This map has { $total } routes, too many to list (more than --max-routes { $limit }). Per advice: how many routes lead there
routes-te-veel-ten-hoogste = This map has too many routes to list: at most { $total } (more than --max-routes { $limit }). Per advice: how many routes lead there
routes-met-contacten-van = , with the contacts of { $naam }
routes-aantal-precies = Each number is exact: that many routes have this advice in their plan.
routes-aantal-minstens = This map sometimes uses one answer in two places. Then routekaart cannot compute the routes but has to walk them, and there are too many. "At least" means: there are surely this many routes with this advice, maybe more. "Not counted": no route with this advice was found among those walked.
routes-niet-geteld = not counted
routes-minstens = at least { $n }
routes-alle-gemeenten = all
routes-rol-niet-ingevuld = { $naam } (not filled in)
routes-rol = { $naam } (role)
