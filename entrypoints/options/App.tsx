// The options page's sections, in the order a user needs them.
import { DataSection } from './DataSection';
import { NotesSettings } from './NotesSettings';
import { SitesSection } from './SitesSection';

export function App() {
  return (
    <main class="options">
      <h1>Backstory options</h1>
      <DataSection />
      <SitesSection />
      <NotesSettings />
    </main>
  );
}
