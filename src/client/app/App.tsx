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
import type { ComponentType } from 'preact';
import { loadStringPack } from '../i18n/i18n.ts';
import { AgencyReferralPage, MyRequestsPage, NewcomerReferralPage, ReferralStatusPage, resumeReferralOutbox } from '../features/referral/referral-routes.ts';
import { FeedbackReportsPage, resumeFeedbackOutbox } from '../features/feedback/feedback-routes.ts';

// Requests saved offline on an earlier visit go out now, or once the connection returns.
resumeReferralOutbox();
resumeFeedbackOutbox();

// Staff pages: each its own chunk, loaded with the staff strings when opened, so the newcomer's
// first load carries neither.
const SignInPage = lazyPage('staff', () => import('../features/staff/SignInPage.tsx').then((module) => module.SignInPage));
const InvitationPage = lazyPage('staff', () => import('../features/staff/InvitationPage.tsx').then((module) => module.InvitationPage));
const AccountPage = lazyPage('staff', () => import('../features/staff/AccountPage.tsx').then((module) => module.AccountPage));
const InboxPage = lazyPage('staff', () => import('../features/staff/InboxPage.tsx').then((module) => module.InboxPage));
const ReferralPage = lazyPage('staff', () => import('../features/staff/ReferralPage.tsx').then((module) => module.ReferralPage));
// The listing pages also use the staff pages' shared parts (fields, notices), so both packs come.
const listingPage = <P,>(load: () => Promise<ComponentType<P>>) => lazyPage('listings', () => Promise.all([load(), loadStringPack('staff')]).then(([page]) => page));
const ListingsPage = listingPage(() => import('../features/listings/ListingsPage.tsx').then((module) => module.ListingsPage));
const ListingEditorPage = listingPage(() => import('../features/listings/ListingEditorPage.tsx').then((module) => module.ListingEditorPage));
const ListingHistoryPage = listingPage(() => import('../features/listings/HistoryPage.tsx').then((module) => module.HistoryPage));
const DashboardPage = lazyPage('dashboard', () => import('../features/dashboard/DashboardPage.tsx').then((module) => module.DashboardPage));
// The exchange page uses the staff pages' confirm panel and notices, so both packs come.
const ExchangePage = lazyPage('exchange', () => Promise.all([import('../features/exchange/ExchangePage.tsx'), loadStringPack('staff')]).then(([module]) => module.ExchangePage));

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
      <Route path="/exchange" component={ExchangePage} />
      <Route path="/listings" component={ListingsPage} />
      <Route path="/listings/:organizationId" component={ListingEditorPage} />
      <Route path="/listings/:organizationId/history" component={ListingHistoryPage} />
      <Route path="/listings/:organizationId/reports" component={FeedbackReportsPage} />
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
