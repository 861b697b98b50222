// Saves a Blob as a file through a temporary link, as extension pages can without the
// downloads permission. The Blob is built from parts: no giant string is ever made.

/** The click starts the download asynchronously; the URL must outlive this tick. */
export const REVOKE_DELAY_MS = 60_000;

export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_DELAY_MS);
  }
}

export const MEDIA_TYPES: Record<string, string> = {
  json: 'application/json',
  jsonld: 'application/ld+json',
  csv: 'text/csv;charset=utf-8',
  zip: 'application/zip',
};

export function mediaType(filename: string): string {
  return MEDIA_TYPES[filename.slice(filename.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
}
