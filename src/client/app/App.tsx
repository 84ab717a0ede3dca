import { LocationProvider, Route, Router } from 'preact-iso';
import { useTranslation } from '../i18n/use-translation.ts';
import { directory, directoryStatus, loadDirectory } from '../directory/directory-store.ts';
import { HomePage } from '../features/home/HomePage.tsx';
import { SearchPage } from '../features/search/SearchPage.tsx';
import { ServicePage } from '../features/service/ServicePage.tsx';
import { NeedsPage } from '../features/needs/NeedsPage.tsx';
import { Header } from './Header.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { StatusNotices } from './StatusNotices.tsx';

function DirectoryRoutes() {
  const { t } = useTranslation();
  if (directoryStatus.value === 'error') {
    return (
      <div class="notice notice-error" role="alert">
        <p>{t('app.loadFailed')}</p>
        <button type="button" class="button" onClick={() => void loadDirectory()}>{t('app.retry')}</button>
      </div>
    );
  }
  if (!directory.value) return <p class="loading" role="status">{t('app.loading')}</p>;
  return (
    <Router>
      <Route path="/" component={HomePage} />
      <Route path="/search" component={SearchPage} />
      <Route path="/service/:id" component={ServicePage} />
      <Route path="/needs" component={NeedsPage} />
      <Route default component={NotFoundPage} />
    </Router>
  );
}

export function App() {
  const { t } = useTranslation();
  const isSample = directory.value?.services.some((service) => service.guichet_sample) ?? false;
  return (
    <LocationProvider>
      <a class="skip-link" href="#main">{t('app.skipToContent')}</a>
      <Header />
      {isSample && <p class="sample-banner">{t('app.sampleBanner')}</p>}
      <StatusNotices />
      <main id="main" tabIndex={-1}>
        <DirectoryRoutes />
      </main>
    </LocationProvider>
  );
}
