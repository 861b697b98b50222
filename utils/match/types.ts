// Types of the pure matcher: what goes in (aliases of entities) and what comes out (mentions).
import type { EntityType, TextQuoteSelector } from '../model';

/** A mention found in a text: offsets are UTF-16 indices into that text, end exclusive. */
export interface FoundMention {
  entityId: string;
  type: EntityType;
  start: number;
  end: number;
  /** W3C TextQuoteSelector: exact text plus up to 32 characters either side. */
  selector: TextQuoteSelector;
  /** How it was found: a name or alias of the knowledge base, or a short form the page defined. */
  via: 'alias' | 'short-form';
}
