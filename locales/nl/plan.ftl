# The plan's words outside the printed page: urgency, whom to call, the
# JSON form, and the terminal version.

plan-privacy = Dit plan bevat geen persoonsgegevens: routekaart vraagt niet naar naam, geboortedatum, BSN of adres en bewaart niets, tenzij u dit plan zelf opslaat.
plan-bijgewerkt = bijgewerkt { $date }
plan-bijgewerkt-oud = bijgewerkt { $date }: meer dan { $months } maanden geleden, kijk na of dit nog klopt
plan-rond = rond { $date }
plan-rond-voorbij = rond { $date } (al voorbij)

# Urgency, as plans, the export and the other views print it.
plan-urgentie-acuut = ACUUT — nu
plan-urgentie-vandaag = vandaag
plan-urgentie-deze-week = deze week
plan-urgentie-regulier = regulier

# Whom to call when the map names no organisation.
plan-uit-dossier = Deze routekaart noemt hier geen naam of nummer: de school of de ouders weten wie het is.
plan-uit-dossier-uitleg = { $uitleg } Deze routekaart noemt hier geen naam of nummer.
plan-gemeente-onbekend = Deze routekaart kent { $whose } niet. Zoek de { $role } op via de website van die gemeente.
plan-gemeente-niet-gevraagd = De route vroeg niet naar { $whose }; zoek de { $role } daar op.
plan-rol-niet-gevuld = De routekaart noemt voor { $gemeente } nog geen organisatie voor deze rol; vraag het na bij de gemeente.
plan-rol-van = { $role } van { $whose }
plan-woongemeente = de woongemeente van de leerling
plan-schoolgemeente = de gemeente van de school

# When a contact's data were checked, as the appendix of the plan says it.
plan-veld-gecontroleerd = Gegevens gecontroleerd op
plan-veld-bron-bekeken = Bron bekeken op

# A question still to answer (`advise` with too few answers).
plan-vraag-nodig = Nog een antwoord nodig: vraag `{ $id }`
plan-vraag-getal = Antwoord: een geheel getal van { $min } tot en met { $max }{ $unit }.
plan-vraag-antwoorden = Antwoorden:
plan-vraag-antwoorden-meer = Antwoorden (één of meer, met komma's):
plan-vraag-voorbeeld = Geef het antwoord mee, bijvoorbeeld: --answer { $id }={ $example }
plan-md-vraag-nodig = Nog een antwoord nodig: `{ $id }`
plan-md-vraag-getal = Een geheel getal van { $min } tot en met { $max }.
