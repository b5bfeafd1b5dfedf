import { describe, expect, it } from 'vitest';
import { buildBrief } from '../../domain/brief/build-brief';
import { buildInput } from '../../domain/brief/brief-test-fixtures';
import { distanceText, summaryHtml } from './summary-html';

const PNG = 'data:image/png;base64,iVBORw0KGgo=';

function brief(overrides: Parameters<typeof buildInput>[0] = {}) {
  return buildBrief(buildInput(overrides));
}

describe('distanceText', () => {
  it('words a distance like the details panel', () => {
    expect(distanceText(47.94, 29.79)).toBe('47.9 km (29.8 mi)');
    expect(distanceText(undefined, 3)).toBeUndefined();
  });
});

describe('summaryHtml', () => {
  it('escapes every text from the brief, so a hostile title or note stays text', () => {
    const collection = brief();
    collection.railwatchBrief.title = '<script>alert(1)</script> & co';
    const html = summaryHtml(collection, PNG);
    expect(html).not.toContain('<script>');
    expect(html).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</title>');
  });

  it('has one table row per sighting with its border distance', () => {
    const collection = brief();
    const html = summaryHtml(collection, PNG);
    const sightings = collection.features.filter((f) => !('role' in f.properties));
    expect(html.match(/<tr><td>/g)?.length).toBe(sightings.length);
    // The fixture's tt-1 is 63.2149 km (39.2799 mi) away; the brief keeps one decimal.
    expect(html).toContain('<td>63.2 km (39.3 mi)</td>');
  });

  it('inlines a PNG data URL and nothing else as the map image', () => {
    expect(summaryHtml(brief(), PNG)).toContain(`<img src="${PNG}"`);
    expect(summaryHtml(brief(), 'https://example.org/map.png')).not.toContain('<img');
    expect(summaryHtml(brief(), 'data:image/png;base64,"><script>')).not.toContain('<img');
  });

  it('refers to no external resource', () => {
    const html = summaryHtml(brief(), PNG);
    expect(html).not.toMatch(/(?:src|href)="(?!data:)/);
    expect(html).toContain("default-src 'none'");
  });
});
