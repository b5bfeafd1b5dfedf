import { describe, expect, it } from 'vitest';
import { xmldomParseXml } from '../import/xmldom-parse-xml';
import { parseFeed } from '../sighting/parse-feed';
import { annotationFor, buildInput } from './brief-test-fixtures';
import { buildBrief } from './build-brief';
import { briefToKml, kmlColor, kmlWhen } from './export-kml';

const HOSTILE = [
  '</name><script>alert(1)</script>',
  'end of CDATA ]]> and more',
  'controls: a\u0001b\u0008c\u000Bd\u001Fe',
  'bidi: \u202Eevil.exe\u202C and \u2066isolate\u2069',
  'entities &amp; &#x41; &lt; "double" \'single\'',
  'line one\r\nline two\ttabbed',
];
// What a reader must get back: the same text without the characters XML 1.0 forbids.
const EXPECTED = HOSTILE.map((text) => text.replace('a\u0001b\u0008c\u000Bd\u001Fe', 'abcde'));

function hostileKml(text: string): string {
  const feed = parseFeed({
    type: 'FeatureCollection',
    features: [{ type: 'Feature', id: 'h-1', geometry: { type: 'Point', coordinates: [29.25, 52.05] }, properties: { place: text, source: { caption: text } } }],
  });
  if (!feed.ok) throw new Error(feed.error.message);
  const brief = buildBrief(buildInput({ sightings: feed.sightings, annotations: [annotationFor('h-1', { note: text, tags: [text] })] }));
  return briefToKml({ ...brief, railwatchBrief: { ...brief.railwatchBrief, title: text } });
}

function children(parent: Element, name: string): Element[] {
  return Array.from(parent.getElementsByTagName(name));
}

function dataValue(placemark: Element, name: string): string | undefined {
  const entry = children(placemark, 'Data').find((d) => d.getAttribute('name') === name);
  return entry ? (children(entry, 'value')[0]?.textContent ?? undefined) : undefined;
}

describe('briefToKml document', () => {
  const doc = xmldomParseXml(briefToKml(buildBrief(buildInput({ includeBorder: [[23.6, 51.5], [31.765, 52.1]] }))));
  const placemarks = children(doc.documentElement, 'Placemark');

  it('is a KML 2.2 document named after the brief', () => {
    expect(doc.documentElement.namespaceURI).toBe('http://www.opengis.net/kml/2.2');
    expect(children(doc.documentElement, 'Document')[0]?.getElementsByTagName('name')[0]?.textContent).toBe('Armour near Kalinkavichy');
  });

  it('defines one style per status with the status colour as aabbggrr', () => {
    const colours = Object.fromEntries(children(doc.documentElement, 'Style').map((s) => [s.getAttribute('id'), s.getElementsByTagName('color')[0]?.textContent]));
    expect(colours).toEqual({
      'status-unverified': 'ff91857c',
      'status-geolocated': 'ffd67b2b',
      'status-confirmed': 'ff5a8716',
      'status-disputed': 'ff0094d9',
      'status-disinformation': 'ff6b30c0',
      'status-unverifiable': 'ffa85b7a',
      reference: 'cc222222',
    });
    expect(kmlColor('#16875A')).toBe('ff5a8716');
  });

  it('writes a placemark per sighting with name, time, style and lon,lat', () => {
    const first = placemarks[0]!;
    expect(first.getElementsByTagName('name')[0]?.textContent).toBe('Kalinkavichy');
    expect(first.getElementsByTagName('when')[0]?.textContent).toBe('2022-01-18T09:30:00Z');
    expect(first.getElementsByTagName('styleUrl')[0]?.textContent).toBe('#status-confirmed');
    expect(first.getElementsByTagName('coordinates')[0]?.textContent).toBe('29.3,52.1');
    expect(dataValue(first, 'feed_status')).toBe('geolocated');
    expect(dataValue(first, 'border_km')).toBe('63.2');
    expect(dataValue(first, 'original_lon')).toBe('29.25');
  });

  it('names a placemark without a place by its id and skips TimeStamp without observedAt', () => {
    const third = placemarks[2]!;
    expect(third.getElementsByTagName('name')[0]?.textContent).toBe('Nowhere in particular');
    expect(placemarks[1]!.getElementsByTagName('name')[0]?.textContent).toBe('tg-2');
    expect(third.getElementsByTagName('TimeStamp')).toHaveLength(0);
  });

  it('draws the border reference as a line', () => {
    const border = placemarks[3]!;
    expect(border.getElementsByTagName('styleUrl')[0]?.textContent).toBe('#reference');
    expect(border.getElementsByTagName('coordinates')[0]?.textContent).toBe('23.6,51.5 31.765,52.1');
  });
});

describe('briefToKml with hostile text', () => {
  HOSTILE.forEach((text, i) => {
    it(`keeps ${JSON.stringify(text.slice(0, 24))} as text in names and data`, () => {
      const doc = xmldomParseXml(hostileKml(text));
      const placemark = children(doc.documentElement, 'Placemark')[0]!;
      expect(children(doc.documentElement, 'Placemark')).toHaveLength(1);
      expect(children(doc.documentElement, 'script')).toHaveLength(0);
      expect(placemark.getElementsByTagName('name')[0]?.textContent).toBe(EXPECTED[i]);
      expect(children(doc.documentElement, 'Document')[0]?.getElementsByTagName('name')[0]?.textContent).toBe(EXPECTED[i]);
      expect(dataValue(placemark, 'tags')).toBe(EXPECTED[i]);
    });
  });

  it('HTML-escapes the description so Google Earth shows the text, not markup', () => {
    const doc = xmldomParseXml(hostileKml(HOSTILE[0]!));
    const description = children(doc.documentElement, 'Placemark')[0]?.getElementsByTagName('description')[0]?.textContent ?? '';
    expect(description).toContain('<b>Caption:</b> &lt;/name&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(description).not.toContain('<script');
  });

  it('writes no CDATA section and no raw control character', () => {
    const kml = hostileKml(HOSTILE.join(' '));
    expect(kml).not.toContain('<![CDATA[');
    // eslint-disable-next-line no-control-regex
    expect(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(kml)).toBe(false);
  });
});

describe('kmlWhen', () => {
  it('writes xsd dates and date-times', () => {
    expect(kmlWhen('2022-01-18')).toBe('2022-01-18');
    expect(kmlWhen('2022-01-18T09:30')).toBe('2022-01-18T09:30:00');
    expect(kmlWhen('2022-01-18T09:30+0300')).toBe('2022-01-18T09:30:00+03:00');
    expect(kmlWhen('2022-01-18T09:30:15.5Z')).toBe('2022-01-18T09:30:15.5Z');
    expect(kmlWhen('yesterday')).toBeUndefined();
  });
});
