// The options page, opened in a tab: where Backstory runs, what it shows and how, shortcuts,
// the mentions log and the knowledge base's data.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/theme.css';
import './style.css';
import { t } from '../../utils/i18n';
import { App } from './App';

document.title = t('options_title');
document.documentElement.lang = browser.i18n.getUILanguage();
const root = document.getElementById('app');
if (root) render(<App />, root);
