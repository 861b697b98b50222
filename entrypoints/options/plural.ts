// Counts in sentences: "1 entity", "3 notes".

export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function entitiesAndNotes(report: { entities: number; notes: number }): string {
  return `${count(report.entities, 'entity', 'entities')} and ${count(report.notes, 'note', 'notes')}`;
}

/** Bytes as people read them: "820 KB", "1.4 GB". */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const shown = unit === 0 ? String(Math.round(value)) : value.toFixed(value < 10 ? 1 : 0);
  return `${shown} ${units[unit] ?? 'bytes'}`;
}
