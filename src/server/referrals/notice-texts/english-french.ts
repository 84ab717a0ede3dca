/** English, the source the other languages translate and the last fallback, and French. */
import type { NoticeTexts } from './notice-shape.ts';

export const english: NoticeTexts = {
  subject: (code) => `Your request ${code} has an update`,
  whatHappened: (code, change) => `Your request ${code} ${change}`,
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

export const french: NoticeTexts = {
  subject: (code) => `Du nouveau pour votre demande ${code}`,
  whatHappened: (code, change) => `Votre demande ${code} ${change}`,
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
