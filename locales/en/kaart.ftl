# `routekaart kaart`: the one-page routekaart.

kaart-titel = ROUTEKAART — WHOM DO YOU CALL FIRST? School and pupil in { $gemeente }
kaart-uitleg = No time given: routine.
kaart-vooraf = First of all: { $advies } · { $urgentie }.
kaart-of = or
kaart-urgentie-acuut = URGENT
kaart-urgentie-vandaag = today
kaart-urgentie-deze-week = this week
kaart-urgentie-regulier = routine
kaart-geen-gemeente = for which municipality? Give --gemeente MUNICIPALITY ({ $valid }), or put the municipality in the school's profile (routekaart school)
kaart-zie = see { $signaal }
kaart-elke-soort = every kind
kaart-direct-gevaar = Immediate danger: call { $desk } first.
kaart-eigen = your school: { $mensen }
kaart-elke-soort-behalve = every kind but { $soorten }
kaart-regel = In { $signalen }: { $regel }.
kaart-ook = { $soort } (also { $regel })
kaart-met = with { $name }
kaart-zonder = without { $name }
kaart-niet = not { $label }
kaart-vanaf = { $from }{ $unit } or more
kaart-onder = under { $below }{ $unit }
kaart-versie = version { $version }
kaart-in-plaats-van = { $regel }, instead of { $andere }.
