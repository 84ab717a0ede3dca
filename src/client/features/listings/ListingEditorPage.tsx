/** `/listings/:organizationId`: the whole listing of one organization, as a draft saved as it is typed. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import type { OrganizationListing } from '../../../shared/listings/listing-document.ts';
import { useTranslation } from '../../i18n/use-translation.ts';
import { formatDate } from '../../i18n/format.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { useKnownAccount, useSignInAgain } from '../staff/account-session.ts';
import { EditorContext } from './editor-context.tsx';
import { problemsByPath, serviceIndexOf } from './field-errors.ts';
import { listingApi, listingPath, NO_ANSWER, type ListingFreshness } from './listing-api.ts';
import { ListingDraft, NOT_SAVED_YET } from './listing-draft.ts';
import { inputIdOf } from './listing-edit.ts';
import { LocationsSection } from './LocationsSection.tsx';
import { OrganizationSection } from './OrganizationSection.tsx';
import { ProblemSummary } from './ProblemSummary.tsx';
import { PublishPanel } from './PublishPanel.tsx';
import { SaveStatus } from './SaveStatus.tsx';
import { ServicesSection } from './ServicesSection.tsx';
import { ListingRefusal } from './ListingRefusal.tsx';

/** Focuses the input of `path` once the folds around it have opened (a few frames at most). */
function focusWhenShown(path: string, tries = 10): void {
  const element = document.getElementById(inputIdOf(path)) ?? document.getElementById('listing-problems-title');
  if (element && (element.id !== 'listing-problems-title' || tries === 0)) {
    element.scrollIntoView({ block: 'center' });
    element.focus();
    return;
  }
  if (tries > 0) requestAnimationFrame(() => focusWhenShown(path, tries - 1));
}

/** The services of the live version: only those can be confirmed as still correct. */
function useLiveServiceIds(organizationId: string, liveVersion: number | null): ReadonlySet<string> {
  const [ids, setIds] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    if (liveVersion === null) return setIds(new Set());
    void listingApi<{ document: OrganizationListing }>(listingPath(organizationId, `/versions/${liveVersion}`)).then((result) => {
      if (result.ok) setIds(new Set(result.data.document.services.map((service) => service.id)));
    });
  }, [organizationId, liveVersion]);
  return ids;
}

export function ListingEditorPage() {
  const { t, language } = useTranslation();
  const { params } = useRoute();
  const organizationId = params.organizationId ?? '';
  const signInAgain = useSignInAgain();
  useKnownAccount();
  const draft = useMemo(() => new ListingDraft(organizationId), [organizationId]);
  const [selected, setSelected] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const [verifying, setVerifying] = useState(false);
  const [freshness, setFreshness] = useState<ListingFreshness | null>(null);

  const loadFreshness = async () => {
    // Freshness flags are a bonus here: without them the page still shows each verification date.
    const result = await listingApi<ListingFreshness>(listingPath(organizationId, '/freshness'));
    setFreshness(result.ok && Array.isArray(result.data.services) ? result.data : null);
  };
  useEffect(() => draft.start(), [draft]);
  useEffect(() => void loadFreshness(), [organizationId]);
  useEffect(() => {
    if (draft.loadFailure.value?.status === 401) signInAgain();
  }, [draft.loadFailure.value]);

  const liveServiceIds = useLiveServiceIds(organizationId, draft.listing.value?.liveVersion ?? null);
  const edited = draft.document.value;
  const listing = draft.listing.value;
  const failure = draft.loadFailure.value;
  const problems = problemsByPath(draft.problems.value);

  const reveal = (path: string) => {
    const service = serviceIndexOf(path);
    if (service !== null) setSelected(service);
    requestAnimationFrame(() => focusWhenShown(path));
  };
  const revealFirst = () => {
    const first = problems.keys().next();
    if (!first.done) reveal(first.value);
  };

  const verify = async (serviceIds: string[]) => {
    setVerifying(true);
    const result = await draft.verify(serviceIds);
    setVerifying(false);
    if ('ok' in result) {
      setAnnouncement(result.status === NO_ANSWER ? t('listings.publish.offline') : result.status === NOT_SAVED_YET ? t('listings.publish.notSaved') : t('listings.save.failed'));
      return;
    }
    setAnnouncement(t('listings.services.verified', { count: serviceIds.length, date: formatDate(new Date().toISOString().slice(0, 10), language) }));
    void loadFreshness();
  };

  if (!edited) {
    return (
      <section class="staff-page listing-editor">
        <PageHeading title={t('listings.editor.title')}>{t('listings.editor.title')}</PageHeading>
        {failure ? <ListingRefusal failure={failure} onRetry={() => void draft.load()} /> : <p role="status">{t('listings.loading')}</p>}
      </section>
    );
  }

  const title = t('listings.editor.titleFor', { name: edited.organization.name || organizationId });
  return (
    <section class="staff-page listing-editor">
      <PageHeading title={title}>{title}</PageHeading>
      <p class="listing-links">
        <a href="/listings">{t('listings.editor.allListings')}</a>{' '}
        <a href={`/listings/${encodeURIComponent(organizationId)}/history`}>{t('listings.editor.history')}</a>
      </p>
      {listing?.draft && <p class="hint">{t('listings.editor.draftBy', { name: listing.draft.savedBy, date: formatDate(listing.draft.savedAt.slice(0, 10), language) })}</p>}
      <SaveStatus draft={draft} onSignIn={signInAgain} />
      <EditorContext.Provider value={{ draft, document: edited, problems }}>
        <ProblemSummary document={edited} problems={problems} onReveal={reveal} />
        <OrganizationSection />
        <ServicesSection selected={selected} onSelect={setSelected} freshness={freshness} liveServiceIds={liveServiceIds} onVerify={(ids) => void verify(ids)} verifying={verifying} />
        <LocationsSection />
        <PublishPanel draft={draft} onProblems={revealFirst} announce={setAnnouncement} />
        <div class="listing-announcement" role="status" aria-live="polite">
          {announcement && <p class="notice">{announcement}</p>}
        </div>
      </EditorContext.Provider>
    </section>
  );
}
