// How much space the knowledge base takes, where the browser says.
import { useEffect, useState } from 'preact/hooks';
import { formatBytes } from './plural';

export function StorageUse({ revision }: { revision: number }) {
  const [estimate, setEstimate] = useState<{ usage: number; quota: number } | null>(null);
  useEffect(() => {
    let current = true;
    // Optional chaining: older browsers and some test environments have no StorageManager.
    const pending = navigator.storage?.estimate?.();
    void pending
      ?.then(({ usage, quota }) => {
        if (current && usage !== undefined && quota !== undefined) setEstimate({ usage, quota });
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [revision]);
  if (!estimate) return null;
  return (
    <p class="muted storage-use">
      Storage used: {formatBytes(estimate.usage)} of {formatBytes(estimate.quota)} available.
    </p>
  );
}
