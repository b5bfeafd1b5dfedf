// The Feeds tab's writes. Each returns an analyst-facing error message instead of throwing,
// so the form can show it next to the field; nothing is written when the input is refused.
import { classifyStorageError } from '../../db/classify-storage-error';
import { db } from '../../db/database';
import { addFeed, removeFeed, updateFeed } from '../../db/feed-repository';
import { removeLocalFeed } from '../../db/local-sighting-repository';
import { getAnalystName, setSetting } from '../../db/settings-repository';
import { SAMPLE_ENABLED_SETTING, type FeedEntry } from './feed-entry';

export type ActionResult = { ok: true } | { ok: false; message: string };

/** Why a typed feed address cannot be used, or undefined when it is a full http(s) URL. */
export function feedUrlProblem(raw: string): string | undefined {
  const text = raw.trim();
  if (text === '') return 'Enter the address of the feed.';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return `"${text}" is not a full web address: start it with https:// or http://.`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `Feeds are fetched over the web: the address must start with https:// or http://, not ${url.protocol}//.`;
  return undefined;
}

async function run(write: (by: string) => Promise<unknown>): Promise<ActionResult> {
  try {
    await write(await getAnalystName(db()));
    return { ok: true };
  } catch (error) {
    if (error instanceof RangeError) return { ok: false, message: error.message };
    return { ok: false, message: classifyStorageError(error).message };
  }
}

export function addFeedEntry(name: string, url: string): Promise<ActionResult> {
  const problem = feedUrlProblem(url);
  if (problem) return Promise.resolve({ ok: false, message: problem });
  const trimmed = url.trim();
  return run((by) => addFeed(db(), { name: name.trim() || new URL(trimmed).hostname, url: trimmed }, by));
}

export function renameFeedEntry(entry: FeedEntry, name: string): Promise<ActionResult> {
  if (entry.builtIn) return Promise.resolve({ ok: false, message: 'The built-in feed cannot be renamed.' });
  if (name.trim() === '') return Promise.resolve({ ok: false, message: 'A feed needs a name.' });
  return run((by) => updateFeed(db(), entry.id, { name }, by));
}

export function setFeedEntryEnabled(entry: FeedEntry, enabled: boolean): Promise<ActionResult> {
  if (entry.builtIn) return run(() => setSetting(db(), SAMPLE_ENABLED_SETTING, enabled));
  return run((by) => updateFeed(db(), entry.id, { enabled }, by));
}

export function removeFeedEntry(entry: FeedEntry): Promise<ActionResult> {
  if (entry.builtIn) return Promise.resolve({ ok: false, message: 'The built-in feed cannot be removed; switch it off instead.' });
  return run((by) => removeFeed(db(), entry.id, by));
}

export function removeImportedFeed(feedId: string): Promise<ActionResult> {
  return run((by) => removeLocalFeed(db(), feedId, by));
}
