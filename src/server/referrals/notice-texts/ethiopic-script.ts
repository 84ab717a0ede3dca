/** Amharic and Tigrinya, in Ethiopic script. */
import type { NoticeTexts } from './notice-shape.ts';

export const amharic: NoticeTexts = {
  subject: (code) => `ስለ ጥያቄዎ ${code} አዲስ መረጃ`,
  whatHappened: (code, change) => `ጥያቄዎ ${code} ${change}`,
  changes: {
    requested: 'ደርሷል።',
    accepted: 'ተቀባይነት አግኝቷል። አገልግሎቱ ያነጋግርዎታል።',
    rejected: 'በዚህ አገልግሎት ተቀባይነት ሊያገኝ አልቻለም።',
    'in-progress': 'በሂደት ላይ ነው።',
    'on-hold': 'ለጊዜው በመጠባበቅ ላይ ነው።',
    completed: 'ተጠናቋል።',
    failed: 'ሊጠናቀቅ አልቻለም።',
    cancelled: 'ቆሟል።',
    forwarded: 'በተሻለ ሊረዳዎት ወደሚችል ሌላ አገልግሎት ተላልፏል።',
  },
  whereToLook: 'ዝርዝሩን ለማየት፣ ጥያቄዎን ሲልኩ ያገኙትን የግል ሊንክ ይክፈቱ። ከዚያ ጥያቄዎን ማቆምም ይችላሉ፤ ይህ የግል መረጃዎን ይሰርዛል።',
};

export const tigrinya: NoticeTexts = {
  subject: (code) => `ብዛዕባ ጠለብኩም ${code} ሓድሽ ሓበሬታ`,
  whatHappened: (code, change) => `ጠለብኩም ${code} ${change}`,
  changes: {
    requested: 'በጺሑ ኣሎ።',
    accepted: 'ተቐባልነት ረኺቡ። እቲ ኣገልግሎት ምሳኹም ክራኸብ እዩ።',
    rejected: 'ብዚ ኣገልግሎት ተቐባልነት ክረክብ ኣይከኣለን።',
    'in-progress': 'ኣብ መስርሕ እዩ።',
    'on-hold': 'ንግዜኡ ኣብ ምጽባይ ኣሎ።',
    completed: 'ተፈጺሙ።',
    failed: 'ክፍጸም ኣይከኣለን።',
    cancelled: 'ተቋሪጹ።',
    forwarded: 'ብዝሓሸ ክሕግዘኩም ናብ ዝኽእል ካልእ ኣገልግሎት ተሓሊፉ።',
  },
  whereToLook:
    'ዝርዝር ንምርኣይ፡ ጠለብኩም ክትሰዱ ከለኹም ዝረኸብኩምዎ ናይ ውልቅኹም ሊንክ ክፈቱ። ካብኡ ጠለብኩም ከተቋርጽዎ እውን ትኽእሉ ኢኹም፤ እዚ ናይ ውልቅኹም ሓበሬታ ይድምስስ።',
};
