# The plan's words outside the printed page: urgency, whom to call, the
# JSON form, and the terminal version.

plan-privacy = This plan holds no personal data: routekaart does not ask for a name, date of birth, BSN (citizen service number) or address, and keeps nothing unless you save this plan yourself.
plan-bijgewerkt = updated { $date }
plan-bijgewerkt-oud = updated { $date }: more than { $months } months ago, check that it is still right
plan-rond = around { $date }
plan-rond-voorbij = around { $date } (already past)

# Urgency, as plans, the export and the other views print it.
plan-urgentie-acuut = URGENT — now
plan-urgentie-vandaag = today
plan-urgentie-deze-week = this week
plan-urgentie-regulier = routine

# Whom to call when the map names no organisation.
plan-uit-dossier = This map names no name or number here: the school or the parents know who it is.
plan-uit-dossier-uitleg = { $uitleg } This map names no name or number here.
plan-gemeente-onbekend = This map does not know { $whose }. Look up the { $role } on that municipality's website.
plan-gemeente-niet-gevraagd = The route did not ask for { $whose }; look up the { $role } there.
plan-rol-niet-gevuld = The map names no organisation for this role in { $gemeente } yet; ask the municipality.
plan-rol-van = { $role } of { $whose }
plan-woongemeente = the pupil's home municipality
plan-schoolgemeente = the school's municipality

# When a contact's data were checked, as the appendix of the plan says it.
plan-veld-gecontroleerd = Data checked on
plan-veld-bron-bekeken = Source seen on

# A question still to answer (`advise` with too few answers).
plan-vraag-nodig = Another answer needed: question `{ $id }`
plan-vraag-getal = Answer: a whole number from { $min } to { $max }{ $unit }.
plan-vraag-antwoorden = Answers:
plan-vraag-antwoorden-meer = Answers (one or more, with commas):
plan-vraag-voorbeeld = Give the answer, for example: --answer { $id }={ $example }
plan-md-vraag-nodig = Another answer needed: `{ $id }`
plan-md-vraag-getal = A whole number from { $min } to { $max }.
