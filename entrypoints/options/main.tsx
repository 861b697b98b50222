// The options page, opened in a tab: settings, site list and knowledge-base data.
import { render } from 'preact';
import '../../components/theme.css';
import './style.css';
import { App } from './App';

const root = document.getElementById('app');
if (root) render(<App />, root);
