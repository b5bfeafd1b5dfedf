import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SAMPLE_FEED_PATH, buildSampleFeed } from './make-sample-feed.ts';

// The shipped JSON is what the app loads, so the contract checks read the file itself.
const text = readFileSync(SAMPLE_FEED_PATH, 'utf8');
const feed = JSON.parse(text) as ReturnType<typeof buildSampleFeed>;
const features = feed.features;
const props = features.map((f) => f.properties as Record<string, unknown> & typeof f.properties);

const STATUSES = ['unverified', 'geolocated', 'confirmed', 'disputed', 'disinformation'];
const PLATFORMS = ['tiktok', 'telegram', 'vk', 'twitter', 'youtube', 'other'];
const KINDS = [
  'tank', 'apc-ifv', 'light-armoured', 'artillery', 'mlrs', 'air-defence',
  'truck', 'fuel', 'ammunition', 'engineering', 'medical', 'other',
];
const COMPASS = ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'];
const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}Z)?$/;
const DAY_MS = 86_400_000;

describe('sample feed', () => {
  it('matches what the generator produces, pretty-printed with 2 spaces', () => {
    expect(text).toBe(`${JSON.stringify(buildSampleFeed(), null, 2)}\n`);
  });

  it('is labelled illustrative in its metadata', () => {
    expect(feed.type).toBe('FeatureCollection');
    expect(feed.metadata.title).toBe('railwatch sample feed (illustrative)');
    expect(feed.metadata.illustrative).toBe(true);
    expect(feed.metadata.description).toMatch(/fictional reconstructions/);
    expect(feed.metadata.description).toMatch(/not real posts/);
  });

  it('holds at least 70 point features with unique ids and coordinates in the region', () => {
    expect(features.length).toBeGreaterThanOrEqual(70);
    expect(new Set(features.map((f) => f.id)).size).toBe(features.length);
    for (const f of features) {
      expect(f.id).toMatch(/^rw-sample-\d{3}$/);
      expect(f.geometry.type).toBe('Point');
      const [lon, lat] = f.geometry.coordinates;
      // Brest (23.7 E) to Boguchar (40.5 E), Boguchar (49.9 N) to Moscow oblast (55.6 N).
      expect(lon).toBeGreaterThan(23);
      expect(lon).toBeLessThan(41);
      expect(lat).toBeGreaterThan(49.5);
      expect(lat).toBeLessThan(56);
    }
  });

  it('uses only the enumerated statuses, platforms, equipment kinds and headings', () => {
    for (const p of props) {
      expect(STATUSES).toContain(p.status);
      expect(PLATFORMS).toContain(p.source.platform);
      for (const item of p.equipment ?? []) {
        expect(KINDS).toContain(item.kind);
        expect(Number.isInteger(item.count)).toBe(true);
      }
      if (typeof p.heading === 'number') {
        expect(p.heading).toBeGreaterThanOrEqual(0);
        expect(p.heading).toBeLessThanOrEqual(360);
      } else if (p.heading !== undefined) {
        expect(COMPASS).toContain(p.heading);
      }
    }
  });

  it('dates each post a few hours to three days after the observation', () => {
    for (const p of props) {
      expect(p.observedAt).toMatch(ISO);
      expect(p.postedAt).toMatch(ISO);
      const lag = Date.parse(p.postedAt) - Date.parse(p.observedAt);
      expect(lag).toBeGreaterThan(0);
      expect(lag).toBeLessThanOrEqual(3 * DAY_MS);
    }
    const observed = props.map((p) => Date.parse(p.observedAt));
    expect(Math.max(...observed) - Math.min(...observed)).toBeGreaterThanOrEqual(42 * DAY_MS);
  });

  it('links only over https, archives only on the Wayback Machine, and carries no markup', () => {
    for (const p of props) {
      expect(p.source.url).toMatch(/^https:\/\//);
      if (p.source.archivedUrl !== undefined) expect(p.source.archivedUrl).toMatch(/^https:\/\/web\.archive\.org\/web\/\d{14}\/https:\/\//);
    }
    expect(text).not.toMatch(/[<>]/);
  });

  it('spreads statuses and platforms as analysts will meet them', () => {
    const count = (status: string) => props.filter((p) => p.status === status).length;
    expect(count('disputed')).toBeGreaterThanOrEqual(5);
    expect(count('disinformation')).toBeGreaterThanOrEqual(4);
    expect(count('confirmed')).toBeGreaterThanOrEqual(5);
    for (const platform of ['tiktok', 'telegram', 'vk', 'youtube', 'twitter']) {
      expect(props.some((p) => p.source.platform === platform)).toBe(true);
    }
  });

  it('leaves equipment and locomotive to be derived from the text in some sightings', () => {
    const bare = props.filter((p) => p.equipment === undefined && p.locomotive === undefined);
    expect(bare.length).toBeGreaterThanOrEqual(5);
    for (const p of bare) expect(`${p.source.caption} ${(p.source.hashtags ?? []).join(' ')}`.length).toBeGreaterThan(10);
    expect(props.some((p) => p.equipment !== undefined && p.source.hashtags === undefined)).toBe(true);
  });

  it('contains reposts: same spot and observation time under a different url', () => {
    const key = (i: number) => `${features[i]!.geometry.coordinates.join(',')}@${props[i]!.observedAt}`;
    const reposts = features.filter((_, i) => features.some((__, j) => j < i && key(j) === key(i)));
    expect(reposts.length).toBeGreaterThanOrEqual(2);
    expect(new Set(props.map((p) => p.source.url)).size).toBe(features.length);
  });

  it('shows one consist at three or more places on different days, so it can be tracked', () => {
    const byConsist = new Map<string, { place: string; day: string }[]>();
    for (const p of props) {
      if (!p.equipment) continue;
      const consist = JSON.stringify(p.equipment);
      byConsist.set(consist, [...(byConsist.get(consist) ?? []), { place: p.place, day: p.observedAt.slice(0, 10) }]);
    }
    const tracked = [...byConsist.values()].filter(
      (seen) => new Set(seen.map((s) => s.place)).size >= 3 && new Set(seen.map((s) => s.day)).size >= 3,
    );
    expect(tracked.length).toBeGreaterThanOrEqual(3);
  });
});
