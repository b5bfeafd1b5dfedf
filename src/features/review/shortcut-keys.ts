import { ANALYST_STATUSES, type AnalystStatus } from '../../db/records';

/*
 * Keyboard-first review as plain functions over key events and ids, so the rules (never while
 * typing, never with a modifier, what each key does) are tested without a browser.
 */

export type ReviewAction = 'next' | 'previous' | 'pin' | 'status' | 'note' | 'search' | 'close' | 'help';

/** Every shortcut, in the order the help dialog and the README list them. */
export const SHORTCUTS: readonly { key: string; label: string; action: ReviewAction }[] = [
  { key: 'j', label: 'Next sighting in the list', action: 'next' },
  { key: 'k', label: 'Previous sighting in the list', action: 'previous' },
  { key: 'p', label: 'Pin or unpin the selected sighting', action: 'pin' },
  { key: 's', label: 'Cycle the analyst status of the selected sighting', action: 'status' },
  { key: 'n', label: 'Write a note on the selected sighting', action: 'note' },
  { key: '/', label: 'Search the sightings', action: 'search' },
  { key: 'Esc', label: 'Close the details or the open dialog', action: 'close' },
  { key: '?', label: 'Show these shortcuts', action: 'help' },
];

const KEY_ACTIONS: Readonly<Record<string, ReviewAction>> = {
  j: 'next',
  k: 'previous',
  p: 'pin',
  s: 'status',
  n: 'note',
  '/': 'search',
  Escape: 'close',
  '?': 'help',
};

/** What a shortcut needs to know of its target; an Element fits. */
export type KeyTarget = { tagName?: string; isContentEditable?: boolean; closest?: (selector: string) => unknown } | null;

const FIELD_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/** True while the analyst types into a field: a letter there is text, not a command. */
export function isTypingTarget(target: KeyTarget): boolean {
  if (!target) return false;
  if (target.isContentEditable === true) return true;
  return FIELD_TAGS.has((target.tagName ?? '').toUpperCase());
}

export type KeyInput = {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  target: KeyTarget;
};

/**
 * The action of a key press, or null when it is not a shortcut here: in a field, with
 * Ctrl/Meta/Alt (browser and system shortcuts win), or inside a dialog, which handles its
 * own keys (a native modal closes itself on Esc). Shift is allowed: "?" needs it.
 */
export function reviewActionFor(input: KeyInput): ReviewAction | null {
  if (input.ctrlKey || input.metaKey || input.altKey) return null;
  if (isTypingTarget(input.target)) return null;
  if (input.target?.closest?.('dialog, [role="dialog"]')) return null;
  // Caps Lock should not turn "j" into a different command.
  const key = input.key.length === 1 && input.key !== '?' && input.key !== '/' ? input.key.toLowerCase() : input.key;
  return KEY_ACTIONS[key] ?? null;
}

/**
 * The id one step from the selection in the listed order, or undefined when there is nowhere
 * to go. With nothing selected (or the selection filtered out), "next" starts at the top and
 * "previous" at the bottom; the ends do not wrap, like the arrow keys in the list.
 */
export function stepSelection(listed: readonly { id: string }[], selectedId: string | null, step: 1 | -1): string | undefined {
  if (listed.length === 0) return undefined;
  const index = selectedId === null ? -1 : listed.findIndex((sighting) => sighting.id === selectedId);
  if (index < 0) return step === 1 ? listed[0]!.id : listed[listed.length - 1]!.id;
  return listed[index + step]?.id;
}

/**
 * The analyst status after one press of "s": through every analyst status in order, then
 * back to none (the feed's status decides again).
 */
export function nextAnalystStatus(current: string | undefined): AnalystStatus | undefined {
  const index = current === undefined ? -1 : (ANALYST_STATUSES as readonly string[]).indexOf(current);
  if (index === ANALYST_STATUSES.length - 1) return undefined;
  return ANALYST_STATUSES[index + 1];
}
