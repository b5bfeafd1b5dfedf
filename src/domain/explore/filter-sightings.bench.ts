import { bench, describe } from 'vitest';
import { EQUIPMENT_KINDS, PLATFORMS, SIGHTING_STATUSES, type Sighting } from '../sighting/sighting-schema';
import { filterSightings, type FilterContext } from './filter-sightings';
import { EMPTY_FILTERS, type FilterState } from './filter-state';
import { sortSightings } from './sort-sightings';
import { binByDay } from './timeline';

/*
 * `npx vitest bench --run src/domain/explore`: one filter change at 100,000 sightings
 * (compile the state, run every sighting through it), the goal being well under 100 ms.
 * "cold" searches fresh sighting objects, so every caption is folded inside the timing: the
 * cost of the first search after a feed loads. Other searches reuse the per-object keys.
 */

const COUNT = 100_000;
const WORDS = ['Эшелон', 'танки', 'БТР', 'ВЛ10', 'станция', 'Мозырь', 'Ельск', 'Калинковичи', 'утром', 'едут', 'на', 'юг', 'техника', 'Гомель', 'военные'];
const TAGS = ['военныйэшелон', 'танки', 'бтр', 'вл10', 'рждрулит', 'беларусь', 'fyp'];

let seed = 7;
function random(): number {
  seed = (seed * 16807) % 2147483647;
  return seed / 2147483647;
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

function createSighting(i: number): Sighting {
  const day = 1 + (i % 59);
  return {
    id: `s-${i}`,
    lon: 23.5 + random() * 9,
    lat: 50 + random() * 4,
    observedAt: `2022-${day > 31 ? '02' : '01'}-${String(day > 31 ? day - 31 : day).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:15:00Z`,
    platform: pick(PLATFORMS),
    caption: `${Array.from({ length: 5 + (i % 8) }, () => pick(WORDS)).join(' ')} ${i}`,
    hashtags: [pick(TAGS), pick(TAGS)],
    place: `${pick(WORDS)} station`,
    equipment: i % 3 === 0 ? [] : [{ kind: pick(EQUIPMENT_KINDS) }],
    militaryEchelon: true,
    status: pick(SIGHTING_STATUSES),
    derived: { equipment: false, locomotive: false, operator: false },
    extra: {},
  };
}

const sightings = Array.from({ length: COUNT }, (_, i) => createSighting(i));
const context: FilterContext = {
  metricsById: new Map(sightings.map((s) => [s.id, { distanceKm: random() * 400, offRail: random() < 0.05 }])),
  annotationsById: new Map(
    sightings.filter((_, i) => i % 50 === 0).map((s, i) => [s.id, { pinned: i % 2 === 0, note: `seen near ${pick(WORDS)}`, tags: ['echelon'] }]),
  ),
  feedIdsById: new Map(sightings.map((s, i) => [s.id, [i % 10 === 0 ? 'local' : 'sample']])),
};

const filters = (overrides: Partial<FilterState>): FilterState => ({ ...EMPTY_FILTERS, ...overrides });
const options = { iterations: 20, warmupIterations: 2, time: 0, warmupTime: 0 };

// Copies made up front (not inside the timing) have no cached search keys yet.
const COLD_RUNS = 3;
const copyAll = (): Sighting[] => sightings.map((s) => ({ ...s }));
const coldCopies = Array.from({ length: COLD_RUNS }, copyAll);

describe(`filter change, ${COUNT.toLocaleString('en')} sightings`, () => {
  bench('no filter', () => void filterSightings(sightings, EMPTY_FILTERS, context), options);
  bench('status + kind + platform', () => {
    void filterSightings(sightings, filters({ statuses: ['confirmed', 'disputed'], kinds: ['tank', 'fuel'], platforms: ['tiktok', 'vk'] }), context);
  }, options);
  bench('date range', () => void filterSightings(sightings, filters({ from: '2022-01-18', to: '2022-02-03' }), context), options);
  bench('within 40 mi + off rail + feed', () => {
    void filterSightings(sightings, filters({ distance: { maxKm: 64.37 }, offRailOnly: true, feeds: ['local'] }), context);
  }, options);
  bench('search, warm keys ("эшелон мозырь")', () => void filterSightings(sightings, filters({ text: 'эшелон мозырь' }), context), options);
  bench('search, warm keys, no match', () => void filterSightings(sightings, filters({ text: 'zzzz' }), context), options);
  bench(
    'search, cold keys (first search after load)',
    () => void filterSightings(coldCopies.pop() ?? copyAll(), filters({ text: 'эшелон мозырь' }), context),
    { iterations: COLD_RUNS, warmupIterations: 0, time: 0, warmupTime: 0 },
  );
  bench('everything at once', () => {
    void filterSightings(
      sightings,
      filters({ from: '2022-01-10', to: '2022-02-20', statuses: ['confirmed', 'geolocated'], kinds: ['tank'], distance: { maxKm: 100 }, text: 'танки' }),
      context,
    );
  }, options);
});

describe(`timeline and sort, ${COUNT.toLocaleString('en')} sightings`, () => {
  bench('binByDay by status', () => void binByDay(sightings, 'status'), options);
  bench('binByDay by equipment', () => void binByDay(sightings, 'equipment'), options);
  bench('sort by date', () => void sortSightings(sightings, 'date-desc'), { ...options, iterations: 5 });
  bench('sort by distance', () => void sortSightings(sightings, 'distance-asc', context), { ...options, iterations: 5 });
});
