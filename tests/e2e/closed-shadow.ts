// Reaching into Backstory's closed shadow root from a test, the way a user does: find a control
// by its role-like tag and text through the DevTools protocol (which sees closed roots), then
// click it with the real mouse or type into it with the real keyboard.
import type { Page } from 'playwright-core';

interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

function textOf(node: DomNode): string {
  if (node.nodeName === '#text') return node.nodeValue;
  return [...(node.children ?? [])].map(textOf).join('');
}

function* walk(node: DomNode): Generator<DomNode> {
  yield node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) yield* walk(child);
}

/** The centre of the first element in our UI with tag `tag` whose text is `text`. */
async function centreOf(page: Page, tag: string, text: string | RegExp): Promise<{ x: number; y: number }> {
  const session = await page.context().newCDPSession(page);
  try {
    const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as {
      root: DomNode;
    };
    const host = [...walk(root)].find((node) => node.nodeName === 'BACKSTORY-UI');
    if (!host) throw new Error('Backstory’s popover is not on the page');
    const match = [...walk(host)].find((node) => {
      if (node.nodeName !== tag.toUpperCase()) return false;
      const content = textOf(node).trim();
      return typeof text === 'string' ? content === text : text.test(content);
    });
    if (!match) throw new Error(`No <${tag}> “${String(text)}” in the popover`);
    const { model } = (await session.send('DOM.getBoxModel', { backendNodeId: match.backendNodeId })) as {
      model: { content: number[] };
    };
    const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.content;
    return { x: (x1 + x3) / 2, y: (y1 + y3) / 2 };
  } finally {
    await session.detach();
  }
}

/** Clicks a button (or other element) of the popover by its text. */
export async function clickInPopover(page: Page, text: string | RegExp, tag = 'button'): Promise<void> {
  const { x, y } = await centreOf(page, tag, text);
  await page.mouse.click(x, y);
}
