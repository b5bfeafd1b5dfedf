/*
 * Ids for imported rows that carry none. They are derived from the row's content, not its
 * position, so importing the same file again (or a re-sorted copy) yields the same ids and
 * the workspace can merge instead of duplicating.
 */

/** 53-bit string hash (cyrb53): two 32-bit lanes, so 100,000 rows almost never collide. */
export function hashText(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return value.toString(36).padStart(11, '0');
}

/**
 * Hands out ids unique within one file. A derived id seen twice (an exact duplicate row)
 * gets "~2", "~3" … so both rows still reach parseFeed; ids the file states are kept as
 * they are, since a duplicate there is the file's own error for parseFeed to report.
 */
export function createIdAllocator(prefix: string): { given(id: string): string; derived(content: string): string } {
  const used = new Set<string>();
  return {
    given(id) {
      used.add(id);
      return id;
    },
    derived(content) {
      const base = `${prefix}-${hashText(content)}`;
      let id = base;
      for (let n = 2; used.has(id); n++) id = `${base}~${n}`;
      used.add(id);
      return id;
    },
  };
}
