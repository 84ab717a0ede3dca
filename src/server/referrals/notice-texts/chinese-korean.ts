/** Chinese in simplified and in traditional characters, and Korean. */
import type { NoticeTexts } from './notice-shape.ts';

export const simplifiedChinese: NoticeTexts = {
  subject: (code) => `您的请求 ${code} 有新消息`,
  whatHappened: (code, change) => `您的请求 ${code} ${change}`,
  changes: {
    requested: '已收到。',
    accepted: '已被接受。服务机构会联系您。',
    rejected: '未被接受，这项服务无法受理。',
    'in-progress': '正在处理中。',
    'on-hold': '目前暂时搁置。',
    completed: '已完成。',
    failed: '没能完成。',
    cancelled: '已停止。',
    forwarded: '已转给另一项更能帮助您的服务。',
  },
  whereToLook: '如需查看详情，请打开您发送请求时收到的私人链接。您也可以在那里停止请求，这样会删除您的个人资料。',
};

export const traditionalChinese: NoticeTexts = {
  subject: (code) => `您的請求 ${code} 有新訊息`,
  whatHappened: (code, change) => `您的請求 ${code} ${change}`,
  changes: {
    requested: '已收到。',
    accepted: '已被接受。服務機構會聯絡您。',
    rejected: '未被接受，這項服務無法受理。',
    'in-progress': '正在處理中。',
    'on-hold': '目前暫時擱置。',
    completed: '已完成。',
    failed: '沒能完成。',
    cancelled: '已停止。',
    forwarded: '已轉給另一項更能協助您的服務。',
  },
  whereToLook: '如需查看詳情，請開啟您傳送請求時收到的私人連結。您也可以在那裡停止請求，這樣會刪除您的個人資料。',
};

/** The code sits in brackets after 요청, so the particle that follows agrees with 요청, whatever the code's last letter. */
export const korean: NoticeTexts = {
  subject: (code) => `요청(참조 번호 ${code})에 새 소식이 있습니다`,
  whatHappened: (code, change) => `요청(참조 번호 ${code})이 ${change}`,
  changes: {
    requested: '접수되었습니다.',
    accepted: '수락되었습니다. 서비스 기관에서 연락을 드릴 것입니다.',
    rejected: '이 서비스에서 수락되지 못했습니다.',
    'in-progress': '처리되고 있습니다.',
    'on-hold': '지금은 보류 중입니다.',
    completed: '완료되었습니다.',
    failed: '완료되지 못했습니다.',
    cancelled: '중단되었습니다.',
    forwarded: '더 잘 도와드릴 수 있는 다른 서비스에 전달되었습니다.',
  },
  whereToLook: '자세한 내용을 보려면 요청을 보낼 때 받은 개인 링크를 여세요. 그 링크에서 요청을 중단할 수도 있으며, 중단하면 개인 정보가 삭제됩니다.',
};
