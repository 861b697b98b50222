// The page as assistive technology sees it. Backstory's popover lives in a closed shadow root,
// which no selector can reach; the browser's accessibility tree shows it all the same.
import type { Page } from 'playwright-core';

export interface AccessibleNode {
  role: string;
  name: string;
  focused: boolean;
}

interface AXValue {
  value?: unknown;
}
interface AXProperty {
  name: string;
  value: AXValue;
}
interface AXNode {
  ignored: boolean;
  role?: AXValue;
  name?: AXValue;
  properties?: AXProperty[];
}

/** Every non-ignored node of the page's accessibility tree, with its role and name. */
export async function accessibleNodes(page: Page): Promise<AccessibleNode[]> {
  const session = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await session.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
    return nodes
      .filter((node) => !node.ignored)
      .map((node) => ({
        role: String(node.role?.value ?? ''),
        name: String(node.name?.value ?? ''),
        focused:
          node.properties?.some((property) => property.name === 'focused' && property.value.value === true) ??
          false,
      }));
  } finally {
    await session.detach();
  }
}

/** Waits until a node matching `predicate` is in the tree (or, with `gone`, is no longer). */
export async function waitForAccessible(
  page: Page,
  predicate: (node: AccessibleNode) => boolean,
  options: { gone?: boolean; timeoutMs?: number } = {},
): Promise<void> {
  const deadline = Date.now() + (options.timeoutMs ?? 10_000);
  for (;;) {
    const present = (await accessibleNodes(page)).some(predicate);
    if (present !== Boolean(options.gone)) return;
    if (Date.now() > deadline) {
      throw new Error(`Timed out waiting for an accessible node to ${options.gone ? 'go' : 'appear'}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}
