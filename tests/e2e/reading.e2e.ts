// Reading with Backstory, on the seed article with the test knowledge base: when the popover
// opens and closes under the pointer, what a click does, the keyboard commands' way through the
// mentions, focus going into the popover and back, and that the page's own synthetic events can
// neither open nor close anything (only trusted input counts).
//
// The popover is read through the accessibility tree (see PopoverProbe in pages.e2e.ts), since
// its shadow root is closed. No named helper inside a function given to `page.evaluate`.
import type { Page } from 'playwright-core';
import { assert, highlightCenter, test, waitForHighlights } from './harness.ts';
import type { ExtensionBrowser } from './harness.ts';
import { PopoverProbe, launchWithPack, openInFront, stepMention } from './pages.e2e.ts';
import { startFixtureServer } from './server.ts';

/** The popover's default delay (settings: `popoverDelay`). */
const DELAY_MS = 300;
/** Longer than the hover controller's grace period between mention and popover (250 ms). */
const PAST_GRACE_MS = 700;

interface Reading {
  browser: ExtensionBrowser;
  page: Page;
  tabId: number;
  probe: PopoverProbe;
}

/** Opens the seed article with the test pack loaded and its highlights painted. */
async function withSeedArticle(run: (reading: Reading) => Promise<void>): Promise<void> {
  const server = await startFixtureServer();
  try {
    const browser = await launchWithPack();
    const { page, tabId } = await openInFront(browser, server.seedArticleUrl);
    await waitForHighlights(page, { name: 'backstory-person', minRanges: 2 });
    const probe = await PopoverProbe.attach(page);
    await run({ browser, page, tabId, probe });
    await probe.detach();
  } finally {
    await server.close();
  }
}

async function centreOf(page: Page, text: string): Promise<{ x: number; y: number }> {
  const point = await highlightCenter(page, 'backstory-person', text);
  assert(point, `"${text}" is highlighted as a person`);
  return point;
}

/** Whether the popover is still closed after `ms`, checked every 50 ms. */
async function staysClosed(reading: Reading, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await reading.probe.state()) return false;
    await reading.page.waitForTimeout(50);
  }
  return true;
}

/** Whether the popover is still open after `ms`, checked every 50 ms. */
async function staysOpen(reading: Reading, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (!(await reading.probe.state())) return false;
    await reading.page.waitForTimeout(50);
  }
  return true;
}

test('hovering a mention opens its popover after the delay, not before', () =>
  withSeedArticle(async (reading) => {
    const { page, probe } = reading;
    const point = await centreOf(page, 'Vladimir Putin');
    const started = Date.now();
    await page.mouse.move(point.x, point.y);
    assert(await staysClosed(reading, DELAY_MS / 2), `nothing opens within ${DELAY_MS / 2} ms`);
    const opened = await probe.waitOpen();
    const elapsed = Date.now() - started;
    assert(opened.name === 'Vladimir Putin', `the popover is named "${opened.name}"`);
    assert(elapsed >= DELAY_MS - 20, `it opened after ${elapsed} ms, before the ${DELAY_MS} ms delay`);
    assert(opened.focused === null, 'hovering leaves keyboard focus on the page');
    const active = await page.evaluate(() => document.activeElement?.localName ?? null);
    assert(active === 'body', `focus stays on the page's ${active}`);
  }));

test('the pointer can move from the mention into the popover, which stays open; leaving it closes it', () =>
  withSeedArticle(async (reading) => {
    const { page, probe } = reading;
    const point = await centreOf(page, 'Vladimir Putin');
    await page.mouse.move(point.x, point.y);
    await probe.waitOpen();
    const box = await probe.box();
    const inside = { x: box.x + Math.min(40, box.width / 2), y: box.y + box.height / 2 };
    // Across the gap between the mention and the popover, as a hand would.
    await page.mouse.move(inside.x, inside.y, { steps: 8 });
    assert(await staysOpen(reading, PAST_GRACE_MS), 'the popover stays open with the pointer over it');
    // Out of the popover to a place with no mention.
    await page.mouse.move(2, 2, { steps: 4 });
    await probe.waitClosed(2_000);
  }));

test('moving the pointer off a mention closes its popover after a short grace period', () =>
  withSeedArticle(async (reading) => {
    const { page, probe } = reading;
    const point = await centreOf(page, 'Vladimir Putin');
    await page.mouse.move(point.x, point.y);
    await probe.waitOpen();
    await page.mouse.move(2, 2);
    assert((await probe.state()) !== null, 'the popover waits a moment before it closes');
    await probe.waitClosed(2_000);
  }));

test('a click outside the popover closes it, a click inside does not', () =>
  withSeedArticle(async (reading) => {
    const { page, probe, browser, tabId } = reading;
    // Opened from the keyboard, so that no pointer movement is involved.
    await stepMention(browser, tabId, 1);
    await probe.waitOpen();
    assert(await staysOpen(reading, PAST_GRACE_MS), 'a popover opened from the keyboard stays open');
    // The pointer has not moved since the page opened: it is at the page's top-left corner.
    await page.mouse.down();
    await page.mouse.up();
    await probe.waitClosed(1_000);

    await stepMention(browser, tabId, 1);
    await probe.waitOpen();
    const box = await probe.box();
    // The dialog's top edge, beside the close button: no control there.
    const inside = { x: box.x + 12, y: box.y + 6 };
    await page.mouse.move(inside.x, inside.y, { steps: 4 });
    await page.mouse.down();
    await page.mouse.up();
    assert(await staysOpen(reading, PAST_GRACE_MS), 'a click inside the popover leaves it open');
  }));

test('Escape closes a hovered popover and leaves focus where it was', () =>
  withSeedArticle(async (reading) => {
    const { page, probe } = reading;
    const point = await centreOf(page, 'Vladimir Putin');
    await page.mouse.move(point.x, point.y);
    await probe.waitOpen();
    await page.keyboard.press('Escape');
    await probe.waitClosed(1_000);
    const active = await page.evaluate(() => document.activeElement?.localName ?? null);
    assert(active === 'body', `focus is on the page's ${active}`);
  }));

test('the next- and previous-mention commands move the focus ring and the popover through the mentions in order', () =>
  withSeedArticle(async (reading) => {
    const { page, probe, browser, tabId } = reading;
    // Every painted mention in document order, as the page sees them, once suggestions (which
    // are painted after the known names) have settled.
    const paintedMentions = () =>
      page.evaluate(() => {
        const ranges: Range[] = [];
        for (const name of ['backstory-person', 'backstory-organization', 'backstory-suggestion']) {
          for (const range of CSS.highlights.get(name) ?? []) if (range instanceof Range) ranges.push(range);
        }
        ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
        return ranges.map((range) => range.toString());
      });
    let mentions = await paintedMentions();
    for (let settled = 0; settled < 3;) {
      await page.waitForTimeout(300);
      const again = await paintedMentions();
      settled = JSON.stringify(again) === JSON.stringify(mentions) ? settled + 1 : 0;
      mentions = again;
    }
    assert(mentions.length >= 3, `the seed article has several mentions: ${mentions.join(', ')}`);
    const ringText = () =>
      page.evaluate(() => [...(CSS.highlights.get('backstory-focus') ?? [])].map(String));

    const expectRing = async (index: number, what: string) => {
      const expected = mentions[(index + mentions.length) % mentions.length];
      const ring = await ringText();
      assert(
        ring.length === 1 && ring[0] === expected,
        `${what}: the ring is on ${JSON.stringify(ring)}, expected "${expected}"`,
      );
      const state = await probe.waitOpen((open) => open.dialogFocused);
      assert(state.name !== '', `${what}: a focused popover is open`);
    };

    await stepMention(browser, tabId, 1);
    await expectRing(0, 'the first step');
    await stepMention(browser, tabId, 1);
    await expectRing(1, 'the next step');
    await stepMention(browser, tabId, -1);
    await expectRing(0, 'a step back');
    await stepMention(browser, tabId, -1);
    await expectRing(-1, 'a step back from the first mention wraps to the last');
    await stepMention(browser, tabId, 1);
    await expectRing(0, 'a step on from the last mention wraps to the first');
  }));

test('the keyboard command focuses the popover; Tab and Shift+Tab move through it; Escape gives focus back', () =>
  withSeedArticle(async (reading) => {
    const { page, probe, browser, tabId } = reading;
    // The seed article has no link: make its header focusable as a stand-in for one.
    await page.evaluate(() => {
      const header = document.querySelector('header p');
      if (header instanceof HTMLElement) {
        header.tabIndex = 0;
        header.focus();
      }
    });
    const before = await page.evaluate(() => document.activeElement?.localName ?? null);
    assert(before === 'p', `the header has focus, not ${before}`);

    await stepMention(browser, tabId, 1);
    const opened = await probe.waitOpen((state) => state.dialogFocused);
    const ring = await page.evaluate(() => [...(CSS.highlights.get('backstory-focus') ?? [])].map(String));
    assert(ring.length === 1 && opened.name !== '', `a focused popover opened for ${JSON.stringify(ring)}`);
    const host = await page.evaluate(() => document.activeElement?.localName ?? null);
    assert(host === 'backstory-ui', `the page sees focus on our host, not on ${host}`);

    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab');
      // The accessibility tree follows focus a moment later: wait for the change.
      const previous = seen[seen.length - 1];
      const state = await probe
        .waitOpen(
          (open) =>
            !open.dialogFocused &&
            open.focused !== null &&
            `${open.focused.role} ${open.focused.name}` !== previous,
          2_000,
        )
        .catch(() => probe.waitOpen());
      const focused = state.focused;
      assert(focused && ['button', 'link'].includes(focused.role), `Tab reached ${JSON.stringify(focused)}`);
      seen.push(`${focused.role} ${focused.name}`);
    }
    assert(new Set(seen).size === 3, `Tab moved through three controls: ${seen.join(' → ')}`);
    assert(
      seen[0] === 'button Pin open' && seen[1] === 'button Close',
      `the pin and close buttons come first, not ${seen.slice(0, 2).join(', ')}`,
    );
    await page.keyboard.press('Shift+Tab');
    const back = await probe
      .waitOpen(
        (open) => open.focused !== null && `${open.focused.role} ${open.focused.name}` === seen[1],
        2_000,
      )
      .catch(() => probe.waitOpen());
    const backTo = back.focused ? `${back.focused.role} ${back.focused.name}` : null;
    assert(backTo === seen[1], `Shift+Tab went back to ${seen[1]}, not ${backTo}`);

    await page.keyboard.press('Escape');
    await probe.waitClosed(1_000);
    const after = await page.evaluate(() => ({
      active: document.activeElement?.localName ?? null,
      header: document.activeElement === document.querySelector('header p'),
      ring: CSS.highlights.get('backstory-focus')?.size ?? 0,
    }));
    assert(after.header, `Escape gave focus back to the header, not to ${after.active}`);
    assert(after.ring === 0, 'Escape removed the focus ring');
  }));

test("the page's synthetic pointer events open no popover", () =>
  withSeedArticle(async (reading) => {
    const { page } = reading;
    const point = await centreOf(page, 'Vladimir Putin');
    await page.evaluate(async ({ x, y }) => {
      const target = document.elementFromPoint(x, y) ?? document.body;
      for (let i = 0; i < 20; i++) {
        const init = { clientX: x, clientY: y, bubbles: true, composed: true, pointerType: 'mouse' };
        target.dispatchEvent(new PointerEvent('pointermove', init));
        target.dispatchEvent(new PointerEvent('pointerover', init));
        target.dispatchEvent(new MouseEvent('mousemove', init));
        target.dispatchEvent(new MouseEvent('mouseover', init));
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }, point);
    assert(await staysClosed(reading, DELAY_MS * 3), 'synthetic pointer events opened a popover');
  }));

test("the page's synthetic Escape and clicks do not close an open popover", () =>
  withSeedArticle(async (reading) => {
    const { page, probe, browser, tabId } = reading;
    await stepMention(browser, tabId, 1);
    await probe.waitOpen();
    await page.evaluate(() => {
      const escape = { key: 'Escape', code: 'Escape', bubbles: true, cancelable: true, composed: true };
      window.dispatchEvent(new KeyboardEvent('keydown', escape));
      document.dispatchEvent(new KeyboardEvent('keydown', escape));
      document.querySelector('backstory-ui')?.dispatchEvent(new KeyboardEvent('keydown', escape));
      const click = { clientX: 5, clientY: 5, bubbles: true, composed: true };
      document.body.dispatchEvent(new PointerEvent('pointerdown', click));
      document.body.dispatchEvent(new MouseEvent('mousedown', click));
      document.body.click();
    });
    assert(await staysOpen(reading, PAST_GRACE_MS), 'a synthetic Escape or click closed the popover');
  }));

test('the popover still closes when the page changes while the pointer leaves', () =>
  withSeedArticle(async (reading) => {
    const { page, probe } = reading;
    const point = await centreOf(page, 'Vladimir Putin');
    await page.mouse.move(point.x, point.y);
    await probe.waitOpen();
    // Let the rescan that follows the popover's opening pass.
    await page.waitForTimeout(1_500);
    // A live page changes all the time (tickers, comments, ads); Backstory scans it again after
    // 600 ms of quiet. Leave the mention shortly before that rescan, so it lands inside the
    // 250 ms grace period before the popover closes.
    await page.evaluate(() => {
      document.querySelector('footer p')?.append(' Updated.');
    });
    await page.waitForTimeout(480);
    await page.mouse.move(2, 2);
    await probe.waitClosed(2_000);
  }));
