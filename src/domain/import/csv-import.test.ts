import { describe, expect, it } from 'vitest';
import { csvToFeed } from './csv-import.ts';
import type { Conversion } from './import-types.ts';

function convert(text: string): Conversion {
  const result = csvToFeed(text);
  if (!result.ok) throw new Error(result.error.message);
  return result;
}

const coordinatesOf = (c: Conversion) => c.feed.features.map((f) => (f.geometry && 'coordinates' in f.geometry ? f.geometry.coordinates : null));

describe('csvToFeed: realistic files', () => {
  it('maps a comma-separated export with Russian captions and hashtags to the contract', () => {
    const csv = [
      'id,date,lat,lon,platform,url,author,caption,hashtags,place,status,locomotive,wagons,equipment,analyst',
      's-101,2022-01-18,51.8139,29.1536,TikTok,https://www.tiktok.com/@zhd/video/7054,@zhd_gomel,"Эшелон с техникой, Ельск","#военныйэшелон #танки",Ельск,geolocated,VL10,42,"tank:10; apc-ifv:4",И.К.',
    ].join('\n');
    const result = convert(csv);
    expect(result.feed.features).toEqual([
      {
        type: 'Feature',
        id: 's-101',
        geometry: { type: 'Point', coordinates: [29.1536, 51.8139] },
        properties: {
          observedAt: '2022-01-18',
          source: {
            platform: 'tiktok',
            url: 'https://www.tiktok.com/@zhd/video/7054',
            author: '@zhd_gomel',
            caption: 'Эшелон с техникой, Ельск',
            hashtags: ['#военныйэшелон', '#танки'],
          },
          place: 'Ельск',
          equipment: [
            { kind: 'tank', count: 10 },
            { kind: 'apc-ifv', count: 4 },
          ],
          locomotive: 'VL10',
          wagons: 42,
          status: 'geolocated',
          analyst: 'И.К.',
        },
      },
    ]);
    expect(result.sources).toEqual(['row 2']);
    expect(result.notes).toEqual([]);
  });

  it('reads a semicolon file from Russian Excel: BOM, CRLF, Russian headers, decimal commas', () => {
    const csv = '\uFEFFШирота;Долгота;Дата;Подпись;Ссылка\r\n51,8139;29,1536;18.01.2022;Колонна на Ельск;https://t.me/belzhd/1\r\n52,4345;31,0012;19.01.2022;"Гомель; 30 вагонов";https://vk.com/wall-1_2\r\n';
    const result = convert(csv);
    expect(coordinatesOf(result)).toEqual([
      [29.1536, 51.8139],
      [31.0012, 52.4345],
    ]);
    expect(result.feed.features.map((f) => f.properties)).toEqual([
      { observedAt: '2022-01-18', source: { platform: 'telegram', url: 'https://t.me/belzhd/1', caption: 'Колонна на Ельск' } },
      { observedAt: '2022-01-19', source: { platform: 'vk', url: 'https://vk.com/wall-1_2', caption: 'Гомель; 30 вагонов' } },
    ]);
  });

  it('reads a tab-separated file', () => {
    expect(coordinatesOf(convert('lat\tlng\tplace\n51.5\t23.9\tБрест\n'))).toEqual([[23.9, 51.5]]);
  });

  it('reads one Google-Maps style coordinates column and keeps a newline inside a quoted caption', () => {
    const csv = 'coordinates,caption,place\n"52.05, 29.25","Эшелон\nс танками Т-72",Мозырь\n"51.81, 29.15",,Ельск\n';
    const result = convert(csv);
    expect(coordinatesOf(result)).toEqual([
      [29.25, 52.05],
      [29.15, 51.81],
    ]);
    expect(result.feed.features[0]?.properties.source).toEqual({ caption: 'Эшелон\nс танками Т-72' });
    expect(result.sources).toEqual(['row 2', 'row 3 (line 4)']);
  });

  it('treats "location" as a place name when lat and lon columns exist', () => {
    const result = convert('lat,lon,location\n51.81,29.15,"Yelsk, Homel region"\n');
    expect(result.feed.features[0]?.properties).toEqual({ place: 'Yelsk, Homel region' });
  });
});

describe('csvToFeed: rows that cannot be placed', () => {
  it('keeps them as features without geometry, in row order, with the reason and row', () => {
    const csv = 'lat,lon,caption\n51.81,29.15,ok\n,29.15,no latitude\nabc,29.15,text\n\n95,29.15,too far north\n';
    const result = convert(csv);
    expect(coordinatesOf(result)).toEqual([[29.15, 51.81], null, null, null]);
    expect(result.sources).toEqual(['row 2', 'row 3', 'row 4', 'row 6']);
    expect(result.notes).toEqual([
      { index: 1, code: 'bad-coordinates', message: 'row 3: latitude is empty' },
      { index: 2, code: 'bad-coordinates', message: 'row 4: latitude "abc" is not a number' },
      { index: 3, code: 'bad-coordinates', message: 'row 6: latitude 95 is outside −90…90' },
    ]);
  });
});

describe('csvToFeed: hostile cells', () => {
  it('keeps HTML, script and javascript: links as plain text values, unexecuted and unchanged', () => {
    const csv = 'lat,lon,caption,url,__proto__,constructor\n51.8,29.1,"<img src=x onerror=alert(1)><script>alert(2)</script>",javascript:alert(3),polluted,x\n';
    const result = convert(csv);
    const properties = result.feed.features[0]?.properties ?? {};
    expect(properties.source).toEqual({
      caption: '<img src=x onerror=alert(1)><script>alert(2)</script>',
      url: 'javascript:alert(3)',
    });
    expect(Object.getPrototypeOf(properties)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(properties.constructor).toBe('x');
    expect(result.notices.find((notice) => notice.code === 'columns')?.message).toBe(
      'Columns read: lat ← "lat", lon ← "lon", caption ← "caption", url ← "url"; kept as text: "constructor".',
    );
    expect(result.notices.filter((notice) => notice.code === 'unsafe-field-dropped').map((notice) => notice.message)).toEqual([
      'A field named "__proto__" was not kept: that name is reserved by JavaScript and could tamper with the app\'s objects.',
    ]);
  });

  it('keeps unknown, duplicated and extra columns as text under distinct names', () => {
    const result = convert('lat,lon,note,note,\n51.8,29.1,a,b,c,d\n');
    expect(result.feed.features[0]?.properties).toEqual({ note: 'a', 'note (2)': 'b', 'column 5': 'c', 'column 6': 'd' });
    expect(result.notices.map((n) => n.code)).toEqual(['columns', 'extra-cells']);
  });
});

describe('csvToFeed: broken files', () => {
  it('refuses an unterminated quote with the line it starts on', () => {
    expect(csvToFeed('lat,lon,caption\n51.8,29.1,"ok"\n51.9,29.2,"Эшелон без конца\n')).toEqual({
      ok: false,
      error: { code: 'invalid-csv', message: 'This file is not valid CSV: a quoted field that starts on line 3 is never closed.' },
    });
  });

  it('refuses a file without coordinate columns in one message naming the columns', () => {
    expect(csvToFeed('date,caption\n2022-01-18,Эшелон\n')).toEqual({
      ok: false,
      error: {
        code: 'no-coordinate-columns',
        message:
          'This CSV file cannot be placed on the map: no coordinate columns were found among "date", "caption". Add "lat" and "lon" columns, or one "coordinates" column holding "52.05, 29.25" (latitude first).',
      },
    });
  });

  it('refuses a latitude column without a longitude column', () => {
    const result = csvToFeed('широта,дата\n51.8,2022-01-18\n');
    expect(result.ok === false && result.error.message).toBe('This CSV file cannot be placed on the map: it has a latitude column ("широта") but no longitude column.');
  });

  it('refuses empty files, a lone BOM and header-only files', () => {
    expect(csvToFeed('')).toEqual({ ok: false, error: { code: 'empty-file', message: 'The file is empty.' } });
    expect(csvToFeed('\uFEFF \r\n')).toEqual({ ok: false, error: { code: 'empty-file', message: 'The file is empty.' } });
    expect(csvToFeed('lat;lon;caption\r\n;;\r\n')).toEqual({
      ok: false,
      error: { code: 'no-data', message: 'The CSV file has a header row but no data rows.' },
    });
  });
});
