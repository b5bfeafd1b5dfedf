import type { EquipmentKind, Platform } from '../sighting/sighting-schema';
import { statusName } from '../workspace/status-label';
import type { EffectiveStatus } from '../workspace/workspace-sighting';
import { KM_PER_MILE } from '../geo/unit-sphere';
import { queryWords } from './search-key';
import { parseDay } from './utc-day';

/*
 * The analyst's filters as one plain value (it goes into the URL and into a brief), with the
 * chips that show it. An empty list, an unset field or false means "no filter"; a value that
 * cannot be applied (a date that is not a day, a distance of 0 km, a query of only '#') is
 * treated as unset everywhere, so the chips never show a filter that is not filtering.
 */

export interface FilterState {
  /** First UTC day shown, "YYYY-MM-DD", inclusive. */
  from?: string;
  /** Last UTC day shown, "YYYY-MM-DD", inclusive. */
  to?: string;
  /** A sighting passes when it has equipment of any of these kinds. */
  kinds: readonly EquipmentKind[];
  /** Effective status (the analyst's when set, else the feed's), any of these. */
  statuses: readonly EffectiveStatus[];
  platforms: readonly Platform[];
  /** Ids of the feeds (remote or local) a sighting came from, any of these. */
  feeds: readonly string[];
  /** At most this far from the Belarus–Ukraine border; unmeasured sightings do not pass. */
  distance?: { maxKm: number };
  pinnedOnly: boolean;
  annotatedOnly: boolean;
  offRailOnly: boolean;
  /** Free text; words are AND-ed. */
  text: string;
}

export const EMPTY_FILTERS: FilterState = Object.freeze({
  kinds: [],
  statuses: [],
  platforms: [],
  feeds: [],
  pinnedOnly: false,
  annotatedOnly: false,
  offRailOnly: false,
  text: '',
});

export const EQUIPMENT_KIND_NAMES: Record<EquipmentKind, string> = {
  tank: 'Tanks',
  'apc-ifv': 'APC/IFV',
  'light-armoured': 'Light armoured',
  artillery: 'Artillery',
  mlrs: 'MLRS',
  'air-defence': 'Air defence',
  truck: 'Trucks',
  fuel: 'Fuel',
  ammunition: 'Ammunition',
  engineering: 'Engineering',
  medical: 'Medical',
  other: 'Other equipment',
};

export const PLATFORM_NAMES: Record<Platform, string> = {
  tiktok: 'TikTok',
  telegram: 'Telegram',
  vk: 'VK',
  twitter: 'X/Twitter',
  youtube: 'YouTube',
  other: 'Other platform',
};

/** The distance limit in km when it can be applied, else undefined. */
export function distanceLimitKm(state: Pick<FilterState, 'distance'>): number | undefined {
  const km = state.distance?.maxKm;
  return km !== undefined && Number.isFinite(km) && km > 0 ? km : undefined;
}

/**
 * How a distance reads best: whole kilometres as km, whole miles (the reporting's "40
 * miles") as mi, anything else as km to 0.01. Shared by the chip and the permalink.
 */
export function describeDistance(maxKm: number): { value: number; unit: 'km' | 'mi' } {
  if (Math.abs(maxKm - Math.round(maxKm)) < 1e-9) return { value: Math.round(maxKm), unit: 'km' };
  const miles = maxKm / KM_PER_MILE;
  if (Math.abs(miles - Math.round(miles)) < 1e-9) return { value: Math.round(miles), unit: 'mi' };
  return { value: Math.round(maxKm * 100) / 100, unit: 'km' };
}

export function isFilterActive(state: FilterState): boolean {
  return (
    parseDay(state.from) !== undefined ||
    parseDay(state.to) !== undefined ||
    state.kinds.length > 0 ||
    state.statuses.length > 0 ||
    state.platforms.length > 0 ||
    state.feeds.length > 0 ||
    distanceLimitKm(state) !== undefined ||
    state.pinnedOnly ||
    state.annotatedOnly ||
    state.offRailOnly ||
    queryWords(state.text).length > 0
  );
}

export interface FilterChip {
  /** Stable and unique among the chips of one state, e.g. "status:disputed"; use as a React key. */
  key: string;
  label: string;
  /** The state without this one condition. */
  remove: (state: FilterState) => FilterState;
}

export interface ChipLabels {
  /** A feed's display name; the id is shown when it returns undefined. */
  feedName?: (feedId: string) => string | undefined;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MAX_TEXT_IN_LABEL = 30;

/** "18 Jan 2022" from "2022-01-18" (the caller checked it is a day). */
function dayLabel(day: string): string {
  return `${Number(day.slice(8, 10))} ${MONTHS[Number(day.slice(5, 7)) - 1]} ${day.slice(0, 4)}`;
}

function quoted(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  const chars = Array.from(trimmed);
  return `“${chars.length > MAX_TEXT_IN_LABEL ? `${chars.slice(0, MAX_TEXT_IN_LABEL - 1).join('')}…` : trimmed}”`;
}

function without<T>(list: readonly T[], value: T): T[] {
  return list.filter((item) => item !== value);
}

/** One chip per active condition, one per value of a list, in a fixed order. */
export function activeFilterChips(state: FilterState, labels: ChipLabels = {}): FilterChip[] {
  const chips: FilterChip[] = [];
  if (parseDay(state.from) !== undefined) {
    chips.push({ key: 'from', label: `From ${dayLabel(state.from!)}`, remove: ({ from: _, ...rest }) => rest });
  }
  if (parseDay(state.to) !== undefined) {
    chips.push({ key: 'to', label: `To ${dayLabel(state.to!)}`, remove: ({ to: _, ...rest }) => rest });
  }
  if (queryWords(state.text).length > 0) {
    chips.push({ key: 'text', label: `Text: ${quoted(state.text)}`, remove: (s) => ({ ...s, text: '' }) });
  }
  for (const status of new Set(state.statuses)) {
    chips.push({
      key: `status:${status}`,
      label: `Status: ${statusName(status)}`,
      remove: (s) => ({ ...s, statuses: without(s.statuses, status) }),
    });
  }
  for (const kind of new Set(state.kinds)) {
    chips.push({
      key: `kind:${kind}`,
      label: `Equipment: ${EQUIPMENT_KIND_NAMES[kind] ?? kind}`,
      remove: (s) => ({ ...s, kinds: without(s.kinds, kind) }),
    });
  }
  for (const platform of new Set(state.platforms)) {
    chips.push({
      key: `platform:${platform}`,
      label: `Platform: ${PLATFORM_NAMES[platform] ?? platform}`,
      remove: (s) => ({ ...s, platforms: without(s.platforms, platform) }),
    });
  }
  for (const feed of new Set(state.feeds)) {
    chips.push({
      key: `feed:${feed}`,
      label: `Feed: ${labels.feedName?.(feed) ?? feed}`,
      remove: (s) => ({ ...s, feeds: without(s.feeds, feed) }),
    });
  }
  const km = distanceLimitKm(state);
  if (km !== undefined) {
    const { value, unit } = describeDistance(km);
    chips.push({ key: 'distance', label: `Within ${value} ${unit}`, remove: ({ distance: _, ...rest }) => rest });
  }
  if (state.pinnedOnly) chips.push({ key: 'pinned', label: 'Pinned only', remove: (s) => ({ ...s, pinnedOnly: false }) });
  if (state.annotatedOnly) {
    chips.push({ key: 'annotated', label: 'Annotated only', remove: (s) => ({ ...s, annotatedOnly: false }) });
  }
  if (state.offRailOnly) {
    chips.push({ key: 'off-rail', label: 'Off the rail network', remove: (s) => ({ ...s, offRailOnly: false }) });
  }
  return chips;
}
