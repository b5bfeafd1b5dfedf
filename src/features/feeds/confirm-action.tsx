import { useState } from 'react';

type Props = {
  /** Visible label of the first button, e.g. "Remove". */
  label: string;
  /** Accessible name of the first button, naming what it acts on. */
  name: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
};

/** A destructive action asked twice, in the page rather than in a browser dialog, so the keyboard flow stays in place. */
export function ConfirmAction({ label, name, question, confirmLabel, onConfirm }: Props) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="button" aria-label={name} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <span className="confirm-action" role="group" aria-label={question}>
      <span>{question}</span>{' '}
      <button
        type="button"
        className="button danger-button"
        autoFocus
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>{' '}
      <button type="button" className="button" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </span>
  );
}
