# The maintainer's views of a whole map: orgs, graph, diff, export (src/views).
# The map's own texts come from its YAML; only the tool's words are here.

## graph: the flowchart

graph-signaal = Signaal: { $signaal }
graph-verder = → verder: zie Signaal: { $signaal }
graph-antwoord-op-vraag = (antwoord op vraag { $vraag })
graph-of = of
graph-en = en
graph-ja = ja
graph-nee = nee
graph-elke-gemeente = elke gemeente
graph-elk-getal = elk getal
graph-of-meer = { $getal } of meer

## the first lines of a view, and names the map does not know (views/mod.rs)

views-kaart-versie = { $naam }, versie { $versie }
views-kaart-versie-datum = { $naam }, versie { $versie } van { $datum }
views-geen-signaalvraag = deze routekaart heeft geen signaalvraag (geen meerkeuze- of keuzevraag); laat --signaal weg om de hele kaart te tekenen
views-onbekende-gemeente = onbekende gemeente `{ $naam }`
views-onbekend-signaal = onbekend signaal `{ $naam }`
views-onbekende-rol = onbekende rol `{ $naam }`
views-bedoelt-u = ; bedoelt u `{ $naam }`?
views-geen-gemeenten = Deze routekaart kent geen gemeenten.
views-geen-signalen = Deze routekaart kent geen signalen.
views-geen-rollen = Deze routekaart kent geen rollen.
views-kies-uit = Kies uit: { $keuzes }.
views-buiten-de-kaart = buiten de kaart

## orgs: the directory

orgs-titel = Adressenlijst
orgs-titel-gemeente = , gemeente { $gemeente }
orgs-titel-rol = , rol { $rol }
orgs-geen = Geen organisaties gevonden met deze keuze.
orgs-alle-direct = alle (direct in een advies)
orgs-niet-gebruikt = niet gebruikt
orgs-gecontroleerd = gecontroleerd { $datum }
orgs-bron-bekeken = bron bekeken { $datum }
orgs-nooit = nooit
orgs-kolom-organisatie = Organisatie
orgs-kolom-rol = Rol
orgs-kolom-gemeenten = Gemeenten
orgs-kolom-contact = Contact
orgs-kolom-nagekeken = Nagekeken
orgs-totaal = { $organisaties ->
        [one] { $organisaties } organisatie
       *[other] { $organisaties } organisaties
    }, { $regels ->
        [one] { $regels } regel
       *[other] { $regels } regels
    }.

## diff: what a change to the map does

diff-titel = Verschil: { $naam }
diff-oud = oud:
diff-nieuw = nieuw:
diff-versie = versie { $versie } (controlegetal { $controlegetal })
diff-versie-datum = versie { $versie } van { $datum } (controlegetal { $controlegetal })
diff-geen-route = Geen route krijgt een ander plan.
diff-routes-anders = Routes met een ander plan
diff-alle = alle
diff-kolom-route = Route
diff-kolom-antwoorden = Antwoorden
diff-kolom-gemeenten = Gemeenten
diff-kolom-wat-verandert = Wat verandert
diff-kolom-advies = Advies
diff-kolom-id = Id
diff-kolom-naam = Naam
diff-routes-totaal = { $anders ->
        [one] { $anders } route
       *[other] { $anders } routes
    } anders, { $gelijk } gelijk.
diff-per-advies = Een van de kaarten heeft te veel routes om een voor een te vergelijken (--max-routes); hieronder per advies.
diff-geen-advies = Geen advies verandert.
diff-adressenlijst = Adressenlijst
diff-rollen = Rollen
diff-gemeenten = Gemeenten en hun rollen
diff-geen = geen
diff-rol = { $rol } (rol)
diff-nieuwe-route = nieuwe route: { $wordt }
diff-route-vervalt = route vervalt (was: { $was })
diff-eerste-contact = eerste contact: { $was } → { $wordt }
diff-urgentie = urgentie: { $was } → { $wordt }
diff-contact-erbij = contact erbij: { $onderwerp } ({ $wordt })
diff-contact-weg = contact weg: { $onderwerp } (was { $was })
diff-contact-urgentie = { $onderwerp }: urgentie { $was } → { $wordt }
diff-advies-erbij = advies erbij: { $onderwerp }
diff-advies-weg = advies weg: { $onderwerp }
diff-stappen = stappen van { $onderwerp }: { $was } → { $wordt }
diff-organisatie-erbij = nieuw in de adressenlijst: { $wordt }
diff-organisatie-weg = uit de adressenlijst: { $was }
diff-gegeven = { $onderwerp }: { $was } → { $wordt }
diff-gemeente-erbij = gemeente erbij: { $wordt }
diff-gemeente-weg = gemeente weg: { $was }
# The data's own field names (naam, telefoon, bereikbaar, bepaald door, buiten
# de kaart) and who decides a role, as a reviewer reads them.
diff-veld-naam = naam
diff-veld-telefoon = telefoon
diff-veld-bereikbaar = bereikbaar
diff-veld-bepaald-door = bepaald door
diff-veld-buiten-de-kaart = buiten de kaart
diff-bepaald-door-woongemeente = woongemeente
diff-bepaald-door-schoolgemeente = schoolgemeente
diff-bepaald-door-dossier = dossier

## export: the printable map (src/views/export)

export-soort-keuze = keuze (één antwoord)
export-soort-meerkeuze = meerkeuze (één of meer antwoorden; de route volgt elk gekozen antwoord)
export-soort-getal = getal van { $min } tot en met { $max }
export-soort-ja-nee = ja of nee
export-soort-woongemeente = de woongemeente van de leerling (inschrijving in de BRP)
export-soort-schoolgemeente = de gemeente waar de school staat
export-rol-buiten-de-kaart = { $rol } voor een leerling buiten deze kaart
export-gecontroleerd = Gecontroleerd
export-bron-bekeken = Bron bekeken
export-nagekeken = Nagekeken
export-nooit = nooit
export-en = en
export-of = of

# Chapter 1: how to read the document.
export-gids-titel = Zo leest u deze kaart
export-gids-afdruk = Deze afdruk bevat de hele routekaart: elke vraag met waar elk antwoord heen leidt, elk advies met contacten, stappen en wettelijke grond, de adressenlijst per gemeente en de bronnen. Zo kunt u de kaart op papier nalopen, zonder het programma.
export-gids-een-plan-signalen = Eén kind, één plan. De school beantwoordt de vragen voor één leerling. Kiest zij bij vraag { $vraag } meer dan één zorg, dan volgt de routekaart elk signaal en komen alle adviezen samen in één plan: elk contact één keer, het meest urgente eerst.
export-gids-een-plan = Eén kind, één plan. De school beantwoordt de vragen voor één leerling; de adviezen van de route komen samen in één plan, het meest urgente contact eerst.
export-gids-rollen = Rollen en gemeenten. Een advies noemt meestal een rol en geen organisatie. Bij elke rol staat welke gemeente bepaalt wie dat is: de woongemeente van de leerling (waar de leerling in de BRP staat ingeschreven; het woonplaatsbeginsel) of de gemeente van de school. De adressenlijst ({ $gemeenten }) geeft per gemeente de organisatie bij elke rol.
export-gids-rollen-dossier = Een rol uit het dossier is iemand die de school al kent, zoals de casusregisseur; die staat niet in deze kaart.
export-gids-acuut = Acuut gevaar: bel eerst 112. Daarna volgt u de rest van het plan.
export-gids-urgentie = Urgentie, van hoog naar laag
export-gids-urgentie-acuut = bij direct gevaar, meteen
export-gids-urgentie-vandaag = nog dezelfde dag
export-gids-urgentie-deze-week = binnen de week, of binnen de wettelijke termijn
export-gids-urgentie-regulier = gepland, binnen enkele weken
export-gids-nummers = Nummers zoals 3.2.1 wijzen een vraag, een advies of een organisatie aan. Een pijl (→) wijst naar de vraag of het advies waar een antwoord heen leidt; staan er meer pijlen, dan volgt de route ze om de beurt. “Komt van” noemt de vragen en antwoorden die naar een vraag of advies leiden. Noem bij uw opmerkingen het nummer, bijvoorbeeld “zie 3.2.1”.
export-gids-zelfde-antwoord = Een vraag met “zelfde antwoord als” wordt niet opnieuw gesteld: de route gebruikt het eerdere antwoord. De code is de naam van een vraag, advies of organisatie in de bestanden van de kaart, voor wie de kaart bijhoudt.
export-gids-contactgegevens = Contactgegevens staan er alleen in als een bron ze gaf. “Gecontroleerd op” is de datum waarop de organisatie ze bevestigde; “bron bekeken op” de datum waarop de bron gelezen is. Deze afdruk bevat geen persoonsgegevens.

# The document, its identity and its chapters 2, 3 and the unreachable one.
export-titel = De hele routekaart: vragen, adviezen, adressen en bronnen
export-inhoud = Inhoud
export-regio = Regio
export-versie = Versie
export-versie-van = { $versie } van { $datum }
export-controlegetal = Controlegetal
export-afgedrukt-op = Afgedrukt op
export-van-tot-en-met = { $van } tot en met { $tot }
export-ja = Ja
export-nee = Nee
export-gemeente-buiten-de-kaart = een gemeente buiten deze kaart
export-elk-antwoord = Elk antwoord
export-elk-antwoord-van = Elk antwoord: { $gemeenten }
export-naar-vraag = vraag { $nummer }: { $tekst }
export-naar-advies = advies { $nummer }: { $titel }
export-pijl = → { $naar }
export-pijl-daarna = → daarna { $naar }
export-bronnen = Bronnen
export-start-titel = De eerste vragen
export-start-uitleg = Elke route begint met deze vragen. De gemeenten veranderen de route niet: zij bepalen wie de rollen vervult (hoofdstuk 4).
export-start-signaal = Daarna kiest de school bij vraag { $vraag } de zorg: het signaal. Hoofdstuk { $hoofdstuk } volgt elk signaal apart.
export-signalen-titel = Per signaal: vragen en adviezen
export-geen-signaalvraag = Deze kaart heeft geen signaalvraag: alle vragen en adviezen staan in hoofdstuk { $hoofdstuk }.
export-signalen-uitleg = Elk antwoord op vraag { $vraag } (“{ $tekst }”) heeft hier een eigen paragraaf: eerst de vragen van die route, dan de adviezen.
export-signalen-meer = Kiest de school meer signalen, dan volgt de routekaart ze allemaal en komen de adviezen samen in één plan.
export-signalen-gedeeld = Een vraag of advies op de route van meer signalen staat voluit bij het signaal waar het het dichtst bij ligt (bij gelijke afstand het eerste); de andere signalen noemen het met zijn nummer.
export-code = Code
export-begint-bij = Begint bij
export-zie = zie { $naar }
export-ook-op-deze-route = Ook op deze route, elders beschreven
export-onbereikbaar-titel = Niet bereikbaar vanaf de eerste vraag
export-onbereikbaar-uitleg = Geen route komt bij deze vragen en adviezen; `routekaart check` meldt ze. Ze staan hier zodat de afdruk de hele kaart bevat.
export-komt-van = Komt van
export-komt-van-antwoord = vraag { $vraag }, antwoord { $antwoorden }
export-komt-van-elk-antwoord = vraag { $vraag }, elk antwoord

# One question's or advice's entry.
export-vraag = Vraag: { $tekst }
export-vraag-zelfde-antwoord = Vraag (zelfde antwoord als { $vraag }): { $tekst }
export-vraag-herhaald = Deze vraag wordt niet opnieuw gesteld: de route gebruikt het antwoord op vraag { $vraag }. Is die vraag nog niet beantwoord, dan wordt ze hier gesteld.
export-soort = Soort
export-bepaalt-rollen = Bepaalt wie deze rollen vervult
export-antwoorden = Antwoorden
export-eerste-vraag = de eerste vraag van elke route
export-advies = Advies: { $titel }
export-urgentie = Urgentie
export-geldig-tot = Geldig tot
export-contacten = Contacten
export-waarom = Waarom: { $waarom }
export-termijn = Termijn: { $termijn }
export-stappen = Stappen
export-voorbereiden = Voorbereiden
export-grondslag = Grondslag
export-data-om-op-te-letten = Data om op te letten
export-datum-in-het-plan = Datum in het plan: { $weken ->
        [one] { $weken } week
       *[other] { $weken } weken
    } na het begin dat vraag { $vraag } opgeeft.
export-zelfde-organisatie = Dezelfde organisatie voor elke gemeente; zie { $nummer }.
export-zelfde-organisatie-telefoon = Dezelfde organisatie voor elke gemeente, telefoon { $telefoon }; zie { $nummer }.
export-wie-woongemeente = Wie dit is, hangt af van de woongemeente van de leerling: zie { $gemeenten }.
export-wie-schoolgemeente = Wie dit is, hangt af van de gemeente van de school: zie { $gemeenten }.
export-wie-dossier = Iemand die de school kent uit het dossier van de leerling; deze kaart noemt geen naam of nummer.
export-buiten-woongemeente = Woont de leerling buiten deze kaart: { $naam } ({ $nummer }).
export-buiten-schoolgemeente = Staat de school buiten deze kaart: { $naam } ({ $nummer }).
export-buiten-deze-kaart = Buiten deze kaart: { $naam } ({ $nummer }).

# Chapters 4 and 5: the directory and the sources.
export-adressenlijst-titel = Adressenlijst per gemeente
export-adressenlijst-uitleg = Een advies noemt meestal een rol; welke organisatie die rol vervult, hangt af van de gemeente. Rollen van de woongemeente gelden voor een leerling die in die gemeente woont (inschrijving in de BRP), rollen van de schoolgemeente voor een school in die gemeente. Alle gegevens per organisatie staan in { $alle }.
export-school-in = school in { $gemeente }
export-woont-in = woont in { $gemeente }
export-niet-ingevuld = Niet ingevuld: vraag het na bij de gemeente.
export-gemeente-uitleg = Voor een leerling die in { $gemeente } woont, en voor een school in { $gemeente }.
export-kolom-rol = Rol
export-kolom-organisatie-en-contact = Organisatie en contact
export-kolom-wanneer = Wanneer
export-kolom-wie-telt = Wie telt
export-kolom-toelichting = Toelichting
export-in-advies = In advies { $adviezen }
export-landelijk-titel = Landelijk en buiten de kaart
export-landelijk-uitleg = Deze organisaties zijn voor elke gemeente dezelfde: een advies noemt ze direct, of een rol noemt ze voor een leerling die buiten deze kaart woont.
export-alle-organisaties-titel = Alle organisaties
export-alle-organisaties-uitleg = Elke organisatie van de kaart met alle gegevens die een bron gaf. Ontbreekt een telefoonnummer of e-mailadres, dan zegt de opmerking hoe u de organisatie wel bereikt.
export-rollen-titel = De rollen
export-telt-woongemeente = de woongemeente van de leerling (BRP)
export-telt-schoolgemeente = de gemeente van de school
export-telt-dossier = het dossier van de leerling (niet in deze kaart)
export-tel = Tel. { $telefoon }
export-bereikbaar-op = Bereikbaar: { $tijden }
export-geen-contact = Geen telefoon, e-mail of website.
export-let-op-zie = Let op: zie { $nummer }.
export-telefoon = Telefoon
export-email = E-mail
export-website = Website
export-bereikbaar = Bereikbaar
export-let-op = Let op
export-rol-in = { $rol } in { $gemeenten }
export-genoemd-in-advies = Genoemd in advies { $adviezen }
export-nergens-gebruikt = Nergens gebruikt in deze kaart
export-in-deze-kaart = In deze kaart
export-naar-organisatie = organisatie { $nummer }: { $naam }
export-geen-bronnen = Deze kaart noemt geen bronnen.
export-bronnen-uitleg = Elke bron één keer, in de volgorde waarin deze afdruk haar noemt, met de adviezen en organisaties die haar noemen. Een datum tussen haakjes is de datum van de pagina.
export-bron-bij = bij { $door }

## routes: the route listing (views/routes)

routes-titel = Routes
routes-voor-gemeente = Contacten voor een leerling die woont in, en naar school gaat in, { $naam }.
routes-per-gemeente = Eerste contact per gemeente waar de leerling woont en naar school gaat; één regel waar alle gemeenten hetzelfde zijn.
routes-kolom-route = Route
routes-kolom-antwoorden = Antwoorden
routes-kolom-adviezen = Adviezen
routes-kolom-eerste-contact = Eerste contact
routes-kolom-urgentie = Urgentie
routes-kolom-advies = Advies
routes-kolom-contacten = Contacten
routes-kolom-routes = Routes
routes-uitleg = { $n ->
    [one] { $n } route
   *[other] { $n } routes
}. Meerdere signalen tegelijk geven één plan: de routes van elk signaal samen. Een route nalopen: routekaart advise met de antwoorden van de route (--format json geeft ze per route).
routes-te-veel = Deze kaart heeft { $total } routes, te veel om op te sommen (meer dan --max-routes { $limit }). Per advies: hoeveel routes erheen leiden
routes-te-veel-ten-hoogste = Deze kaart heeft te veel routes om op te sommen: ten hoogste { $total } (meer dan --max-routes { $limit }). Per advies: hoeveel routes erheen leiden
routes-met-contacten-van = , met de contacten van { $naam }
routes-aantal-precies = Elk aantal is precies: zo veel routes hebben dit advies in hun plan.
routes-aantal-minstens = Deze kaart gebruikt soms één antwoord op twee plaatsen. Dan kan routekaart de routes niet uitrekenen, maar moet het ze aflopen; dat zijn er te veel. "Minstens" betekent: er zijn zeker zo veel routes met dit advies, misschien meer. "Niet geteld": geen route met dit advies gevonden in de routes die wel zijn afgelopen.
routes-niet-geteld = niet geteld
routes-minstens = minstens { $n }
routes-alle-gemeenten = alle
routes-rol-niet-ingevuld = { $naam } (niet ingevuld)
routes-rol = { $naam } (rol)
