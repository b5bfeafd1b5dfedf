import { describe, expect, it } from 'vitest';
import { parseFeed } from '../domain/sighting/parse-feed.ts';
import { DownloadBytes, FeedHelpers, readBatchMessage, runFeedJob, type HelperPort } from './feed-job.ts';
import { FEED_BATCH_SIZE, FeedAssembler, type BatchRead, type FeedResponse, type ReadBatch } from './feed-protocol.ts';

const feature = (index: number) => ({
  type: 'Feature',
  id: `s-${index}`,
  geometry: { type: 'Point', coordinates: [29 + index / 100_000, 52] },
  properties: { observedAt: '2022-01-18', source: { url: `https://t.me/rail/${index}`, caption: 'Эшелон 🚂 #танки' } },
});

const feedText = (count: number) => JSON.stringify({ type: 'FeatureCollection', metadata: { title: 'Поток' }, features: Array.from({ length: count }, (_, i) => feature(i)) });

/** A Blob whose stream hands out `size`-byte pieces on demand and logs each read into `log`. */
function loggedBlob(bytes: Uint8Array, size: number, log: string[]): Blob {
  let at = 0;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (at >= bytes.length) {
          log.push('end');
          controller.close();
          return;
        }
        log.push('piece');
        controller.enqueue(bytes.slice(at, at + size));
        at += size;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream: () => stream } as unknown as Blob;
}

async function run(body: Blob | string | ReadableStream<Uint8Array>, log: string[] = [], helpers?: FeedHelpers): Promise<FeedResponse[]> {
  const messages: FeedResponse[] = [];
  await runFeedJob(
    { type: 'parse-feed', jobId: 9, body },
    (message) => {
      log.push(message.type);
      messages.push(message);
    },
    helpers,
  );
  return messages;
}

/**
 * Helpers as the feed worker sees them: each reads its batches a timer later (so the feed
 * worker, meanwhile, finds them full and reads batches itself), posts them to `post` and
 * answers on its port, as feed-helper-worker.ts does.
 */
function fakeHelpers(count: number, post: (message: FeedResponse) => void): { helpers: FeedHelpers; readBy: number[]; settled: () => Promise<void> } {
  const readBy = Array.from({ length: count }, () => 0);
  const pending: Promise<void>[] = [];
  const ports: HelperPort[] = readBy.map((_, helper) => {
    const port: HelperPort = {
      onmessage: null,
      postMessage(message: ReadBatch) {
        pending.push(
          new Promise((resolve) =>
            setTimeout(() => {
              const read = readBatchMessage(message.jobId, message.seq, message.firstIndex, message.texts);
              readBy[helper]! += 1;
              post(structuredClone(read));
              const done: BatchRead = { type: 'batch-read', jobId: message.jobId, failed: read.batch.failure !== undefined };
              port.onmessage?.({ data: done } as MessageEvent<BatchRead>);
              resolve();
            }, 0),
          ),
        );
      },
    };
    return port;
  });
  return { helpers: new FeedHelpers(ports), readBy, settled: async () => void (await Promise.all(pending)) };
}

function assemble(messages: FeedResponse[]) {
  const assembler = new FeedAssembler();
  const outcomes = messages.map((message) => (message.type === 'failed' ? undefined : assembler.accept(message)));
  return outcomes.at(-1);
}

describe('runFeedJob', () => {
  it(`posts each ${FEED_BATCH_SIZE.toLocaleString('en')} sightings as soon as they are read, long before the body is read to its end`, async () => {
    const text = feedText(FEED_BATCH_SIZE * 4 + 700);
    const log: string[] = [];
    const messages = await run(loggedBlob(new TextEncoder().encode(text), 4096, log), log);
    expect(messages.map((m) => (m.type === 'feed-batch' ? m.batch.sightings.count : m.type))).toEqual([FEED_BATCH_SIZE, FEED_BATCH_SIZE, FEED_BATCH_SIZE, FEED_BATCH_SIZE, 700, 'feed-done']);
    const firstChunk = log.indexOf('feed-batch');
    expect(log.slice(firstChunk).filter((entry) => entry === 'piece').length).toBeGreaterThan(log.filter((entry) => entry === 'piece').length / 3);
    expect(assemble(messages)?.result).toEqual(parseFeed(text));
  });

  it('reads a text body (stored by earlier builds) and a Blob body alike, with a character cut between pieces', async () => {
    const text = feedText(30);
    const bytes = new TextEncoder().encode(text);
    const fromText = assemble(await run(text));
    for (const size of [1, 7, 1000]) expect(assemble(await run(loggedBlob(bytes, size, [])))).toEqual(fromText);
    expect(fromText?.result).toEqual(parseFeed(text));
    expect(fromText?.sourceKeys).toHaveLength(30);
  });

  it('ends a feed that turns out broken at its end with the failure alone, which voids the sightings sent before', async () => {
    const text = feedText(FEED_BATCH_SIZE * 2 + 700).slice(0, -2);
    const messages = await run(loggedBlob(new TextEncoder().encode(text), 65_536, []));
    expect(messages.map((m) => m.type)).toEqual(['feed-batch', 'feed-batch', 'feed-done']);
    const assembled = assemble(messages);
    expect(assembled).toEqual({ result: { ok: false, error: { code: 'not-json', message: expect.stringMatching(/^The file is not valid JSON \(/) as unknown as string } }, sourceKeys: [] });
  });

  it('reads a download as it arrives and hands its bytes back with the summary, for the stored copy', async () => {
    const text = feedText(7_000);
    const bytes = new TextEncoder().encode(text);
    const log: string[] = [];
    const download = loggedBlob(bytes, 4096, log).stream();
    const messages = await run(download, log);
    const assembled = assemble(messages);
    expect(assembled?.result).toEqual(parseFeed(text));
    expect(await assembled?.body?.text()).toBe(text);
    // Sightings went out before the download was read to its end.
    expect(log.indexOf('feed-batch')).toBeLessThan(log.lastIndexOf('piece'));
    // A stored Blob is not handed back: the app has it already.
    expect(assemble(await run(loggedBlob(bytes, 4096, [])))?.body).toBeUndefined();
  });

  it('stops reading a body as soon as it is known to be broken', async () => {
    const log: string[] = [];
    const junk = await run(loggedBlob(new TextEncoder().encode(`{"type":"FeatureCollection","features":[1 2${' '.repeat(10_000)}]}`), 100, log));
    expect(junk).toMatchObject([{ type: 'feed-done', envelope: { ok: false, error: { code: 'not-json' } } }]);
    expect(log.filter((entry) => entry === 'piece').length).toBeLessThan(5);
    expect(log).not.toContain('end');
  });
});

describe('runFeedJob with helper workers', () => {
  it('shares the batches with its helpers, reads the rest itself, and the feed comes together as parseFeed’s', async () => {
    const text = feedText(FEED_BATCH_SIZE * 12);
    const messages: FeedResponse[] = [];
    const { helpers, readBy, settled } = fakeHelpers(2, (message) => messages.push(message));
    await run(loggedBlob(new TextEncoder().encode(text), 65_536, []), [], helpers).then((own) => messages.push(...own));
    await settled();
    const batches = messages.filter((m) => m.type === 'feed-batch');
    expect(batches).toHaveLength(12);
    // Each helper read some, the feed worker the others; they arrive out of file order.
    expect(readBy.every((count) => count > 0)).toBe(true);
    expect(readBy.reduce((a, b) => a + b, 0)).toBeLessThan(12);
    expect(batches.map((m) => m.seq)).not.toEqual([...Array(12).keys()]);
    const assembled = assemble(messages);
    expect(assembled?.result).toEqual(parseFeed(text));
    expect(assembled?.sourceKeys).toHaveLength(FEED_BATCH_SIZE * 12);
  });

  it('stops reading once a helper found a feature that is not JSON, and the file fails with it', async () => {
    const features = Array.from({ length: 20_000 }, (_, i) => JSON.stringify(feature(i)));
    features[10] = '{"type":"Feature","id":"x" "geometry":null}';
    const text = `{"type":"FeatureCollection","features":[${features.join(',')}]}`;
    const log: string[] = [];
    const messages: FeedResponse[] = [];
    const { helpers, settled } = fakeHelpers(1, (message) => messages.push(message));
    const bytes = new TextEncoder().encode(text);
    // Pieces handed out a timer apart, so the helper's answer comes while the body is read.
    let at = 0;
    const slow = new ReadableStream<Uint8Array>({
      async pull(controller) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (at >= bytes.length) {
          log.push('end');
          controller.close();
          return;
        }
        log.push('piece');
        controller.enqueue(bytes.slice(at, at + 16_384));
        at += 16_384;
      },
    });
    messages.push(...(await run(slow, log, helpers)));
    await settled();
    expect(log).not.toContain('end');
    expect(assemble(messages)?.result).toMatchObject({ ok: false, error: { code: 'not-json', message: expect.stringContaining('(feature 10:') as string } });
  });
});

describe('FeedHelpers', () => {
  it('gives a batch to the helper with the fewest unread, at most two each, and takes them back as they are read', () => {
    const sent: number[][] = [[], []];
    const ports: HelperPort[] = sent.map((log) => ({ onmessage: null, postMessage: (message: ReadBatch) => log.push(message.seq) }));
    const helpers = new FeedHelpers(ports);
    const batch = (seq: number): ReadBatch => ({ type: 'read-batch', jobId: 1, seq, firstIndex: 0, texts: [] });
    expect([0, 1, 2, 3, 4].map((seq) => helpers.offer(batch(seq)))).toEqual([true, true, true, true, false]);
    expect(sent).toEqual([[0, 2], [1, 3]]);
    ports[1]!.onmessage?.({ data: { type: 'batch-read', jobId: 1, failed: true } } as MessageEvent<BatchRead>);
    expect(helpers.offer(batch(5))).toBe(true);
    expect(sent[1]).toEqual([1, 3, 5]);
    expect(helpers.takeFailure(1)).toBe(true);
    expect(helpers.takeFailure(1)).toBe(false);
  });
});

describe('DownloadBytes', () => {
  it('gives back exactly the bytes added, in order, however often they were folded into Blobs', async () => {
    const text = `${feedText(40)}\u00a0тест🚂`;
    const bytes = new TextEncoder().encode(text);
    for (const foldAt of [1, 100, 4096, 1 << 30]) {
      const kept = new DownloadBytes(foldAt);
      for (let at = 0; at < bytes.length; at += 333) kept.add(bytes.subarray(at, at + 333));
      const blob = kept.blob();
      expect(blob.size).toBe(bytes.length);
      expect(await blob.text()).toBe(text);
    }
  });
});
