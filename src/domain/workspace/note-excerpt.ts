/** A note on one line, cut at a word-ish boundary with an ellipsis, for lists. */
export function noteExcerpt(note: string, maxLength = 90): string {
  const flat = note.replace(/\s+/g, ' ').trim();
  return flat.length <= maxLength ? flat : `${flat.slice(0, maxLength - 1).trimEnd()}…`;
}
