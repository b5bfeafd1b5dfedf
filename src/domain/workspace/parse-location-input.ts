import { parseDecimal, parseLatLonText } from '../import/parse-coordinates';

/*
 * The "Corrected location" and "Uncertainty" fields: what analysts type or paste. Decimal
 * pairs (Google Maps' "52.05, 29.25", latitude first) are read by the importers' parser;
 * degrees-minutes-seconds ("52°03′N 29°15′E", as Wikipedia and GeoHack print them) are turned
 * into decimals first. Anything ambiguous or out of range is refused with the reason.
 */

export type LocationInputResult = { ok: true; lon: number; lat: number } | { ok: false; message: string };
export type UncertaintyInputResult = { ok: true; km: number | undefined } | { ok: false; message: string };

const EXAMPLE = 'Type latitude, longitude, e.g. 52.05, 29.25.';

// Degrees with a degree sign, then optional minutes (′ ' ’) and seconds (″ " or two primes).
const DMS = /(\d+(?:[.,]\d+)?)\s*°\s*(?:(\d+(?:[.,]\d+)?)\s*['′’]\s*(?:(\d+(?:[.,]\d+)?)\s*(?:["″”]|''|′′)\s*)?)?/gu;

function dmsToDecimal(text: string): string | { error: string } {
  let error: string | undefined;
  const converted = text.replace(DMS, (_match, d: string, m: string | undefined, s: string | undefined) => {
    const degrees = Number(d.replace(',', '.'));
    const minutes = m === undefined ? 0 : Number(m.replace(',', '.'));
    const seconds = s === undefined ? 0 : Number(s.replace(',', '.'));
    if (minutes >= 60 || seconds >= 60) error ??= `${_match.trim()} has ${minutes >= 60 ? 'minutes' : 'seconds'} of 60 or more`;
    // A space after the number keeps a following hemisphere letter readable ("52.05 N").
    return `${Number((degrees + minutes / 60 + seconds / 3600).toFixed(6))} `;
  });
  return error === undefined ? converted : { error };
}

function sentence(reason: string): string {
  return `${reason.charAt(0).toUpperCase()}${reason.slice(1)}.`;
}

export function parseLocationInput(raw: string): LocationInputResult {
  if (raw.trim() === '') return { ok: false, message: `Enter a location. ${EXAMPLE}` };
  const decimal = dmsToDecimal(raw.trim());
  if (typeof decimal !== 'string') return { ok: false, message: `${sentence(decimal.error)} ${EXAMPLE}` };
  const parsed = parseLatLonText(decimal.trim());
  if (!parsed.ok) {
    // Report the analyst's own text, not the intermediate decimal form.
    const reason = parsed.reason.replace(`"${decimal.trim()}"`, `"${raw.trim()}"`);
    return { ok: false, message: `${sentence(reason)} ${EXAMPLE}` };
  }
  const [lon, lat] = parsed.value;
  return { ok: true, lon, lat };
}

/** Empty means "no stated uncertainty"; otherwise kilometres, ≥ 0, decimal comma allowed. */
export function parseUncertaintyInput(raw: string): UncertaintyInputResult {
  const text = raw.trim().replace(/\s*km$/i, '');
  if (text === '') return { ok: true, km: undefined };
  const km = parseDecimal(text);
  if (km === undefined) return { ok: false, message: `"${raw.trim()}" is not a number of kilometres.` };
  if (km < 0) return { ok: false, message: 'The uncertainty cannot be negative.' };
  if (km > 1000) return { ok: false, message: 'An uncertainty over 1000 km says nothing about where the train was.' };
  return { ok: true, km };
}

/** "52.05, 29.25": what the field shows, in the same order it accepts. */
export function formatLocationInput(lon: number, lat: number): string {
  return `${Number(lat.toFixed(5))}, ${Number(lon.toFixed(5))}`;
}
