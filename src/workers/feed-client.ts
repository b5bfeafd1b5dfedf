// The main thread's side of the feed worker and its helpers: long-lived workers, jobs matched
// by id, each job's batches put back together (feed-protocol.ts) and the sightings'
// source-link keys handed to the merge so it never normalises them here. Where no Worker
// exists (unit tests) the same job runs inline, through the same messages.

import { rememberColumns } from '../domain/explore/sighting-columns.ts';
import { rememberPositions } from '../domain/merge/id-positions.ts';
import { rememberSourceKeys } from '../domain/merge/merge-sightings.ts';
import type { FeedParseResult } from '../domain/sighting/parse-feed.ts';
import { FeedAssembler, type FeedHelpersMessage, type FeedRequest, type FeedResponse, type HelperConnect } from './feed-protocol.ts';

interface Job {
  assembler: FeedAssembler;
  resolve: (feed: { result: FeedParseResult; body?: Blob }) => void;
  reject: (error: Error) => void;
}

let worker: Worker | null = null;
let helpers: Worker[] = [];
const jobs = new Map<number, Job>();
let nextJobId = 1;

/** Feeds a job its next message; settles it when the feed is whole or has failed. */
function deliver(message: FeedResponse): void {
  const job = jobs.get(message.jobId);
  if (!job) return;
  if (message.type === 'failed') {
    jobs.delete(message.jobId);
    job.reject(new Error(`The feed could not be parsed: ${message.message}`));
    return;
  }
  let assembled;
  try {
    assembled = job.assembler.accept(message);
  } catch (error) {
    jobs.delete(message.jobId);
    job.reject(new Error(`The feed could not be parsed: ${error instanceof Error ? error.message : String(error)}.`));
    return;
  }
  if (!assembled) return;
  jobs.delete(message.jobId);
  if (assembled.result.ok) {
    rememberSourceKeys(assembled.result.sightings, assembled.sourceKeys);
    if (assembled.columns) rememberColumns(assembled.result.sightings, assembled.columns);
    if (assembled.positions) rememberPositions(assembled.result.sightings, assembled.positions);
  }
  job.resolve({ result: assembled.result, ...(assembled.body ? { body: assembled.body } : {}) });
}

function failAll(message: string): void {
  worker?.terminate();
  worker = null;
  for (const helper of helpers) helper.terminate();
  helpers = [];
  for (const job of jobs.values()) job.reject(new Error(message));
  jobs.clear();
}

/**
 * Helper workers beside the feed worker: one per core beyond the first, at most two (none on
 * one core, where they would only take turns). On a 2-core machine the feed worker and one
 * helper each read about half of a large feed's features.
 */
function helperCount(): number {
  return Math.max(0, Math.min(2, (navigator.hardwareConcurrency || 2) - 1));
}

function watch(target: Worker, name: string): void {
  target.onmessage = (event: MessageEvent<FeedResponse>) => deliver(event.data);
  target.onerror = (event) => {
    event.preventDefault();
    failAll(`The ${name} stopped: ${event.message || 'unknown error'}.`);
  };
}

function getWorker(): Worker {
  if (worker) return worker;
  const created = new Worker(new URL('./feed-worker.ts', import.meta.url), { type: 'module', name: 'railwatch-feed' });
  watch(created, 'feed worker');
  const ports: MessagePort[] = [];
  for (let i = 0; i < helperCount(); i++) {
    const helper = new Worker(new URL('./feed-helper-worker.ts', import.meta.url), { type: 'module', name: 'railwatch-feed-helper' });
    watch(helper, 'feed helper worker');
    const channel = new MessageChannel();
    const connect: HelperConnect = { type: 'connect', port: channel.port2 };
    helper.postMessage(connect, [channel.port2]);
    ports.push(channel.port1);
    helpers.push(helper);
  }
  const handOver: FeedHelpersMessage = { type: 'helpers', ports };
  created.postMessage(handOver, ports);
  worker = created;
  return created;
}

/**
 * Starts the worker (loading and compiling its script) ahead of the first feed, so the
 * download can go to it the moment its headers arrive, even if the map's set-up then holds the
 * main thread for half a second.
 */
export function warmFeedWorker(): void {
  if (typeof Worker !== 'undefined') getWorker();
}

let streamsTransfer: boolean | undefined;

/** Whether this browser can hand a ReadableStream to a worker (Safari cannot). */
export function canTransferStreams(): boolean {
  if (streamsTransfer === undefined) {
    try {
      const probe = new ReadableStream();
      const channel = new MessageChannel();
      channel.port1.postMessage(probe, [probe as unknown as Transferable]);
      channel.port1.close();
      streamsTransfer = true;
    } catch {
      streamsTransfer = false;
    }
  }
  return streamsTransfer;
}

function runJob(body: FeedRequest['body']): Promise<{ result: FeedParseResult; body?: Blob }> {
  const jobId = nextJobId++;
  return new Promise((resolve, reject) => {
    jobs.set(jobId, { assembler: new FeedAssembler(), resolve, reject });
    const request: FeedRequest = { type: 'parse-feed', jobId, body };
    // The inline job is imported on demand: statically, it would bring parseFeed into the start bundle.
    if (typeof Worker === 'undefined') {
      void import('./feed-job.ts').then(
        ({ runFeedJob }) => runFeedJob(request, deliver),
        (error: unknown) => deliver({ type: 'failed', jobId, message: `railwatch could not load its feed reader (${String(error)}).` }),
      );
    } else getWorker().postMessage(request, body instanceof ReadableStream ? [body as unknown as Transferable] : []);
  });
}

/**
 * parseFeed off the main thread. Pass a stored Blob: posting it does not copy it, and the
 * worker reads it, so a 43 MB body never becomes a string on the main thread.
 */
export async function parseFeedInWorker(body: Blob | string): Promise<FeedParseResult> {
  return (await runJob(body)).result;
}

/**
 * parseFeed of a download, read by the worker as it arrives (check canTransferStreams first):
 * parsing starts with the first bytes instead of after the last, and whatever the main thread
 * is busy with meanwhile does not hold it up. Resolves with the bytes read, as a Blob.
 */
export async function parseFeedStreamInWorker(stream: ReadableStream<Uint8Array>): Promise<{ result: FeedParseResult; body: Blob }> {
  const { result, body } = await runJob(stream);
  return { result, body: body ?? new Blob([]) };
}
