// The options page's sections, in the order a reader needs them: where Backstory runs, what it
// shows and how, the keys, notes and the mentions log, then the knowledge base's data.
import { ExportPanel } from '../../components/ExportPanel';
import { ImportPanel } from '../../components/ImportPanel';
import { SubscriptionsPanel } from '../../components/SubscriptionsPanel';
import { t } from '../../utils/i18n';
import type { SettingName } from '../../utils/settings-validate';
import { AppearanceSection } from './AppearanceSection';
import { DataSection } from './DataSection';
import { KeyboardSection, type KeyboardSectionProps } from './KeyboardSection';
import { MentionsSection } from './MentionsSection';
import { NotesSettings } from './NotesSettings';
import { SettingsNotice } from './SettingsNotice';
import { ShownSection } from './ShownSection';
import { SitesSection } from './SitesSection';

export interface AppProps {
  /** Checks the stored settings on opening (tests pass their own). */
  validate?: () => Promise<SettingName[]>;
  keyboard?: KeyboardSectionProps;
}

export function App({ validate, keyboard }: AppProps) {
  return (
    <main class="options">
      <h1>{t('options_title')}</h1>
      <SettingsNotice validate={validate} />
      <SitesSection />
      <ShownSection />
      <AppearanceSection />
      <KeyboardSection {...keyboard} />
      <NotesSettings />
      <MentionsSection />
      <DataSection />
      <section class="research-data" aria-labelledby="research-data-heading">
        <h2 id="research-data-heading">{t('research_heading')}</h2>
        <ImportPanel />
        <ExportPanel />
        <SubscriptionsPanel />
      </section>
    </main>
  );
}
