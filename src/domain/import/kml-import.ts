/*
 * KML (as geolocation groups publish their maps) → raw sighting feed, one feature per
 * Placemark in document order. Parsing XML needs a DOM, which domain code may not touch:
 * the caller injects `parseXml` (DOMParser in the browser, @xmldom/xmldom in Node or a
 * worker). Descriptions are HTML and become plain text; their first http(s) link becomes
 * the source URL when the placemark names none.
 */
import { kml } from '@tmcw/togeojson';
import { fieldForHeader, fieldsToProperties, isUnsafeKey, type FieldKey } from './field-mapping.ts';
import { htmlToText } from './html-to-text.ts';
import { conversionError, type ConversionResult, type FeatureNote, type RawFeature } from './import-types.ts';
import { hasDoctype } from './xml-safety.ts';

export interface KmlDeps {
  /** Text → XML Document. May throw, or return a document holding a <parsererror> (browsers do). */
  parseXml: (text: string) => Document;
}

/** Properties togeojson derives from KML itself (the rest come from ExtendedData). Style is dropped. */
const KML_OWN = new Set(['name', 'description', 'address', 'phoneNumber', 'visibility', 'open', 'timestamp', 'timespan', 'coordinateProperties', 'styleUrl', 'styleMapHash', 'icon', 'href', '@geometry-type']);
const STYLE = /^(icon|label|stroke|fill)(-|$)/;

function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  // togeojson wraps CDATA descriptions as { "@type": "html", value }.
  if (value && typeof value === 'object' && typeof (value as { value?: unknown }).value === 'string') return (value as { value: string }).value;
  return undefined;
}

function placemarkProperties(raw: Record<string, unknown>): Record<string, unknown> {
  const known: Partial<Record<FieldKey, string>> = {};
  const extras: [string, string][] = [];
  for (const [key, value] of Object.entries(raw)) {
    if (KML_OWN.has(key) || STYLE.test(key) || isUnsafeKey(key)) continue;
    const text = textOf(value);
    if (text === undefined) continue;
    const field = fieldForHeader(key);
    if (field && known[field] === undefined && field !== 'lat' && field !== 'lon' && field !== 'latlon') known[field] = text;
    else extras.push([key, text]);
  }
  const name = textOf(raw.name)?.trim();
  const description = htmlToText(textOf(raw.description) ?? '');
  if (name) {
    if (known.place === undefined) known.place = name;
    else extras.push(['name', name]);
  }
  if (description.text) {
    if (known.caption === undefined) known.caption = description.text;
    else extras.push(['description', description.text]);
  }
  if (known.url === undefined && description.links[0]) known.url = description.links[0];
  const timespan = raw.timespan as { begin?: string } | undefined;
  known.observedAt ??= textOf(raw.timestamp) || timespan?.begin || undefined;
  const address = textOf(raw.address);
  if (address) extras.push(['address', address]);
  return fieldsToProperties(known, extras);
}

/** Converts an already-parsed KML document. */
export function kmlDocumentToFeed(doc: Document): ConversionResult {
  if (doc.getElementsByTagName('parsererror').length > 0) {
    const detail = (doc.getElementsByTagName('parsererror')[0]?.textContent ?? '').trim().split('\n')[0]?.slice(0, 160);
    return conversionError('invalid-xml', `This file is not valid KML: the XML is malformed${detail ? ` (${detail})` : ''}.`);
  }
  if (doc.doctype) return unsafe();
  const root = doc.documentElement?.localName ?? '';
  if (root !== 'kml') return conversionError('not-kml', `This file is XML but not KML: its root element is <${root}>, not <kml>.`);

  const collection = kml(doc);
  if (collection.features.length === 0) return conversionError('no-placemarks', 'The KML file has no placemarks.');
  const features: RawFeature[] = [];
  const sources: string[] = [];
  const notes: FeatureNote[] = [];
  collection.features.forEach((source, index) => {
    const raw = (source.properties ?? {}) as Record<string, unknown>;
    const name = textOf(raw.name)?.trim();
    const label = name ? `placemark ${index + 1} ("${name.slice(0, 60)}")` : `placemark ${index + 1}`;
    let geometry: RawFeature['geometry'] = null;
    if (source.geometry?.type === 'Point') {
      // Altitude from Google Earth is almost always 0 and means nothing for a sighting.
      geometry = { type: 'Point', coordinates: source.geometry.coordinates.slice(0, 2) };
    } else if (source.geometry) {
      geometry = source.geometry as unknown as RawFeature['geometry'];
    } else {
      notes.push({ index, code: 'no-coordinates', message: `${label}: it has no readable Point coordinates ("longitude,latitude")` });
    }
    const feature: RawFeature = { type: 'Feature', geometry, properties: placemarkProperties(raw) };
    const id = typeof source.id === 'string' || typeof source.id === 'number' ? String(source.id) : textOf(raw.id);
    if (id?.trim()) feature.id = id.trim();
    features.push(feature);
    sources.push(label);
  });
  return { ok: true, feed: { type: 'FeatureCollection', features }, sources, notes, notices: [] };
}

function unsafe(): { ok: false; error: { code: 'unsafe-xml'; message: string } } {
  return {
    ok: false,
    error: {
      code: 'unsafe-xml',
      message: 'This KML file declares a DOCTYPE, which can define entities that read local files or expand without limit, so it was not opened. KML never needs one: delete the <!DOCTYPE …> declaration and import again.',
    },
  };
}

export function kmlToFeed(input: string, deps: KmlDeps): ConversionResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') return conversionError('empty-file', 'The file is empty.');
  if (hasDoctype(text)) return unsafe();
  let doc: Document;
  try {
    doc = deps.parseXml(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message.trim().split('\n')[0]?.slice(0, 160) : '';
    return conversionError('invalid-xml', `This file is not valid KML: the XML is malformed${detail ? ` (${detail})` : ''}.`);
  }
  return kmlDocumentToFeed(doc);
}
