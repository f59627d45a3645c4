/**
 * GDELT column layouts. Names follow the GDELT 2.0 header files; GDELT 1.0 rows are the 2.0 layout
 * without the three *_ADM2Code columns (58 columns), and the historical backfile also lacks
 * SOURCEURL (57 columns).
 * @module
 */

export const GDELT2_EVENT_COLUMNS = [
  'GLOBALEVENTID',
  'SQLDATE',
  'MonthYear',
  'Year',
  'FractionDate',
  'Actor1Code',
  'Actor1Name',
  'Actor1CountryCode',
  'Actor1KnownGroupCode',
  'Actor1EthnicCode',
  'Actor1Religion1Code',
  'Actor1Religion2Code',
  'Actor1Type1Code',
  'Actor1Type2Code',
  'Actor1Type3Code',
  'Actor2Code',
  'Actor2Name',
  'Actor2CountryCode',
  'Actor2KnownGroupCode',
  'Actor2EthnicCode',
  'Actor2Religion1Code',
  'Actor2Religion2Code',
  'Actor2Type1Code',
  'Actor2Type2Code',
  'Actor2Type3Code',
  'IsRootEvent',
  'EventCode',
  'EventBaseCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  'NumMentions',
  'NumSources',
  'NumArticles',
  'AvgTone',
  'Actor1Geo_Type',
  'Actor1Geo_FullName',
  'Actor1Geo_CountryCode',
  'Actor1Geo_ADM1Code',
  'Actor1Geo_ADM2Code',
  'Actor1Geo_Lat',
  'Actor1Geo_Long',
  'Actor1Geo_FeatureID',
  'Actor2Geo_Type',
  'Actor2Geo_FullName',
  'Actor2Geo_CountryCode',
  'Actor2Geo_ADM1Code',
  'Actor2Geo_ADM2Code',
  'Actor2Geo_Lat',
  'Actor2Geo_Long',
  'Actor2Geo_FeatureID',
  'ActionGeo_Type',
  'ActionGeo_FullName',
  'ActionGeo_CountryCode',
  'ActionGeo_ADM1Code',
  'ActionGeo_ADM2Code',
  'ActionGeo_Lat',
  'ActionGeo_Long',
  'ActionGeo_FeatureID',
  'DATEADDED',
  'SOURCEURL',
] as const;

export type GdeltColumn = (typeof GDELT2_EVENT_COLUMNS)[number];

const ADM2 = new Set<string>(['Actor1Geo_ADM2Code', 'Actor2Geo_ADM2Code', 'ActionGeo_ADM2Code']);

/** GDELT 1.0 daily files (from April 2013): 58 columns */
export const GDELT1_DAILY_COLUMNS: readonly GdeltColumn[] = GDELT2_EVENT_COLUMNS.filter((c) => !ADM2.has(c));

/** GDELT 1.0 historical backfile (1979 to March 2013): 57 columns, no SOURCEURL */
export const GDELT1_HISTORICAL_COLUMNS: readonly GdeltColumn[] = GDELT1_DAILY_COLUMNS.filter(
  (c) => c !== 'SOURCEURL',
);

export const GDELT2_MENTION_COLUMNS = [
  'GLOBALEVENTID',
  'EventTimeDate',
  'MentionTimeDate',
  'MentionType',
  'MentionSourceName',
  'MentionIdentifier',
  'SentenceID',
  'Actor1CharOffset',
  'Actor2CharOffset',
  'ActionCharOffset',
  'InRawText',
  'Confidence',
  'MentionDocLen',
  'MentionDocTone',
  'MentionDocTranslationInfo',
  'Extras',
] as const;

export interface GdeltLayout {
  name: string;
  columns: readonly string[];
  /** position of each column in a row of this layout */
  index: ReadonlyMap<string, number>;
}

function layout(name: string, columns: readonly string[]): GdeltLayout {
  return { name, columns, index: new Map(columns.map((c, i) => [c, i])) };
}

// built once: the importer looks a layout up per row, and the store recognises a layout by its array
const LAYOUTS = new Map<number, GdeltLayout>([
  [61, layout('gdelt2-export', GDELT2_EVENT_COLUMNS)],
  [58, layout('gdelt1-daily', GDELT1_DAILY_COLUMNS)],
  [57, layout('gdelt1-historical', GDELT1_HISTORICAL_COLUMNS)],
  [16, layout('gdelt2-mentions', GDELT2_MENTION_COLUMNS)],
]);

/** the layout a row of this many tab-separated fields has, or null */
export function gdeltLayoutFor(fieldCount: number): GdeltLayout | null {
  return LAYOUTS.get(fieldCount) ?? null;
}
