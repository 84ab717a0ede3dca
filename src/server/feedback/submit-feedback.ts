/**
 * A newcomer's report or rating, stored once per idempotency key. The service must be listed in
 * the directory phones have now; its organization and region are taken from there, so a body
 * cannot file feedback against an organization of its choosing. The comment is stored as the
 * text it is and never logged.
 */
import { randomUUID } from 'node:crypto';
import type { Directory } from '../../shared/schema/directory.ts';
import type { FeedbackReceipt, FeedbackSubmission } from '../../shared/feedback/feedback-contract.ts';
import type { ListingFeedbackTable } from '../db/schema.ts';
import type { Db } from '../listings/listing-rows.ts';
import { listedReferralTarget } from '../referrals/directory-targets.ts';
import { Refusal } from '../security/refusal.ts';

export interface FeedbackOutcome {
  receipt: FeedbackReceipt;
  /** The outbox sent this report before: the answer is the first one's. */
  replayed: boolean;
}

const receiptOf = (row: Pick<ListingFeedbackTable, 'id' | 'created_at'>): FeedbackReceipt => ({ id: row.id, receivedAt: row.created_at });

/** What a resend must repeat to be the same report (the time and ids are the server's). */
const sameReport = (a: ListingFeedbackTable, b: ListingFeedbackTable) =>
  a.service_id === b.service_id && a.kind === b.kind && a.problems === b.problems && a.rating === b.rating && a.comment === b.comment;

const findByKey = (db: Db, key: string) => db.selectFrom('listing_feedback').selectAll().where('idempotency_key', '=', key).executeTakeFirst();

export async function submitFeedback(db: Db, directory: Directory, submission: FeedbackSubmission, at: string): Promise<FeedbackOutcome> {
  const target = listedReferralTarget(directory, submission.serviceId);
  const row: ListingFeedbackTable = {
    id: randomUUID(),
    region_id: target?.region.id ?? '',
    organization_id: target?.organization.id ?? '',
    service_id: submission.serviceId,
    kind: submission.kind,
    problems: submission.kind === 'wrong_info' ? JSON.stringify(submission.problems) : null,
    rating: submission.kind === 'rating' ? submission.rating : null,
    comment: submission.comment ?? null,
    language: submission.language,
    idempotency_key: submission.idempotencyKey,
    created_at: at,
    resolved_at: null,
    resolved_by: null,
  };
  if (target) {
    // The insert itself finds a resend: its key is taken (a refused insert would abort a PostgreSQL transaction).
    const inserted = await db.insertInto('listing_feedback').values(row).onConflict((conflict) => conflict.doNothing()).returning('id').executeTakeFirst();
    if (inserted) return { receipt: receiptOf(row), replayed: false };
  }
  // A resend is still answered when its service has left the directory since the first send.
  const earlier = await findByKey(db, submission.idempotencyKey);
  if (!earlier) throw new Refusal(404, 'This service is not in the directory any more, so it cannot take a report.');
  if (!sameReport(earlier, row)) throw new Refusal(409, 'A different report was already sent with this idempotency key. Send it with a new key.');
  return { receipt: receiptOf(earlier), replayed: true };
}
