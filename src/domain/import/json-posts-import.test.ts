import { describe, expect, it } from 'vitest';
import { jsonPostsToFeed } from './json-posts-import.ts';
import type { Conversion } from './import-types.ts';

function convert(input: unknown): Conversion {
  const result = jsonPostsToFeed(input);
  if (!result.ok) throw new Error(result.error.message);
  return result;
}

const coordinatesOf = (c: Conversion) => c.feed.features.map((f) => (f.geometry && 'coordinates' in f.geometry ? f.geometry.coordinates : null));

describe('jsonPostsToFeed: scraper output', () => {
  it('maps a TikTok scraper post: desc, webVideoUrl, createTime, authorMeta, hashtag objects', () => {
    const posts = [
      {
        id: '7054123456789012345',
        desc: 'Эшелон с танками под Ельском #военныйэшелон #танки',
        webVideoUrl: 'https://www.tiktok.com/@zhd_gomel/video/7054123456789012345',
        createTime: 1642498200,
        authorMeta: { name: 'zhd_gomel', id: '1' },
        hashtags: [{ name: 'военныйэшелон' }, { name: 'танки' }],
        playCount: 15400,
        lat: 51.8139,
        lon: 29.1536,
        covers: ['https://p16.tiktokcdn.com/a.jpg'],
      },
    ];
    const result = convert(JSON.stringify(posts));
    expect(result.feed.features).toEqual([
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [29.1536, 51.8139] },
        properties: {
          source: {
            platform: 'tiktok',
            url: 'https://www.tiktok.com/@zhd_gomel/video/7054123456789012345',
            author: 'zhd_gomel',
            caption: 'Эшелон с танками под Ельском #военныйэшелон #танки',
            hashtags: ['военныйэшелон', 'танки'],
          },
          postedAt: '2022-01-18T09:30:00Z',
          postId: '7054123456789012345',
          playCount: 15400,
        },
      },
    ]);
    expect(result.notices).toEqual([{ code: 'nested-fields-dropped', message: 'Nested fields were not kept: covers.' }]);
  });

  it('maps a yt-dlp info object: upload_date, uploader, tags, extractor, location object', () => {
    const info = {
      id: 'abc',
      title: 'Военный эшелон Мозырь',
      description: 'ВЛ10 тянет платформы с БТР',
      webpage_url: 'https://vk.com/video-12345_456',
      upload_date: '20220118',
      uploader: 'Поезда Беларуси',
      tags: ['вл10', 'бтр'],
      extractor_key: 'VK',
      location: { latitude: '52,05', longitude: '29,25' },
    };
    expect(convert(info).feed.features[0]).toEqual({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [29.25, 52.05] },
      properties: {
        source: {
          platform: 'vk',
          url: 'https://vk.com/video-12345_456',
          author: 'Поезда Беларуси',
          caption: 'ВЛ10 тянет платформы с БТР',
          hashtags: ['вл10', 'бтр'],
        },
        postedAt: '2022-01-18',
        postId: 'abc',
        title: 'Военный эшелон Мозырь',
      },
    });
  });

  it('reads a Telegram export: messages list, text pieces, date_unixtime, from', () => {
    const exportJson = {
      name: 'Железная дорога',
      type: 'public_channel',
      messages: [
        {
          id: 812,
          type: 'message',
          date: '2022-01-18T12:30:00',
          date_unixtime: '1642498200',
          from: 'Железная дорога',
          text: ['Колонна на юг ', { type: 'hashtag', text: '#военныйэшелон' }],
          location: '51.8139, 29.1536',
        },
      ],
    };
    expect(convert(exportJson).feed.features[0]).toEqual({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [29.1536, 51.8139] },
      properties: {
        source: { author: 'Железная дорога', caption: 'Колонна на юг #военныйэшелон' },
        postedAt: '2022-01-18T09:30:00Z',
        postId: '812',
        type: 'message',
      },
    });
  });

  it('reads JSON Lines and states the coordinate order of each form', () => {
    const lines = [
      JSON.stringify({ url: 'https://t.me/a/1', coordinates: [29.25, 52.05] }),
      JSON.stringify({ url: 'https://youtu.be/x', geometry: { type: 'Point', coordinates: [30.1, 51.2] } }),
      JSON.stringify({ url: 'https://x.com/u/status/1', coordinates: '52.05, 29.25' }),
      JSON.stringify({ url: 'https://example.org/p', location: { lat: 51.5, lng: 23.9 } }),
    ].join('\n');
    const result = convert(lines);
    expect(coordinatesOf(result)).toEqual([
      [29.25, 52.05],
      [30.1, 51.2],
      [29.25, 52.05],
      [23.9, 51.5],
    ]);
    expect(result.feed.features.map((f) => (f.properties.source as { platform?: string }).platform)).toEqual(['telegram', 'youtube', 'twitter', undefined]);
  });
});

describe('jsonPostsToFeed: posts that cannot be placed', () => {
  it('keeps them as features without geometry and says why, by post number', () => {
    const posts = [{ caption: 'без координат', location: 'Ельск' }, { caption: 'x', lat: 'north', lon: 29.1 }, 42, { coordinates: ['29', '52'] }];
    const result = convert(posts);
    expect(coordinatesOf(result)).toEqual([null, null, null, null]);
    expect(result.feed.features[0]?.properties).toEqual({ source: { caption: 'без координат' }, place: 'Ельск' });
    expect(result.sources).toEqual(['post 1', 'post 2', 'post 3', 'post 4']);
    expect(result.notes).toEqual([
      { index: 0, code: 'bad-coordinates', message: 'post 1: "Ельск" is not a "latitude, longitude" pair' },
      { index: 1, code: 'bad-coordinates', message: 'post 2: latitude "north" is not a number' },
      { index: 2, code: 'no-coordinates', message: 'post 3: it is 42, not a post object' },
      { index: 3, code: 'bad-coordinates', message: 'post 4: coordinates ["29","52"] are not [longitude, latitude] numbers' },
    ]);
  });
});

describe('jsonPostsToFeed: hostile and broken input', () => {
  it('keeps HTML and javascript: links as text for parseFeed to judge, and never pollutes prototypes', () => {
    const text = '[{"caption":"<script>alert(1)</script>","url":"javascript:alert(1)","lat":51.8,"lon":29.1,"__proto__":{"polluted":true}}]';
    const properties = convert(text).feed.features[0]?.properties ?? {};
    expect(properties).toEqual({ source: { url: 'javascript:alert(1)', caption: '<script>alert(1)</script>' } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('says so when a "__proto__" field is left out, once for the file, and keeps the posts', () => {
    const text = '[{"caption":"a","lat":51.8,"lon":29.1,"__proto__":"x","views":3},{"caption":"b","lat":51.9,"lon":29.2,"__proto__":{"polluted":true}}]';
    const result = convert(text);
    expect(result.feed.features.map((feature) => feature.properties?.views)).toEqual([3, undefined]);
    expect(result.notices).toEqual([
      { code: 'unsafe-field-dropped', message: 'A field named "__proto__" was not kept: that name is reserved by JavaScript and could tamper with the app\'s objects.' },
    ]);
    expect(convert('[{"caption":"a","lat":51.8,"lon":29.1}]').notices).toEqual([]);
  });

  it('refuses invalid JSON, non-post JSON, empty lists and empty files with one message each', () => {
    expect(jsonPostsToFeed('[{"caption": "Эшелон",]')).toEqual({
      ok: false,
      error: { code: 'invalid-json', message: expect.stringMatching(/^This file is not valid JSON \(.+\)\.$/) as unknown as string },
    });
    expect(jsonPostsToFeed('{"name": "settings", "zoom": 7}')).toEqual({
      ok: false,
      error: { code: 'not-posts', message: 'This JSON file is not a list of posts: expected a list of objects with a caption, a link and coordinates.' },
    });
    expect(jsonPostsToFeed('[]')).toEqual({ ok: false, error: { code: 'no-data', message: 'The JSON file holds an empty list of posts.' } });
    expect(jsonPostsToFeed('\uFEFF')).toEqual({ ok: false, error: { code: 'empty-file', message: 'The file is empty.' } });
  });
});
