import { useEffect, useId, useState } from 'react';
import { classifyStorageError } from '../../db/classify-storage-error';
import { db } from '../../db/database';
import { getAnalystName, setAnalystName } from '../../db/settings-repository';
import { SettingsSection } from './settings-dialog';

/** The analyst's name, stamped on every change; loaded when Settings is first opened. */
export function AnalystNameSection() {
  const id = useId();
  const [name, setName] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    getAnalystName(db()).then(
      (stored) => live && setName(stored),
      (reason: unknown) => live && setError(classifyStorageError(reason).message),
    );
    return () => {
      live = false;
    };
  }, []);

  function change(value: string) {
    setName(value);
    setAnalystName(db(), value).then(
      () => setError(null),
      (reason: unknown) => setError(classifyStorageError(reason).message),
    );
  }

  return (
    <SettingsSection title="You">
      <label htmlFor={id}>Your name</label>
      <input id={id} type="text" autoComplete="name" value={name ?? ''} disabled={name === null && error === null} onChange={(event) => change(event.target.value)} />
      <p className="analysis-hint">Every change you make is stamped with this name and the time, in this browser only.</p>
      {error && (
        <p role="alert" className="analysis-error">
          {error}
        </p>
      )}
    </SettingsSection>
  );
}
