/** London & Middlesex places the demo generator builds plausible organizations and addresses from. */

export const neighbourhoods = [
  'Argyle', 'Hamilton Road', 'Old East Village', 'White Oaks', 'Westmount', 'Byron', 'Masonville',
  'Huron Heights', 'Glen Cairn', 'SoHo', 'Wortley Village', 'Oakridge', 'Lambeth', 'Stoney Creek',
  'Sherwood Forest', 'Carling', 'Pond Mills', 'Strathroy', 'Blackfriars', 'Northridge',
];

/** Street names by the FSAs they run through, so an address and its postal code agree. */
export const streetsByFsa: Record<string, string[]> = {
  N5V: ['Clarke Road', 'Huron Street', 'Oxford Street East', 'Crumlin Sideroad'],
  N5W: ['Dundas Street', 'Hamilton Road', 'Trafalgar Street', 'Highbury Avenue North'],
  N5X: ['Fanshawe Park Road East', 'Richmond Street', 'Sunningdale Road', 'Adelaide Street North'],
  N5Y: ['Huron Street', 'Adelaide Street North', 'Cheapside Street', 'Highbury Avenue North'],
  N5Z: ['Commissioners Road East', 'Hamilton Road', 'Pond Mills Road', 'Gore Road'],
  N6A: ['Dundas Street', 'Richmond Street', 'Queens Avenue', 'King Street', 'Wellington Street'],
  N6B: ['York Street', 'Horton Street East', 'Wellington Street', 'King Street', 'Simcoe Street'],
  N6C: ['Wortley Road', 'Wellington Road', 'Commissioners Road West', 'Ridout Street South'],
  N6E: ['Southdale Road East', 'White Oaks Road', 'Bradley Avenue', 'Wellington Road'],
  N6G: ['Western Road', 'Wonderland Road North', 'Sarnia Road', 'Fanshawe Park Road West'],
  N6H: ['Oxford Street West', 'Wonderland Road North', 'Hyde Park Road', 'Riverside Drive'],
  N6J: ['Wharncliffe Road South', 'Springbank Drive', 'Wonderland Road South', 'Baseline Road West'],
  N6K: ['Boler Road', 'Commissioners Road West', 'Byron Baseline Road', 'Colonel Talbot Road'],
  N6L: ['Exeter Road', 'Wellington Road South', 'Main Street'],
  N6M: ['Jackson Road', 'Commissioners Road East', 'Highbury Avenue South'],
  N6N: ['Wilton Grove Road', 'White Oak Road', 'Exeter Road'],
  N6P: ['Main Street', 'Colonel Talbot Road', 'Southdale Road West'],
  N7G: ['Front Street West', 'Caradoc Street', 'Albert Street', 'Metcalfe Street'],
};

/** How an organization names itself; `{place}` is a neighbourhood. */
export const organizationPatterns = [
  '{place} Newcomer Centre', '{place} Community Centre', '{place} Community Health Centre',
  '{place} Family Resource Centre', '{place} Language Institute', '{place} Employment Services',
  '{place} Neighbourhood Association', '{place} Multicultural Association', '{place} Library Branch',
  '{place} Legal Clinic', '{place} Food Bank', '{place} Faith Community', '{place} Youth Centre',
];

/** Languages staff speak besides English, weighted toward London's largest newcomer groups. */
export const spokenLanguages: { code: string; name: string }[] = [
  { code: 'fr', name: 'French' }, { code: 'ar', name: 'Arabic' }, { code: 'es', name: 'Spanish' },
  { code: 'zh-Hans', name: 'Chinese (Mandarin)' }, { code: 'pa', name: 'Punjabi' }, { code: 'ur', name: 'Urdu' },
  { code: 'fa', name: 'Persian (Farsi)' }, { code: 'prs', name: 'Dari' }, { code: 'ti', name: 'Tigrinya' },
  { code: 'so', name: 'Somali' }, { code: 'uk', name: 'Ukrainian' }, { code: 'tl', name: 'Tagalog' },
  { code: 'ko', name: 'Korean' }, { code: 'vi', name: 'Vietnamese' }, { code: 'ar', name: 'Arabic' },
];

export const documents = [
  { en: 'PR card or Confirmation of Permanent Residence', fr: 'Carte de RP ou confirmation de résidence permanente', ar: 'بطاقة الإقامة الدائمة أو تأكيد الإقامة الدائمة' },
  { en: 'Photo ID', fr: 'Pièce d’identité avec photo', ar: 'هوية تحمل صورة' },
  { en: 'Proof of address', fr: 'Preuve d’adresse', ar: 'إثبات العنوان' },
  { en: 'Passport', fr: 'Passeport', ar: 'جواز السفر' },
  { en: 'Ontario health card', fr: 'Carte Santé de l’Ontario', ar: 'البطاقة الصحية لأونتاريو' },
  { en: 'Children’s birth certificates', fr: 'Actes de naissance des enfants', ar: 'شهادات ميلاد الأطفال' },
  { en: 'Language assessment results', fr: 'Résultats de l’évaluation linguistique', ar: 'نتائج تقييم اللغة' },
];
