/** Field names as the reader says them: for problems in the summary and for the history's changes. */
import type { useTranslation } from '../../i18n/use-translation.ts';

type Translate = ReturnType<typeof useTranslation>['t'];

export const namedFields = [
  'name',
  'description',
  'email',
  'website',
  'url',
  'phones',
  'status',
  'application_process',
  'fees_description',
  'cost_options',
  'required_documents',
  'languages',
  'guichet_eligibility',
  'eligibility_description',
  'minimum_age',
  'maximum_age',
  'guichet_delivery',
  'guichet_capacity',
  'schedules',
  'locations',
  'addresses',
  'latitude',
  'longitude',
  'guichet_wheelchair_accessible',
  'transportation',
  'assured_date',
  'assurer_email',
  'guichet_source_language',
  'alert',
  'number',
  'opens_at',
  'closes_at',
  'byday',
  'valid_from',
  'valid_to',
  'option',
  'amount',
  'amount_description',
  'document',
  'address_1',
  'address_2',
  'city',
  'state_province',
  'postal_code',
  'extension',
  'note',
  'text',
] as const;
export type NamedField = (typeof namedFields)[number];

const isNamed = (field: string): field is NamedField => (namedFields as readonly string[]).includes(field);

/** `services.0.schedules.1.opens_at` → "Opens at"; a field the editor has no word for shows as it is. */
export function fieldLabel(t: Translate, pathOrField: string): string {
  const parts = pathOrField.split('.').filter((part) => !/^\d+$/.test(part));
  const field = parts.at(-1) ?? pathOrField;
  return isNamed(field) ? t(`listings.fields.${field}`) : field.replace(/_/g, ' ');
}
