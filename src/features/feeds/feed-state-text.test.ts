import { describe, expect, it } from 'vitest';
import type { FeedState } from './feed-entry';
import { feedProblem, feedStatusText } from './feed-state-text';

const entry = { id: 'f1', name: 'Гомель watch', url: 'https://example.org/feed.geojson', enabled: true, refreshMinutes: 15, builtIn: false };
const state = (overrides: Partial<FeedState>): FeedState => ({ entry, status: 'live', sightings: [], retrying: false, skipped: 0, ...overrides });
// 2022-01-18 09:30 UTC
const AT = Date.UTC(2022, 0, 18, 9, 30);

describe('feedStatusText', () => {
  it('says how many sightings a live feed gave and when', () => {
    expect(feedStatusText(state({ updatedAt: AT, skipped: 2 }))).toBe('0 sightings, 2 features skipped. Updated 18 Jan, 09:30 UTC.');
  });

  it('names the failure and the time of the copy shown instead', () => {
    expect(feedStatusText(state({ status: 'copy', updatedAt: AT, error: 'the server answered HTTP 500' }))).toBe(
      'Could not update (the server answered HTTP 500). Showing the copy from 18 Jan, 09:30 UTC: 0 sightings.',
    );
  });

  it('gives the reason of a failed feed and of a retry in progress', () => {
    expect(feedStatusText(state({ status: 'error', error: 'the server answered HTTP 404 Not Found' }))).toBe('Failed: the server answered HTTP 404 Not Found.');
    expect(feedStatusText(state({ status: 'loading', retrying: true, error: 'the network request failed' }))).toBe(
      'Loading… the last attempt failed (the network request failed); retrying.',
    );
  });
});

describe('feedProblem', () => {
  it('is an error for a failed feed, a note for a copy or a retry, nothing otherwise', () => {
    expect(feedProblem(state({ status: 'error', error: 'x' }))).toEqual({ kind: 'error', text: 'Гомель watch could not be loaded: x' });
    expect(feedProblem(state({ status: 'copy', error: 'x', updatedAt: AT }))).toEqual({
      kind: 'note',
      text: 'Гомель watch: could not update (x); showing the copy from 18 Jan, 09:30 UTC.',
    });
    expect(feedProblem(state({ status: 'loading', retrying: true, error: 'x' }))).toEqual({ kind: 'note', text: 'Гомель watch: the last attempt failed (x); retrying.' });
    expect(feedProblem(state({ status: 'loading' }))).toBeUndefined();
    expect(feedProblem(state({ status: 'live' }))).toBeUndefined();
    expect(feedProblem(state({ status: 'disabled' }))).toBeUndefined();
  });
});
