// How much space the knowledge base uses of what the browser allows, and whether the browser
// may evict it under storage pressure; a button asks for persistent storage.
import { useEffect, useState } from 'preact/hooks';
import { errorText } from './error-text';

export interface StorageInfoProps {
  /** Changes when the data may have changed size (after an import, say). */
  revision?: number;
}

interface Estimate {
  usage: number;
  quota: number;
  persisted: boolean | null;
}

export function formatSize(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${value} bytes` : `${value.toFixed(value >= 10 ? 0 : 1)} ${units[unit] ?? ''}`;
}

async function readEstimate(): Promise<Estimate | null> {
  // Optional chaining: older browsers and some test environments have no StorageManager.
  const manager = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!manager?.estimate) return null;
  const { usage, quota } = await manager.estimate();
  const persisted = manager.persisted ? await manager.persisted() : null;
  return { usage: usage ?? 0, quota: quota ?? 0, persisted };
}

export function StorageInfo({ revision = 0 }: StorageInfoProps) {
  const [estimate, setEstimate] = useState<Estimate | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [count, setCount] = useState(0);

  useEffect(() => {
    let current = true;
    readEstimate()
      .then((value) => {
        if (current) setEstimate(value);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [revision, count]);

  const persist = async () => {
    try {
      const granted = (await navigator.storage.persist?.()) ?? false;
      setMessage(
        granted
          ? { text: 'Your data is now kept even when the browser runs short of space.', error: false }
          : { text: 'The browser did not grant persistent storage.', error: true },
      );
    } catch (error) {
      setMessage({ text: `Persistent storage was not granted: ${errorText(error)}`, error: true });
    }
    setCount((value) => value + 1);
  };

  if (!estimate) return null;
  return (
    <section class="storage-info" aria-label="Storage">
      <p>
        {`Storage used: ${formatSize(estimate.usage)} of ${formatSize(estimate.quota)} available.`}
        {estimate.persisted === true ? ' Persistent: the browser will not clear it by itself.' : ''}
      </p>
      {estimate.persisted === false && (
        <button type="button" onClick={() => void persist()}>
          Keep my data persistent
        </button>
      )}
      {message && (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'status-error' : 'status'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
