/**
 * The words of the e-mails a newcomer receives, in the languages the notices are written in so
 * far (others get English). They name the reference code and a state, nothing else: the person
 * gave this address, but a mailbox can be shared or read over a shoulder.
 */
import type { ReferralStatus } from '../../shared/referrals/referral-contract.ts';

type Change = ReferralStatus | 'forwarded';

interface NoticeTexts {
  subject: (code: string) => string;
  yourRequest: (code: string) => string;
  changes: Record<Change, string>;
  whereToLook: string;
}

const english: NoticeTexts = {
  subject: (code) => `Your request ${code} has an update`,
  yourRequest: (code) => `Your request ${code}`,
  changes: {
    requested: 'has been received.',
    accepted: 'has been accepted. The service will contact you.',
    rejected: 'could not be taken by this service.',
    'in-progress': 'is being worked on.',
    'on-hold': 'is on hold for now.',
    completed: 'is complete.',
    failed: 'could not be completed.',
    cancelled: 'has been cancelled.',
    forwarded: 'has been passed on to another service that can help you better.',
  },
  whereToLook:
    'To see the details, open the private status link you received when you sent your request. From there you can also withdraw it, which erases your personal information.',
};

const french: NoticeTexts = {
  subject: (code) => `Du nouveau pour votre demande ${code}`,
  yourRequest: (code) => `Votre demande ${code}`,
  changes: {
    requested: 'a été reçue.',
    accepted: 'a été acceptée. Le service va vous contacter.',
    rejected: "n'a pas pu être prise en charge par ce service.",
    'in-progress': 'est en cours de traitement.',
    'on-hold': 'est en attente pour le moment.',
    completed: 'est terminée.',
    failed: "n'a pas pu aboutir.",
    cancelled: 'a été annulée.',
    forwarded: 'a été transmise à un autre service, mieux placé pour vous aider.',
  },
  whereToLook:
    "Pour voir les détails, ouvrez le lien privé de suivi reçu à l'envoi de votre demande. Vous pouvez aussi la retirer depuis ce lien, ce qui efface vos renseignements personnels.",
};

const byLanguage: Record<string, NoticeTexts> = { en: english, fr: french };

export function statusNoticeText(language: string, referenceCode: string, change: Change): { subject: string; text: string } {
  const texts = byLanguage[language.split('-')[0] ?? ''] ?? english;
  return { subject: texts.subject(referenceCode), text: `${texts.yourRequest(referenceCode)} ${texts.changes[change]}\n\n${texts.whereToLook}\n` };
}
