// Counts in sentences, from the message catalogue: "1 entity and 3 notes".
import { plural, t } from '../../utils/i18n';

export function entitiesAndNotes(report: { entities: number; notes: number }): string {
  return t('count_entities_and_notes', [
    plural('count_entities', report.entities),
    plural('count_notes', report.notes),
  ]);
}
