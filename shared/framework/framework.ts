/**
 * The broad-prosperity framework of the CBS Monitor Brede Welvaart: three dimensions, the
 * themes of "hier en nu", the capitals of "later", the themes of "elders", the scale levels
 * and the levels of analysis. Descriptions in our own words. Bron: CBS (CC BY 4.0).
 */
import type { DimensionId, Level, Localized, ScaleLevel, ThemeId } from './types';

/** A dimension of broad prosperity. */
export interface Dimension {
  id: DimensionId;
  name: Localized;
  description: Localized;
}

/** A theme (here and now, elsewhere) or a capital (later). */
export interface Theme {
  id: ThemeId;
  dimension: DimensionId;
  name: Localized;
  description: Localized;
}

/** The three dimensions, in the order CBS uses. */
export const dimensions: readonly Dimension[] = [
  {
    id: 'hier-en-nu',
    name: { nl: 'Hier en nu', en: 'Here and now' },
    description: {
      nl: 'De kwaliteit van leven van de mensen die nu in het gebied wonen.',
      en: 'The quality of life of the people who live in the area now.',
    },
  },
  {
    id: 'later',
    name: { nl: 'Later', en: 'Later' },
    description: {
      nl: 'De hulpbronnen (kapitalen) die we doorgeven aan volgende generaties.',
      en: 'The resources (capitals) passed on to future generations.',
    },
  },
  {
    id: 'elders',
    name: { nl: 'Elders', en: 'Elsewhere' },
    description: {
      nl: 'De gevolgen van onze welvaart voor mensen in andere landen.',
      en: 'The effects of our prosperity on people in other countries.',
    },
  },
];

/** The 14 themes and capitals, grouped by dimension. */
export const themes: readonly Theme[] = [
  {
    id: 'welzijn',
    dimension: 'hier-en-nu',
    name: { nl: 'Welzijn', en: 'Well-being' },
    description: {
      nl: 'Hoe tevreden mensen zijn met hun leven en hoe zij zich voelen.',
      en: 'How satisfied people are with their lives and how they feel.',
    },
  },
  {
    id: 'materiele-welvaart',
    dimension: 'hier-en-nu',
    name: { nl: 'Materiële welvaart', en: 'Material prosperity' },
    description: {
      nl: 'Inkomen, consumptie en bestaanszekerheid van huishoudens.',
      en: 'Household income, consumption and financial security.',
    },
  },
  {
    id: 'gezondheid',
    dimension: 'hier-en-nu',
    name: { nl: 'Gezondheid', en: 'Health' },
    description: { nl: 'Lichamelijke en geestelijke gezondheid en leefstijl.', en: 'Physical and mental health and lifestyle.' },
  },
  {
    id: 'arbeid-en-vrije-tijd',
    dimension: 'hier-en-nu',
    name: { nl: 'Arbeid en vrije tijd', en: 'Work and leisure' },
    description: {
      nl: 'Werk, de kwaliteit ervan en de tijd die overblijft voor andere dingen.',
      en: 'Work, its quality, and the time left for other things.',
    },
  },
  {
    id: 'wonen',
    dimension: 'hier-en-nu',
    name: { nl: 'Wonen', en: 'Housing' },
    description: { nl: 'De woning, de woonkosten en de woonomgeving.', en: 'The home, housing costs and the living environment.' },
  },
  {
    id: 'samenleving',
    dimension: 'hier-en-nu',
    name: { nl: 'Samenleving', en: 'Society' },
    description: {
      nl: 'Sociale contacten, meedoen en vertrouwen tussen mensen.',
      en: 'Social contacts, participation and trust between people.',
    },
  },
  {
    id: 'veiligheid',
    dimension: 'hier-en-nu',
    name: { nl: 'Veiligheid', en: 'Safety' },
    description: { nl: 'Criminaliteit en hoe veilig mensen zich voelen.', en: 'Crime and how safe people feel.' },
  },
  {
    id: 'milieu',
    dimension: 'hier-en-nu',
    name: { nl: 'Milieu', en: 'Environment' },
    description: {
      nl: 'De kwaliteit van lucht, water, geluid en groen in de leefomgeving.',
      en: 'The quality of air, water, noise and green space where people live.',
    },
  },
  {
    id: 'economisch-kapitaal',
    dimension: 'later',
    name: { nl: 'Economisch kapitaal', en: 'Economic capital' },
    description: {
      nl: 'Vermogen, infrastructuur en kennis waarmee later welvaart wordt verdiend.',
      en: 'Assets, infrastructure and knowledge that generate prosperity later.',
    },
  },
  {
    id: 'natuurlijk-kapitaal',
    dimension: 'later',
    name: { nl: 'Natuurlijk kapitaal', en: 'Natural capital' },
    description: {
      nl: 'Klimaat, natuur, bodem, water en grondstoffen voor volgende generaties.',
      en: 'Climate, nature, soil, water and resources for future generations.',
    },
  },
  {
    id: 'menselijk-kapitaal',
    dimension: 'later',
    name: { nl: 'Menselijk kapitaal', en: 'Human capital' },
    description: {
      nl: 'Opleiding, vaardigheden en gezondheid van de bevolking op lange termijn.',
      en: 'Education, skills and long-term health of the population.',
    },
  },
  {
    id: 'sociaal-kapitaal',
    dimension: 'later',
    name: { nl: 'Sociaal kapitaal', en: 'Social capital' },
    description: {
      nl: 'Vertrouwen in elkaar en in instituties, dat een samenleving draagt.',
      en: 'Trust in each other and in institutions that holds a society together.',
    },
  },
  {
    id: 'handel-en-hulp',
    dimension: 'elders',
    name: { nl: 'Handel en hulp', en: 'Trade and aid' },
    description: {
      nl: 'Handel met lage-inkomenslanden, ontwikkelingshulp en geldovermakingen.',
      en: 'Trade with low-income countries, development aid and remittances.',
    },
  },
  {
    id: 'milieu-en-grondstoffen',
    dimension: 'elders',
    name: { nl: 'Milieu en grondstoffen', en: 'Environment and resources' },
    description: {
      nl: 'De voetafdruk van onze consumptie in het buitenland: uitstoot, grondstoffen, land.',
      en: 'The footprint of our consumption abroad: emissions, raw materials, land.',
    },
  },
];

/** Scale levels, smallest first, with their names. */
export const scaleLevels: readonly { id: ScaleLevel; name: Localized }[] = [
  { id: 'buurt', name: { nl: 'Buurt', en: 'Neighbourhood' } },
  { id: 'wijk', name: { nl: 'Wijk', en: 'District' } },
  { id: 'gemeente', name: { nl: 'Gemeente', en: 'Municipality' } },
  { id: 'buurgemeenten', name: { nl: 'Buurgemeenten', en: 'Neighbouring municipalities' } },
  { id: 'regio', name: { nl: 'Regio (COROP)', en: 'Region (COROP)' } },
  { id: 'provincie', name: { nl: 'Provincie', en: 'Province' } },
  { id: 'nationaal', name: { nl: 'Nationaal', en: 'National' } },
];

/** Levels of analysis (individual, collective, institutional). */
export const levels: readonly { id: Level; name: Localized; description: Localized }[] = [
  {
    id: 'individueel',
    name: { nl: 'Individueel', en: 'Individual' },
    description: { nl: 'Het effect op personen en huishoudens.', en: 'The effect on persons and households.' },
  },
  {
    id: 'collectief',
    name: { nl: 'Collectief', en: 'Collective' },
    description: { nl: 'Het effect op groepen, buurten en de samenleving.', en: 'The effect on groups, neighbourhoods and society.' },
  },
  {
    id: 'institutioneel',
    name: { nl: 'Institutioneel', en: 'Institutional' },
    description: { nl: 'Het effect op organisaties, regels en samenwerking.', en: 'The effect on organisations, rules and cooperation.' },
  },
];

/** Ordered ids, for schemas and loops. */
export const THEME_IDS = themes.map((t) => t.id) as [ThemeId, ...ThemeId[]];
export const SCALE_IDS = scaleLevels.map((s) => s.id) as [ScaleLevel, ...ScaleLevel[]];
export const LEVEL_IDS = levels.map((l) => l.id) as [Level, ...Level[]];
export const DIMENSION_IDS = dimensions.map((d) => d.id) as [DimensionId, ...DimensionId[]];

const themeById = new Map(themes.map((t) => [t.id, t]));

/** The theme with this id. */
export function themeOf(id: ThemeId): Theme {
  const theme = themeById.get(id);
  if (!theme) throw new Error(`unknown theme ${id}`);
  return theme;
}

/** The dimension a theme belongs to. */
export function dimensionOf(id: ThemeId): DimensionId {
  return themeOf(id).dimension;
}

/** The rank of a scale level, 0 for buurt up to 6 for nationaal. */
export function scaleRank(scale: ScaleLevel): number {
  return SCALE_IDS.indexOf(scale);
}
