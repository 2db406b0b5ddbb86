import type { ErrorCode } from '../errors';

const codes = {
  'invalid-request':
    'De app stuurde een verzoek dat niet klopt (bij {{path}}). Laad het scherm opnieuw; blijft dit gebeuren, meld het dan bij uw beheerder.',
  'unknown-call':
    'De app vroeg om een onbekende handeling ({{name}}). Start Impactwijzer opnieuw; blijft dit gebeuren, meld het dan bij uw beheerder.',
  'forbidden-sender':
    'Dit verzoek is geweigerd omdat het niet uit het venster van Impactwijzer kwam. Sluit andere vensters en probeer het opnieuw.',
  'forbidden-host': 'Dit verzoek is geweigerd: het adres klopt niet. Open Impactwijzer via het adres dat bij het starten werd getoond.',
  unauthorized:
    'Dit verzoek is geweigerd: de toegangscode ontbreekt of klopt niet. Open Impactwijzer opnieuw via het adres dat bij het starten werd getoond.',
  'method-not-allowed': 'Dit soort verzoek is niet toegestaan. Laad het scherm opnieuw.',
  'request-too-large': 'Het verzoek is te groot om te verwerken. Kies een kleiner bestand (ten hoogste 20 MB).',
  'request-not-json': 'Het verzoek was onleesbaar. Laad het scherm opnieuw en probeer het nog eens.',
  offline: 'De achtergronddienst van Impactwijzer is niet bereikbaar. Controleer of Impactwijzer nog draait en probeer het opnieuw.',
  'invalid-response':
    'De achtergronddienst gaf een onverwacht antwoord (status {{status}}). Probeer het opnieuw; blijft dit gebeuren, start Impactwijzer dan opnieuw.',
  internal: 'Er ging iets mis in de achtergrond. Probeer het opnieuw; blijft dit gebeuren, start Impactwijzer dan opnieuw.',
  'not-found':
    'Deze beoordeling staat niet (meer) in de werkmap. Misschien is het bestand verplaatst of verwijderd; kijk in de prullenbak of importeer het opnieuw.',
  'not-in-trash': 'Deze beoordeling staat niet (meer) in de prullenbak. Vernieuw de lijst om te zien wat er nog in staat.',
  'no-example': 'Er is geen voorbeeld beschikbaar in deze installatie. Maak een nieuwe beoordeling of importeer een bestand.',
  quarantined:
    'Dit bestand is beschadigd en daarom onveranderd opzijgezet in de map .impactwijzer/quarantaine. Herstel het uit een reservekopie of importeer een goede versie.',
  'file-not-found': 'Het bestand bestaat niet. Controleer de naam en de map en probeer het opnieuw.',
  'not-a-file': 'Dit is geen gewoon bestand (maar bijvoorbeeld een map). Kies een Impactwijzer-bestand.',
  'disk-full':
    'De schijf is vol, dus er kon niets worden opgeslagen. Maak ruimte vrij en probeer het opnieuw; uw wijzigingen staan nog in het scherm.',
  'read-only': 'Deze map is alleen-lezen, dus er kon niets worden opgeslagen. Kies een werkmap waarin u mag schrijven.',
  'permission-denied':
    'U hebt geen toestemming om dit bestand of deze map te gebruiken. Vraag toegang aan uw beheerder of kies een andere map.',
  'io-error':
    'Het bestand kon niet worden gelezen of geschreven ({{errno}}). Probeer het opnieuw; blijft dit gebeuren, kies dan een andere map.',
  'too-large':
    'Het bestand is groter dan {{maxMb}} MB, het meeste dat Impactwijzer kan openen of opslaan. Er is niets gewijzigd; kies een kleiner bestand of maak de beoordeling kleiner.',
  'file-empty': 'Het bestand is leeg. Kies een Impactwijzer-bestand met inhoud.',
  'file-utf16': 'Het bestand is opgeslagen als UTF-16. Sla het op als UTF-8 en probeer het opnieuw.',
  'file-not-utf8': 'Het bestand is geen tekst in UTF-8 (mogelijk een binair bestand). Kies een Impactwijzer-bestand (.json).',
  'file-binary': 'Het bestand bevat binaire gegevens en is geen Impactwijzer-beoordeling. Kies een ander bestand.',
  'file-not-json':
    'Het bestand is geen geldige JSON en dus geen Impactwijzer-beoordeling. Kies een bestand dat met Impactwijzer is gemaakt.',
  'file-too-deep': 'Het bestand is dieper genest dan {{max}} niveaus; het is geen Impactwijzer-beoordeling. Kies een ander bestand.',
  'not-an-assessment': 'Het bestand is geen Impactwijzer-beoordeling. Kies een bestand dat met Impactwijzer is gemaakt.',
  'file-future-version': 'Dit bestand is gemaakt met een nieuwere versie van Impactwijzer. Werk Impactwijzer bij om het te openen.',
  'file-unknown-version':
    'Dit bestand heeft geen geldig versienummer (schemaVersion) en is geen Impactwijzer-beoordeling. Kies een ander bestand.',
  'invalid-file':
    'Het bestand is geen geldige beoordeling ({count, plural, one {# probleem} other {# problemen}}). Er is niets veranderd; herstel de genoemde plekken of kies een ander bestand.',
  'field-type': 'hier hoort {{expected}}',
  'field-too-small': 'te klein of te kort (minimaal {{minimum}})',
  'field-too-big': 'te groot of te lang (hoogstens {{maximum}})',
  'field-value': 'geen toegestane waarde (kies uit {{options}})',
  'field-format': 'de vorm klopt niet ({{format}})',
  'field-unknown-keys': 'onbekende velden: {{keys}}',
  'field-invalid': 'ongeldige waarde',
  'field-version-future': 'versie {{version}} is gemaakt met een nieuwere Impactwijzer',
  'field-version-unknown': 'ontbreekt of is geen geldig versienummer',
  // own files
  'not-recognised': 'Dit is geen Impactwijzer-document. Het bestand blijft zoals het is.',
  'special-file': 'Dit is geen gewoon bestand (maar bijvoorbeeld een pipe of een apparaat). Het is niet geopend.',
  'link-outside': 'Dit is een snelkoppeling naar een bestand buiten de werkmap. Die volgt Impactwijzer niet.',
  'timed-out':
    'Het bestand reageerde niet binnen {seconds, plural, one {# seconde} other {# seconden}} en is overgeslagen. Probeer het later opnieuw.',
  'settings-reset':
    'Uw instellingen konden niet worden gelezen. Impactwijzer gebruikt de standaardinstellingen; het oude bestand is bewaard als {{fileName}}.',
  conflict:
    'Iemand anders heeft dit document intussen opgeslagen (een ander venster, een collega of een ander programma). Uw wijzigingen hebben die van de ander niet overschreven.',
  'version-not-found':
    'Versie {{revision}} van deze beoordeling is niet (meer) bewaard. Kies een andere versie uit de lijst "Eerdere versies".',
  'duplicate-id': 'De id "{{id}}" komt twee keer voor (eerder bij {{first}}). Koppelingen gaan via de id: geef dit onderdeel een eigen id.',
  'dangling-reference':
    'Hier wordt verwezen naar "{{id}}", maar een onderdeel met die id bestaat niet (meer). Kies een bestaand onderdeel of haal de verwijzing weg.',
  'unknown-field': 'Het veld "{{key}}" kent Impactwijzer niet. Het wordt bij het openen weggelaten en niet opnieuw opgeslagen.',
} satisfies Record<ErrorCode, string>;

/** Dutch messages of every error code (errors.<code>), with {{param}} placeholders. */
export const errorsNl = {
  errors: {
    ...codes,
    wholeFile: '(het hele bestand)',
    moreProblems: '… en nog {{count}}',
    types: {
      string: 'tekst',
      number: 'een getal',
      int: 'een geheel getal',
      boolean: 'ja of nee',
      object: 'een groep velden',
      array: 'een lijst',
      date: 'een datum',
      null: 'niets',
      regex: 'het juiste patroon',
    },
  },
};
