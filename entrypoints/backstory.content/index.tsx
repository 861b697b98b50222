// Content script: highlights the knowledge base's entities on http(s) pages and shows their
// popover. Matching runs in the background (the knowledge base never enters the page); this
// script only reads the page, paints CSS highlights and hosts the popover in a closed shadow root.
import type { VirtualElement } from '@floating-ui/dom';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PagePopover, type PopoverContent } from '../../components/PagePopover';
import { askBackground } from '../../utils/messaging';
import { HoverController } from '../../utils/page/hover';
import type { PlacedMention } from '../../utils/page/hit-test';
import { PageSession } from '../../utils/page/session';
import {
  MessageEnvelopeSchema,
  TabRequests,
  type PageMention,
  type Reply,
  type TabReplies,
} from '../../utils/protocol';
import { loadedSuggester } from '../../utils/suggest/bridge';
import type { Suggestion } from '../../utils/suggest/index';
import { appearance, popoverWidth, readAppearance, readPopoverWidth } from '../../utils/appearance';
import { detectArticle } from '../../utils/page/article';
import { resolveTheme } from '../../utils/page/theme';
import {
  autoArticles,
  decideRun,
  disabledSites,
  enabledSites,
  hiddenEntities,
  hiddenMap,
  popoverDelay,
  popoverTheme,
  siteList,
  setEntityHidden,
  showSuggestions,
  shownTypeSet,
  shownTypes,
  siteOf,
} from '../../utils/settings';
import { pageSource } from '../../utils/page/metadata';
import * as v from 'valibot';
import './style.css';

/** Whether this frame is the top one or shares its origin (a cross-origin frame is not ours to read). */
function sameOriginAsTop(): boolean {
  if (window === window.top) return true;
  try {
    return window.top?.location.origin === location.origin;
  } catch {
    return false;
  }
}

/** Waits for the page's idle time (or at most a frame's worth of waiting without it). */
function idle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 50 });
    else setTimeout(resolve, 16);
  });
}

/** Longest text searched for suggestions (characters); longer pages get known names only. */
const MAX_SUGGEST_TEXT = 400_000;

/** Quiet time after the page's last DOM change before it is scanned again. */
const RESCAN_DELAY_MS = 600;

/** The text selected on the page, on one line, at most 5000 characters ('' when none). */
function selectedText(): string {
  return (window.getSelection()?.toString() ?? '').replace(/\s+/gu, ' ').trim().slice(0, 5000);
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // Articles embedded in same-origin frames too; other frames (ads, players) return at once.
  allFrames: true,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    if (!sameOriginAsTop()) return;
    const site = siteOf(location.href);
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    const signal = controller.signal;

    let sites = {
      disabled: siteList(await disabledSites.getValue()),
      enabled: siteList(await enabledSites.getValue()),
      auto: await autoArticles.getValue(),
    };
    let article = detectArticle(document);
    // Set from the popup: scan the whole page, not only the article region.
    let wholePage = false;
    let enabled = false;
    const decide = () => {
      article = detectArticle(document);
      enabled =
        decideRun({
          site,
          isArticle: article.isArticle,
          disabled: sites.disabled,
          enabled: sites.enabled,
          autoArticles: sites.auto !== false,
        }) === 'run';
    };
    let delay = await popoverDelay.getValue();
    let themeChoice = await popoverTheme.getValue();
    let hidden = hiddenMap(await hiddenEntities.getValue());
    let types = shownTypeSet(await shownTypes.getValue());
    let width = readPopoverWidth(await popoverWidth.getValue());
    let suggestionsOn = (await showSuggestions.getValue()) !== false;

    // The suggestion engine is injected on first use only (utils/suggest/bridge.ts).
    const suggestNames = async (text: string, known: readonly PageMention[]): Promise<Suggestion[]> => {
      if (text.length > MAX_SUGGEST_TEXT) return [];
      if (!loadedSuggester()) await askBackground('suggest.load', {});
      const suggester = loadedSuggester();
      if (!suggester) return [];
      const found = suggester(text, { covered: known });
      if (found.length === 0) return [];
      const { keep } = await askBackground('suggest.filter', { names: found.map(({ name }) => ({ name })) });
      return found.filter((_, index) => keep[index] === true);
    };

    const ui = await createShadowRootUi(ctx, {
      name: 'backstory-ui',
      position: 'inline',
      anchor: 'html',
      append: 'last',
      mode: 'closed',
      isolateEvents: true,
      onMount: (container) => container,
      onRemove: (container) => {
        if (container) render(null, container);
      },
    });
    const isOwnElement = (element: Element) => element === ui.shadowHost;

    const session = new PageSession({
      document,
      extract: { exclude: isOwnElement },
      root: () => (wholePage ? (document.body ?? document.documentElement) : article.region),
      hidden: () => new Set(site ? (hidden[site] ?? []) : []),
      types: () => types,
      pause: idle,
      suggest: (text, known) => (suggestionsOn ? suggestNames(text, known) : Promise.resolve([])),
      scan: (text, url, title) => askBackground('page.scan', { text, url, title }),
    });

    session.painter.setAppearance(readAppearance(await appearance.getValue()));

    // The open popover, if any.
    let open: {
      mention: PlacedMention;
      content: PopoverContent;
      focus: boolean;
      anchor: VirtualElement;
    } | null = null;

    // One anchor per opened popover, reading the open mention's current range: redrawing (a new
    // card, a rescan that moved the mention) keeps it, so placement and focus are left alone.
    const anchorFor = (mention: PlacedMention): VirtualElement => {
      const range = () => (open?.mention ?? mention).range;
      return {
        getBoundingClientRect: () => range().getBoundingClientRect(),
        getClientRects: () => range().getClientRects(),
        contextElement: mention.range.startContainer.parentElement ?? undefined,
      };
    };
    let overPopover = false;
    // A pinned popover ignores the pointer, scrolling and clicks elsewhere until closed.
    let pinned = false;
    let returnFocus: Element | null = null;
    // The mention the keyboard moved to (drawn with a focus ring).
    let focused: PlacedMention | null = null;

    const draw = () => {
      if (!open) {
        if (ui.mounted) ui.remove();
        return;
      }
      if (!ui.mounted) ui.mount();
      const container = ui.uiContainer;
      render(
        <PagePopover
          anchor={open.anchor}
          content={open.content}
          focusOnOpen={open.focus}
          theme={resolveTheme(themeChoice, document)}
          page={pageRefFor(open.mention)}
          onOpenEntity={(id) => {
            void askBackground('entity.open', { id }).catch((error: unknown) => {
              console.debug('Backstory could not open the entity:', error);
            });
          }}
          width={width}
          pinned={pinned}
          onTogglePin={() => {
            pinned = !pinned;
            draw();
          }}
          onSuggestionDone={() => {
            closePopover(true);
            void refresh();
          }}
          onHide={(id) => {
            closePopover(true);
            if (site) void setEntityHidden(site, id, true);
          }}
          onClose={() => closePopover(true)}
          onPointerEnter={() => {
            overPopover = true;
            hover.enterPopover();
          }}
          onPointerLeave={() => {
            overPopover = false;
            hover.leavePopover();
          }}
        />,
        container,
      );
    };

    const pageRefFor = (mention: PlacedMention) => {
      const source = pageSource(document);
      return { ...source, title: source.title ?? document.title, quote: session.sentenceOf(mention) };
    };

    const loadCard = async (mention: PlacedMention) => {
      try {
        const card = await askBackground('entity.card', { id: mention.entityId });
        if (open?.mention !== mention) return;
        open.content = card
          ? { status: 'ready', card, pageCount: session.countOf(mention.entityId) }
          : {
              status: 'error',
              name: session.entity(mention.entityId)?.name ?? '',
              message: 'This entity is no longer in the knowledge base.',
            };
      } catch (error) {
        if (open?.mention !== mention) return;
        const name = session.entity(mention.entityId)?.name ?? '';
        open.content = {
          status: 'error',
          name,
          message: error instanceof Error ? error.message : String(error),
        };
      }
      draw();
    };

    const openPopover = (mention: PlacedMention, focus = false) => {
      if (focus && !open?.focus) returnFocus = document.activeElement;
      hover.setOpen(mention);
      if (mention.suggestion) {
        const source = { ...pageSource(document), quote: session.sentenceOf(mention) };
        const content: PopoverContent = { status: 'suggestion', suggestion: mention.suggestion, source };
        open = { mention, content, focus, anchor: anchorFor(mention) };
        draw();
        return;
      }
      const name = session.entity(mention.entityId)?.name ?? '';
      open = { mention, content: { status: 'loading', name }, focus, anchor: anchorFor(mention) };
      draw();
      void loadCard(mention);
    };

    function closePopover(restoreFocus = false) {
      if (!open) return;
      open = null;
      pinned = false;
      if (focused) {
        focused = null;
        session.setFocus(null);
      }
      overPopover = false;
      hover.setOpen(null);
      draw();
      if (restoreFocus && returnFocus instanceof HTMLElement) returnFocus.focus();
      returnFocus = null;
    }

    const hover = new HoverController({
      document,
      state: () => session.hitTestState,
      delay: () => delay,
      overPopover: () => overPopover || pinned,
      onOpen: (mention) => openPopover(mention),
      onClose: () => closePopover(),
      signal,
    });

    window.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Escape' && event.isTrusted && open) closePopover(true);
      },
      { capture: true, signal },
    );
    window.addEventListener(
      'pointerdown',
      (event) => {
        if (
          open &&
          !pinned &&
          event.isTrusted &&
          !(event.target instanceof Element && isOwnElement(event.target))
        ) {
          closePopover();
        }
      },
      { capture: true, signal },
    );

    // Close when the mention scrolls out of view (a pinned popover follows it instead).
    let scrollFrame = 0;
    window.addEventListener(
      'scroll',
      () => {
        if (!open || pinned || scrollFrame) return;
        scrollFrame = requestAnimationFrame(() => {
          scrollFrame = 0;
          if (!open || pinned) return;
          const box = open.mention.range.getBoundingClientRect();
          if (box.bottom < 0 || box.top > window.innerHeight) closePopover();
        });
      },
      { passive: true, capture: true, signal },
    );

    const refresh = async (changedOnly = false) => {
      decide();
      if (!enabled) {
        closePopover();
        session.clear();
        return;
      }
      try {
        await session.refresh({ changedOnly });
        if (open && !session.mentions.includes(open.mention)) {
          // The page was scanned again: keep the popover on the same mention if it still exists.
          const same = session.mentions.find(
            (mention) => mention.entityId === open?.mention.entityId && mention.start === open.mention.start,
          );
          if (same) {
            open.mention = same;
            hover.repoint(same);
            if (!same.suggestion) void loadCard(same);
            else draw();
          } else closePopover();
        }
      } catch (error) {
        // The background may be restarting (extension update): the next change scans again.
        console.debug('Backstory could not scan this page:', error);
      }
    };

    let rescanTimer: ReturnType<typeof setTimeout> | undefined;
    // Changes of the page are batched: one rescan after a quiet moment, of what changed.
    const scheduleRefresh = (wait = RESCAN_DELAY_MS) => {
      clearTimeout(rescanTimer);
      rescanTimer = setTimeout(() => void refresh(true), wait);
    };
    signal.addEventListener('abort', () => {
      clearTimeout(rescanTimer);
      closePopover();
      session.clear();
    });

    // Late-loading article bodies and single-page navigation.
    const observer = new MutationObserver((records) => {
      if (
        records.some((record) => !(record.target instanceof Node && ui.shadowHost.contains(record.target)))
      ) {
        scheduleRefresh();
      }
    });
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    signal.addEventListener('abort', () => observer.disconnect());
    ctx.addEventListener(window, 'wxt:locationchange', () => scheduleRefresh(0));

    const unwatchers = [
      disabledSites.watch((list) => {
        sites = { ...sites, disabled: siteList(list) };
        void refresh();
      }),
      enabledSites.watch((list) => {
        sites = { ...sites, enabled: siteList(list) };
        void refresh();
      }),
      appearance.watch((value) => session.painter.setAppearance(readAppearance(value))),
      popoverWidth.watch((value) => {
        width = readPopoverWidth(value);
        draw();
      }),
      shownTypes.watch((value) => {
        types = shownTypeSet(value);
        void refresh();
      }),
      showSuggestions.watch((value) => {
        suggestionsOn = value !== false;
        void refresh();
      }),
      hiddenEntities.watch((value) => {
        hidden = hiddenMap(value);
        void refresh();
      }),
      popoverTheme.watch((value) => {
        themeChoice = value === 'light' || value === 'dark' ? value : 'page';
        draw();
      }),
      autoArticles.watch((value) => {
        sites = { ...sites, auto: value !== false };
        void refresh();
      }),
    ];
    const unwatchDelay = popoverDelay.watch((value) => {
      if (typeof value === 'number' && Number.isFinite(value)) delay = value;
    });
    signal.addEventListener('abort', () => {
      for (const unwatch of unwatchers) unwatch();
      unwatchDelay();
    });

    const onMessage = (message: unknown, sender: { id?: string }): Promise<Reply<unknown>> | undefined => {
      if (sender.id !== browser.runtime.id) return undefined;
      const envelope = v.safeParse(MessageEnvelopeSchema, message);
      if (!envelope.success) return undefined;
      const { to, type } = envelope.output;
      if (to === 'all' && type === 'kb.changed') {
        void refresh().then(() => {
          if (open && !open.mention.suggestion) void loadCard(open.mention);
        });
        return undefined;
      }
      if (to === 'tab' && type === 'mention.step') {
        const request = v.safeParse(TabRequests['mention.step'], envelope.output.payload);
        if (!request.success) return Promise.resolve({ ok: false, error: 'Invalid request.' });
        const target = enabled ? session.step(focused, request.output.direction) : null;
        if (target) {
          focused = target;
          session.setFocus(target);
          target.range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
          openPopover(target, true);
        }
        return Promise.resolve({ ok: true, value: target ? { entityId: target.entityId } : null });
      }
      if (to === 'tab' && type === 'page.scanAll') {
        wholePage = true;
        return refresh().then(() => ({ ok: true, value: null }));
      }
      if (to === 'tab' && type === 'page.summary') {
        const value: TabReplies['page.summary'] = {
          url: location.href,
          title: document.title,
          entities: enabled ? session.summary() : [],
          suggestions: enabled
            ? session.suggestions().map(({ name, type, count }) => ({ name, type, count }))
            : [],
          enabled,
          isArticle: article.isArticle,
          wholePage,
          source: pageSource(document),
          selection: selectedText(),
        };
        return Promise.resolve({ ok: true, value });
      }
      if (to === 'tab' && type === 'page.selection') {
        // The context menu: the page as a source and the selection as the reader sees it.
        const value: TabReplies['page.selection'] = {
          source: pageSource(document),
          selection: selectedText(),
        };
        return Promise.resolve({ ok: true, value });
      }
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage));

    await refresh();
  },
});
