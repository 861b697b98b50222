// The knowledge base opened in an extension page (options, popup), which shares its origin:
// for bulk work that would otherwise copy every record through messages (import files,
// exports). The background stays the one that answers every other request.
import type { BackstoryDb } from './db-schema';
import { openBackstoryDb } from './db-schema';

export type OpenDb = () => Promise<BackstoryDb>;

export const openKnowledgeBase: OpenDb = () => openBackstoryDb();

/** The knowledge base opened here, or null (with a warning saying what happens instead). */
export async function openInPage(open: OpenDb, instead: string): Promise<BackstoryDb | null> {
  try {
    return await open();
  } catch (error) {
    console.warn(`Backstory: ${instead}:`, error);
    return null;
  }
}
