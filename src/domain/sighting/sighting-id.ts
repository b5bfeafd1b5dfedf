/**
 * The id given to a feature that has none: "gen-" and a 53-bit hash of its coordinates,
 * source URL and caption, so the same feature gets the same id on every load and two
 * copies of one post in a file collapse into one (the second is reported as a duplicate).
 */
export function generatedSightingId(lon: number, lat: number, url: string | undefined, caption: string | undefined): string {
  return `gen-${hash53(`${lon},${lat}\u0000${url ?? ''}\u0000${caption ?? ''}`).toString(36)}`;
}

/** cyrb53 (public domain): fast, well-spread, and stable across engines. */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
