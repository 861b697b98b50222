// An entity's stored facts, read-only: type, other names, description and links.
import { isHttpUrl } from '../../components/http-url';
import type { Entity } from '../../utils/model';
import { typeLabel } from '../../utils/protocol';

export function EntityDetails({ entity }: { entity: Entity }) {
  return (
    <div class="entity-details">
      <p class="muted">
        {typeLabel(entity.type)}
        {entity.origin.kind === 'pack' && ` · from ${entity.origin.packName || 'a pack'}`}
      </p>
      {entity.aliases.length > 0 && (
        <p>
          <span class="muted">Also: </span>
          {entity.aliases.map((alias) => alias.text).join(', ')}
        </p>
      )}
      {entity.description !== '' && <p class="description">{entity.description}</p>}
      {entity.links.length > 0 && (
        <ul class="links-list" aria-label="Links">
          {entity.links.map((link, index) => (
            <li key={index}>
              {isHttpUrl(link.url) ? (
                <a href={link.url.trim()} target="_blank" rel="noopener noreferrer">
                  {link.label || link.url}
                </a>
              ) : (
                <span>{link.label || link.url}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
