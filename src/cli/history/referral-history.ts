/**
 * The demo region's sample referral history: requests spread over the span by season and
 * weekday (history-model.ts), each addressed to a listed service of the demo directory, then
 * told forward in time: answered or not, accepted, declined with a reason, withdrawn or passed on
 * to another service (sometimes twice), worked on and closed. The span's end cuts recent stories
 * short, so the newest requests are still waiting, as in a live region. Closed referrals older
 * than the retention period have their personal fields erased, as the purge would have done.
 */
import { createHash } from 'node:crypto';
import type { Referral, ReferralEventTable, ReferralStatus } from '../../server/db/schema.ts';
import { numberedReferenceCode } from '../../server/referrals/referral-secrets.ts';
import { isListed } from '../../shared/directory/service-facts.ts';
import { CONSENT_TEXT_VERSION } from '../../shared/referrals/referral-contract.ts';
import type { Directory, Service } from '../../shared/schema/directory.ts';
import { termWithAncestors } from '../../shared/taxonomy/taxonomy.ts';
import { createRandom, type Random } from '../generate/random.ts';
import {
  acceptedEndings,
  AGENCY_SHARE,
  dayWeight,
  firstAnswers,
  FORWARD_AGAIN_SHARE,
  hoursLater,
  INTERPRETER_SHARE,
  needWeights,
  pickWeighted,
  rejectionReasonWeights,
  requestedLanguages,
  residenceFsas,
  responseHours,
  SECOND_NEED_SHARE,
  serviceDays,
} from './history-model.ts';

/** A `referral_events` row as the generator writes it (the database numbers it). */
export type HistoryEvent = Omit<ReferralEventTable, 'id'>;

export interface GeneratedReferral {
  row: Referral;
  events: HistoryEvent[];
}

export interface ReferralHistoryOptions {
  seed: number;
  /** Requests made; passing requests on adds a referral for each service they reach. */
  requests: number;
  start: Date;
  end: Date;
  directory: Directory;
  retentionDays: number;
}

const DAY_MS = 86_400_000;
const FIRST_NAMES = ['Amina', 'Oleksandr', 'Mei', 'Gurpreet', 'Yonas', 'Farida', 'Carlos', 'Hodan', 'Maryam', 'Tran', 'Joseph', 'Ana', 'Reza', 'Lina', 'Samir', 'Olena'];
const LAST_NAMES = ['Sample', 'Example', 'Demo', 'Placeholder', 'Fictional', 'Specimen'];

const uuidFrom = (random: Random) => {
  const hex = Array.from({ length: 4 }, () => Math.floor(random.next() * 2 ** 32).toString(16).padStart(8, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The request times: each day's share follows its weight; sorted. */
function requestTimes(random: Random, { requests, start, end }: ReferralHistoryOptions): Date[] {
  const days: { time: number; cumulative: number }[] = [];
  let cumulative = 0;
  for (let time = start.getTime(); time < end.getTime(); time += DAY_MS) {
    cumulative += dayWeight(new Date(time), (time - start.getTime()) / (365 * DAY_MS));
    days.push({ time, cumulative });
  }
  const times: number[] = [];
  for (let index = 0; index < requests; index += 1) {
    const roll = random.next() * cumulative;
    let [low, high] = [0, days.length - 1];
    while (low < high) {
      const middle = (low + high) >> 1;
      if (days[middle]!.cumulative < roll) low = middle + 1;
      else high = middle;
    }
    // Office hours in Eastern time: 12:00 to 24:00 UTC.
    times.push(Math.min(end.getTime() - 1, days[low]!.time + (12 + random.next() * 12) * 3_600_000));
  }
  return times.sort((a, b) => a - b).map((time) => new Date(time));
}

interface Catalogue {
  all: Service[];
  byNeed: Map<string, Service[]>;
}

function catalogueOf(directory: Directory): Catalogue {
  const all = directory.services.filter(isListed);
  const byNeed = new Map<string, Service[]>();
  for (const service of all) {
    const primary = service.attributes?.[0]?.taxonomy_term_id;
    const need = primary ? termWithAncestors(primary).at(-1) : undefined;
    if (need) byNeed.set(need, [...(byNeed.get(need) ?? []), service]);
  }
  return { all, byNeed };
}

/** What a request carries from one service to the next when it is passed on. */
type CarriedFields = Pick<
  Referral,
  'need_categories' | 'preferred_language' | 'interpreter_needed' | 'fsa' | 'source' | 'referring_organization_id' | 'health_consent' | 'consent_language' | 'consent_allows_forward'
>;

const carried = (row: Referral): CarriedFields => ({
  need_categories: row.need_categories,
  preferred_language: row.preferred_language,
  interpreter_needed: row.interpreter_needed,
  fsa: row.fsa,
  source: row.source,
  referring_organization_id: row.referring_organization_id,
  health_consent: row.health_consent,
  consent_language: row.consent_language,
  consent_allows_forward: row.consent_allows_forward,
});

export class ReferralHistory {
  readonly #random: Random;
  readonly #catalogue: Catalogue;
  #codes = 0;

  constructor(readonly options: ReferralHistoryOptions) {
    this.#random = createRandom(options.seed);
    this.#catalogue = catalogueOf(options.directory);
    if (this.#catalogue.all.length < 2) throw new Error('The directory needs at least two listed services to make a referral history.');
  }

  /** Every request's referrals and their history, oldest request first. */
  *referrals(): Generator<GeneratedReferral> {
    for (const at of requestTimes(this.#random, this.options)) yield* this.#request(at);
  }

  #serviceFor(need: string, notOrganization: string | null): Service {
    const random = this.#random;
    const choices = (this.#catalogue.byNeed.get(need) ?? this.#catalogue.all).filter((service) => service.organization_id !== notOrganization);
    return random.pick(choices.length > 0 ? choices : this.#catalogue.all.filter((service) => service.organization_id !== notOrganization));
  }

  *#request(at: Date): Generator<GeneratedReferral> {
    const random = this.#random;
    const need = pickWeighted(random, needWeights);
    const needs = random.chance(SECOND_NEED_SHARE) ? [...new Set([need, pickWeighted(random, needWeights)])] : [need];
    const service = this.#serviceFor(need, null);
    const agency = random.chance(AGENCY_SHARE) ? this.#serviceFor('settlement', service.organization_id).organization_id : null;
    const language = pickWeighted(random, requestedLanguages);
    const first = this.#newRow(at, service, {
      need_categories: JSON.stringify(needs),
      preferred_language: language,
      interpreter_needed: language !== 'en' && language !== 'fr' && random.chance(INTERPRETER_SHARE) ? 1 : 0,
      fsa: pickWeighted(random, residenceFsas),
      source: agency ? 'agency' : 'self',
      referring_organization_id: agency,
      health_consent: needs.includes('health') ? 1 : 0,
      consent_language: language,
      consent_allows_forward: random.chance(0.7) ? 1 : 0,
    });
    yield* this.#story(first, agency ? `demo-staff-${agency}` : 'newcomer', null, need, 0);
  }

  #newRow(at: Date, service: Service, fields: CarriedFields, forwardedFromId: string | null = null): Referral {
    const random = this.#random;
    const id = uuidFrom(random);
    const iso = at.toISOString();
    return {
      id,
      reference_code: numberedReferenceCode(this.options.seed * 1_000_003 + this.#codes++),
      status_token_hash: sha256(`demo-history-token:${id}`),
      region_id: this.options.directory.region.id,
      organization_id: service.organization_id,
      service_id: service.id,
      forwarded_from_id: forwardedFromId,
      status: 'requested',
      person_name: `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`,
      contact_phone: `519-555-01${String(random.int(0, 99)).padStart(2, '0')}`,
      contact_sms: null,
      contact_email: null,
      contact_whatsapp: null,
      need_note: null,
      consent_text_version: CONSENT_TEXT_VERSION,
      consent_at: iso,
      idempotency_key: uuidFrom(random),
      request_hash: sha256(`demo-history-request:${id}`),
      created_at: iso,
      updated_at: iso,
      first_response_at: null,
      closed_at: null,
      purged_at: null,
      ...fields,
    };
  }

  /** What happens to one referral (and, passed on, to the next), cut at the span's end. */
  *#story(row: Referral, requestedBy: string, requestReason: string | null, need: string, forwards: number): Generator<GeneratedReferral> {
    const random = this.#random;
    const end = this.options.end;
    const staff = `demo-staff-${row.organization_id}`;
    const events: HistoryEvent[] = [{ referral_id: row.id, from_status: null, to_status: 'requested', actor: requestedBy, reason: requestReason, note: null, at: row.created_at }];
    let withdrawn = false;
    const move = (to: ReferralStatus, at: Date, actor = staff, reason: string | null = null): boolean => {
      if (at >= end) return false;
      events.push({ referral_id: row.id, from_status: row.status, to_status: to, actor, reason, note: null, at: at.toISOString() });
      row.status = to;
      row.updated_at = at.toISOString();
      if (['rejected', 'completed', 'failed', 'cancelled'].includes(to)) row.closed_at = row.updated_at;
      return true;
    };
    const answerAt = hoursLater(new Date(row.created_at), responseHours(random));
    const answer = forwards > 0 && random.chance(1 - FORWARD_AGAIN_SHARE) ? 'accept' : pickWeighted(random, firstAnswers);
    let passedOn: Referral | null = null;
    if (answer === 'withdraw') {
      withdrawn = move('cancelled', hoursLater(new Date(row.created_at), random.next() * 48), 'newcomer', 'withdrawn');
    } else if (move(answer === 'accept' ? 'accepted' : answer === 'reject' ? 'rejected' : 'cancelled', answerAt, staff, answer === 'reject' ? pickWeighted(random, rejectionReasonWeights) : answer === 'forward' ? 'forwarded' : null)) {
      row.first_response_at = answerAt.toISOString();
      if (answer === 'forward') {
        const next = this.#serviceFor(need, row.organization_id);
        passedOn = this.#newRow(answerAt, next, carried(row), row.id);
        // Without the forward clause, staff asked the person again: that consent covers this service only.
        if (row.consent_allows_forward === 0) Object.assign(passedOn, { consent_at: passedOn.created_at });
      } else if (answer === 'accept' && move('in-progress', hoursLater(answerAt, 24 * (1 + random.int(0, 6))))) {
        const ending = pickWeighted(random, acceptedEndings);
        const closed = move(ending, hoursLater(answerAt, 24 * serviceDays(random)), ending === 'cancelled' ? 'newcomer' : staff, ending === 'cancelled' ? 'withdrawn' : null);
        withdrawn = closed && ending === 'cancelled';
      }
    }
    this.#erase(row, withdrawn);
    yield { row, events };
    if (passedOn) yield* this.#story(passedOn, staff, row.consent_allows_forward ? 'forwarded' : 'consent_reasked', need, forwards + 1);
  }

  /** Withdrawal erases a person at once; a closed referral is erased after the retention period. */
  #erase(row: Referral, withdrawn: boolean): void {
    const purgeAt = row.closed_at ? new Date(Date.parse(row.closed_at) + (withdrawn ? 0 : this.options.retentionDays * DAY_MS)) : null;
    if (!purgeAt || purgeAt >= this.options.end) return;
    Object.assign(row, { person_name: null, contact_phone: null, purged_at: purgeAt.toISOString() });
  }
}
