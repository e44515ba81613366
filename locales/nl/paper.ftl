# The printed plan (text and HTML): one A4 page, and the appendix that
# `--uitgebreid` adds. Headings in capitals are for the text version; HTML
# prints them as they are.

plan-titel = PLAN BIJ ZORG OM EEN LEERLING
plan-gemaakt = Gemaakt op { $date }
plan-versie = versie { $version }
plan-van = van { $date }
plan-controlegetal = controlegetal { $checksum }
plan-kop-contacten = WIE U BELT, IN DEZE VOLGORDE
plan-eerst = EERST
plan-daarna = DAARNA
plan-geen-contact = Deze route noemt geen organisatie om te bellen.
plan-volgorde-gelijk = Even urgent? Dan volgt de lijst de adviezen onder WAT U DOET.
plan-regulier = Regulier: geen spoed; plan het in, bijvoorbeeld in het volgende zorgoverleg.
plan-kop-doen = WAT U DOET
plan-kop-voorbereiden = WAT U VOORBEREIDT
plan-kop-plichten = WETTELIJKE PLICHTEN EN DATA
plan-kop-invullen = IN TE VULLEN
plan-besproken = Besproken met
plan-afspraken = Afspraken
plan-evaluatie = Evaluatiedatum
plan-door = Door
plan-meer = Route, antwoorden en de opdracht voor dit plan: met --uitgebreid.
plan-kop-bijlage = BIJLAGE
plan-kop-waarom = WAAROM DEZE ADVIEZEN
plan-route = Route
plan-kop-antwoorden = ANTWOORDEN
plan-vraag = Vraag
plan-antwoord = Antwoord
plan-kop-gegevens = WANNEER DE CONTACTGEGEVENS ZIJN NAGEKEKEN
plan-kop-opnieuw = DIT PLAN OPNIEUW MAKEN
plan-telefoon = tel. { $phone }
plan-bereikbaar = bereikbaar { $hours }
plan-termijn = Termijn
plan-waarom = Waarom
plan-let-op = Let op
plan-bijlage-meer = Meer stappen, toelichting, route en antwoorden: met --uitgebreid.
plan-kop-meer-stappen = MEER STAPPEN
plan-kop-meer-contacten = MEER OVER DE CONTACTEN
plan-uw-school = Uw school
plan-school = School
