// An error from the background, shown next to the form or list it concerns. A message of
// several lines (a pack's validation problems, say) is shown as a list.
export interface ErrorMessageProps {
  error: string | null;
  /** Sentence shown above a list of problems. */
  heading?: string;
}

export function ErrorMessage({ error, heading }: ErrorMessageProps) {
  if (error === null) return null;
  const lines = splitLines(error);
  return (
    <div role="alert" class="error-message">
      {lines.length > 1 ? (
        <>
          <p>{heading ?? 'There were problems:'}</p>
          <ul>
            {lines.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{lines[0] ?? error}</p>
      )}
    </div>
  );
}

export function splitLines(text: string): string[] {
  return text
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
