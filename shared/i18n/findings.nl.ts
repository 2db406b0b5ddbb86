/** Dutch messages of the critical friend's rules (shared/analysis/rules), by rule id. */
export const findingsNl = {
  findings: {
    'no-main-indicator':
      'De uitgaven zijn ingevuld, maar er is geen belangrijkste uitkomstindicator gekozen: zonder die indicator zijn er geen kosten per eenheid (waarde voor geld).',
    'process-empty':
      'De procesevaluatie is leeg, terwijl de rest van de evaluatie is ingevuld: leg vast of de uitvoering ging zoals gepland, wie is bereikt en wat het kostte.',
    'broken-link':
      'Een koppeling klopt niet bij {{path}}: de id "{{id}}" {{kind}}. Koppelingen gaan via de id: geef het onderdeel een eigen id of kies een bestaand onderdeel (bijvoorbeeld door het bestand te herstellen uit "Eerdere versies").',
    'no-problem': 'Het probleem is nog niet beschreven.',
    'no-ambition': 'Er is nog geen ambitie voor het gebied: wat moet brede welvaart hier zijn?',
    'no-citizen-input': 'Er is niets vastgelegd over wat inwoners van waarde vinden of hoe zij zijn betrokken.',
    'no-zero-option': 'Er is geen nuloptie: vergelijk het voorstel met wat er gebeurt zonder beleid.',
    'no-effects': 'Er zijn nog geen verwachte effecten ingevuld.',
    'no-later-effect': 'Er is geen effect voor later (volgende generaties) overwogen.',
    'no-elsewhere-effect': 'Er is geen effect voor elders (andere landen) overwogen.',
    'only-positive': 'Alle effecten van de voorkeursoptie zijn positief (t.o.v. de nuloptie): welke nadelen of afruilen zijn er?',
    'no-time-lag': 'Bij geen enkel effect is aangegeven wanneer het optreedt (vertraging).',
    'no-distribution': 'Er staat nergens wie er door de voorkeursoptie op vooruitgaat en wie erop achteruitgaat.',
    'negative-without-group':
      'Een negatief effect van de voorkeursoptie op {{theme}} noemt geen groep die het draagt ("Niemand" is geen groep).',
    'no-indicators': 'Er zijn nog geen indicatoren gekozen.',
    'no-subjective-indicator': 'Er is geen subjectieve indicator: meet ook wat inwoners ervaren.',
    'theme-without-indicator': 'De voorkeursoptie raakt het thema {{theme}}, maar dat heeft geen indicator.',
    'toc-outcome-unmeasured':
      'Uitkomst "{{outcome}}" heeft geen indicator en geen ervaren uitkomst: achteraf is niet na te gaan of zij is bereikt.',
    'toc-assumption-no-evidence':
      'De schakel "{{from}}" → "{{to}}", waar de voorkeursoptie op steunt, rust op een aanname zonder onderbouwing.',
    'indicator-incomplete': 'Indicator "{{name}}" mist: {{missing}}.',
    'scale-mismatch': 'De ambitie is op buurt- of wijkniveau, maar alle indicatoren meten op gemeenteniveau of hoger.',
    'unrecorded-change': '{{noun}} {{label}} {{what}} sinds de verwachtingen zijn vastgelegd, zonder bijstellingsbesluit.',
    'realised-without-evidence': 'Het gerealiseerde effect op {{theme}} heeft geen onderbouwing (bewijs).',
    'realised-without-contribution': 'Bij het effect op {{theme}} ontbreekt waarom het aan het beleid is toe te schrijven (bijdrage).',
    'target-against-direction':
      'De streefwaarde van "{{name}}" ligt tegen de goede richting in ({{direction}}): halen betekent dan achteruitgang.',
    'target-year-not-after-baseline': 'Het streefjaar van "{{name}}" ({{target}}) ligt niet na het jaar van de nulmeting ({{baseline}}).',
    'target-equals-baseline':
      'De streefwaarde van "{{name}}" is gelijk aan de nulmeting: er hoeft niets te veranderen. Is vasthouden echt het doel?',
    'measurement-before-baseline':
      'Indicator "{{name}}" heeft {count, plural, one {# meting} other {# metingen}} van vóór het jaar van de nulmeting ({{year}}), de eerste op {{date}}.',
    brokenLinkKind: { 'duplicate-id': 'komt twee keer voor', 'dangling-reference': 'hoort bij geen enkel onderdeel (meer)' },
    goodDirection: { up: 'hoger is beter', down: 'lager is beter' },
    parts: { baseline: 'nulmeting', target: 'streefwaarde', source: 'bron', scale: 'schaalniveau' },
    changeNoun: { effect: 'Het verwachte effect op', indicator: 'De indicator' },
    changeWhat: {
      added: 'is toegevoegd',
      removed: 'is verwijderd',
      direction: 'heeft een andere verwachte richting',
      baseline: 'heeft een andere nulmeting',
      target: 'heeft een andere streefwaarde',
    },
  },
};
