/**
 * What Guichet's HSDS output claims to be: HSDS 3.0, the base schemas with no published profile,
 * plus Guichet's own fields, each prefixed `guichet_` (src/server/hsds/README.md explains them).
 */
export const HSDS_VERSION = '3.0';
/** The base HSDS 3.0 schemas: Guichet publishes no profile that restricts them. */
export const HSDS_PROFILE = 'https://github.com/openreferral/specification/tree/3.0/schema';

export interface GuichetExtension {
  name: string;
  /** The HSDS tables whose records may carry it. */
  tables: readonly string[];
  meaning: string;
}

export const guichetExtensions: readonly GuichetExtension[] = [
  { name: 'guichet_source_language', tables: ['organization', 'service', 'location', 'cost_option', 'required_document'], meaning: 'The language the provider wrote the record in (BCP 47).' },
  { name: 'guichet_translations', tables: ['organization', 'service', 'location', 'cost_option', 'required_document'], meaning: 'Per language, per text field: {text, machine}; machine = true when a machine translated it.' },
  { name: 'guichet_sample', tables: ['organization', 'service', 'location', 'cost_option', 'required_document'], meaning: 'true when the record was generated as sample data, not provided by an agency.' },
  { name: 'guichet_eligibility', tables: ['service'], meaning: 'Who may use the service: {statuses: immigration statuses or null for everyone, audiences}.' },
  { name: 'guichet_delivery', tables: ['service'], meaning: 'How the service is delivered: in_person, virtual, phone.' },
  { name: 'guichet_capacity', tables: ['service'], meaning: 'Whether it takes new people now: {status: accepting | waitlist | not_accepting, note}.' },
  { name: 'guichet_wheelchair_accessible', tables: ['location'], meaning: 'Step-free access; null when unknown.' },
  { name: 'guichet_closed', tables: ['schedule'], meaning: 'The schedule is a closure (holiday, closed week) between valid_from and valid_to, not opening hours.' },
];
