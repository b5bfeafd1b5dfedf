import { AddFeedForm } from './add-feed-form';
import type { FeedState } from './feed-entry';
import { FeedRow } from './feed-row';
import { LocalFeedList } from './local-feed-list';
import './feeds.css';

type Props = { states: readonly FeedState[]; listError?: string | undefined };

/** The Feeds tab: online feeds with their state, the add form, and imported files. */
export function FeedsPanel({ states, listError }: Props) {
  return (
    <div className="feeds-panel">
      <section aria-labelledby="feeds-online-heading">
        <h3 id="feeds-online-heading">Online feeds</h3>
        {listError && (
          <p role="alert" className="error-note">
            {listError}
          </p>
        )}
        <ul className="feed-list" aria-label="Online feeds">
          {states.map((state) => (
            <FeedRow key={state.entry.id} state={state} />
          ))}
        </ul>
        <AddFeedForm />
      </section>
      <section aria-labelledby="feeds-local-heading">
        <h3 id="feeds-local-heading">Imported files</h3>
        <LocalFeedList />
      </section>
    </div>
  );
}
