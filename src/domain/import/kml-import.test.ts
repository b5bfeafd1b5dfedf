import { describe, expect, it, vi } from 'vitest';
import { kmlDocumentToFeed, kmlToFeed } from './kml-import.ts';
import { xmldomParseXml } from './xmldom-parse-xml.ts';
import type { Conversion } from './import-types.ts';

const deps = { parseXml: xmldomParseXml };

function convert(text: string): Conversion {
  const result = kmlToFeed(text, deps);
  if (!result.ok) throw new Error(result.error.message);
  return result;
}

const kmlDoc = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>Эшелоны январь 2022</name>${body}</Document></kml>`;

describe('kmlToFeed: a geolocation group map', () => {
  it('maps name, HTML description, TimeStamp, ExtendedData and Point to the contract', () => {
    const text = kmlDoc(`
      <Schema name="s" id="s"><SimpleField name="wagons" type="int"/></Schema>
      <Folder><name>Гомельская область</name>
      <Placemark id="geo-17">
        <name>Ельск, ж/д станция</name>
        <description><![CDATA[<p>Эшелон с <b>Т-72Б3</b> и БТР-82А</p><p>#военныйэшелон #танки</p>
          <a href="https://vm.tiktok.com/ZMabc/">TikTok</a><script>alert(document.cookie)</script>]]></description>
        <TimeStamp><when>2022-01-18T09:30:00Z</when></TimeStamp>
        <styleUrl>#red</styleUrl>
        <ExtendedData>
          <Data name="status"><value>geolocated</value></Data>
          <Data name="locomotive"><value>2ТЭ10У</value></Data>
          <Data name="equipment"><value>tank:12; apc-ifv:6</value></Data>
          <Data name="geolocated by"><value>@analyst</value></Data>
          <SchemaData schemaUrl="#s"><SimpleData name="wagons">38</SimpleData></SchemaData>
        </ExtendedData>
        <Point><coordinates>29.1536,51.8139,0</coordinates></Point>
      </Placemark></Folder>`);
    const result = convert(text);
    expect(result.feed.features).toEqual([
      {
        type: 'Feature',
        id: 'geo-17',
        geometry: { type: 'Point', coordinates: [29.1536, 51.8139] },
        properties: {
          observedAt: '2022-01-18T09:30:00Z',
          source: {
            platform: 'tiktok',
            url: 'https://vm.tiktok.com/ZMabc/',
            caption: 'Эшелон с Т-72Б3 и БТР-82А\n#военныйэшелон #танки\nTikTok',
          },
          place: 'Ельск, ж/д станция',
          equipment: [
            { kind: 'tank', count: 12 },
            { kind: 'apc-ifv', count: 6 },
          ],
          locomotive: '2ТЭ10У',
          wagons: 38,
          status: 'geolocated',
          'geolocated by': '@analyst',
        },
      },
    ]);
    expect(result.sources).toEqual(['placemark 1 ("Ельск, ж/д станция")']);
  });

  it('treats an escaped (non-CDATA) description as HTML too, and uses TimeSpan begin as the date', () => {
    const result = convert(
      kmlDoc(`<Placemark><name>Мозырь</name><description>&lt;i&gt;колонна&lt;/i&gt; &amp;lt;script&amp;gt;</description>
        <TimeSpan><begin>2022-01-20</begin><end>2022-01-21</end></TimeSpan><Point><coordinates>29.25,52.05</coordinates></Point></Placemark>`),
    );
    expect(result.feed.features[0]?.properties).toEqual({
      observedAt: '2022-01-20',
      source: { caption: 'колонна <script>' },
      place: 'Мозырь',
    });
  });

  it('keeps the name as "name" when ExtendedData gives the place, and description when it gives the caption', () => {
    const result = convert(
      kmlDoc(`<Placemark><name>Clip 4</name><description>see post</description><ExtendedData>
        <Data name="place"><value>Yelsk</value></Data><Data name="caption"><value>Эшелон</value></Data></ExtendedData>
        <Point><coordinates>29.15,51.81</coordinates></Point></Placemark>`),
    );
    expect(result.feed.features[0]?.properties).toEqual({
      source: { caption: 'Эшелон' },
      place: 'Yelsk',
      name: 'Clip 4',
      description: 'see post',
    });
  });
});

describe('kmlToFeed: mixed geometries', () => {
  it('passes non-Point geometries through and marks placemarks without coordinates', () => {
    const result = convert(
      kmlDoc(`
      <Placemark><name>Точка</name><Point><coordinates>29.1,51.8</coordinates></Point></Placemark>
      <Placemark><name>Маршрут</name><LineString><coordinates>29.1,51.8 29.5,52.0</coordinates></LineString></Placemark>
      <Placemark><name>Полигон</name><Polygon><outerBoundaryIs><LinearRing><coordinates>29,51 30,51 30,52 29,51</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>
      <Placemark><name>Пусто</name></Placemark>
      <Placemark><name>Мусор</name><Point><coordinates>abc,def</coordinates></Point></Placemark>
      <Placemark><MultiGeometry><Point><coordinates>30.1,52.1</coordinates></Point></MultiGeometry></Placemark>`),
    );
    expect(result.feed.features.map((f) => f.geometry?.type ?? null)).toEqual(['Point', 'LineString', 'Polygon', null, null, 'Point']);
    expect(result.feed.features[5]?.geometry).toEqual({ type: 'Point', coordinates: [30.1, 52.1] });
    expect(result.notes).toEqual([
      { index: 3, code: 'no-coordinates', message: 'placemark 4 ("Пусто"): it has no readable Point coordinates ("longitude,latitude")' },
      { index: 4, code: 'no-coordinates', message: 'placemark 5 ("Мусор"): it has no readable Point coordinates ("longitude,latitude")' },
    ]);
    expect(result.sources[5]).toBe('placemark 6');
  });
});

describe('kmlToFeed: hostile and broken files', () => {
  const unsafe = {
    ok: false,
    error: {
      code: 'unsafe-xml',
      message:
        'This KML file declares a DOCTYPE, which can define entities that read local files or expand without limit, so it was not opened. KML never needs one: delete the <!DOCTYPE …> declaration and import again.',
    },
  };

  it('refuses an external entity (XXE) without handing the text to the parser', () => {
    const parseXml = vi.fn(xmldomParseXml);
    const xxe = `<?xml version="1.0"?>\n<!DOCTYPE kml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
      <kml><Placemark><name>&xxe;</name><Point><coordinates>29.1,51.8</coordinates></Point></Placemark></kml>`;
    expect(kmlToFeed(xxe, { parseXml })).toEqual(unsafe);
    expect(parseXml).not.toHaveBeenCalled();
  });

  it('refuses billion-laughs entity expansion, even behind a BOM, comments and processing instructions', () => {
    const parseXml = vi.fn(xmldomParseXml);
    const lol = `\uFEFF<?xml version="1.0"?><!-- map --><?pi x?>
      <!doctype kml [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
      <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
      <kml><Placemark><name>&lol3;</name></Placemark></kml>`;
    expect(kmlToFeed(lol, { parseXml })).toEqual(unsafe);
    expect(parseXml).not.toHaveBeenCalled();
  });

  it('refuses a parsed document that still carries a DOCTYPE', () => {
    const doc = xmldomParseXml('<!DOCTYPE kml SYSTEM "http://evil.example/kml.dtd"><kml/>');
    expect(kmlDocumentToFeed(doc)).toEqual(unsafe);
  });

  it('reports malformed XML with the parser message', () => {
    const result = kmlToFeed(kmlDoc('<Placemark><name>Ельск</Placemark>'), deps);
    expect(result.ok === false && result.error.code).toBe('invalid-xml');
    expect(result.ok === false && result.error.message).toMatch(/^This file is not valid KML: the XML is malformed \(.*"name" != "Placemark".*\)\.$/);
  });

  it('reports a browser-style <parsererror> document as malformed', () => {
    const browserLike = () => xmldomParseXml('<html><body><parsererror>error on line 3 at column 7: Opening and ending tag mismatch</parsererror></body></html>');
    expect(kmlToFeed('<kml><oops></kml>', { parseXml: browserLike })).toEqual({
      ok: false,
      error: { code: 'invalid-xml', message: 'This file is not valid KML: the XML is malformed (error on line 3 at column 7: Opening and ending tag mismatch).' },
    });
  });

  it('refuses XML that is not KML, KML without placemarks, and empty files', () => {
    expect(kmlToFeed('<gpx><wpt lat="51.8" lon="29.1"/></gpx>', deps)).toEqual({
      ok: false,
      error: { code: 'not-kml', message: 'This file is XML but not KML: its root element is <gpx>, not <kml>.' },
    });
    expect(kmlToFeed(kmlDoc('<Folder><name>пусто</name></Folder>'), deps)).toEqual({
      ok: false,
      error: { code: 'no-placemarks', message: 'The KML file has no placemarks.' },
    });
    expect(kmlToFeed('  \n', deps)).toEqual({ ok: false, error: { code: 'empty-file', message: 'The file is empty.' } });
  });
});
