import type { EffectiveStatus } from '../workspace/workspace-sighting';
import { isReferenceFeature, type BriefCollection, type BriefReferenceFeature } from './brief-format';
import { briefRow, equipmentText, type BriefRow } from './brief-rows';

/*
 * The brief as KML 2.2 for Google Earth: one Style per status (icon tinted with the app's
 * status colour), one Placemark per sighting, the border as a line when the brief has it.
 *
 * Every piece of text comes from strangers, so: characters XML 1.0 forbids are removed (a
 * parser would otherwise refuse the whole file), and &, <, >, " and ' are escaped everywhere,
 * with no CDATA sections (nothing for "]]>" to break out of). CR is written as &#13; because
 * XML parsers turn a raw CR into LF. Google Earth renders <description> as HTML, so text is
 * HTML-escaped there first and then XML-escaped: a caption reading "<script>" stays text in
 * the balloon. The balloon shows the description only, not Google Earth's raw data table.
 */

/** The app's status palette (src/lib/status-colors.ts), repeated here: domain cannot import lib. */
export const KML_STATUS_COLORS: Record<EffectiveStatus, string> = {
  unverified: '#7c8591',
  geolocated: '#2b7bd6',
  confirmed: '#16875a',
  disputed: '#d99400',
  disinformation: '#c0306b',
  unverifiable: '#7a5ba8',
};
const REFERENCE_COLOR = '#222222';
const ICON = 'https://maps.google.com/mapfiles/kml/shapes/placemark_circle.png';

/** "#rrggbb" → KML's "aabbggrr". */
export function kmlColor(hex: string, alpha = 'ff'): string {
  const rgb = hex.replace('#', '');
  return `${alpha}${rgb.slice(4, 6)}${rgb.slice(2, 4)}${rgb.slice(0, 2)}`.toLowerCase();
}

// Characters XML 1.0 does not allow, and surrogate halves without their pair.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\r': '&#13;' };

/** Text safe anywhere in an XML document: element content or attribute value. */
export function xmlText(value: string): string {
  return value.replace(NOT_XML, '').replace(/[&<>"'\r]/g, (ch) => XML_ESCAPES[ch] ?? ch);
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function htmlText(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch).replace(/\r?\n|\r/g, '<br>');
}

const ISO = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** An ISO 8601 date or date-time as xsd:dateTime / xsd:date (seconds and a colon in the offset). */
export function kmlWhen(iso: string): string | undefined {
  const match = ISO.exec(iso);
  if (!match) return undefined;
  const [, date, hm, seconds, zone] = match;
  if (hm === undefined) return date;
  const offset = zone && zone !== 'Z' && !zone.includes(':') ? `${zone.slice(0, 3)}:${zone.slice(3)}` : (zone ?? '');
  return `${date}T${hm}${seconds ?? ':00'}${offset}`;
}

function element(name: string, content: string): string {
  return `<${name}>${xmlText(content)}</${name}>`;
}

function style(id: string, hex: string): string {
  return (
    `<Style id="${id}"><IconStyle><color>${kmlColor(hex)}</color><Icon><href>${ICON}</href></Icon></IconStyle>` +
    `<BalloonStyle><text>$[description]</text></BalloonStyle></Style>`
  );
}

function data(pairs: [string, string | number | undefined][]): string {
  const entries = pairs
    .filter((pair): pair is [string, string | number] => pair[1] !== undefined && pair[1] !== '')
    .map(([name, value]) => `<Data name="${xmlText(name)}"><value>${xmlText(String(value))}</value></Data>`);
  return entries.length > 0 ? `<ExtendedData>${entries.join('')}</ExtendedData>` : '';
}

function descriptionHtml(row: BriefRow): string {
  const lines: [string, string | undefined][] = [
    ['Status', row.analystStatus !== undefined ? `${row.status} (analyst; feed: ${row.feedStatus ?? 'none'})` : row.status],
    ['Observed', row.observedAt],
    ['Equipment', equipmentText(row.equipment)],
    ['Locomotive', row.locomotive],
    ['Wagons', row.wagons?.toString()],
    ['Border', row.borderKm !== undefined ? `${row.borderKm} km (${row.borderMi ?? '?'} mi)` : undefined],
    ['Caption', row.caption],
    ['Note', row.note],
    ['Tags', row.tags.join(', ')],
  ];
  const parts = lines.filter(([, value]) => value).map(([label, value]) => `<b>${label}:</b> ${htmlText(value as string)}`);
  if (row.url) parts.push(`<a href="${htmlText(row.url)}">Source post</a>`);
  if (row.archivedUrl) parts.push(`<a href="${htmlText(row.archivedUrl)}">Archived copy</a>`);
  return parts.join('<br>');
}

function placemark(row: BriefRow): string {
  const when = row.observedAt !== undefined ? kmlWhen(row.observedAt) : undefined;
  const status = Object.hasOwn(KML_STATUS_COLORS, row.status) ? row.status : 'unverified';
  return (
    '<Placemark>' +
    element('name', row.place ?? row.id) +
    element('description', descriptionHtml(row)) +
    (when ? `<TimeStamp><when>${xmlText(when)}</when></TimeStamp>` : '') +
    `<styleUrl>#status-${status}</styleUrl>` +
    data([
      ['id', row.id],
      ['status', row.status],
      ['analyst_status', row.analystStatus],
      ['feed_status', row.feedStatus],
      ['observed_at', row.observedAt],
      ['posted_at', row.postedAt],
      ['equipment', equipmentText(row.equipment)],
      ['locomotive', row.locomotive],
      ['wagons', row.wagons],
      ['platform', row.platform],
      ['url', row.url],
      ['archived_url', row.archivedUrl],
      ['author', row.author],
      ['tags', row.tags.join('; ')],
      ['pinned', row.pinned ? 'true' : undefined],
      ['border_km', row.borderKm],
      ['border_mi', row.borderMi],
      ['original_lon', row.originalLon],
      ['original_lat', row.originalLat],
      ['feeds', row.feeds.join('; ')],
    ]) +
    `<Point><coordinates>${row.lon},${row.lat}</coordinates></Point>` +
    '</Placemark>'
  );
}

function referencePlacemark(feature: BriefReferenceFeature): string {
  const coordinates = feature.geometry.coordinates.map(([lon, lat]) => `${lon},${lat}`).join(' ');
  return (
    '<Placemark>' +
    element('name', feature.properties.name) +
    '<styleUrl>#reference</styleUrl>' +
    `<LineString><tessellate>1</tessellate><coordinates>${coordinates}</coordinates></LineString>` +
    '</Placemark>'
  );
}

/** The whole KML document as text (UTF-8). */
export function briefToKml(collection: BriefCollection): string {
  const envelope = collection.railwatchBrief;
  const styles = Object.entries(KML_STATUS_COLORS).map(([status, hex]) => style(`status-${status}`, hex));
  styles.push(`<Style id="reference"><LineStyle><color>${kmlColor(REFERENCE_COLOR, 'cc')}</color><width>2</width></LineStyle></Style>`);
  const placemarks = collection.features.map((feature) => (isReferenceFeature(feature) ? referencePlacemark(feature) : placemark(briefRow(feature))));
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<kml xmlns="http://www.opengis.net/kml/2.2"><Document>' +
    element('name', envelope.title) +
    element('description', htmlText(envelope.summary)) +
    // KML 2.2 orders a Feature's children: styles before ExtendedData.
    styles.join('') +
    data([
      ['brief_id', envelope.id],
      ['author', envelope.author],
      ['generated_at', envelope.generatedAt],
      ['coarsened_degrees', envelope.options.coarsened],
      ['authors_dropped', envelope.options.authorsDropped ? 'true' : undefined],
    ]) +
    placemarks.join('') +
    '</Document></kml>\n'
  );
}
