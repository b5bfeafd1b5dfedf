import { isReferenceFeature, type BriefCollection, type BriefEquipment, type BriefSightingFeature } from './brief-format';

/*
 * One flat record per sighting of a built brief: what the CSV and KML exports show. Written
 * from the brief rather than from the workspace so that both carry exactly what the GeoJSON
 * carries, coarsening and dropped authors included. Equipment and locomotive are the values
 * the workspace shows: the analyst's correction, else the feed's, else the derived ones.
 */

export interface BriefRow {
  id: string;
  lon: number;
  lat: number;
  originalLon?: number;
  originalLat?: number;
  observedAt?: string;
  postedAt?: string;
  place?: string;
  /** The shown status (the analyst's when set). */
  status: string;
  analystStatus?: string;
  feedStatus?: string;
  equipment: BriefEquipment[];
  locomotive?: string;
  wagons?: number;
  platform?: string;
  url?: string;
  archivedUrl?: string;
  author?: string;
  caption?: string;
  hashtags: string[];
  note: string;
  tags: string[];
  pinned: boolean;
  borderKm?: number;
  borderMi?: number;
  feeds: string[];
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function finite(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function texts(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** "tank (T-72B3):10; apc-ifv:4" */
export function equipmentText(items: readonly BriefEquipment[]): string {
  return items.map((item) => `${item.kind}${item.model ? ` (${item.model})` : ''}${item.count !== undefined ? `:${item.count}` : ''}`).join('; ');
}

export function briefRow(feature: BriefSightingFeature): BriefRow {
  const props = feature.properties;
  const annotation = props.annotation;
  const source = props.source ?? {};
  const [lon, lat] = feature.geometry.coordinates;
  const row: BriefRow = {
    id: String(feature.id),
    lon,
    lat,
    status: text(props.railwatchStatus) ?? text(props.status) ?? 'unverified',
    equipment: annotation?.correctedEquipment ?? props.equipment ?? props.railwatchDerived?.equipment ?? [],
    hashtags: texts(source.hashtags),
    note: text(annotation?.note) ?? '',
    tags: texts(annotation?.tags),
    pinned: annotation?.pinned === true,
    feeds: texts(props.provenance?.feeds),
  };
  const original = props.originalLocation;
  if (Array.isArray(original)) {
    row.originalLon = finite(original[0]);
    row.originalLat = finite(original[1]);
  }
  row.observedAt = text(props.observedAt);
  row.postedAt = text(props.postedAt);
  row.place = text(props.place);
  row.analystStatus = text(annotation?.status);
  row.feedStatus = text(props.status);
  row.locomotive = text(props.locomotive) ?? text(props.railwatchDerived?.locomotive);
  row.wagons = finite(props.wagons);
  row.platform = text(source.platform);
  row.url = text(source.url) ?? text(props.provenance?.sourceUrl);
  row.archivedUrl = text(source.archivedUrl) ?? text(props.provenance?.archivedUrl);
  row.author = text(source.author);
  row.caption = text(source.caption);
  row.borderKm = finite(props.borderDistance?.km);
  row.borderMi = finite(props.borderDistance?.mi);
  return row;
}

/** The sighting rows of a brief, in feature order; reference features are left out. */
export function briefRows(collection: BriefCollection): BriefRow[] {
  const rows: BriefRow[] = [];
  for (const feature of collection.features) if (!isReferenceFeature(feature)) rows.push(briefRow(feature));
  return rows;
}
