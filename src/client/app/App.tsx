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
import { Footer } from './Footer.tsx';
import { lazyPage } from './lazy-page.ts';
import { AgencyReferralPage, MyRequestsPage, NewcomerReferralPage, ReferralStatusPage, resumeReferralOutbox } from '../features/referral/referral-routes.ts';

// Requests saved offline on an earlier visit go out now, or once the connection returns.
resumeReferralOutbox();

// Staff pages: each its own chunk, loaded with the staff strings when opened, so the newcomer's
// first load carries neither.
const SignInPage = lazyPage('staff', () => import('../features/staff/SignInPage.tsx').then((module) => module.SignInPage));
const InvitationPage = lazyPage('staff', () => import('../features/staff/InvitationPage.tsx').then((module) => module.InvitationPage));
const AccountPage = lazyPage('staff', () => import('../features/staff/AccountPage.tsx').then((module) => module.AccountPage));
const InboxPage = lazyPage('staff', () => import('../features/staff/InboxPage.tsx').then((module) => module.InboxPage));
const ReferralPage = lazyPage('staff', () => import('../features/staff/ReferralPage.tsx').then((module) => module.ReferralPage));
const DashboardPage = lazyPage('dashboard', () => import('../features/dashboard/DashboardPage.tsx').then((module) => module.DashboardPage));

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
      <Route path="/service/:id/contact" component={NewcomerReferralPage} />
      <Route path="/requests" component={MyRequestsPage} />
      <Route path="/status" component={ReferralStatusPage} />
      <Route path="/inbox/refer" component={AgencyReferralPage} />
      <Route path="/sign-in" component={SignInPage} />
      <Route path="/invitation" component={InvitationPage} />
      <Route path="/account" component={AccountPage} />
      <Route path="/inbox" component={InboxPage} />
      <Route path="/dashboard" component={DashboardPage} />
      {/* After any fixed /inbox/… path (such as /inbox/refer): the first route that matches wins. */}
      <Route path="/inbox/:id" component={ReferralPage} />
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
      <Footer />
    </LocationProvider>
  );
}
