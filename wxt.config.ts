// Build configuration: one manifest for Chrome (MV3) and Firefox, Preact through Vite.
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: the same modules run in Node (scanner, benchmarks).
  imports: false,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Backstory',
    // Strings of the extension's pages come from public/_locales/<lang>/messages.json.
    default_locale: 'en',
    description:
      'The backstory of the people and organisations named in the news, with where each fact came from.',
    // The content script already runs on every http(s) page; injecting the suggestion engine
    // there on demand needs the same hosts as an explicit permission.
    host_permissions: ['http://*/*', 'https://*/*'],
    // `scripting` injects the suggestion engine on demand (Manifest V2 uses tabs.executeScript).
    // `contextMenus`: add selected text as an entity or a note; `alarms`: purge the trash after
    // the undo window and old sightings daily, even after the service worker was stopped.
    permissions: [
      'storage',
      'tabs',
      'unlimitedStorage',
      'contextMenus',
      'alarms',
      ...(manifestVersion === 3 ? ['scripting'] : []),
    ],
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+Period' },
        description: 'Go to the next highlighted name and open its notes',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+Comma' },
        description: 'Go to the previous highlighted name and open its notes',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'backstory@backstory.invalid', strict_min_version: '128.0' },
          },
        }
      : {}),
  }),
});
