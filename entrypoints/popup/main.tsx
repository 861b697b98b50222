// The toolbar popup: mounts the Preact app for the tab it was opened on.
import { render } from 'preact';
import '../../components/theme.css';
import './style.css';
import { App } from './App';

const root = document.getElementById('app');
if (root) render(<App search={location.search} />, root);
