import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_NOTICES, notify, useNoticeStore } from './notice-store';

describe('notice store', () => {
  beforeEach(() => useNoticeStore.setState({ notices: [] }));

  it('keeps notices in order with distinct ids and dismisses one by id', () => {
    const first = notify({ kind: 'error', message: 'Storage is full.' });
    const second = notify({ kind: 'info', message: 'Sighting deleted.' });
    expect(first).not.toBe(second);
    expect(useNoticeStore.getState().notices.map((n) => n.message)).toEqual(['Storage is full.', 'Sighting deleted.']);
    useNoticeStore.getState().dismiss(first);
    expect(useNoticeStore.getState().notices.map((n) => n.message)).toEqual(['Sighting deleted.']);
  });

  it('shows a repeated message once, as the newest', () => {
    notify({ kind: 'error', message: 'A' });
    notify({ kind: 'error', message: 'B' });
    const again = notify({ kind: 'error', message: 'A' });
    const notices = useNoticeStore.getState().notices;
    expect(notices.map((n) => n.message)).toEqual(['B', 'A']);
    expect(notices[1]?.id).toBe(again);
  });

  it(`keeps only the newest ${MAX_NOTICES}`, () => {
    for (let i = 1; i <= MAX_NOTICES + 2; i++) notify({ kind: 'warning', message: `m${i}` });
    expect(useNoticeStore.getState().notices.map((n) => n.message)).toEqual(['m3', 'm4', 'm5', 'm6']);
  });
});
