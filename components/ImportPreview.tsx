// The preview of an import, before anything is written: counts of new, changed, unchanged
// and conflicting entities and notes, and each listed conflict with its choice (keep mine,
// take theirs, keep both) next to the choice for every other conflict.
import type { ConflictChoice } from '../utils/import/diff';
import type { ImportPreview as Preview, StatusCounts } from '../utils/import/preview';

export const CHOICES: [ConflictChoice, string][] = [
  ['mine', 'Keep mine'],
  ['theirs', 'Take theirs'],
  ['both', 'Keep both'],
];

const KIND_LABEL: Record<Preview['kind'], string> = {
  pack: 'a Backstory pack',
  minimal: 'a hand-written pack',
  w3c: 'W3C Web Annotations',
};

export interface ImportPreviewProps {
  name: string;
  preview: Preview;
  all: ConflictChoice;
  byKey: Record<string, ConflictChoice>;
  onAll: (choice: ConflictChoice) => void;
  onChoice: (key: string, choice: ConflictChoice) => void;
  withSettings: boolean;
  onSettings: (value: boolean) => void;
  onApply: () => void;
  onCancel: () => void;
}

function CountCells({ counts }: { counts: StatusCounts }) {
  return (
    <>
      <td>{counts.new}</td>
      <td>{counts.changed}</td>
      <td>{counts.unchanged}</td>
      <td>{counts.conflict}</td>
    </>
  );
}

export function ImportPreview(props: ImportPreviewProps) {
  const { preview } = props;
  const hidden = preview.conflictCount - preview.conflicts.length;
  return (
    <section aria-label="Import preview" class="import-preview">
      <p>
        {`${props.name} is ${KIND_LABEL[preview.kind]}${preview.name ? ` (“${preview.name}”)` : ''}`}
        {preview.migratedFrom !== undefined
          ? `, written by an earlier version (${preview.migratedFrom})`
          : ''}
        {'. Nothing has been written yet.'}
      </p>
      <table>
        <caption>What importing it would do</caption>
        <thead>
          <tr>
            <th scope="col">Records</th>
            <th scope="col">New</th>
            <th scope="col">Changed</th>
            <th scope="col">Unchanged</th>
            <th scope="col">Conflicting</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Entities</th>
            <CountCells counts={preview.entities} />
          </tr>
          <tr>
            <th scope="row">Notes</th>
            <CountCells counts={preview.notes} />
          </tr>
        </tbody>
      </table>
      {(preview.mentions > 0 || preview.noteVersions > 0) && (
        <p class="muted">{`Also ${preview.mentions} recorded mentions and ${preview.noteVersions} earlier note versions.`}</p>
      )}
      {preview.conflictCount > 0 && (
        <>
          <div class="field">
            <label for="import-all">For every conflict</label>
            <select
              id="import-all"
              value={props.all}
              onChange={(event) => props.onAll(event.currentTarget.value as ConflictChoice)}
            >
              {CHOICES.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <ul class="conflicts">
            {preview.conflicts.map((item) => (
              <li key={item.key}>
                <fieldset>
                  <legend>{`${item.kind === 'entity' ? 'Entity' : 'Note'}: ${item.label}`}</legend>
                  <p>{`Mine: ${item.mine ?? ''}`}</p>
                  <p>{`Theirs: ${item.theirs ?? ''}`}</p>
                  {CHOICES.map(([value, label]) => (
                    <label key={value} class="check">
                      <input
                        type="radio"
                        name={`choice-${item.key}`}
                        value={value}
                        checked={(props.byKey[item.key] ?? props.all) === value}
                        onChange={() => props.onChoice(item.key, value)}
                      />
                      {label}
                    </label>
                  ))}
                </fieldset>
              </li>
            ))}
          </ul>
          {hidden > 0 && (
            <p class="muted">{`${hidden} more conflicts follow the choice for every conflict.`}</p>
          )}
        </>
      )}
      {preview.settings && (
        <label class="check">
          <input
            type="checkbox"
            checked={props.withSettings}
            onChange={(event) => props.onSettings(event.currentTarget.checked)}
          />
          Also apply the pack’s settings
        </label>
      )}
      <div class="actions">
        <button type="button" onClick={props.onApply}>
          Import
        </button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
