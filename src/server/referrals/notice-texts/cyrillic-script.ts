/** Russian and Ukrainian. */
import type { NoticeTexts } from './notice-shape.ts';

export const russian: NoticeTexts = {
  subject: (code) => `Новости по вашей заявке ${code}`,
  whatHappened: (code, change) => `Ваша заявка ${code} ${change}`,
  changes: {
    requested: 'получена.',
    accepted: 'принята. Организация свяжется с вами.',
    rejected: 'не может быть принята этой организацией.',
    'in-progress': 'в работе.',
    'on-hold': 'пока приостановлена.',
    completed: 'выполнена.',
    failed: 'не может быть выполнена.',
    cancelled: 'отменена.',
    forwarded: 'передана на другую услугу, где вам смогут помочь лучше.',
  },
  whereToLook:
    'Чтобы узнать подробности, откройте личную ссылку, которую вы получили при отправке заявки. По ней же можно отменить заявку — тогда ваши личные данные будут удалены.',
};

export const ukrainian: NoticeTexts = {
  subject: (code) => `Новини щодо вашої заявки ${code}`,
  whatHappened: (code, change) => `Ваша заявка ${code} ${change}`,
  changes: {
    requested: 'отримана.',
    accepted: 'прийнята. Організація зв’яжеться з вами.',
    rejected: 'не може бути прийнята цією організацією.',
    'in-progress': 'у роботі.',
    'on-hold': 'поки що призупинена.',
    completed: 'виконана.',
    failed: 'не може бути виконана.',
    cancelled: 'скасована.',
    forwarded: 'передана на іншу послугу, де вам зможуть допомогти краще.',
  },
  whereToLook:
    'Щоб дізнатися подробиці, відкрийте особисте посилання, яке ви отримали під час надсилання заявки. За ним можна також скасувати заявку — тоді ваші особисті дані буде видалено.',
};
