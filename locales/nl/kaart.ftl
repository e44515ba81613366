# `routekaart kaart`: the one-page routekaart.

kaart-titel = ROUTEKAART — WIE BELT U EERST? School en leerling in { $gemeente }
kaart-uitleg = Per zorg: wie u eerst belt, hoe snel, en de termijn. Acuut gevaar: bel 112.
kaart-vooraf = Vooraf: { $advies } · { $urgentie }
kaart-of = of
kaart-urgentie-acuut = ACUUT
kaart-urgentie-vandaag = vandaag
kaart-urgentie-deze-week = deze week
kaart-urgentie-regulier = regulier
kaart-geen-gemeente = voor welke gemeente? Geef --gemeente GEMEENTE ({ $valid }), of zet de gemeente in het profiel van de school (routekaart school)
kaart-zie = zie { $signaal }
kaart-elke-soort = elke soort
