import { useEffect, useId, useRef, useState } from 'react';

const SAVE_DELAY_MS = 400;

type Props = {
  stored: string;
  save: (note: string) => Promise<boolean>;
};

/**
 * A note that saves itself: shortly after typing stops, on blur, and when the field goes
 * away. A failed save keeps the text in the field (the caller shows why) and the next
 * keystroke tries again. Edits from another tab replace the text only while nothing typed
 * here is waiting to be saved.
 */
export function NoteField({ stored, save }: Props) {
  const id = useId();
  const [draft, setDraft] = useState(stored);
  const [seen, setSeen] = useState(stored);
  const [pending, setPending] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef<{ text: string; pending: boolean; save: Props['save'] }>({ text: stored, pending: false, save });

  if (stored !== seen) {
    setSeen(stored);
    if (!pending) setDraft(stored);
  }

  useEffect(() => {
    latest.current.save = save;
  }, [save]);

  // Switching sightings unmounts the field: what was typed must still be saved.
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      if (latest.current.pending) void latest.current.save(latest.current.text);
    },
    [],
  );

  async function flush(text: string) {
    clearTimeout(timer.current);
    const ok = await save(text);
    if (ok && latest.current.text === text) {
      latest.current.pending = false;
      setPending(false);
    }
  }

  function onChange(text: string) {
    setDraft(text);
    setPending(true);
    latest.current.text = text;
    latest.current.pending = true;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(text), SAVE_DELAY_MS);
  }

  return (
    <div className="analysis-field">
      <label htmlFor={id}>Note</label>
      <textarea
        id={id}
        rows={4}
        value={draft}
        onChange={(event) => onChange(event.target.value)}
        onBlur={() => {
          if (latest.current.pending) void flush(latest.current.text);
        }}
      />
      <span className="analysis-hint" aria-live="polite">
        {pending ? 'Saving…' : draft === '' ? '' : 'Saved'}
      </span>
    </div>
  );
}
