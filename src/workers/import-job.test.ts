import { beforeEach, describe, expect, it } from 'vitest';
import type { RailwatchDb } from '../db/database.ts';
import { listLocalSightings } from '../db/local-sighting-repository.ts';
import { createTestDatabase } from '../db/test-database.ts';
import { importFileBytes } from '../domain/import/import-file.ts';
import { xmldomParseXml } from '../domain/import/xmldom-parse-xml.ts';
import { checkImport } from './import-commit.ts';
import { runImportJob, type ImportJobHooks } from './import-job.ts';
import { prepareImport } from './import-prepare.ts';
import { PHASE_PERCENT, type ImportResponse } from './import-protocol.ts';

/** A File whose stream hands out pieces of `size` bytes, as a browser's does (64 KB there). */
function chunkedFile(name: string, bytes: Uint8Array<ArrayBuffer>, size: number): File {
  const file = new File([bytes.slice()], name);
  Object.defineProperty(file, 'stream', {
    value: () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (let at = 0; at < bytes.length; at += size) controller.enqueue(bytes.slice(at, at + size));
          controller.close();
        },
      }),
  });
  return file;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

const feature = (id: string, caption = 'Эшелон с танками под Ельском #военныйэшелон') => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates: [29.15, 51.81] },
  properties: { observedAt: '2022-01-18T09:30:00Z', source: { caption, url: `https://t.me/rail/${id}` }, wagons: 38 },
});

const feedText = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', metadata: { title: 'Эшелоны' }, features });

let database: RailwatchDb;
let messages: ImportResponse[];
let goAheads: number;
let cancelled: boolean;

function hooks(overrides: Partial<ImportJobHooks> = {}): ImportJobHooks {
  return {
    post: (message) => messages.push(message),
    waitForGoAhead: () => {
      goAheads += 1;
      return Promise.resolve();
    },
    isCancelled: () => cancelled,
    database: () => Promise.resolve(database),
    ...overrides,
  };
}

const progress = () => messages.flatMap((m) => (m.type === 'progress' ? [m] : []));
const noShown = { ids: [], urls: [] };

beforeEach(() => {
  database = createTestDatabase();
  messages = [];
  goAheads = 0;
  cancelled = false;
});

describe('runImportJob', () => {
  it('stores a GeoJSON file read in small pieces (characters cut between them) with the summary the whole-file path gives', async () => {
    const features = [feature('a', 'Эшелон 🚂 танки'), { type: 'Feature', id: 'bad', geometry: null, properties: {} }, feature('b'), feature('a')];
    const bytes = utf8(feedText(features));
    const outcome = await runImportJob(1, chunkedFile('эшелоны.geojson', bytes, 7), 1e9, noShown, hooks());

    const whole = importFileBytes('эшелоны.geojson', bytes, { parseXml: xmldomParseXml });
    if (!whole.ok) throw new Error(whole.error.message);
    const { report } = await checkImport(createTestDatabase(), prepareImport(whole), noShown);
    if (!('ok' in outcome) || !outcome.ok) throw new Error('expected a stored import');
    const { feedId, ...summary } = outcome;
    expect(summary).toEqual(report);
    expect(summary).toMatchObject({ imported: 2, duplicates: { inFile: 1 }, skipped: [{ index: 1, source: 'feature 1' }] });
    const stored = await listLocalSightings(database, feedId);
    expect(stored.map((record) => record.feature)).toEqual([features[0], features[2]]);
    expect(goAheads).toBe(1);
  });

  it('stores nothing from a file broken at its very end, and never asks to store it', async () => {
    const text = feedText(Array.from({ length: 500 }, (_, i) => feature(`f${i}`)));
    const outcome = await runImportJob(2, chunkedFile('cut.geojson', utf8(text.slice(0, -2)), 4096), 1e9, noShown, hooks());
    expect(outcome).toMatchObject({ ok: false, format: 'geojson', error: { code: 'invalid-json', message: expect.stringMatching(/^This file is not valid JSON \(/) as unknown as string } });
    expect(goAheads).toBe(0);
    expect(await database.localSightings.count()).toBe(0);
    expect(await database.localFeeds.count()).toBe(0);
    // It was checked as it was read: progress moved through the file before the end showed it broken.
    expect(progress().filter((p) => p.phase === 'validating').length).toBeGreaterThan(10);
  });

  it('reports progress all through a large file, one percent at a time while reading, never going back', async () => {
    const count = 12_000;
    const bytes = utf8(feedText(Array.from({ length: count }, (_, i) => feature(`f${i}`))));
    const outcome = await runImportJob(3, chunkedFile('big.geojson', bytes, 64 * 1024), 1e9, noShown, hooks());
    expect('ok' in outcome && outcome.ok && outcome.imported).toBe(count);

    const marks = progress();
    expect(marks.every((mark, i) => i === 0 || mark.percent >= marks[i - 1]!.percent)).toBe(true);
    const phases = [...new Set(marks.map((mark) => mark.phase))];
    expect(phases).toEqual(['reading', 'validating', 'checking', 'storing']);
    // Decoding and checking happen as the file is read: until it is read no percent is skipped.
    const early = marks.filter((mark) => mark.percent <= PHASE_PERCENT.preparing).map((mark) => mark.percent);
    expect(new Set(early)).toEqual(new Set(Array.from({ length: PHASE_PERCENT.preparing + 1 }, (_, i) => i)));
    // Storing reports per written chunk of 1,000 rows.
    expect(marks.filter((mark) => mark.phase === 'storing').length).toBeGreaterThanOrEqual(count / 1000);
    expect(marks.at(-1)).toMatchObject({ phase: 'storing', percent: 99 });
    // Each chunk says how many rows are saved, so a huge file moves even when the percent does not.
    const saved = marks.filter((mark) => mark.phase === 'storing' && mark.total !== undefined);
    expect(saved.map((mark) => mark.done)).toEqual(Array.from({ length: count / 1000 }, (_, i) => (i + 1) * 1000));
    expect(saved.every((mark) => mark.total === count)).toBe(true);
  });

  it('reads a Windows-1251 CSV file and says so in the summary', async () => {
    const bytes = new Uint8Array([...utf8('lat;lon;caption\n51.81;29.15;'), 0xdd, 0xf8, 0xe5, 0xeb, 0xee, 0xed, 0x0a]);
    const outcome = await runImportJob(4, chunkedFile('эшелоны.csv', bytes, 5), 1e9, noShown, hooks());
    expect(outcome).toMatchObject({ ok: true, format: 'csv', imported: 1 });
    expect('ok' in outcome && outcome.ok && outcome.notices.map((notice) => notice.code)).toEqual(['encoding', 'columns']);
    const [record] = await database.localSightings.toArray();
    expect(record?.feature.properties).toMatchObject({ source: { caption: 'Эшелон' } });
  });

  it('says nothing was stored when the workspace cannot be opened', async () => {
    const outcome = await runImportJob(7, chunkedFile('feed.geojson', utf8(feedText([feature('a')])), 64), 1e9, noShown, hooks({ database: () => Promise.reject(new Error('disk gone')) }));
    expect(outcome).toMatchObject({ storeFailed: expect.stringMatching(/^Nothing was stored\. /) as unknown as string });
    expect(goAheads).toBe(0);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const outcome = await runImportJob(5, chunkedFile('big.geojson', utf8(feedText([feature('a')])), 10), 100, noShown, hooks());
    expect(outcome).toMatchObject({ ok: false, error: { code: 'too-large' } });
    expect(messages).toEqual([]);
  });

  it('stores nothing when cancelled while storing', async () => {
    const bytes = utf8(feedText(Array.from({ length: 2500 }, (_, i) => feature(`f${i}`))));
    const outcome = await runImportJob(6, chunkedFile('big.geojson', bytes, 64 * 1024), 1e9, noShown, hooks({
      post: (message) => {
        messages.push(message);
        if (message.type === 'progress' && message.phase === 'storing' && message.percent > PHASE_PERCENT.storing) cancelled = true;
      },
    }));
    expect(outcome).toEqual({ cancelled: true });
    expect(await database.localSightings.count()).toBe(0);
    expect(await database.localFeeds.count()).toBe(0);
  });
});
