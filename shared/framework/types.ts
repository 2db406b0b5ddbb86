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

/** Who publishes the figures. Only 'cbs' earns the credit "Bron: CBS" / "Source: CBS". */
export type PublisherId =
  | 'cbs'
  | 'ggd-rivm'
  | 'rivm'
  | 'vng'
  | 'duo'
  | 'uwv'
  | 'kadaster'
  | 'kiesraad'
  | 'pbl'
  | 'rws'
  | 'bzk'
  | 'tno'
  | 'dnb'
  | 'lezen-schrijven'
  | 'oecd'
  | 'vu';

/** Groups by which the publisher breaks an indicator down. */
export type GroupBreakdown = 'sex' | 'age' | 'education' | 'migration' | 'income';

/** What was not confirmed against the publisher when the entry is `verified: false`. */
export type UnsureAspect = 'table' | 'placement' | 'unit' | 'scales' | 'lag' | 'groups' | 'publisher';

/** Where the figures of an indicator are published. */
export interface IndicatorSource {
  publisher: PublisherId;
  /** The publisher's product, e.g. "Regionale Monitor Brede Welvaart" or "Gezondheidsmonitor Volwassenen en Ouderen". */
  name: string;
  /** The StatLine table id (e.g. "85542NED"), only where CBS (or RIVM StatLine) publishes the figures in such a table. */
  table?: string;
  /** The title of the table or dataset as the publisher names it. */
  dataset: Localized;
  /** The edition (year of publication) the entry was checked against. */
  year: number;
  /** True exactly when the publisher is CBS: the report then credits "Bron: CBS" / "Source: CBS" (CC BY 4.0). */
  cbs: boolean;
}

/** One indicator of the catalogue. */
export interface CatalogueIndicator {
  /** Stable kebab-case id; documents refer to it, so it never changes once published. */
  id: string;
  /** The theme (and so the dimension) where CBS places it in the current (regional) monitor, or the nearest one. */
  theme: ThemeId;
  name: Localized;
  /** What is measured, in our own words. */
  definition: Localized;
  unit: Localized;
  /** Who or what the figure is about, as published (e.g. "persons aged 15 and over"). */
  population: Localized;
  goodDirection: GoodDirection;
  kind: IndicatorKind;
  /** Scale levels at which the figure is published, smallest first. */
  scales: ScaleLevel[];
  source: IndicatorSource;
  /** Years between the reference year and publication. */
  lag: number;
  /** For survey figures: the sample and how precise a figure is. */
  survey?: { respondents?: number; margin: Localized };
  /** Groups by which the publisher breaks the figure down. */
  groups: GroupBreakdown[];
  /** True when publisher, table, placement, unit and scales were checked against the publisher's own pages. */
  verified: boolean;
  /** For `verified: false`: what is not confirmed. */
  unsure?: UnsureAspect[];
  /** A note on what differs or is unsure, in both languages. */
  note?: Localized;
  /** Texts of an earlier catalogue edition, so documents made with it still count as "as the catalogue gave it". */
  former?: { name?: Localized; definition?: Localized; unit?: Localized };
}
