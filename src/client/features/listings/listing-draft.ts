/**
 * One organization's draft as the editor holds it: every change is kept on the device at once
 * and sent to the server a moment later (debounced), against the version the draft started
 * from. The save state says which of the two holds the latest text.
 */
import { computed, signal } from '@preact/signals';
import type { OrganizationListing } from '../../../shared/listings/listing-document.ts';
import { sameValue } from '../../../shared/listings/listing-changes.ts';
import { checkListingLocally } from './field-errors.ts';
import { listingApi, listingPath, NO_ANSWER, type EditableListing, type FieldProblem, type ListingFailure, type WrittenVersion } from './listing-api.ts';
import { clearLocalCopy, readLocalCopy, writeLocalCopy } from './local-copy.ts';

/** Status of a failure made here, not by the server: what is on screen is not saved yet. */
export const NOT_SAVED_YET = -1;

const notSavedYet = (): ListingFailure => ({ ok: false, status: NOT_SAVED_YET, error: '', fields: [], conflict: false });

export type SaveState =
  /** The server has exactly what is on screen. */
  | 'saved'
  /** A change waits for the pause in typing before it is sent. */
  | 'pending'
  | 'saving'
  /** No answer: kept on this device, sent when the connection returns. */
  | 'offline'
  /** Someone published since this draft started: kept on this device until the reader decides. */
  | 'conflict'
  /** Fields need attention before the server takes it: kept on this device. */
  | 'invalid'
  /** The server refused for another reason (session ended, no access…): kept on this device. */
  | 'failed';

const SAVE_DELAY_MS = 1200;

const emptyListing = (organizationId: string): OrganizationListing => ({ organization: { id: organizationId, name: '' }, services: [], locations: [], service_at_locations: [] });

export class ListingDraft {
  readonly listing = signal<EditableListing | null>(null);
  readonly document = signal<OrganizationListing | null>(null);
  readonly state = signal<SaveState>('saved');
  readonly loadFailure = signal<ListingFailure | null>(null);
  readonly saveFailure = signal<ListingFailure | null>(null);
  readonly serverProblems = signal<FieldProblem[]>([]);
  /** The device would not keep a copy (storage full or blocked). */
  readonly notKeptLocally = signal(false);
  readonly localProblems = computed(() => (this.document.value ? checkListingLocally(this.document.value) : []));
  readonly problems = computed(() => [...this.localProblems.value, ...this.serverProblems.value]);

  private baseVersion: number | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: Promise<void> | null = null;

  constructor(readonly organizationId: string) {}

  private readonly retryOnline = () => {
    if (this.state.value === 'offline') void this.save();
  };

  start(): () => void {
    window.addEventListener('online', this.retryOnline);
    void this.load();
    return () => {
      window.removeEventListener('online', this.retryOnline);
      clearTimeout(this.timer);
    };
  }

  /** Reads the server's draft (or latest version) and puts the device's unsent copy over it. */
  async load(): Promise<void> {
    const result = await listingApi<EditableListing>(listingPath(this.organizationId));
    if (!result.ok) {
      this.loadFailure.value = result;
      // Offline with a copy on the device: it can still be read and edited, and saved later.
      const local = readLocalCopy(this.organizationId);
      if (result.status === NO_ANSWER && local && !this.document.value) {
        this.baseVersion = local.baseVersion;
        this.document.value = local.document;
        this.state.value = 'offline';
      }
      return;
    }
    this.loadFailure.value = null;
    this.accept(result.data);
  }

  private accept(answer: EditableListing): void {
    // A listing the LIP just added has no version yet: the provider starts from an empty one.
    const listing = answer.document ? answer : { ...answer, document: emptyListing(this.organizationId) };
    this.listing.value = listing;
    this.baseVersion = listing.draft ? listing.draft.baseVersion : listing.latestVersion;
    const local = readLocalCopy(this.organizationId);
    if (local && listing.document && !sameValue(local.document, listing.document)) {
      this.document.value = local.document;
      if ((local.baseVersion ?? 0) === (this.baseVersion ?? 0)) this.schedule();
      else this.state.value = 'conflict';
      return;
    }
    clearLocalCopy(this.organizationId);
    this.document.value = listing.document;
    this.serverProblems.value = [];
    this.state.value = 'saved';
  }

  /** A change from the editor: on the device now, on the server after a pause. */
  edit(next: OrganizationListing): void {
    this.document.value = next;
    this.notKeptLocally.value = !writeLocalCopy(this.organizationId, { document: next, baseVersion: this.baseVersion, changedAt: new Date().toISOString() });
    if (this.state.value !== 'conflict') this.schedule();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.state.value = 'pending';
    this.timer = setTimeout(() => void this.save(), SAVE_DELAY_MS);
  }

  /** Sends the document on screen; one save at a time, the latest text last. */
  async save(): Promise<void> {
    clearTimeout(this.timer);
    if (this.inFlight) await this.inFlight;
    const sent = this.document.value;
    if (!sent || this.state.value === 'conflict') return;
    if (this.localProblems.value.length > 0) {
      this.state.value = 'invalid';
      return;
    }
    this.state.value = 'saving';
    this.inFlight = this.send(sent).finally(() => (this.inFlight = null));
    await this.inFlight;
  }

  private async send(sent: OrganizationListing): Promise<void> {
    const result = await listingApi<EditableListing>(listingPath(this.organizationId, '/draft'), 'PUT', { document: sent, baseVersion: this.baseVersion });
    if (result.ok) {
      this.saveFailure.value = null;
      this.serverProblems.value = [];
      this.listing.value = result.data;
      if (this.document.value === sent) {
        clearLocalCopy(this.organizationId);
        this.state.value = 'saved';
      } else this.schedule();
      return;
    }
    this.saveFailure.value = result;
    if (result.status === NO_ANSWER) this.state.value = 'offline';
    else if (result.conflict) this.state.value = 'conflict';
    else if (result.status === 400 && result.fields.length > 0) {
      this.serverProblems.value = result.fields;
      this.state.value = 'invalid';
    } else this.state.value = 'failed';
  }

  /** Waits until the server holds what is on screen; false when it does not (and why is in `state`). */
  async flush(): Promise<boolean> {
    if (this.state.value === 'pending' || this.state.value === 'offline' || this.state.value === 'failed' || this.state.value === 'invalid') await this.save();
    else if (this.inFlight) await this.inFlight;
    return this.state.value === 'saved';
  }

  /** After a conflict: the device's copy becomes the draft over the latest version. */
  async keepMine(): Promise<void> {
    const latest = await listingApi<EditableListing>(listingPath(this.organizationId));
    if (!latest.ok) {
      this.saveFailure.value = latest;
      return;
    }
    this.listing.value = latest.data;
    this.baseVersion = latest.data.draft ? latest.data.draft.baseVersion : latest.data.latestVersion;
    // The device's copy now counts as a draft of the latest version.
    this.state.value = 'pending';
    if (this.document.value) this.edit(this.document.value);
    await this.save();
  }

  /** After a conflict: the device's copy is dropped for the server's draft or latest version. */
  async takeTheirs(): Promise<void> {
    clearLocalCopy(this.organizationId);
    this.state.value = 'saved';
    await this.load();
  }

  async publish(): Promise<WrittenVersion | ListingFailure> {
    if (!(await this.flush())) return notSavedYet();
    const result = await listingApi<WrittenVersion>(listingPath(this.organizationId, '/publish'), 'POST', {});
    if (!result.ok) {
      if (result.conflict) this.state.value = 'conflict';
      return result;
    }
    clearLocalCopy(this.organizationId);
    await this.load();
    return result.data;
  }

  /** Deletes the server's draft; returns what it held, for an undo. */
  async discard(): Promise<OrganizationListing | ListingFailure> {
    const held = this.document.value!;
    const result = await listingApi<EditableListing>(listingPath(this.organizationId, '/draft'), 'DELETE');
    if (!result.ok) return result;
    clearTimeout(this.timer);
    clearLocalCopy(this.organizationId);
    this.serverProblems.value = [];
    this.accept(result.data);
    return held;
  }

  /** "Still correct": the server moves the draft onto the new version, so the page reloads it. */
  async verify(serviceIds: string[]): Promise<WrittenVersion | ListingFailure> {
    if (!(await this.flush())) return notSavedYet();
    const result = await listingApi<WrittenVersion>(listingPath(this.organizationId, '/verify'), 'POST', { serviceIds });
    if (!result.ok) return result;
    clearLocalCopy(this.organizationId);
    await this.load();
    return result.data;
  }

  /** Whether the server holds a draft (or the screen has changes not yet sent). */
  readonly hasDraft = computed(() => Boolean(this.listing.value?.draft) || this.state.value !== 'saved');
}
