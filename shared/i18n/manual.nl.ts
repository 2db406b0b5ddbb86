/** De handleiding per stap (Nederlands): wat, waarom, een voorbeeld uit Heerlen, veelgemaakte fouten. */
import type { Manual } from './manual';

export const manualNl: Manual = {
  context: {
    what: 'U legt vast over welk beleid of project het gaat, welke organisatie het opstelt, voor welk gebied en op welk schaalniveau (buurt, wijk, gemeente, regio). U kiest ook de taal van het document.',
    why: 'Veel van wat inwoners als welzijn ervaren, komt uit hun directe omgeving. Het schaalniveau bepaalt welke cijfers u later kunt gebruiken: CBS-cijfers van de Monitor Brede Welvaart zijn er per gemeente, COROP-regio en provincie; buurt- en wijkcijfers komen uit de Kerncijfers Wijken en Buurten.',
    example:
      'De gemeente Heerlen beoordeelt de komst van een medtech-logistiekcampus. Het gebied is "Heerlen-Noord en Parkstad Limburg", op gemeenteniveau, omdat werkgelegenheid en inkomen vooral op die schaal gemeten worden; voor overlast en luchtkwaliteit kijkt de beoordeling later op buurtniveau.',
    mistakes: [
      'Een gebied kiezen waarvoor geen cijfers bestaan, zodat nulmeting en streefwaarde later ontbreken.',
      'Alleen de gemeente noemen terwijl de effecten vooral in één wijk of juist in de hele regio optreden.',
      'De opsteller of de organisatie weglaten: wie het rapport later leest, weet dan niet wie het aanspreekpunt is.',
    ],
  },
  problem: {
    what: 'U beschrijft het probleem, voor wie het speelt, wat inwoners zelf van waarde vinden, hoe u hen betrokken hebt en wat brede welvaart in dit gebied zou moeten zijn: de ambitie, met een schaalniveau.',
    why: 'De ambitie is de maat waarop u later stuurt en waarop u wordt afgerekend. Wat inwoners van waarde vinden, bepaalt welke effecten ertoe doen; zonder hun stem meet u vooral wat makkelijk te meten is.',
    example:
      'In Heerlen-Noord is de arbeidsparticipatie laag en leeft 17,5% van de huishoudens rond het sociaal minimum. Bewoners noemden in wijkgesprekken werk dichtbij, veilige straten rond de basisschool en schone lucht. De ambitie: in 2028 werken ten minste 250 inwoners van Heerlen-Noord in de sector en daalt het aantal vrachtwagens op de wijkontsluitingsweg naar hooguit 150 per werkdag.',
    mistakes: [
      'Het probleem formuleren als het ontbreken van de oplossing ("er is geen campus").',
      'Een ambitie zonder getal, jaar of schaalniveau: dan kan achteraf niemand zeggen of die gehaald is.',
      'Niet opschrijven hoe inwoners betrokken zijn, of hun inbreng pas na het besluit vragen.',
    ],
  },
  theory: {
    what: 'U maakt de veranderingstheorie expliciet: welke activiteiten leiden tot welke prestaties (output), welke uitkomsten (outcome) en welke maatschappelijke impact. Bij elke schakel schrijft u de aanname op. U koppelt elke stap aan de volgende (met de aanname en het bewijs voor die schakel) en elke uitkomst en impact aan de indicatoren en ervaren uitkomsten die laten zien of ze optreden.',
    why: 'Als een effect uitblijft, zit de verklaring meestal in een aanname die niet uitkwam. Wie de aannames vooraf opschrijft, kan ze tijdens de uitvoering volgen en op tijd bijsturen.',
    example:
      'Activiteit: een opleidingstraject medtech-logistiek op mbo-niveau 1–3 met baangarantie. Prestatie: 300 deelnemers uit Heerlen-Noord. Uitkomst: 250 van hen werken in de sector. Impact: minder huishoudens rond het sociaal minimum. Aanname: de bedrijven zetten hun vestigingsplannen echt om in banen die passen bij mensen zonder startkwalificatie.',
    mistakes: [
      'Activiteiten en uitkomsten door elkaar halen: "we openen een campus" is een activiteit, geen uitkomst.',
      'Aannames weglaten omdat ze vanzelfsprekend lijken; juist die blijken achteraf vaak niet te kloppen.',
      'Een keten die bij de prestatie stopt, zonder impact op brede welvaart.',
      'Een uitkomst zonder indicator of ervaren uitkomst: dan kan achteraf niemand zeggen of ze is bereikt.',
    ],
  },
  options: {
    what: 'U beschrijft het voorstel, de alternatieven en altijd de nuloptie: wat gebeurt er zonder aanvullend beleid? U kiest de voorkeursoptie en onderbouwt die keuze, met kosten, uitvoerbaarheid en risico’s per optie.',
    why: 'Effecten bestaan alleen in vergelijking met wat er anders was gebeurd. Met de nuloptie als referentie ziet de raad wat het voorstel toevoegt, en kan hij een echte keuze maken tussen opties. Zo schrijft ook het Beleidskompas het voor.',
    example:
      'Heerlen vergelijkt drie opties: de medtech-logistiekcampus met opleidingstraject (voorkeur), alleen het bedrijventerrein uitbreiden, en de nuloptie: geen aanvullend beleid, waarin de bedrijven zich mogelijk elders in de regio vestigen.',
    mistakes: [
      'Geen nuloptie opnemen, of een nuloptie waarin "er niets gebeurt" terwijl de omgeving wel verandert.',
      'Een alternatief opnemen dat niemand serieus overweegt, alleen om het voorstel beter te laten lijken.',
      'De voorkeur niet onderbouwen, of alleen met de economische effecten.',
    ],
  },
  effects: {
    what: 'U schat per optie het effect op elk thema van brede welvaart in: hier en nu (8 thema’s), later (4 kapitalen) en elders (2 thema’s). Per effect geeft u de richting, hoe zeker u bent, wanneer het optreedt, op welk niveau en schaalniveau, en wie erop vooruit- of achteruitgaat.',
    why: 'Beleid dat één domein bevordert, kan een ander schaden. Door elk thema langs te lopen worden ook de negatieve en de verre effecten zichtbaar, en kan de raad afwegen wie wint en wie verliest, hier, later en elders.',
    example:
      'De campus scoort +2 op Arbeid en vrije tijd in de wijk (zekerheid hoog): honderden banen op loopafstand. Op Milieu in de buurt −1 (zekerheid hoog): 300 tot 400 extra vrachtwagenbewegingen per werkdag. Op Milieu en grondstoffen (elders) −1 met lage zekerheid: meer doorvoer van wegwerpproducten, deels per luchtvracht, vergroot de voetafdruk in productielanden.',
    mistakes: [
      'Alleen positieve effecten invullen; een beoordeling zonder enig negatief effect is zelden geloofwaardig.',
      'Een lege cel als "geen effect" lezen: kies 0 als u het thema bekeken hebt en geen effect verwacht, en laat het leeg als u het niet weet.',
      'Hoge zekerheid opgeven zonder bron of redenering.',
      'De dimensie elders overslaan omdat het "niet over Heerlen gaat".',
    ],
    sections: [
      {
        title: 'Een effect scoren: richting −2 tot +2',
        text: 'De richting zegt wat de optie doet met brede welvaart op dat thema, vergeleken met de nuloptie: −2 sterk negatief, −1 negatief, 0 geen effect, +1 positief, +2 sterk positief. Scoor het effect op brede welvaart, niet de verandering van een cijfer: minder uitstoot is +, meer uitstoot is −. Gebruik +2 en −2 alleen voor effecten die voor een grote groep merkbaar zijn of lang doorwerken, en leg in de toelichting uit waarom.',
      },
      {
        title: 'Zekerheid: laag, middel, hoog',
        text: 'Hoog: er is onderzoek of ervaring elders die het effect onderbouwt (bijvoorbeeld een verkeersmodel of een vergelijkbare campus). Middel: het effect volgt logisch uit de veranderingstheorie, maar de omvang is onzeker. Laag: het is een verwachting zonder bewijs. Een lage zekerheid is geen fout; het vertelt de raad waar het risico zit. Het overzicht laat zien of de voorkeur omslaat als een onzeker effect een stap slechter uitvalt.',
      },
      {
        title: 'Elders: effecten buiten Nederland',
        text: 'Brede welvaart gaat volgens het CBS ook over de mate waarin onze welvaart ten koste gaat van mensen in andere landen. Denk aan handel met lage-inkomenslanden, de voetafdruk van broeikasgassen, grondstoffen en land in het buitenland, en aan wie daar de prijs betaalt: arbeiders in productielanden, omwonenden van mijnen. Ook verplaatsing hoort hierbij: bedrijven die zich hier vestigen in plaats van in een buurregio of buurland zijn daar een verlies. Schrijf bij "wie gaat erop achteruit" wie dat is, ook als het niet in uw gemeente woont.',
      },
    ],
  },
  spillovers: {
    what: 'U legt verbanden tussen thema’s vast: bevordert u het ene domein, dan helpt of schaadt dat een ander. Per verband geeft u het teken (helpt of schaadt), de sterkte en een toelichting.',
    why: 'Integraal werken betekent dat u afruilen ziet voordat ze optreden. De matrix laat zien waar een winst op het ene thema een verlies op een ander veroorzaakt, en welke maatregelen dat kunnen beperken.',
    example:
      'Arbeid en vrije tijd helpt Materiële welvaart sterk: betaald werk is de belangrijkste route uit een laag inkomen (let wel op de armoedeval bij werk op mbo-niveau 2–3). Economisch kapitaal schaadt Milieu: meer logistiek betekent meer vrachtverkeer in de buurt.',
    mistakes: [
      'Alleen positieve verbanden vastleggen.',
      'Een verband zonder toelichting: dan weet later niemand waarom het er staat.',
      'Hetzelfde effect twee keer tellen, als effect én als verband.',
    ],
  },
  indicators: {
    what: 'U kiest per geraakt thema een of meer indicatoren, elk met een eenheid, een goede richting, een bron, een nulmeting en een streefwaarde, op het schaalniveau van uw ambitie. U kunt kiezen uit de catalogus of een eigen indicator maken.',
    why: 'Zonder indicator met nulmeting en streefwaarde kunt u tijdens de uitvoering niet zien of u op koers ligt, en achteraf niet zeggen of het doel gehaald is. De streefwaarde die u hier vastlegt, is wat na het vastleggen van de verwachtingen getoetst wordt.',
    example:
      'Voor Arbeid en vrije tijd kiest Heerlen de netto arbeidsparticipatie (CBS, gemeente; nulmeting 62,0% in 2023, streefwaarde 64,5% in 2028) en een eigen indicator: inwoners van Heerlen-Noord werkzaam in de medtech-logistiek (40 → 200). Voor Milieu: stikstofdioxide in de buitenlucht (19,5 → 18 µg/m³) en vrachtwagens op de wijkontsluitingsweg (180 → 150 per werkdag).',
    mistakes: [
      'Een indicator kiezen die het beleid nauwelijks kan beïnvloeden, of alleen op landelijk niveau bestaat.',
      'De goede richting verkeerd zetten: bij uitstoot of overgewicht is dalen goed.',
      'Een streefwaarde zonder jaar, of een nulmeting uit een andere bron dan de latere metingen.',
      'Alleen objectieve cijfers kiezen, zodat niemand meet of inwoners er iets van merken.',
    ],
    sections: [
      {
        title: 'Indicatoren kiezen: de CBS Monitor Brede Welvaart',
        text: 'Begin bij de Monitor Brede Welvaart van het CBS en de regionale monitor (gemeente, COROP-regio, provincie): die indicatoren zijn vergelijkbaar met andere gemeenten en worden jaarlijks bijgewerkt. Vermeld "Bron: CBS" waar u ze gebruikt. Kies daarnaast een eigen indicator als het effect zich op buurt- of wijkniveau afspeelt of als het CBS het niet meet, en schrijf op hoe en hoe vaak u die meet.',
      },
      {
        title: 'Objectief en subjectief',
        text: 'Objectieve indicatoren meten feiten (inkomen, arbeidsparticipatie, uitstoot); subjectieve meten hoe mensen het ervaren (tevredenheid met het leven, ervaren veiligheid, vertrouwen). Beide zijn nodig: een daling van de werkloosheid die niemand merkt, is maar een halve impact. Kies per thema bij voorkeur ten minste één van elk.',
      },
      {
        title: 'Nulmeting en streefwaarde',
        text: 'De nulmeting is de waarde vóór het beleid, met jaar en bron. De streefwaarde is waar u in een bepaald jaar wilt staan; houd rekening met de vertraging van het effect. Is het doel alleen het niveau vasthouden, dan is de streefwaarde gelijk aan de nulmeting. Geef bij enquêtecijfers de foutmarge of steekproefgrootte op, zodat een kleine verandering niet voor een trend wordt aangezien.',
      },
    ],
  },
  perceived: {
    what: 'U beschrijft wat inwoners zouden moeten merken als het beleid werkt, en hoe en wanneer u dat meet: enquête, panel of gesprekken. U koppelt elke ervaren uitkomst aan een thema en waar mogelijk aan een indicator.',
    why: 'Er is pas impact als inwoners er iets van merken. Wat mensen ervaren wijkt vaak af van wat de cijfers zeggen; door het vooraf vast te leggen kunt u het achteraf vergelijken.',
    example:
      'Bewoners van Heerlen-Noord zien dat buren, familie en bekenden werk vinden op de campus. Meting: een jaarlijkse vraag in het bewonerspanel Heerlen-Noord: "Kent u iemand in uw buurt of familie die via de campus of het opleidingstraject werk vond?"',
    mistakes: [
      'Een ervaren uitkomst die niets anders is dan de indicator in andere woorden.',
      'Geen moment van meten afspreken, zodat er achteraf geen gegevens zijn.',
      'Alleen de mensen vragen die al tevreden zijn (bijvoorbeeld alleen deelnemers van het traject).',
    ],
  },
  review: {
    what: 'U bekijkt het geheel: de opties naast elkaar ten opzichte van de nuloptie, waar en bij wie de effecten vallen, hoeveel en hoe zeker, de kosten, de uitvoerbaarheid en de risico’s, en hoe robuust de voorkeur is. Daarna legt u bij de overgang naar de uitvoering de verwachtingen vast.',
    why: 'Dit overzicht is de basis voor de politieke afweging. Door de verwachtingen vast te leggen wordt achteraf getoetst wat vooraf beloofd is; een latere wijziging wordt zichtbaar als bijstelling, met reden.',
    example:
      'In Heerlen scoort de campus op hier en nu beter dan alleen het bedrijventerrein, vooral door het opleidingstraject, maar met een negatief effect op de leefomgeving in de buurt. De robuustheidscheck laat zien dat de voorkeur blijft staan als het onzekere effect op inkomen een stap slechter uitvalt.',
    mistakes: [
      'De openstaande punten van "Wat ontbreekt nog" negeren voordat de verwachtingen worden vastgelegd.',
      'Alleen het totaal bekijken en niet wie erop achteruitgaat.',
      'De verwachtingen vastleggen voordat het besluit is genomen.',
    ],
  },
  measurements: {
    what: 'U voert per indicator de meetwaarden in, met datum en bron. Dat kan per waarde, door te plakken uit een spreadsheet, of met een Excel- of CSV-bestand. Waarden voor een vergelijkingsgebied kunnen erbij.',
    why: 'Regelmatige metingen maken de signaalfunctie mogelijk: u vergelijkt met het verleden en met andere gebieden, en ziet op tijd of bijsturen nodig is.',
    example:
      'Heerlen voert jaarlijks de netto arbeidsparticipatie uit de CBS-cijfers in, en elk kwartaal de vrachtwagentellingen op de wijkontsluitingsweg van de gemeentelijke verkeerstellers, met Parkstad als vergelijkingsgebied.',
    mistakes: [
      'Midden in de reeks van bron wisselen zonder dat te vermelden; de app markeert een bronwissel, maar dan moet de bron wel ingevuld zijn.',
      'Metingen van vóór het jaar van de nulmeting invoeren als nieuwe metingen.',
      'Een voorlopig cijfer niet vervangen door het definitieve.',
    ],
  },
  signals: {
    what: 'U ziet per indicator of die op koers ligt: de reeks metingen tegenover de nulmeting en de streefwaarde (de twee stippellijnen), met een signaal in woorden.',
    why: 'Signalen laten zien waar u moet bijsturen. Een signaal wacht op de vertraging van het effect: te vroeg oordelen leidt tot onnodig bijsturen. Een verandering binnen de foutmarge is geen trend.',
    example:
      'De vrachtwagenbewegingen op de wijkontsluitingsweg stegen van 180 per werkdag (nulmeting) naar 230 eind 2024 en 290 eind 2025, terwijl de streefwaarde 150 is: het signaal "verkeerde richting" leidde tot het besluit de aanleg van de vrachtwagenroute te versnellen.',
    mistakes: [
      'Een signaal "te vroeg om te beoordelen" lezen als "gaat goed".',
      'Op één meting bijsturen, zonder naar de foutmarge of de vergelijkingsgebieden te kijken.',
    ],
  },
  'citizen-signals': {
    what: 'U legt vast wat inwoners tot nu toe merken: signalen uit wijkgesprekken, klachten of panels, met datum, bron, wie het vastlegde en het thema.',
    why: 'Cijfers komen vaak laat; inwoners merken veranderingen eerder. Hun signalen vullen de metingen aan en laten zien of de ervaren uitkomsten uitkomen.',
    example:
      'In het wijkgesprek Heerlerheide (oktober 2024) melden ouders dat vrachtwagens al vanaf 05.30 uur langs de basisschool rijden; zij vragen om een veilige oversteek en een nachtverbod.',
    mistakes: ['Alleen positieve signalen vastleggen.', 'Een signaal zonder bron of datum, zodat het later niet te controleren is.'],
  },
  adjustments: {
    what: 'U legt besluiten tot bijsturing vast: wat er veranderde, waarom, welke indicatoren en effecten het raakt en of het de ambitie verandert. Elke wijziging van een vastgelegde verwachting verschijnt hier tot u die hebt toegelicht.',
    why: 'Bijsturen is goed, maar het moet zichtbaar blijven. Wie achteraf de streefwaarde stilletjes verlaagt, haalt elk doel; een vastgelegde bijstelling met reden houdt de evaluatie eerlijk.',
    example:
      'In september 2026 verlaagt Heerlen de streefwaarde voor inwoners van Heerlen-Noord in de sector van 250 naar 200. Tegelijk sluiten gemeente en bedrijven een voorrangsafspraak: 40% van de nieuwe vacatures gaat eerst naar inwoners van Heerlen-Noord.',
    mistakes: [
      'Een bijstelling zonder reden of zonder besluit (wie besloot het, wanneer?).',
      'De betrokken indicatoren niet aanvinken, zodat de koppeling in het rapport ontbreekt.',
    ],
  },
  results: {
    what: 'U zet de eindwaarde van elke indicator naast de streefwaarde zoals die is vastgelegd, en naast de bijgestelde streefwaarde als die verschilt. De app geeft per indicator een oordeel: doel gehaald, op de goede weg, beperkte vooruitgang, geen verandering of verkeerde richting.',
    why: 'Dit is de kern van de verantwoording: wat was beloofd en wat is bereikt. Door beide streefwaarden te tonen blijft zichtbaar of een doel alleen gehaald is omdat het werd bijgesteld.',
    example:
      'De netto arbeidsparticipatie in Heerlen steeg van 62,0% naar 64,3%: bijna de streefwaarde van 64,5%. In de sector werken 182 inwoners van Heerlen-Noord (nulmeting 40): op de goede weg naar de bijgestelde streefwaarde van 200, maar ver van de oorspronkelijke 250. De vrachtwagens op de wijkontsluitingsweg (190 per werkdag) gingen de verkeerde kant op.',
    mistakes: [
      'Een eindwaarde invoeren uit een andere bron of een ander jaar dan de streefwaarde.',
      'Het oordeel "doel gehaald" melden zonder te zeggen dat de streefwaarde eerder is verlaagd.',
    ],
  },
  process: {
    what: 'U beoordeelt de uitvoering zelf: is elke activiteit uitgevoerd zoals gepland (ja, deels, nee), wie is bereikt tegenover wie bereikt zou worden, wat is uitgegeven tegenover de kosten die bij het besluit zijn vastgelegd, wat veranderde onderweg en wat hielp of belemmerde. Met een belangrijkste uitkomstindicator berekent de app de kosten per eenheid verbetering (waarde voor geld).',
    why: 'Een tegenvallend resultaat kan aan de theorie liggen of aan de uitvoering. Zonder procesevaluatie is dat niet te onderscheiden, en een rekenkamer vraagt naar beide: doeltreffendheid én doelmatigheid.',
    example:
      'Het opleidingstraject is uitgevoerd, maar deels: de deeltijdvariant kwam pas in 2026. Gepland € 8.500.000, uitgegeven € 9.240.000 (+8,7 %), vooral door de versnelde vrachtwagenroute. Met 142 extra inwoners van Heerlen-Noord in de medtech-logistiek kost elke extra werkende uit de wijk € 15.775 aan jaarlijkse kosten; de bijdrage van het beleid is middel zeker, dus lees dit als een ondergrens.',
    mistakes: [
      'Alleen de totale uitgaven noemen, zonder ze naast de begroting per kostenpost te zetten.',
      'Kosten per eenheid delen door de hele verandering terwijl een deel ervan niet aan het beleid is toe te schrijven.',
      'Bereik alleen in aantallen geven, zonder te zeggen welke groep wel en welke niet is bereikt.',
    ],
  },
  'expected-realised': {
    what: 'U vergelijkt per effect wat vooraf verwacht werd met wat er gebeurde: de gerealiseerde richting, het bewijs, hoe zeker het is dat het beleid de oorzaak was (de bijdrage) en wanneer het optrad.',
    why: 'Een indicator kan stijgen zonder dat het beleid dat veroorzaakte. Door bewijs en bijdrage apart te beoordelen voorkomt u dat een gunstige trend ten onrechte aan het beleid wordt toegeschreven, of een effect van het beleid wordt gemist.',
    example:
      'Verwacht: +2 op Arbeid en vrije tijd. Gerealiseerd: +1. Bewijs: 182 inwoners van Heerlen-Noord werken in de sector en de arbeidsparticipatie steeg sneller dan landelijk. Bijdrage: 121 van hen stroomden in via het opleidingstraject, dat is aan de campus toe te rekenen; voor de arbeidsparticipatie is de bijdrage onzekerder, omdat de krappe arbeidsmarkt en het Nationaal Programma Heerlen-Noord in dezelfde richting werken. Zekerheid over de bijdrage: middel.',
    mistakes: [
      'Het bewijs (wat gebeurde) en de bijdrage (waarom het door het beleid kwam) door elkaar halen.',
      'Hoge zekerheid over de bijdrage opgeven zonder vergelijking met een gebied zonder het beleid.',
    ],
  },
  unintended: {
    what: 'U legt effecten vast die niet vooraf verwacht werden, positief of negatief, ook in andere domeinen, met het thema, de richting, het bewijs en, waar dat zo is, het thema waarlangs het effect liep.',
    why: 'Onbedoelde effecten zijn vaak de belangrijkste les. Wie ze niet vastlegt, verwacht ze bij het volgende beleid opnieuw niet.',
    example:
      'Meer kamerverhuur aan uitzendkrachten in Hoensbroek en Heerlerheide, met overbewoning, parkeerdruk en overlast (Wonen, −1). Dit stond niet in de effectbeoordeling vooraf; het signaal kwam van het wijkteam.',
    mistakes: [
      'Alleen negatieve onbedoelde effecten noemen.',
      'Een effect als onbedoeld vastleggen terwijl het vooraf wel verwacht werd; dat hoort bij "Verwacht en gerealiseerd".',
    ],
  },
  'perceived-measured': {
    what: 'U legt per ervaren uitkomst vast wat inwoners werkelijk merkten, uit welke bron, en hoe dat zich verhoudt tot wat u vooraf verwachtte.',
    why: 'Er is pas impact als inwoners het merken. Een verschil tussen cijfers en beleving is een uitkomst op zich: het laat zien waar het beleid de mensen nog niet bereikt.',
    example:
      'In het bewonerspanel van 2027 kent 41% iemand in buurt of familie die via de campus werk vond (2025: 22%). Dat is deels wat verwacht werd: bewoners merken de banen, maar een grote groep ziet de campus nog als iets van buiten.',
    mistakes: [
      'Alleen de uitkomst van de enquête noemen, zonder de vergelijking met de verwachting.',
      'De bron (panel, gesprek, enquête) en het jaar weglaten.',
    ],
  },
  distribution: {
    what: 'U beschrijft wie erop vooruitging en wie erop achteruitging, en of de ongelijkheid is afgenomen, toegenomen of gelijk gebleven, met een toelichting.',
    why: 'Een gemiddelde verbetering kan verbergen dat één groep de rekening betaalt. Brede welvaart vraagt om aandacht voor de verdeling, hier, later en elders.',
    example:
      'Vooruit gingen inwoners van Heerlen-Noord die het opleidingstraject afrondden en werk vonden (vooral mannen van 25 tot 45 jaar) en de regionale economie. Achteruit gingen bewoners langs de wijkontsluitingsweg, vooral in 2024–2026, en buren van panden met kamerverhuur.',
    mistakes: [
      '"Niemand" invullen bij wie erop achteruitgaat zonder dat te onderbouwen.',
      'Alleen groepen in de eigen gemeente noemen en de effecten elders vergeten.',
    ],
  },
  conclusions: {
    what: 'U trekt lessen, geeft een aanbeveling (doorgaan, aanpassen of stoppen) met reden, en vertelt of werken met brede welvaart tot andere keuzes heeft geleid.',
    why: 'De evaluatie is pas af als ze iets oplevert voor het volgende besluit. De vraag naar andere keuzes laat zien wat de brede-welvaartsbril heeft toegevoegd.',
    example:
      'Les: leg de voorwaarden voor lokale instroom vast vóórdat bedrijven zich vestigen; de voorrangsafspraak kwam pas in 2026. Andere keuze: zonder de brede-welvaartsbril was waarschijnlijk gekozen voor alleen het bedrijventerrein, goedkoper en met een vergelijkbaar economisch effect.',
    mistakes: ['Lessen die niemand kan uitvoeren ("beter communiceren").', 'Een aanbeveling die niet volgt uit de resultaten.'],
  },
};
