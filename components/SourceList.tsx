// The sources of a note: each a link with its title, publisher and when it was read.
import type { Source } from '../utils/model';
import { hostLabel, safeHttpUrl, shortDate } from '../utils/safe-url';

export function SourceList({ sources }: { sources: readonly Source[] }) {
  if (sources.length === 0) return <p class="bs-muted">No source given.</p>;
  return (
    <ul class="bs-sources" aria-label="Sources">
      {sources.map((source, index) => {
        const href = safeHttpUrl(source.url);
        const title = source.title?.trim() || hostLabel(source.url);
        const details = [
          source.publisher,
          source.author ? `by ${source.author}` : '',
          source.published ? `published ${shortDate(source.published)}` : '',
          source.accessed ? `accessed ${shortDate(source.accessed)}` : '',
        ].filter(Boolean);
        return (
          <li key={`${index}-${source.url}`}>
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer">
                {title}
              </a>
            ) : (
              <span>{title}</span>
            )}
            {details.length > 0 && <span class="bs-source-details"> — {details.join(' · ')}</span>}
            {source.quote && <blockquote class="bs-quote">{source.quote}</blockquote>}
          </li>
        );
      })}
    </ul>
  );
}
