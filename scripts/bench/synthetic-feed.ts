// Seeded, deterministic synthetic feeds for the scale benchmarks: sightings spread along the
// schematic rail lines (as real clips are), over a season, with Russian captions and hashtags
// so parsing and hashtag extraction do realistic work.

import { readFileSync } from 'node:fs';
import { mulberry32 } from '../../src/domain/geo/seeded-random.ts';

type Line = { coordinates: [number, number][] };

const CAPTIONS = [
  'Эшелон с техникой идёт на запад #военныйэшелон #вл10 #танки',
  'Колонна БТР на платформах #бтр #бжд #техника',
  'Опять гонят танки к границе #танки #т72 #эшелон',
  'Цистерны с топливом и КамАЗы #гсм #камаз #военные',
  'Тигры на платформах, тепловоз 2ТЭ10 #тигр #2тэ10 #рждрулит',
  'Полевой госпиталь грузят #госпиталь #военныйэшелон',
  'Град на платформах #град #рсзо #эшелон',
  'Понтоны и инженерная техника #понтон #инженерная',
  'Просто поезд #зима #рек',
];
const STATUSES = ['unverified', 'unverified', 'geolocated', 'geolocated', 'confirmed', 'disputed', 'disinformation'];
const PLATFORMS = ['tiktok', 'tiktok', 'telegram', 'vk', 'youtube'];
const SEASON_START = Date.UTC(2022, 0, 1);
const SEASON_DAYS = 120;

function loadLines(): Line[] {
  const collection = JSON.parse(readFileSync('public/data/rail-schematic.json', 'utf8')) as { features: { geometry: Line }[] };
  return collection.features.map((feature) => feature.geometry).filter((line) => line.coordinates.length >= 2);
}

/** A FeatureCollection body with `count` sightings; identical for the same count and seed. */
export function syntheticFeedText(count: number, seed = 20220124): string {
  const random = mulberry32(seed);
  const lines = loadLines();
  const parts: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const line = lines[Math.floor(random() * lines.length)]!;
    const segment = Math.floor(random() * (line.coordinates.length - 1));
    const [a, b] = [line.coordinates[segment]!, line.coordinates[segment + 1]!];
    const t = random();
    const lon = a[0] + (b[0] - a[0]) * t + (random() - 0.5) * 0.02;
    const lat = a[1] + (b[1] - a[1]) * t + (random() - 0.5) * 0.02;
    const observed = new Date(SEASON_START + random() * SEASON_DAYS * 86_400_000);
    const posted = new Date(observed.getTime() + random() * 3 * 86_400_000);
    const platform = PLATFORMS[Math.floor(random() * PLATFORMS.length)]!;
    const feature = {
      type: 'Feature',
      id: `syn-${index}`,
      geometry: { type: 'Point', coordinates: [Number(lon.toFixed(5)), Number(lat.toFixed(5))] },
      properties: {
        observedAt: observed.toISOString().slice(0, 19) + 'Z',
        postedAt: posted.toISOString().slice(0, 19) + 'Z',
        status: STATUSES[Math.floor(random() * STATUSES.length)],
        source: {
          platform,
          url: `https://example.org/${platform}/post/${index}`,
          author: `@spotter_${index % 997}`,
          caption: CAPTIONS[Math.floor(random() * CAPTIONS.length)],
        },
        place: `Synthetic sighting ${index}`,
      },
    };
    parts.push(JSON.stringify(feature));
  }
  return `{"type":"FeatureCollection","metadata":{"title":"Synthetic benchmark feed (${count})","illustrative":true},"features":[${parts.join(',')}]}`;
}
