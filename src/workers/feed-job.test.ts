import { describe, expect, it } from 'vitest';
import { parseFeed } from '../domain/sighting/parse-feed.ts';
import { DownloadBytes, runFeedJob } from './feed-job.ts';
import { FeedAssembler, type FeedResponse } from './feed-protocol.ts';

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

async function run(body: Blob | string | ReadableStream<Uint8Array>, log: string[] = []): Promise<FeedResponse[]> {
  const messages: FeedResponse[] = [];
  await runFeedJob({ type: 'parse-feed', jobId: 9, body }, (message) => {
    log.push(message.type);
    messages.push(message);
  });
  return messages;
}

function assemble(messages: FeedResponse[]) {
  const assembler = new FeedAssembler();
  const outcomes = messages.map((message) => (message.type === 'failed' ? undefined : assembler.accept(message)));
  return outcomes.at(-1);
}

describe('runFeedJob', () => {
  it('posts each 5,000 sightings as soon as they are parsed, long before the body is read to its end', async () => {
    const text = feedText(12_000);
    const log: string[] = [];
    const messages = await run(loggedBlob(new TextEncoder().encode(text), 4096, log), log);
    expect(messages.map((m) => (m.type === 'feed-chunk' ? m.sightings.length : m.type))).toEqual([5_000, 5_000, 2_000, 'feed-done']);
    const firstChunk = log.indexOf('feed-chunk');
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
    const text = feedText(6_000).slice(0, -2);
    const messages = await run(loggedBlob(new TextEncoder().encode(text), 65_536, []));
    expect(messages.map((m) => m.type)).toEqual(['feed-chunk', 'feed-done']);
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
    expect(log.indexOf('feed-chunk')).toBeLessThan(log.lastIndexOf('piece'));
    // A stored Blob is not handed back: the app has it already.
    expect(assemble(await run(loggedBlob(bytes, 4096, [])))?.body).toBeUndefined();
  });

  it('stops reading a body as soon as it is known to be broken', async () => {
    const log: string[] = [];
    const junk = await run(loggedBlob(new TextEncoder().encode(`{"type":"FeatureCollection","features":[1 2${' '.repeat(10_000)}]}`), 100, log));
    expect(junk).toMatchObject([{ type: 'feed-done', result: { ok: false, error: { code: 'not-json' } } }]);
    expect(log.filter((entry) => entry === 'piece').length).toBeLessThan(5);
    expect(log).not.toContain('end');
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
