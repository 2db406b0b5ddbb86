/** Types of the broad-prosperity framework (CBS Monitor Brede Welvaart). */

/** The three dimensions of broad prosperity. */
export type DimensionId = 'hier-en-nu' | 'later' | 'elders';

/** The 8 here-and-now themes, the 4 capitals (later) and the 2 elsewhere themes. */
export type ThemeId =
  | 'welzijn'
  | 'materiele-welvaart'
  | 'gezondheid'
  | 'arbeid-en-vrije-tijd'
  | 'wonen'
  | 'samenleving'
  | 'veiligheid'
  | 'milieu'
  | 'economisch-kapitaal'
  | 'natuurlijk-kapitaal'
  | 'menselijk-kapitaal'
  | 'sociaal-kapitaal'
  | 'handel-en-hulp'
  | 'milieu-en-grondstoffen';

/** Geographic scale levels, smallest first. */
export type ScaleLevel = 'buurt' | 'wijk' | 'gemeente' | 'buurgemeenten' | 'regio' | 'provincie' | 'nationaal';

/** Level of analysis (lesson 5 of the seed). */
export type Level = 'individueel' | 'collectief' | 'institutioneel';

/** A text in Dutch and English. */
export interface Localized {
  nl: string;
  en: string;
}

/** Whether a rise of the indicator means more ('up') or less ('down') broad prosperity. */
export type GoodDirection = 'up' | 'down';

/** Objective (registered, measured) or subjective (perceived, from surveys). */
export type IndicatorKind = 'objective' | 'subjective';

/** Where the figures of an indicator are published. */
export interface IndicatorSource {
  /** Publisher and product, e.g. "CBS Monitor Brede Welvaart" or "RIVM Gezondheidsmonitor". */
  name: string;
  /** The table or dataset, e.g. "StatLine 85542NED" or "Kerncijfers Wijken en Buurten". */
  table?: string;
  /** True when the figures are CBS's: the report then credits "Bron: CBS" (CC BY 4.0). */
  cbs: boolean;
}

/** One indicator of the catalogue. */
export interface CatalogueIndicator {
  /** Stable kebab-case id; documents refer to it, so it never changes once published. */
  id: string;
  theme: ThemeId;
  name: Localized;
  /** What is measured, in our own words. */
  definition: Localized;
  unit: Localized;
  goodDirection: GoodDirection;
  kind: IndicatorKind;
  /** Scale levels at which the figure is commonly published. */
  scales: ScaleLevel[];
  source: IndicatorSource;
}
