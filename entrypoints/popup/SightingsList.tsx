// "Seen on": the pages an entity was seen on (title linked, date, the passage), each of which
// can be forgotten. Recording is a setting; old sightings are purged after the retention time.
import { useEffect, useState } from 'preact/hooks';
import { formatDate } from '../../components/dates';
import { errorText } from '../../components/error-text';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { Mention } from '../../utils/model';
import { askBackground } from '../../utils/messaging';
import { safeHttpUrl } from '../../utils/safe-url';

export interface SightingsListProps {
  entityId: string;
  revision: number;
  onChanged: () => void;
}

export function SightingsList({ entityId, revision, onChanged }: SightingsListProps) {
  const [mentions, setMentions] = useState<Mention[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    askBackground('mention.list', { entityId }).then(
      (list) => {
        if (current) setMentions(list);
      },
      (failure: unknown) => {
        if (current) setError(`The pages could not be loaded: ${errorText(failure)}`);
      },
    );
    return () => {
      current = false;
    };
  }, [entityId, revision]);

  const forget = async (mention: Mention) => {
    setError(null);
    try {
      await askBackground('mention.delete', { id: mention.id });
      setMentions((list) => list?.filter((item) => item.id !== mention.id) ?? null);
      onChanged();
    } catch (failure) {
      setError(`The page was not removed: ${errorText(failure)}`);
    }
  };

  return (
    <section aria-labelledby="seen-heading">
      <h2 id="seen-heading">Seen on</h2>
      <ErrorMessage error={error} />
      {mentions?.length === 0 && <p class="muted">Not seen on any page yet.</p>}
      {mentions && mentions.length > 0 && (
        <ul class="sightings" aria-label="Pages it was seen on">
          {mentions.map((mention) => {
            const href = safeHttpUrl(mention.url);
            const title = mention.title.trim() || mention.url;
            return (
              <li key={mention.id}>
                {href ? (
                  <a href={href} target="_blank" rel="noopener noreferrer">
                    {title}
                  </a>
                ) : (
                  <span>{title}</span>
                )}{' '}
                <span class="muted">{formatDate(mention.seen)}</span>
                <blockquote class="bs-quote">
                  …{mention.selector.prefix}
                  <mark>{mention.selector.exact}</mark>
                  {mention.selector.suffix}…
                </blockquote>
                <button
                  type="button"
                  class="small"
                  aria-label={`Remove ${title} from the pages it was seen on`}
                  onClick={() => void forget(mention)}
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
