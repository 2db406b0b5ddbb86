/** Dutch words of the report's typography (issue 19): characters that could not be printed, the sources appendix. */
export const typographyNl = {
  typography: {
    unprintableLabel: 'Niet afgedrukt',
    unprintableOne:
      '1 teken kon niet worden afgedrukt: het ingebouwde lettertype heeft het niet. Het staat als {{marker}} in de tekst ({{codes}}).',
    unprintableOther:
      '{{count}} tekens konden niet worden afgedrukt: het ingebouwde lettertype heeft ze niet. Ze staan als {{marker}} in de tekst ({{codes}}).',
    sourcesText:
      'Alle bronnen die in dit document voorkomen, elk één keer, met waar ze gebruikt zijn: de bronnen van indicatoren, metingen, signalen van inwoners en ervaren resultaten, en de delen van het veld bewijs (gescheiden door een puntkomma, een nieuwe regel of het eind van een zin) die een bron noemen: kort (hooguit 15 woorden), zonder andere getallen dan jaartallen, en met een naam (een woord met een hoofdletter na het eerste woord), een jaartal of „Bron:”.',
    sourceColumn: 'Bron',
    usedColumn: 'Gebruikt bij',
    used: {
      indicator: 'indicator {{name}}',
      measurements: 'metingen van {{name}} ({{count}})',
      measurement: 'meting van {{name}}',
      signal: 'signaal van inwoners, {{date}}',
      perceived: 'ervaren resultaat: {{name}}',
      effect: 'verwacht effect op {{theme}} ({{option}})',
      realised: 'gerealiseerd effect op {{theme}}',
      unintended: 'onbedoeld effect op {{theme}}',
      more: 'en nog {{count}}',
    },
  },
};
