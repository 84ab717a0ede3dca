import { render } from 'preact';
import { initI18n } from './i18n/i18n.ts';
import { loadDirectory } from './directory/directory-store.ts';
import { registerServiceWorker } from './app/service-worker.ts';
import { App } from './app/App.tsx';
import { startSearchCounts } from './features/search-counts/search-counts.ts';
import './ui/styles.css';

await initI18n();
render(<App />, document.getElementById('app')!);
void loadDirectory();
registerServiceWorker();
// Past days' anonymous search counts go once the directory is in (code loaded lazily).
startSearchCounts();
