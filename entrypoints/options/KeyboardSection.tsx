// "Keyboard shortcuts": the extension's commands with the keys the browser gives them, and the
// way to the browser's own page for changing them (an extension cannot change them itself).
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { errorText } from '../../components/error-text';
import { t, type MessageKey } from '../../utils/i18n';

export interface Command {
  name?: string;
  description?: string;
  shortcut?: string;
}

export interface KeyboardSectionProps {
  /** The extension's commands (tests pass their own). */
  getCommands?: () => Promise<Command[]>;
  /** Opens the browser's shortcut settings (tests pass their own). */
  openShortcuts?: () => Promise<unknown>;
  /** Firefox has no page to open; the section explains the way there instead. */
  firefox?: boolean;
}

const CHROME_SHORTCUTS = 'chrome://extensions/shortcuts';

const DESCRIPTIONS: Record<string, MessageKey> = {
  'next-mention': 'command_next_mention',
  'previous-mention': 'command_previous_mention',
  _execute_action: 'command_execute_action',
  _execute_browser_action: 'command_execute_action',
};

const commandsOfBrowser = () => browser.commands.getAll();
// `chrome://` pages cannot be linked to, but a tab can be opened on them.
const openChromeShortcuts = () => browser.tabs.create({ url: CHROME_SHORTCUTS });

function describe(command: Command): string {
  const key = command.name === undefined ? undefined : DESCRIPTIONS[command.name];
  return key ? t(key) : (command.description ?? command.name ?? '');
}

export function KeyboardSection({
  getCommands = commandsOfBrowser,
  openShortcuts = openChromeShortcuts,
  firefox = import.meta.env.FIREFOX,
}: KeyboardSectionProps) {
  const [commands, setCommands] = useState<Command[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    // Through a promise: an API that is missing throws at the call, not in a rejection.
    Promise.resolve()
      .then(getCommands)
      .then(setCommands)
      .catch((failure: unknown) => setError(t('keyboard_error', errorText(failure))));
  }, [getCommands]);

  return (
    <fieldset>
      <legend>{t('keyboard_legend')}</legend>
      {commands !== null && (
        <table class="shortcuts">
          <caption class="visually-hidden">{t('keyboard_caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('keyboard_action')}</th>
              <th scope="col">{t('keyboard_keys')}</th>
            </tr>
          </thead>
          <tbody>
            {commands.map((command) => (
              <tr key={command.name}>
                <td>{describe(command)}</td>
                <td>{command.shortcut ? <kbd>{command.shortcut}</kbd> : t('keyboard_not_set')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {firefox ? (
        <p class="muted">{t('keyboard_firefox_help')}</p>
      ) : (
        <div class="actions">
          <button
            type="button"
            onClick={() => {
              openShortcuts().catch((failure: unknown) => setError(t('keyboard_error', errorText(failure))));
            }}
          >
            {t('keyboard_change')}
          </button>
        </div>
      )}
      {error !== null && (
        <p role="alert" class="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
