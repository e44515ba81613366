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
kaart-in-plaats-van = { $regel }, instead of { $andere }.
