// Saves text as a file through a temporary link, as extension pages can without extra permissions.

/** The click starts the download asynchronously; the URL must outlive this tick. */
export const REVOKE_DELAY_MS = 250;

export function downloadText(text: string, filename: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
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
