/** The other languages written in Latin letters: Spanish, Portuguese, Tagalog, Somali, Vietnamese. */
import type { NoticeTexts } from './notice-shape.ts';

export const spanish: NoticeTexts = {
  subject: (code) => `Novedades sobre su solicitud ${code}`,
  whatHappened: (code, change) => `Su solicitud ${code} ${change}`,
  changes: {
    requested: 'fue recibida.',
    accepted: 'fue aceptada. El servicio se comunicará con usted.',
    rejected: 'no pudo ser aceptada por este servicio.',
    'in-progress': 'está en curso.',
    'on-hold': 'está en espera por ahora.',
    completed: 'está terminada.',
    failed: 'no se pudo realizar.',
    cancelled: 'fue cancelada.',
    forwarded: 'se pasó a otro servicio que puede ayudarle mejor.',
  },
  whereToLook:
    'Para ver los detalles, abra el enlace privado que recibió al enviar su solicitud. Desde allí también puede cancelarla, lo que borra sus datos personales.',
};

export const portuguese: NoticeTexts = {
  subject: (code) => `Novidades sobre seu pedido ${code}`,
  whatHappened: (code, change) => `Seu pedido ${code} ${change}`,
  changes: {
    requested: 'foi recebido.',
    accepted: 'foi aceito. O serviço vai entrar em contato com você.',
    rejected: 'não pôde ser aceito por este serviço.',
    'in-progress': 'está em andamento.',
    'on-hold': 'está em espera por enquanto.',
    completed: 'foi concluído.',
    failed: 'não pôde ser concluído.',
    cancelled: 'foi cancelado.',
    forwarded: 'foi repassado para outro serviço que pode ajudar você melhor.',
  },
  whereToLook:
    'Para ver os detalhes, abra o link privado que você recebeu quando enviou seu pedido. Por ele, você também pode cancelar o pedido, o que apaga seus dados pessoais.',
};

export const tagalog: NoticeTexts = {
  subject: (code) => `May balita tungkol sa iyong kahilingan ${code}`,
  whatHappened: (code, change) => `Ang iyong kahilingan ${code} ay ${change}`,
  changes: {
    requested: 'natanggap na.',
    accepted: 'tinanggap na. Kokontakin ka ng serbisyo.',
    rejected: 'hindi matanggap ng serbisyong ito.',
    'in-progress': 'inaasikaso na.',
    'on-hold': 'nakabinbin muna sa ngayon.',
    completed: 'tapos na.',
    failed: 'hindi natapos.',
    cancelled: 'itinigil na.',
    forwarded: 'ipinasa sa ibang serbisyo na mas makakatulong sa iyo.',
  },
  whereToLook:
    'Para makita ang mga detalye, buksan ang pribadong link na natanggap mo noong ipinadala mo ang iyong kahilingan. Doon mo rin ito puwedeng itigil, at buburahin nito ang iyong mga personal na detalye.',
};

export const somali: NoticeTexts = {
  subject: (code) => `War cusub oo ku saabsan codsigaaga ${code}`,
  whatHappened: (code, change) => `Codsigaaga ${code} ${change}`,
  changes: {
    requested: 'waa la helay.',
    accepted: 'waa la aqbalay. Adeeggu wuu kula soo xiriiri doonaa.',
    rejected: 'adeeggani ma aqbali karin.',
    'in-progress': 'waa lagu shaqaynayaa.',
    'on-hold': 'hadda waa la hakiyay.',
    completed: 'waa la dhammeeyay.',
    failed: 'lama dhammayn karin.',
    cancelled: 'waa la joojiyay.',
    forwarded: 'waxaa loo wareejiyay adeeg kale oo si ka wanaagsan kuu caawin kara.',
  },
  whereToLook:
    'Si aad u aragto faahfaahinta, fur linkiga gaarka ah ee aad heshay markii aad dirtay codsigaaga. Halkaas waxaad sidoo kale ka joojin kartaa codsiga, taasoo tirtiraysa macluumaadkaaga shakhsiga ah.',
};

export const vietnamese: NoticeTexts = {
  subject: (code) => `Có tin mới về yêu cầu ${code} của bạn`,
  whatHappened: (code, change) => `Yêu cầu ${code} của bạn ${change}`,
  changes: {
    requested: 'đã được nhận.',
    accepted: 'đã được chấp nhận. Dịch vụ sẽ liên lạc với bạn.',
    rejected: 'không được dịch vụ này tiếp nhận.',
    'in-progress': 'đang được xử lý.',
    'on-hold': 'hiện đang tạm hoãn.',
    completed: 'đã hoàn tất.',
    failed: 'không thể hoàn tất.',
    cancelled: 'đã dừng.',
    forwarded: 'đã được chuyển sang một dịch vụ khác có thể giúp bạn tốt hơn.',
  },
  whereToLook:
    'Để xem chi tiết, hãy mở đường liên kết riêng bạn nhận được khi gửi yêu cầu. Từ đó bạn cũng có thể dừng yêu cầu; việc này sẽ xóa thông tin cá nhân của bạn.',
};
