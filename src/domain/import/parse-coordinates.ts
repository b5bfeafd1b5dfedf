/*
 * Numbers and coordinate pairs as people type and paste them: decimal commas from European
 * spreadsheets ("52,05"), Google Maps' "52.05, 29.25" (latitude first), degree signs and
 * hemisphere letters ("52.05° N, 29.25° E"). Nothing is guessed: a value that could be read
 * two ways is refused with the reason, so the analyst fixes the row instead of mapping a
 * train in the wrong country.
 */

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

/** "52.05", "52,05", "+52.05", "-0.5", "1e2" is refused (no one writes coordinates so). */
export function parseDecimal(raw: string): number | undefined {
  const text = raw.trim().replace(/\u2212/g, '-');
  if (!/^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/.test(text)) return undefined;
  const value = Number(text.replace(',', '.'));
  return Number.isFinite(value) ? value : undefined;
}

interface Part {
  value: number;
  hemisphere?: 'N' | 'S' | 'E' | 'W';
}

function parsePart(raw: string): Part | undefined {
  const match = /^\s*([NSEWСЮВЗ])?\s*([-+\u2212]?[\d.,]+)\s*°?\s*([NSEWСЮВЗ])?\s*$/iu.exec(raw);
  if (!match) return undefined;
  const value = parseDecimal(match[2] ?? '');
  if (value === undefined) return undefined;
  const letter = (match[1] ?? match[3])?.toUpperCase();
  if (!letter) return { value };
  // Russian maps write с.ш./в.д.; the first letter is enough (С=N, Ю=S, В=E, З=W).
  const hemisphere = ({ N: 'N', S: 'S', E: 'E', W: 'W', С: 'N', Ю: 'S', В: 'E', З: 'W' } as const)[letter as 'N'];
  return { value, hemisphere };
}

/** Splits "a, b" / "a; b" / "a b" / "52,05 29,25" into exactly two parts, or undefined. */
function splitPair(text: string): [string, string] | undefined {
  const attempts = [/\s*;\s*/, /,\s+/, /\s*,\s*/, /\s+/];
  for (const separator of attempts) {
    const parts = text.split(separator).filter((p) => p.length > 0);
    if (parts.length === 2 && parts.every((p) => parsePart(p))) return [parts[0] ?? '', parts[1] ?? ''];
  }
  return undefined;
}

/**
 * One cell holding both coordinates, latitude first as Google Maps copies them. Hemisphere
 * letters, when both are present, decide the order ("29.25 E, 52.05 N" works too).
 * Returns [lon, lat] (GeoJSON order).
 */
export function parseLatLonText(raw: string): Parsed<[number, number]> {
  const text = raw.trim().replace(/^[([]|[)\]]$/g, '');
  if (text === '') return { ok: false, reason: 'the coordinates are empty' };
  const compact = text
    .replace(/(с\.\s?ш\.|ю\.\s?ш\.|в\.\s?д\.|з\.\s?д\.)/giu, (m) => m[0] ?? '')
    // Glue hemisphere letters to their number so that "52.05 N 29.25 E" splits in two.
    .replace(/([\d.°])\s+([NSEWСЮВЗ])(?=[\s,;]|$)/giu, '$1$2')
    .replace(/(^|[\s,;])([NSEWСЮВЗ])\s+(?=[-+\d])/giu, '$1$2');
  const pair = splitPair(compact);
  if (!pair) return { ok: false, reason: `"${raw.trim()}" is not a "latitude, longitude" pair` };
  const [a, b] = pair.map(parsePart) as [Part, Part];
  let lat = a;
  let lon = b;
  if (a.hemisphere && b.hemisphere) {
    const aIsLon = a.hemisphere === 'E' || a.hemisphere === 'W';
    const bIsLon = b.hemisphere === 'E' || b.hemisphere === 'W';
    if (aIsLon === bIsLon) return { ok: false, reason: `"${raw.trim()}" gives two ${aIsLon ? 'longitudes' : 'latitudes'}` };
    if (aIsLon) [lat, lon] = [b, a];
  }
  return checkedLonLat(signed(lon), signed(lat));
}

function signed(part: Part): number {
  return part.hemisphere === 'S' || part.hemisphere === 'W' ? -Math.abs(part.value) : part.value;
}

/** Two separate cells. Returns [lon, lat]. */
export function parseLatLonCells(latRaw: string, lonRaw: string): Parsed<[number, number]> {
  if (latRaw.trim() === '' && lonRaw.trim() === '') return { ok: false, reason: 'latitude and longitude are empty' };
  const lat = parsePart(latRaw);
  if (!lat) return { ok: false, reason: latRaw.trim() === '' ? 'latitude is empty' : `latitude "${latRaw.trim()}" is not a number` };
  const lon = parsePart(lonRaw);
  if (!lon) return { ok: false, reason: lonRaw.trim() === '' ? 'longitude is empty' : `longitude "${lonRaw.trim()}" is not a number` };
  return checkedLonLat(signed(lon), signed(lat));
}

/** Range checks here only explain; parseFeed still validates the geometry it receives. */
function checkedLonLat(lon: number, lat: number): Parsed<[number, number]> {
  if (lat < -90 || lat > 90) return { ok: false, reason: `latitude ${lat} is outside −90…90` };
  if (lon < -180 || lon > 180) return { ok: false, reason: `longitude ${lon} is outside −180…180` };
  return { ok: true, value: [lon, lat] };
}
