import { useEffect, useState, type Ref } from 'react';

type Props = {
  label: string;
  value: string;
  /** Resolves false when the value was refused (the draft then stays for the analyst to fix). */
  onSave: (value: string) => Promise<boolean>;
  multiline?: boolean;
  /** A message for a value that must not be saved, or null when it is fine. */
  validate?: (value: string) => string | null;
  inputRef?: Ref<HTMLInputElement>;
};

const SAVE_DELAY_MS = 700;

/** A text field that saves itself a moment after typing stops, and on leaving the field. */
export function AutosaveField({ label, value, onSave, multiline = false, validate, inputRef }: Props) {
  const [draft, setDraft] = useState(value);
  const [dirty, setDirty] = useState(false);
  const [seen, setSeen] = useState(value);
  // A change from elsewhere (another tab, undo) shows unless the analyst is mid-edit.
  if (value !== seen) {
    setSeen(value);
    if (!dirty) setDraft(value);
  }
  const problem = dirty && validate ? validate(draft) : null;

  useEffect(() => {
    if (!dirty || problem) return;
    const timer = setTimeout(() => {
      void onSave(draft).then((saved) => {
        if (saved) setDirty(false);
      });
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [dirty, draft, problem, onSave]);

  function flush() {
    if (!dirty || problem) return;
    void onSave(draft).then((saved) => {
      if (saved) setDirty(false);
    });
  }

  const common = {
    value: draft,
    'aria-invalid': problem !== null,
    onBlur: flush,
    onChange: (event: { target: { value: string } }) => {
      setDraft(event.target.value);
      setDirty(true);
    },
  };
  return (
    <label className="autosave-field">
      {label}
      {multiline ? (
        <textarea rows={3} {...common} />
      ) : (
        <input
          ref={inputRef}
          {...common}
          onKeyDown={(event) => {
            if (event.key === 'Enter') flush();
          }}
        />
      )}
      {problem && (
        <span role="alert" className="error-note">
          {problem}
        </span>
      )}
    </label>
  );
}
