import { bench, describe } from 'vitest';
import { parseFeed } from './parse-feed';

/*
 * `npx vitest bench --run src/domain/sighting`: 100,000 realistic features through
 * parseFeed, text in (JSON.parse included) and object in. Captions are varied per feature
 * so the extractor's caches do not flatter the result.
 */

const WORDS = ['#военныйэшелон', '#военные', '#вл10', '#вл10у', '#рждрулит', '#зима', '#рек', '#танки', '#бтр', '#беларусь', '#бжд', 'Колонна', 'из', 'танков', 'и', 'бтры', 'ВЛ80С', 'тянет', 'закат', 'Мозырь', 'станция', 'сегодня', 'утром', '#fyp'];

function createFeed(count: number): string {
  let seed = 1;
  const random = (): number => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  const features = Array.from({ length: count }, (_, i) => ({
    type: 'Feature',
    id: `s-${i}`,
    geometry: { type: 'Point', coordinates: [24 + (i % 800) / 100, 50 + (i % 300) / 100] },
    properties: {
      observedAt: '2022-01-18T09:30:00Z',
      source: {
        platform: 'tiktok',
        url: `https://www.tiktok.com/@user/video/${7_000_000_000 + i}`,
        caption: `${Array.from({ length: 6 + (i % 10) }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ')} ${i}`,
        hashtags: i % 2 ? ['танки', 'вл10'] : [],
      },
      place: 'Yelsk, Homel region',
      locationPrecision: { level: 'town', uncertaintyKm: 5 },
      heading: 'SE',
      equipment: i % 3 === 0 ? [{ kind: 'tank', model: 'T-72B3', count: 10 }] : [],
      status: 'geolocated',
      custom: 'x',
    },
  }));
  return JSON.stringify({ type: 'FeatureCollection', features });
}

const text = createFeed(100_000);
const object: unknown = JSON.parse(text);
const options = { iterations: 3, warmupIterations: 1, time: 0, warmupTime: 0 };

describe('parseFeed, 100,000 features', () => {
  bench('from text', () => void parseFeed(text), options);
  bench('from a parsed object', () => void parseFeed(object), options);
});
