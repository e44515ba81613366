# `routekaart kaart`: the one-page routekaart.

kaart-titel = ROUTEKAART — WIE BELT U EERST? School en leerling in { $gemeente }
kaart-uitleg = Zonder tijd erbij: regulier.
kaart-vooraf = Vooraf: { $advies } · { $urgentie }.
kaart-of = of
kaart-urgentie-acuut = ACUUT
kaart-urgentie-vandaag = vandaag
kaart-urgentie-deze-week = deze week
kaart-urgentie-regulier = regulier
kaart-geen-gemeente = voor welke gemeente? Geef --gemeente GEMEENTE ({ $valid }), of zet de gemeente in het profiel van de school (routekaart school)
kaart-zie = zie { $signaal }
kaart-elke-soort = elke soort
kaart-direct-gevaar = Direct gevaar: bel eerst { $desk }.
kaart-eigen = uw school: { $mensen }
kaart-elke-soort-behalve = elke soort behalve { $soorten }
kaart-regel = Bij { $signalen }: { $regel }.
kaart-ook = { $soort } (ook { $regel })
kaart-met = met { $name }
kaart-zonder = zonder { $name }
kaart-niet = niet { $label }
kaart-vanaf = vanaf { $from }{ $unit }
kaart-onder = onder { $below }{ $unit }
kaart-versie = versie { $version }
kaart-in-plaats-van = { $regel }, in plaats van { $andere }.
