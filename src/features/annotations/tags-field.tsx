import { useId, useState, type KeyboardEvent } from 'react';
import { listAnnotationTags } from '../../db/annotation-repository';
import { normaliseTags } from '../../db/annotation-normalise';
import { db } from '../../db/database';
import { useLiveRead } from './use-live-read';

const NO_TAGS: string[] = [];

type Props = {
  tags: readonly string[];
  save: (tags: string[]) => Promise<boolean>;
};

/** Free-text tags; suggestions come from every tag already used in the workspace. */
export function TagsField({ tags, save }: Props) {
  const inputId = useId();
  const listId = useId();
  const [text, setText] = useState('');
  const known = useLiveRead(() => listAnnotationTags(db()), [], NO_TAGS).value;
  const suggestions = known.filter((tag) => !tags.includes(tag));

  async function add() {
    const [tag] = normaliseTags([text]);
    if (tag === undefined) return;
    if (tags.includes(tag)) {
      setText('');
      return;
    }
    if (await save([...tags, tag])) setText('');
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    void add();
  }

  return (
    <div className="analysis-field">
      <span className="analysis-label" id={`${inputId}-label`}>
        Tags
      </span>
      {tags.length > 0 && (
        <ul className="tag-chips" aria-labelledby={`${inputId}-label`}>
          {tags.map((tag) => (
            <li key={tag} className="tag-chip">
              <span>{tag}</span>
              <button type="button" aria-label={`Remove tag ${tag}`} onClick={() => void save(tags.filter((t) => t !== tag))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="analysis-inline">
        <label htmlFor={inputId} className="visually-hidden">
          Add tag
        </label>
        <input
          id={inputId}
          type="text"
          list={listId}
          value={text}
          placeholder="Add tag, then Enter"
          autoComplete="off"
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <datalist id={listId}>
          {suggestions.map((tag) => (
            <option key={tag} value={tag} />
          ))}
        </datalist>
      </div>
    </div>
  );
}
