// A counter that goes up whenever the knowledge base changes, so views can reload.
// The background broadcasts `kb.changed`; the popup's own saves bump it too.
import * as v from 'valibot';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { BroadcastSchema } from '../../utils/protocol';

export function useKbRevision(): [number, () => void] {
  const [revision, setRevision] = useState(0);
  const bump = useCallback(() => setRevision((current) => current + 1), []);
  useEffect(() => {
    // Returns nothing: the popup answers no requests, it only listens.
    const listener = (message: unknown): undefined => {
      if (v.is(BroadcastSchema, message)) bump();
      return undefined;
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, [bump]);
  return [revision, bump];
}
