/*
 * Named text fields (CSV columns, KML ExtendedData) → feed-contract properties. Headers are
 * matched loosely (case, spaces, underscores, "source.url", common Russian names) because
 * spreadsheets are typed by hand. Values are converted only where the contract needs a
 * number, list or ISO date; whatever cannot be converted is passed on as written, so that
 * parseFeed (which owns validation) reports it.
 */
import { parseDecimal } from './parse-coordinates.ts';
import { normalizeDate } from './normalize-date.ts';
import { normalizePlatform, platformFromUrl } from './platform.ts';

export type FieldKey =
  | 'id'
  | 'lat'
  | 'lon'
  | 'latlon'
  | 'observedAt'
  | 'postedAt'
  | 'platform'
  | 'url'
  | 'archivedUrl'
  | 'author'
  | 'caption'
  | 'hashtags'
  | 'place'
  | 'status'
  | 'locomotive'
  | 'wagons'
  | 'equipment'
  | 'heading'
  | 'precision'
  | 'uncertaintyKm';

const ALIASES: Record<FieldKey, string[]> = {
  id: ['id', 'sightingid', 'uid', 'идентификатор'],
  lat: ['lat', 'latitude', 'y', 'широта'],
  lon: ['lon', 'lng', 'long', 'longitude', 'x', 'долгота'],
  latlon: ['coordinates', 'coords', 'coord', 'location', 'latlon', 'latlng', 'latitudelongitude', 'gps', 'координаты'],
  observedAt: ['observedat', 'observed', 'dateobserved', 'filmedat', 'date', 'datetime', 'when', 'дата', 'датанаблюдения'],
  postedAt: ['postedat', 'posted', 'published', 'publishedat', 'uploaddate', 'createdat', 'postdate', 'датапубликации'],
  platform: ['platform', 'sourceplatform', 'network', 'socialnetwork', 'site', 'платформа', 'соцсеть'],
  url: ['url', 'link', 'source', 'sourceurl', 'posturl', 'videourl', 'webpageurl', 'ссылка'],
  archivedUrl: ['archivedurl', 'sourcearchivedurl', 'archiveurl', 'archive', 'archived', 'архив'],
  author: ['author', 'sourceauthor', 'user', 'username', 'account', 'channel', 'uploader', 'автор', 'канал'],
  caption: ['caption', 'sourcecaption', 'text', 'description', 'desc', 'описание', 'текст', 'подпись'],
  hashtags: ['hashtags', 'sourcehashtags', 'hashtag', 'tags', 'хэштеги', 'хештеги', 'теги'],
  place: ['place', 'placename', 'town', 'settlement', 'city', 'station', 'locationname', 'место', 'населенныйпункт', 'населённыйпункт', 'город', 'станция'],
  status: ['status', 'verification', 'статус'],
  locomotive: ['locomotive', 'loco', 'локомотив'],
  wagons: ['wagons', 'wagoncount', 'cars', 'вагоны', 'вагонов'],
  equipment: ['equipment', 'техника'],
  heading: ['heading', 'direction', 'course', 'направление'],
  precision: ['precision', 'locationprecision', 'locationprecisionlevel', 'точность'],
  uncertaintyKm: ['uncertaintykm', 'uncertainty', 'locationprecisionuncertaintykm', 'accuracykm', 'radiuskm'],
};

const BY_ALIAS = new Map<string, FieldKey>(
  (Object.entries(ALIASES) as [FieldKey, string[]][]).flatMap(([key, names]) => names.map((name) => [name, key] as const)),
);

export function normalizeHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_\-./()[\]:,]+/g, '');
}

export function fieldForHeader(header: string): FieldKey | undefined {
  return BY_ALIAS.get(normalizeHeader(header));
}

/** "#танки #бтр", "танки, бтр", "#танки#бтр" → ["#танки", "#бтр"] / ["танки", "бтр"], as written. */
export function splitHashtags(raw: string): string[] {
  return raw
    .split(/[\s,;]+/)
    .flatMap((token) => token.split(/(?=#)/))
    .filter((token) => token !== '' && token !== '#');
}

// A Map, not an object: a kind written "constructor" or "__proto__" must find nothing here.
const KIND_ALIASES = new Map([
  ['tanks', 'tank'],
  ['apc', 'apc-ifv'],
  ['ifv', 'apc-ifv'],
  ['apcifv', 'apc-ifv'],
  ['light-armored', 'light-armoured'],
  ['air-defense', 'air-defence'],
  ['mrls', 'mlrs'],
  ['trucks', 'truck'],
]);

/**
 * "tank:10; apc-ifv:4", "tank:T-72B3:10", "artillery:2S19" → equipment entries. The kind is
 * passed on lower-cased (after a few English aliases) for parseFeed to check against the
 * contract's kinds; a count must be a whole number or it is read as the model.
 */
export function parseEquipmentList(raw: string): { kind: string; model?: string; count?: number }[] {
  return raw
    .split(/[;,\n]+/)
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .map((item) => {
      const [kindRaw = '', ...rest] = item.split(/\s*[:=]\s*/);
      const kindKey = kindRaw.trim().toLowerCase().replace(/\s+/g, '-');
      const entry: { kind: string; model?: string; count?: number } = { kind: KIND_ALIASES.get(kindKey) ?? kindKey };
      const last = rest.at(-1);
      if (last !== undefined && /^\d+$/.test(last)) {
        entry.count = Number(last);
        rest.pop();
      }
      if (rest.length > 0) entry.model = rest.join(':');
      return entry;
    });
}

function numberOrText(raw: string): number | string {
  return parseDecimal(raw) ?? raw;
}

/** Keys that would change an object's prototype rather than add a property. */
export function isUnsafeKey(key: string): boolean {
  return key === '__proto__';
}

/** Tells the analyst a field was left out on purpose, rather than losing it without a word. */
export function unsafeFieldsNotice(names: Iterable<string>): { code: 'unsafe-field-dropped'; message: string } | undefined {
  const quoted = [...new Set(names)].map((name) => `"${name}"`);
  if (quoted.length === 0) return undefined;
  return { code: 'unsafe-field-dropped', message: `A field named ${quoted.join(', ')} was not kept: that name is reserved by JavaScript and could tamper with the app's objects.` };
}

/**
 * Builds contract properties from mapped fields (coordinates excluded: the caller places the
 * geometry) plus unknown fields kept as strings under their own names. Empty values are left
 * out. The platform is taken from the link when the fields do not name it.
 */
export function fieldsToProperties(
  known: Partial<Record<FieldKey, string>>,
  extras: [name: string, value: string][],
): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  const source: Record<string, unknown> = {};
  const precision: Record<string, unknown> = {};
  const text = (key: FieldKey) => {
    const value = known[key]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  const put = (target: Record<string, unknown>, name: string, value: unknown) => {
    if (value !== undefined) target[name] = value;
  };
  const observedAt = text('observedAt');
  const postedAt = text('postedAt');
  put(properties, 'observedAt', observedAt && normalizeDate(observedAt));
  put(properties, 'postedAt', postedAt && normalizeDate(postedAt));
  const url = text('url');
  const platformName = text('platform');
  put(source, 'platform', platformName ? normalizePlatform(platformName) : url && platformFromUrl(url));
  put(source, 'url', url);
  put(source, 'author', text('author'));
  put(source, 'caption', text('caption'));
  const hashtags = text('hashtags');
  if (hashtags) source.hashtags = splitHashtags(hashtags);
  put(source, 'archivedUrl', text('archivedUrl'));
  if (Object.keys(source).length > 0) properties.source = source;
  put(properties, 'place', text('place'));
  const level = text('precision');
  put(precision, 'level', level?.toLowerCase());
  const uncertainty = text('uncertaintyKm');
  put(precision, 'uncertaintyKm', uncertainty && numberOrText(uncertainty));
  if (Object.keys(precision).length > 0) properties.locationPrecision = precision;
  const heading = text('heading');
  put(properties, 'heading', heading && (parseDecimal(heading) ?? heading.toUpperCase()));
  const equipment = text('equipment');
  if (equipment) properties.equipment = parseEquipmentList(equipment);
  put(properties, 'locomotive', text('locomotive'));
  const wagons = text('wagons');
  put(properties, 'wagons', wagons && (/^\d+$/.test(wagons) ? Number(wagons) : wagons));
  put(properties, 'status', text('status')?.toLowerCase());
  for (const [name, value] of extras) {
    const key = name.trim();
    if (value.trim() !== '' && key !== '' && !isUnsafeKey(key) && !Object.hasOwn(properties, key)) properties[key] = value;
  }
  return properties;
}
