# Problems the loader finds in a map's files, and the words that numbers and
# lists are written with. Each diagnostic's message id is its code
# (`onbekende-sleutel`); `.help` says how to fix it.

## Numbers and lists

# The mark between whole and fraction: 94,1% and 33,0 MiB.
decimaalteken = ,
# The word before the last item of a list: `a`, `b` en `c`.
lijst-en = en
# Between groups of three digits: 1.152.921.504.606.846.976.
duizendtalteken = .
# How a date is written: `cijfers` (07-03-2026) or `woorden` (7 maart 2026,
# with the names below).
datum-vorm = cijfers
maand = { $n ->
    [1] januari
    [2] februari
    [3] maart
    [4] april
    [5] mei
    [6] juni
    [7] juli
    [8] augustus
    [9] september
    [10] oktober
    [11] november
   *[12] december
}

## Kinds of id: the noun, at the start of a sentence, "onbekend(e) …",
## "deze/dit …", and the file where such ids are defined.

idsoort-vraag-of-advies = vraag of advies
    .begin = Vraag of advies
    .onbekend = onbekende vraag of advies
    .deze = deze vraag of advies
    .bestand = vragen.yaml of adviezen.yaml
idsoort-organisatie = organisatie
    .begin = Organisatie
    .onbekend = onbekende organisatie
    .deze = deze organisatie
    .bestand = organisaties.yaml
idsoort-rol = rol
    .begin = Rol
    .onbekend = onbekende rol
    .deze = deze rol
    .bestand = routekaart.yaml (rollen)
idsoort-gemeente = gemeente
    .begin = Gemeente
    .onbekend = onbekende gemeente
    .deze = deze gemeente
    .bestand = gemeenten.yaml
idsoort-vraag = vraag
    .begin = Vraag
    .onbekend = onbekende vraag
    .deze = deze vraag
    .bestand = vragen.yaml
idsoort-advies = advies
    .begin = Advies
    .onbekend = onbekend advies
    .deze = dit advies
    .bestand = adviezen.yaml
idsoort-organisatie-of-rol = organisatie of rol
    .begin = Organisatie of rol
    .onbekend = onbekende organisatie of rol
    .deze = deze organisatie of rol
    .bestand = organisaties.yaml of routekaart.yaml (rollen)
idsoort-regel = regel
    .begin = Regel
    .onbekend = onbekende regel
    .deze = deze regel
    .bestand = regels.yaml
idsoort-thema = thema
    .begin = Thema
    .onbekend = onbekend thema
    .deze = dit thema
    .bestand = vragen.yaml (themas)
idsoort-antwoord = antwoord
    .begin = Antwoord
    .onbekend = onbekend antwoord
    .deze = dit antwoord
    .bestand = vragen.yaml (opties)

## The labels of a rendered diagnostic

ernst-fout = fout
ernst-waarschuwing = waarschuwing
label-hulp = hulp

## Problems in the files

bestand-ontbreekt = bestand ontbreekt
    .help = een routekaart-map bevat routekaart.yaml, organisaties.yaml, gemeenten.yaml, vragen.yaml en adviezen.yaml
geen-map = dit is geen map met routekaart-bestanden
    .help = geef met --routekaart de map met de YAML-bestanden
bestand-te-groot = bestand is te groot: { $size } (de grens is { $limit })
    .help = splits of verklein het bestand
geen-utf8 = bestand is geen UTF-8-tekst
    .help = sla het bestand op als UTF-8 (in de meeste editors: ‘Opslaan als’ → codering UTF-8)
niet-leesbaar = bestand kan niet gelezen worden: { $reason }
leeg-bestand = bestand is leeg
    .help = vul het bestand of haal het weg als het niet nodig is
yaml-syntax = geen geldige YAML: { $message }
yaml-tab = er staat een tab in het inspringen
    .help = YAML telt alleen spaties: vervang de tab door spaties, even veel als bij de regels erboven die erbij horen
yaml-dubbele-punt-ontbreekt = na `{ $key }` ontbreekt de dubbele punt
    .help = schrijf een sleutel met een dubbele punt en een spatie: `{ $key }: waarde`
yaml-spatie-na-dubbele-punt = na `{ $key }:` ontbreekt een spatie
    .help = zet een spatie na de dubbele punt: `{ $key }: waarde`
yaml-onbekend-anker = `*{ $alias }` verwijst naar een anker `&{ $alias }` dat er niet is
    .help = zet eerder in dit bestand `&{ $alias }` bij de waarde die u wilt herhalen, of schrijf de waarde hier uit; is het een tekst die met een sterretje begint, zet die dan tussen aanhalingstekens
yaml-haakje-open = deze `{ $bracket }` wordt niet gesloten
    .help = sluit de lijst met `{ $closing }`, bijvoorbeeld `naar: [a, b]`; hoort het haakje bij een tekst, zet de tekst dan tussen aanhalingstekens
yaml-aanhalingsteken-open = een aanhalingsteken wordt niet gesloten
    .help = zet aan het eind van de tekst hetzelfde aanhalingsteken als aan het begin
yaml-tekst-na-aanhalingsteken = na het sluitende aanhalingsteken staat nog tekst
    .help = zet de hele tekst tussen aanhalingstekens, of haal de aanhalingstekens weg
yaml-dubbele-punt-in-tekst = hier staat een dubbele punt met een spatie erna, midden in een tekst
    .help = zet de hele tekst tussen aanhalingstekens, bijvoorbeeld `tekst: "Let op: bel eerst"`
yaml-onder-een-waarde = deze regel springt verder in dan regel { $line }, en hoort daardoor bij de tekst op die regel
    .help = zet de sleutel precies onder de sleutel op regel { $line }, met even veel spaties ervoor
yaml-inspringen = deze regel springt niet even ver in als de regels waar hij bij hoort
    .help = zet de sleutels van één onderdeel precies onder elkaar; een nieuw onderdeel van een lijst begint met `- ` recht onder de `- ` erboven
yaml-gereserveerd-teken = een waarde mag niet beginnen met { $character }
    .help = zet de tekst tussen aanhalingstekens, bijvoorbeeld: tekst: "{ $character }…"
yaml-stuurteken = hier staat een teken dat niet in een YAML-bestand mag (een stuurteken of binaire data)
    .help = haal het teken weg en sla het bestand op als gewone tekst (UTF-8)
yaml-blokteken = na `|` of `>` hoort de tekst op de volgende regels te staan
    .help = zet de tekst op een nieuwe regel, verder ingesprongen dan de sleutel; of haal de `|` of `>` weg
yaml-einde = het bestand houdt onverwacht op
    .help = controleer of het bestand helemaal is opgeslagen en of elk aanhalingsteken en haakje gesloten wordt
yaml-geen-getal = `.nan` of `.inf` is geen getal
    .help = schrijf een geheel getal
yaml-te-diep = te diep genest: meer dan { $depth } niveaus (een routekaart heeft er ongeveer 8)
    .help = controleer het inspringen: staat elke sleutel onder de sleutel waar hij bij hoort?
yaml-opbouw = de opbouw van het bestand klopt hier niet
    .help = controleer het inspringen (spaties, geen tabs) en de dubbele punten rond deze plek
meer-documenten = bestand bevat meer dan één YAML-document (`---`)
    .help = haal de extra `---` weg; één bestand is één document
onbekende-sleutel = onbekende sleutel `{ $key }`
    .help = toegestaan: { $allowed }
    .help-met-suggestie = bedoelde u `{ $suggestion }`? Toegestaan: { $allowed }
sleutel-ontbreekt = verplichte sleutel `{ $key }` ontbreekt
    .help = voeg `{ $key }:` toe
onbekende-waarde = onbekende waarde `{ $value }`
    .help = toegestaan: { $allowed }
    .help-met-suggestie = bedoelde u `{ $suggestion }`? Toegestaan: { $allowed }
verkeerd-type = verkeerd soort waarde: { $found }, verwacht { $expected }
dubbele-sleutel = sleutel `{ $key }` staat hier twee keer
    .help = haal één van de twee weg
te-diep-of-groot = bestand is te groot of te diep genest: { $what }
    .help = splits het bestand, of vereenvoudig de YAML (minder nesting, geen ankers)
dubbel-id = { $kind } `{ $id }` bestaat al
    .help = geef elke { $noun } een eigen id
    .help-met-eerste = de eerste staat op { $first }; geef elke { $noun } een eigen id
ongeldig-id = { $kind } `{ $id }` is geen geldig id
    .help = gebruik alleen letters a-z, cijfers, `-`, `_` en `.`: geen spaties, komma's, `=`, letters met accenten of stuurtekens (een id wordt getypt in `--answer id=waarde`)
onbekende-verwijzing = verwijzing naar { $unknown } `{ $id }`
    .help = voeg { $this } toe in { $file }
    .help-met-suggestie = bedoelde u `{ $suggestion }`?
sleutel-past-niet = vraag `{ $id }`: sleutel `{ $field }` hoort niet bij soort `{ $soort }`
    .help = haal de sleutel weg of kies een andere `soort`
sleutel-ontbreekt-voor-soort = vraag `{ $id }` van soort `{ $soort }` mist sleutel `{ $field }`
    .help = voeg `{ $field }:` toe
geen-antwoorden = vraag `{ $id }` heeft geen antwoorden
    .help = geef onder `opties:` minstens één antwoord met `naar:`
dubbel-antwoord = vraag `{ $question }`: antwoord `{ $value }` staat er twee keer in
    .help = geef elk antwoord een eigen `waarde`
contact-rol-of-organisatie = advies `{ $advice }`: een contact noemt óf een `rol` óf een `organisatie`, precies één van beide
    .help = schrijf `rol: leerplicht` (per gemeente opgezocht) of `organisatie: veilig-thuis-amsterdam-amstelland`
geen-contacten = advies `{ $advice }` noemt geen enkel contact
    .help = voeg onder `contacten:` minstens één contact toe
bereik-achteruit = vraag `{ $question }`: bereik van { $van } tot en met { $tot } loopt achteruit
    .help = zet het kleinste getal bij `van`
bereik-gat = vraag `{ $question }`: het getal { $value } valt in geen enkel bereik
    .help = laat de bereiken aansluiten van `min` tot en met `max`
bereik-overlap = vraag `{ $question }`: het getal { $value } valt in twee bereiken
    .help = laat elk bereik beginnen één na het einde van het vorige
min-boven-max = vraag `{ $question }`: min ({ $min }) is groter dan max ({ $max })
    .help = wissel `min` en `max` om
start-geen-vraag = `start` moet naar een vraag wijzen, maar `{ $id }` is een advies
kring = de vragen vormen een kring: { $path }
    .help = een vraag mag niet (via andere vragen) naar zichzelf terug leiden
ongeldige-datum = `{ $value }` is geen geldige datum
    .help = schrijf een datum als JJJJ-MM-DD, bijvoorbeeld 2026-11-23
geen-gemeenten = er staat geen enkele gemeente in gemeenten.yaml
    .help = voeg minstens één gemeente met haar rollen toe
lege-naar = `naar` is een lege lijst
    .help = noem minstens één vraag of advies bij `naar:`
antwoord-van = vraag `{ $question }` kan niet het antwoord van `{ $source }` nemen: { $reason }
antwoord-van-advies = `{ $source }` is een advies
    .help = laat `antwoord_van` naar een gewone vraag wijzen (een vraag met `tekst`)
antwoord-van-keten = `{ $source }` neemt zelf het antwoord van een andere vraag
    .help = laat `antwoord_van` naar een gewone vraag wijzen (een vraag met `tekst`)
antwoord-van-soort = `{ $source }` is van soort `{ $soort }`
    .help = geef deze vraag `soort: { $soort }`
antwoord-van-gemeente = `{ $source }` vraagt een gemeente
    .help = een gemeente wordt één keer gevraagd; rollen volgen haar vanzelf (gemeenten.yaml)
antwoord-van-opties = de antwoorden (`waarde`) verschillen
    .help = noem dezelfde waarden in dezelfde volgorde: { $values }
antwoord-van-sleutel = sleutel `{ $field }` hoort bij `{ $source }`, niet hier
    .help = haal de sleutel weg; die komt van de vraag bij `antwoord_van`
mijlpaal-vraag = advies `{ $advice }`: mijlpaal rekent vanaf vraag `{ $question }`, maar dat is geen getal in weken
    .help = laat `vraag` naar een vraag met `soort: getal` en `eenheid: weken` wijzen (zo geschreven: de eenheid die routekaart kent, geen eigen tekst), en zet `na_weken` boven 0
dossierrol-ingevuld = rol `{ $role }` komt uit het dossier van de leerling (`bepaald_door: dossier`) en krijgt geen organisatie
    .help = haal de rol weg bij de gemeente (of `buiten_de_kaart`), of kies een ander `bepaald_door`

## Answers given on the command line

antwoord-dubbel = vraag `{ $question }` kreeg twee antwoorden: `{ $first }` en `{ $second }`
    .help = geef elke vraag één --answer
antwoord-dubbel-meerkeuze = { antwoord-dubbel }
    .help = noem bij een meerkeuzevraag alle keuzes in één antwoord: --answer { $example }
