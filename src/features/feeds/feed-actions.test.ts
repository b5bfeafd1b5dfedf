import { describe, expect, it } from 'vitest';
import { feedUrlProblem } from './feed-actions';

describe('feedUrlProblem', () => {
  it('accepts full http and https addresses', () => {
    expect(feedUrlProblem(' https://example.org/feeds/echelons.geojson ')).toBeUndefined();
    expect(feedUrlProblem('http://127.0.0.1:8080/feed.json')).toBeUndefined();
  });

  it('refuses other schemes, partial addresses and an empty field with a specific message', () => {
    expect(feedUrlProblem('javascript:alert(1)')).toBe('Feeds are fetched over the web: the address must start with https:// or http://, not javascript://.');
    expect(feedUrlProblem('file:///home/a/feed.geojson')).toBe('Feeds are fetched over the web: the address must start with https:// or http://, not file://.');
    expect(feedUrlProblem('example.org/feed.geojson')).toBe('"example.org/feed.geojson" is not a full web address: start it with https:// or http://.');
    expect(feedUrlProblem('   ')).toBe('Enter the address of the feed.');
  });
});
