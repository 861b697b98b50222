// A setting's current value, kept up to date while the component is shown.
import { useEffect, useState } from 'preact/hooks';

/** The part of a WXT storage item a view needs. */
export interface WatchableItem<T> {
  fallback: T;
  getValue(): Promise<T>;
  watch(callback: (value: T) => void): () => void;
}

/** Returns undefined until the first read has finished. */
export function useStorageItem<T>(item: WatchableItem<T>): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let active = true;
    const unwatch = item.watch((next) => {
      if (active) setValue(next ?? item.fallback);
    });
    void item.getValue().then((current) => {
      if (active) setValue(current);
    });
    return () => {
      active = false;
      unwatch();
    };
  }, [item]);
  return value;
}
