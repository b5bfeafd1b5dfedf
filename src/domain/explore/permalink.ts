import { EQUIPMENT_KINDS, PLATFORMS, type EquipmentKind, type Platform } from '../sighting/sighting-schema';
import { KM_PER_MILE } from '../geo/unit-sphere';
import { EFFECTIVE_STATUSES, type EffectiveStatus } from '../workspace/workspace-sighting';
import { describeDistance, distanceLimitKm, EMPTY_FILTERS, type FilterState } from './filter-state';
import { queryWords } from './search-key';
import { parseDay } from './utc-day';

/*
 * The permalink: map view, filters and selected sighting in the query string, e.g.
 *   view=29.25,52.05,7.5&sel=rw-sample-001&q=танки&from=2022-01-18&st=disputed,confirmed
 * A link arrives from anywhere (chat, a brief, a hostile page), so decoding never throws,
 * reads a bounded amount, accepts only known values and keeps free text as search text: no
 * value from the URL is ever used as a URL, HTML or a number outside its range.
 */

export interface MapViewState {
  lon: number;
  lat: number;
  zoom: number;
}

export interface AppState {
  view?: MapViewState;
  filters: FilterState;
  selectedId?: string;
}

const KEYS = ['view', 'sel', 'q', 'from', 'to', 'st', 'eq', 'pf', 'feed', 'dist', 'only'] as const;
const OWN_KEYS = new Set<string>(KEYS);

/** Longer query strings are cut at the last whole parameter before this many characters. */
export const MAX_SEARCH_LENGTH = 8192;
const MAX_PAIRS = 64;
export const MAX_TEXT_LENGTH = 200;
const MAX_ID_LENGTH = 200;
const MAX_LIST = 64;
const MAX_DISTANCE_KM = 5000;

const ONLY_FLAGS = { pinned: 'pinnedOnly', annotated: 'annotatedOnly', offrail: 'offRailOnly' } as const;
type OnlyFlag = keyof typeof ONLY_FLAGS;

const DECIMAL = /^-?\d{1,4}(?:\.\d{1,8})?$/;

function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

/** Control characters (newlines, NUL, C1) replaced by spaces: they have no place in a search or an id. */
function withoutControls(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += isControl(text.charCodeAt(i)) ? ' ' : text.charAt(i);
  return out;
}

function encodeValue(value: string): string {
  return encodeURIComponent(value);
}

function encodeList(values: readonly string[]): string {
  return [...new Set(values)].map(encodeValue).join(',');
}

/** Up to `max` code points, so a cut never splits a surrogate pair. */
function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length > max ? chars.slice(0, max).join('') : text;
}

function compactNumber(value: number, digits: number): string {
  return String(Number(value.toFixed(digits)));
}

function validView(view: MapViewState | undefined): view is MapViewState {
  if (!view) return false;
  const { lon, lat, zoom } = view;
  return [lon, lat, zoom].every(Number.isFinite) && Math.abs(lon) <= 180 && Math.abs(lat) <= 85 && zoom >= 0 && zoom <= 22;
}

/**
 * The query string (without '?') for a state. Parameters of `keep` (an existing query
 * string) that railwatch does not own are kept after ours, so other features' state
 * survives. Empty and unusable filters are left out.
 */
export function encodeAppState(state: AppState, keep = ''): string {
  const parts: string[] = [];
  const { view, filters, selectedId } = state;
  if (validView(view)) {
    parts.push(`view=${compactNumber(view.lon, 4)},${compactNumber(view.lat, 4)},${compactNumber(view.zoom, 2)}`);
  }
  if (selectedId) parts.push(`sel=${encodeValue(clip(selectedId, MAX_ID_LENGTH))}`);
  if (queryWords(filters.text).length > 0) parts.push(`q=${encodeValue(clip(filters.text.trim(), MAX_TEXT_LENGTH))}`);
  if (parseDay(filters.from) !== undefined) parts.push(`from=${filters.from}`);
  if (parseDay(filters.to) !== undefined) parts.push(`to=${filters.to}`);
  if (filters.statuses.length > 0) parts.push(`st=${encodeList(filters.statuses)}`);
  if (filters.kinds.length > 0) parts.push(`eq=${encodeList(filters.kinds)}`);
  if (filters.platforms.length > 0) parts.push(`pf=${encodeList(filters.platforms)}`);
  if (filters.feeds.length > 0) parts.push(`feed=${encodeList(filters.feeds)}`);
  const km = distanceLimitKm(filters);
  if (km !== undefined) {
    const { value, unit } = describeDistance(km);
    parts.push(`dist=${value}${unit}`);
  }
  const only = (Object.keys(ONLY_FLAGS) as OnlyFlag[]).filter((flag) => filters[ONLY_FLAGS[flag]]);
  if (only.length > 0) parts.push(`only=${only.join(',')}`);
  for (const pair of splitPairs(keep)) {
    const name = safeDecode(pair.slice(0, pair.includes('=') ? pair.indexOf('=') : pair.length));
    if (name !== undefined && !OWN_KEYS.has(name)) parts.push(pair);
  }
  return parts.join('&');
}

function safeDecode(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/** The raw "key=value" pairs of a bounded prefix of the query string. */
function splitPairs(search: unknown): string[] {
  if (typeof search !== 'string') return [];
  let text = search.startsWith('?') ? search.slice(1) : search;
  if (text.length > MAX_SEARCH_LENGTH) {
    // A parameter cut in the middle would restore half a value: drop it whole.
    const cut = text.lastIndexOf('&', MAX_SEARCH_LENGTH);
    text = cut < 0 ? '' : text.slice(0, cut);
  }
  return text
    .split('&')
    .filter((pair) => pair !== '')
    .slice(0, MAX_PAIRS);
}

/** The first raw value of each key railwatch owns (a repeated key cannot override the first). */
function ownValues(search: unknown): Map<string, string> {
  const values = new Map<string, string>();
  for (const pair of splitPairs(search)) {
    const at = pair.indexOf('=');
    if (at < 0) continue;
    const name = safeDecode(pair.slice(0, at));
    if (name !== undefined && OWN_KEYS.has(name) && !values.has(name)) values.set(name, pair.slice(at + 1));
  }
  return values;
}

/** Known values of a comma list, decoded, deduplicated, in the order given. */
function decodeList<T extends string>(raw: string | undefined, accept: (value: string) => value is T): T[] {
  if (raw === undefined) return [];
  const out = new Set<T>();
  for (const item of raw.split(',').slice(0, MAX_LIST)) {
    const value = safeDecode(item);
    if (value !== undefined && accept(value)) out.add(value);
  }
  return [...out];
}

function oneOf<T extends string>(values: readonly T[]): (value: string) => value is T {
  return (value): value is T => (values as readonly string[]).includes(value);
}

function isPlainId(value: string): value is string {
  return value.length > 0 && value.length <= MAX_ID_LENGTH && withoutControls(value) === value && value.trim() === value;
}

function decodeView(raw: string | undefined): MapViewState | undefined {
  const parts = raw?.split(',');
  if (!parts || parts.length !== 3 || !parts.every((part) => DECIMAL.test(part))) return undefined;
  const view = { lon: Number(parts[0]), lat: Number(parts[1]), zoom: Number(parts[2]) };
  return validView(view) ? view : undefined;
}

function decodeDistance(raw: string | undefined): { maxKm: number } | undefined {
  const match = raw === undefined ? null : /^(\d{1,5}(?:\.\d{1,3})?)(km|mi)$/.exec(raw);
  if (!match) return undefined;
  const maxKm = Number(match[1]) * (match[2] === 'mi' ? KM_PER_MILE : 1);
  return maxKm > 0 && maxKm <= MAX_DISTANCE_KM ? { maxKm } : undefined;
}

function decodeText(raw: string | undefined): string {
  const text = raw === undefined ? undefined : safeDecode(raw);
  if (text === undefined) return '';
  return clip(withoutControls(text).trim(), MAX_TEXT_LENGTH);
}

/**
 * The state a query string holds. Never throws: anything missing, malformed or out of range
 * is left out (the view and selection then stay unset, the filters empty), and the rest is
 * still restored. A "from" after a "to" is read as the same range the other way round.
 */
export function decodeAppState(search: unknown): AppState {
  const values = ownValues(search);
  const filters: FilterState = {
    ...EMPTY_FILTERS,
    kinds: decodeList<EquipmentKind>(values.get('eq'), oneOf(EQUIPMENT_KINDS)),
    statuses: decodeList<EffectiveStatus>(values.get('st'), oneOf(EFFECTIVE_STATUSES)),
    platforms: decodeList<Platform>(values.get('pf'), oneOf(PLATFORMS)),
    feeds: decodeList(values.get('feed'), isPlainId),
    text: decodeText(values.get('q')),
  };
  let from = values.get('from');
  let to = values.get('to');
  from = parseDay(from) === undefined ? undefined : from;
  to = parseDay(to) === undefined ? undefined : to;
  if (from !== undefined && to !== undefined && from > to) [from, to] = [to, from];
  if (from !== undefined) filters.from = from;
  if (to !== undefined) filters.to = to;
  const distance = decodeDistance(values.get('dist'));
  if (distance) filters.distance = distance;
  for (const flag of decodeList(values.get('only'), oneOf(Object.keys(ONLY_FLAGS) as OnlyFlag[]))) {
    filters[ONLY_FLAGS[flag]] = true;
  }

  const state: AppState = { filters };
  const view = decodeView(values.get('view'));
  if (view) state.view = view;
  const sel = values.get('sel');
  const selectedId = sel === undefined ? undefined : safeDecode(sel);
  if (selectedId !== undefined && isPlainId(selectedId)) state.selectedId = selectedId;
  return state;
}
