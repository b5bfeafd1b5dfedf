import type { Sighting } from '../sighting/sighting-schema';

/*
 * Protection for the people who filmed and posted the clips, applied before anything is
 * written. Rounding alone is not enough where other fields can give the exact place or the
 * person away, so the rules below go further than "round the coordinates":
 * - a coarsened brief snaps every position to a grid, and ids railwatch generated (which hash
 *   the exact position, link and caption and so could be brute-forced back) are replaced;
 * - dropping authors removes the uploader's name, @handles in captions and notes, the post
 *   and archive links (a post page names its uploader on every platform: TikTok /@user,
 *   t.me/channel, vk.com/wall…), unknown members of `source`, and unknown top-level
 *   properties whose name says they identify an account.
 */

export const MAX_POSITION_DECIMALS = 6;

/** Rounds to at most 6 decimals (about 0.1 m), the precision RFC 7946 recommends. */
export function roundCoordinate(value: number, decimals = MAX_POSITION_DECIMALS): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return rounded === 0 ? 0 : rounded; // no "-0" in the output
}

function decimalsOf(step: number): number {
  const text = String(step);
  const exponent = /e-(\d+)$/.exec(text);
  if (exponent) return Math.min(MAX_POSITION_DECIMALS, Number(exponent[1]));
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : Math.min(MAX_POSITION_DECIMALS, text.length - dot - 1);
}

/** Throws RangeError unless `step` is a usable grid step in degrees (over 0, at most 1). */
export function assertCoarseningStep(step: number): void {
  if (!Number.isFinite(step) || step <= 0 || step > 1) {
    throw new RangeError(`Coarsening needs a grid step in degrees between 0 and 1, not ${String(step)}.`);
  }
}

/** [lon, lat] on the grid of `step` degrees (when given) or rounded to 6 decimals. */
export function placePosition(lon: number, lat: number, step?: number): [number, number] {
  if (step === undefined) return [roundCoordinate(lon), roundCoordinate(lat)];
  const decimals = decimalsOf(step);
  const snap = (value: number, limit: number): number => {
    const snapped = Math.round(value / step) * step;
    return roundCoordinate(Math.max(-limit, Math.min(limit, snapped)), decimals);
  };
  return [snap(lon, 180), snap(lat, 90)];
}

// A handle: "@" after a start, space or punctuation (so "name@example.com" is left alone),
// then letters, digits, "_" or inner dots, as TikTok, Telegram and VK allow.
const HANDLE = /(^|[^\p{L}\p{N}_@.])@[\p{L}\p{N}_](?:[\p{L}\p{N}_.]*[\p{L}\p{N}_])?/gu;
export const HANDLE_PLACEHOLDER = '@[removed]';

export function stripHandles(text: string): string {
  return text.replace(HANDLE, `$1${HANDLE_PLACEHOLDER}`);
}

const ACCOUNT_PROPERTY = /author|user|handle|channel|account|profile|uploader|nick/i;

/** A copy of the sighting without what identifies its uploader. */
export function withoutUploader(sighting: Sighting): Sighting {
  const copy: Sighting = { ...sighting, extra: {} };
  delete copy.author;
  delete copy.url;
  delete copy.archivedUrl;
  if (copy.caption !== undefined) copy.caption = stripHandles(copy.caption);
  for (const key of Object.keys(sighting.extra)) {
    if (key === 'source' || ACCOUNT_PROPERTY.test(key)) continue;
    Object.defineProperty(copy.extra, key, { value: sighting.extra[key], enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

/** True for ids railwatch made from a feature's position, link and caption. */
export function isGeneratedId(id: string): boolean {
  return id.startsWith('gen-');
}
