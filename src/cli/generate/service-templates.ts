/**
 * Words the demo generator writes services with: for each taxonomy term, a name and a
 * description in English (the source), French and Arabic. Sample text, written for the demo.
 */
type Text = { en: string; fr: string; ar: string };
export interface ServiceTemplate { name: Text; description: Text }

export const serviceTemplates: Record<string, ServiceTemplate[]> = {
  settlement: [
    {
      name: { en: 'Newcomer information and orientation', fr: 'Information et orientation pour les nouveaux arrivants', ar: 'معلومات وتوجيه للقادمين الجدد' },
      description: {
        en: 'A settlement worker meets you one on one, assesses your needs and helps you with forms, health cards, schools and banking in your first months.',
        fr: 'Une intervenante en établissement vous rencontre individuellement, évalue vos besoins et vous aide avec les formulaires, la carte santé, l’école et la banque pendant vos premiers mois.',
        ar: 'يلتقي بك موظف الاستقرار بشكل فردي، ويقيّم احتياجاتك ويساعدك في النماذج والبطاقة الصحية والمدارس والبنوك خلال أشهرك الأولى.',
      },
    },
    {
      name: { en: 'Settlement needs assessment and referral', fr: 'Évaluation des besoins et aiguillage', ar: 'تقييم احتياجات الاستقرار والإحالة' },
      description: {
        en: 'A first meeting to understand your goals, then a plan and referrals to the right services in London.',
        fr: 'Une première rencontre pour comprendre vos objectifs, puis un plan et un aiguillage vers les bons services à London.',
        ar: 'لقاء أول لفهم أهدافك، ثم خطة وإحالة إلى الخدمات المناسبة في لندن.',
      },
    },
  ],
  'refugee-support': [
    {
      name: { en: 'Resettlement assistance for refugees', fr: 'Aide à la réinstallation des réfugiés', ar: 'مساعدة إعادة التوطين للاجئين' },
      description: {
        en: 'Support for government-assisted and privately sponsored refugees: reception, temporary housing, life skills and connection to services.',
        fr: 'Soutien aux réfugiés pris en charge par le gouvernement ou parrainés par le secteur privé : accueil, logement temporaire, compétences de vie et liens avec les services.',
        ar: 'دعم اللاجئين المكفولين من الحكومة أو من القطاع الخاص: الاستقبال والسكن المؤقت والمهارات الحياتية والربط بالخدمات.',
      },
    },
  ],
  'language-assessment': [
    {
      name: { en: 'Language assessment (CLB)', fr: 'Évaluation linguistique (NCLC)', ar: 'تقييم مستوى اللغة' },
      description: {
        en: 'Find your Canadian Language Benchmark level in English or French so you can join the right free language class.',
        fr: 'Connaissez votre niveau de compétence linguistique canadien en anglais ou en français pour rejoindre le bon cours de langue gratuit.',
        ar: 'اعرف مستواك في اللغة الإنجليزية أو الفرنسية حسب المعايير الكندية لتلتحق بصف اللغة المجاني المناسب.',
      },
    },
  ],
  'language-classes': [
    {
      name: { en: 'English conversation circle', fr: 'Cercle de conversation en anglais', ar: 'حلقة محادثة باللغة الإنجليزية' },
      description: {
        en: 'Practise speaking English in a friendly group, every week, with volunteers. No registration needed.',
        fr: 'Pratiquez l’anglais oral dans un groupe convivial, chaque semaine, avec des bénévoles. Sans inscription.',
        ar: 'تدرّب على التحدث بالإنجليزية في مجموعة ودودة كل أسبوع مع متطوعين. لا حاجة للتسجيل.',
      },
    },
    {
      name: { en: 'French language classes', fr: 'Cours de français', ar: 'دروس اللغة الفرنسية' },
      description: {
        en: 'Free French classes for adult newcomers, from beginner to advanced, to live and work in French.',
        fr: 'Cours de français gratuits pour les nouveaux arrivants adultes, du niveau débutant au niveau avancé, pour vivre et travailler en français.',
        ar: 'دروس مجانية في اللغة الفرنسية للبالغين القادمين الجدد، من المبتدئ إلى المتقدم، للعيش والعمل بالفرنسية.',
      },
    },
  ],
  'language-classes-clb-1-4': [
    {
      name: { en: 'LINC English classes, beginner (CLB 1–4)', fr: 'Cours d’anglais CLIN, débutant (NCLC 1 à 4)', ar: 'دروس اللغة الإنجليزية للمبتدئين (المستوى ١–٤)' },
      description: {
        en: 'Free English classes for adult newcomers: everyday English for shopping, doctors, schools and work. Childminding available.',
        fr: 'Cours d’anglais gratuits pour les nouveaux arrivants adultes : l’anglais de tous les jours pour les courses, le médecin, l’école et le travail. Garde d’enfants sur place.',
        ar: 'دروس مجانية في اللغة الإنجليزية للبالغين القادمين الجدد: إنجليزية الحياة اليومية للتسوق والطبيب والمدرسة والعمل. تتوفر رعاية للأطفال.',
      },
    },
  ],
  'language-classes-clb-5-8': [
    {
      name: { en: 'LINC English classes, intermediate (CLB 5–8)', fr: 'Cours d’anglais CLIN, intermédiaire (NCLC 5 à 8)', ar: 'دروس اللغة الإنجليزية، المستوى المتوسط (٥–٨)' },
      description: {
        en: 'Improve your English for work and study: writing, presentations, and English for the Canadian workplace.',
        fr: 'Améliorez votre anglais pour le travail et les études : rédaction, présentations et anglais du milieu de travail canadien.',
        ar: 'حسّن لغتك الإنجليزية للعمل والدراسة: الكتابة والعروض التقديمية وإنجليزية بيئة العمل الكندية.',
      },
    },
  ],
  'job-language-training': [
    {
      name: { en: 'English for work: occupation-specific language training', fr: 'Anglais au travail : formation linguistique propre à une profession', ar: 'الإنجليزية للعمل: تدريب لغوي خاص بالمهنة' },
      description: {
        en: 'Language training for internationally trained professionals in health care, business and technical trades.',
        fr: 'Formation linguistique pour les professionnels formés à l’étranger en santé, en affaires et dans les métiers techniques.',
        ar: 'تدريب لغوي للمهنيين المدربين دوليًا في الرعاية الصحية والأعمال والمهن التقنية.',
      },
    },
  ],
  employment: [
    {
      name: { en: 'Employment services for newcomers', fr: 'Services d’emploi pour les nouveaux arrivants', ar: 'خدمات التوظيف للقادمين الجدد' },
      description: {
        en: 'Job search help: Canadian-style resumes, interview practice, job fairs and connections to local employers.',
        fr: 'Aide à la recherche d’emploi : CV de style canadien, pratique d’entrevue, salons de l’emploi et liens avec les employeurs locaux.',
        ar: 'مساعدة في البحث عن عمل: سيرة ذاتية بالأسلوب الكندي، والتدرب على المقابلات، ومعارض التوظيف، والتواصل مع أصحاب العمل المحليين.',
      },
    },
    {
      name: { en: 'Mentorship and bridging to your profession', fr: 'Mentorat et transition vers votre profession', ar: 'الإرشاد المهني والانتقال إلى مهنتك' },
      description: {
        en: 'Meet a mentor working in your field in London and build a plan to get back to your profession in Canada.',
        fr: 'Rencontrez un mentor qui travaille dans votre domaine à London et bâtissez un plan pour retrouver votre profession au Canada.',
        ar: 'تعرّف على مرشد يعمل في مجالك في لندن وضع خطة للعودة إلى مهنتك في كندا.',
      },
    },
  ],
  'credential-recognition': [
    {
      name: { en: 'Foreign credential recognition help', fr: 'Aide à la reconnaissance des titres de compétence étrangers', ar: 'مساعدة في معادلة الشهادات الأجنبية' },
      description: {
        en: 'Understand how to get your degree and licence recognized in Ontario, which body regulates your profession, and what it costs.',
        fr: 'Comprenez comment faire reconnaître votre diplôme et votre permis en Ontario, quel ordre réglemente votre profession et combien cela coûte.',
        ar: 'افهم كيف تعادل شهادتك ورخصتك في أونتاريو، وأي جهة تنظم مهنتك، وكم يكلف ذلك.',
      },
    },
  ],
  housing: [
    {
      name: { en: 'Housing help for newcomers', fr: 'Aide au logement pour les nouveaux arrivants', ar: 'مساعدة السكن للقادمين الجدد' },
      description: {
        en: 'Help finding an apartment, understanding a lease and your rights as a tenant, and applying for subsidized housing.',
        fr: 'Aide pour trouver un appartement, comprendre un bail et vos droits de locataire, et demander un logement subventionné.',
        ar: 'مساعدة في إيجاد شقة وفهم عقد الإيجار وحقوقك كمستأجر والتقدم للسكن المدعوم.',
      },
    },
  ],
  health: [
    {
      name: { en: 'Community health clinic', fr: 'Clinique de santé communautaire', ar: 'عيادة صحية مجتمعية' },
      description: {
        en: 'Doctors and nurses for people with or without a health card, vaccinations, and help registering for OHIP.',
        fr: 'Médecins et infirmières pour les personnes avec ou sans carte santé, vaccins et aide pour s’inscrire à l’Assurance-santé de l’Ontario.',
        ar: 'أطباء وممرضون للأشخاص الذين لديهم بطاقة صحية أو ليس لديهم، وتطعيمات، ومساعدة في التسجيل في التأمين الصحي.',
      },
    },
  ],
  'mental-health': [
    {
      name: { en: 'Counselling in your language', fr: 'Counseling dans votre langue', ar: 'إرشاد نفسي بلغتك' },
      description: {
        en: 'Free, confidential counselling for stress, trauma, grief and family difficulties, with an interpreter if needed.',
        fr: 'Counseling gratuit et confidentiel pour le stress, les traumatismes, le deuil et les difficultés familiales, avec un interprète au besoin.',
        ar: 'إرشاد نفسي مجاني وسري للضغط النفسي والصدمات والحزن والمشكلات الأسرية، مع مترجم عند الحاجة.',
      },
    },
  ],
  childcare: [
    {
      name: { en: 'Childcare and early years drop-in', fr: 'Garde d’enfants et halte-accueil pour la petite enfance', ar: 'رعاية الأطفال ولقاءات الطفولة المبكرة' },
      description: {
        en: 'Play-based programs for children up to six with their parents, and help finding licensed childcare and subsidies.',
        fr: 'Programmes de jeu pour les enfants de moins de six ans avec leurs parents, et aide pour trouver une garderie agréée et des subventions.',
        ar: 'برامج قائمة على اللعب للأطفال حتى سن السادسة مع أهلهم، ومساعدة في إيجاد حضانة مرخّصة ودعم مالي.',
      },
    },
  ],
  education: [
    {
      name: { en: 'School registration and settlement workers in schools', fr: 'Inscription scolaire et travailleurs d’établissement dans les écoles', ar: 'التسجيل المدرسي وموظفو الاستقرار في المدارس' },
      description: {
        en: 'Help registering your children in school, meeting teachers, and understanding the Ontario school system.',
        fr: 'Aide pour inscrire vos enfants à l’école, rencontrer les enseignants et comprendre le système scolaire de l’Ontario.',
        ar: 'مساعدة في تسجيل أطفالك في المدرسة ولقاء المعلمين وفهم النظام المدرسي في أونتاريو.',
      },
    },
    {
      name: { en: 'Adult high school diploma and upgrading', fr: 'Diplôme d’études secondaires pour adultes et mise à niveau', ar: 'شهادة الثانوية للكبار وتحسين المستوى' },
      description: {
        en: 'Earn credits toward an Ontario high school diploma, with tutoring and homework help.',
        fr: 'Obtenez des crédits pour un diplôme d’études secondaires de l’Ontario, avec du tutorat et de l’aide aux devoirs.',
        ar: 'احصل على ساعات معتمدة نحو شهادة الثانوية في أونتاريو، مع دروس خصوصية ومساعدة في الواجبات.',
      },
    },
  ],
  legal: [
    {
      name: { en: 'Community legal clinic', fr: 'Clinique juridique communautaire', ar: 'عيادة قانونية مجتمعية' },
      description: {
        en: 'Free legal advice on immigration, tenant rights, work and human rights for people with low income.',
        fr: 'Conseils juridiques gratuits en immigration, droits des locataires, travail et droits de la personne pour les personnes à faible revenu.',
        ar: 'استشارات قانونية مجانية في الهجرة وحقوق المستأجرين والعمل وحقوق الإنسان لذوي الدخل المنخفض.',
      },
    },
  ],
  citizenship: [
    {
      name: { en: 'Citizenship test preparation', fr: 'Préparation à l’examen de citoyenneté', ar: 'التحضير لامتحان الجنسية' },
      description: {
        en: 'Study the Discover Canada guide in a group, practise test questions and get help with your citizenship application.',
        fr: 'Étudiez le guide Découvrir le Canada en groupe, pratiquez les questions de l’examen et obtenez de l’aide pour votre demande de citoyenneté.',
        ar: 'ادرس دليل «اكتشف كندا» ضمن مجموعة، وتدرّب على أسئلة الامتحان، واحصل على مساعدة في طلب الجنسية.',
      },
    },
  ],
  interpretation: [
    {
      name: { en: 'Interpretation and document translation', fr: 'Interprétation et traduction de documents', ar: 'الترجمة الفورية وترجمة الوثائق' },
      description: {
        en: 'Interpreters for appointments by phone or in person, and certified translation of documents such as diplomas and licences.',
        fr: 'Interprètes pour vos rendez-vous par téléphone ou en personne, et traduction certifiée de documents comme les diplômes et les permis.',
        ar: 'مترجمون فوريون للمواعيد عبر الهاتف أو حضوريًا، وترجمة معتمدة للوثائق مثل الشهادات والرخص.',
      },
    },
  ],
  transit: [
    {
      name: { en: 'Getting around London: bus passes and driving', fr: 'Se déplacer à London : laissez-passer d’autobus et conduite', ar: 'التنقل في لندن: بطاقات الحافلة والقيادة' },
      description: {
        en: 'Learn to use London Transit, get a reduced-fare bus pass, and prepare for your Ontario driver’s licence.',
        fr: 'Apprenez à utiliser le transport en commun de London, obtenez un laissez-passer à tarif réduit et préparez votre permis de conduire de l’Ontario.',
        ar: 'تعلّم استخدام حافلات لندن، واحصل على بطاقة حافلة مخفّضة، واستعد لرخصة القيادة في أونتاريو.',
      },
    },
  ],
  food: [
    {
      name: { en: 'Food bank and community meals', fr: 'Banque alimentaire et repas communautaires', ar: 'بنك الطعام والوجبات المجتمعية' },
      description: {
        en: 'Groceries once a month, halal and vegetarian options, and a free community meal every week.',
        fr: 'Épicerie une fois par mois, options halal et végétariennes, et un repas communautaire gratuit chaque semaine.',
        ar: 'مواد غذائية مرة في الشهر، مع خيارات حلال ونباتية، ووجبة مجتمعية مجانية كل أسبوع.',
      },
    },
  ],
  'income-benefits': [
    {
      name: { en: 'Free tax clinic and benefits help', fr: 'Clinique d’impôts gratuite et aide aux prestations', ar: 'عيادة ضرائب مجانية ومساعدة في الإعانات' },
      description: {
        en: 'File your taxes for free to receive the Canada Child Benefit and other benefits; help with bank accounts and your SIN.',
        fr: 'Produisez votre déclaration de revenus gratuitement pour recevoir l’Allocation canadienne pour enfants et d’autres prestations ; aide pour le compte bancaire et le NAS.',
        ar: 'قدّم إقرارك الضريبي مجانًا لتحصل على إعانة الأطفال الكندية وإعانات أخرى؛ ومساعدة في الحساب البنكي ورقم التأمين الاجتماعي.',
      },
    },
  ],
  'community-recreation': [
    {
      name: { en: 'Community connections and social groups', fr: 'Connexions communautaires et groupes sociaux', ar: 'التواصل المجتمعي والمجموعات الاجتماعية' },
      description: {
        en: 'Meet people in your neighbourhood: walking groups, sports, library programs, and groups for women, youth and seniors.',
        fr: 'Rencontrez des gens de votre quartier : groupes de marche, sports, activités à la bibliothèque, et groupes pour les femmes, les jeunes et les aînés.',
        ar: 'تعرّف على أشخاص في حيّك: مجموعات مشي ورياضة وبرامج المكتبة ومجموعات للنساء والشباب وكبار السن.',
      },
    },
  ],
  faith: [
    {
      name: { en: 'Faith community welcome program', fr: 'Programme d’accueil d’une communauté religieuse', ar: 'برنامج ترحيب مجتمع ديني' },
      description: {
        en: 'A faith community that welcomes newcomers of every background with meals, friendship and practical help.',
        fr: 'Une communauté religieuse qui accueille les nouveaux arrivants de toutes origines avec des repas, de l’amitié et de l’aide concrète.',
        ar: 'مجتمع ديني يرحّب بالقادمين الجدد من كل الخلفيات بالوجبات والصداقة والمساعدة العملية.',
      },
    },
  ],
  'civic-participation': [
    {
      name: { en: 'Newcomer civic leadership program', fr: 'Programme de leadership citoyen pour les nouveaux arrivants', ar: 'برنامج القيادة المدنية للقادمين الجدد' },
      description: {
        en: 'Learn how city council, school boards and elections work, and how to have your say in your community.',
        fr: 'Découvrez comment fonctionnent le conseil municipal, les conseils scolaires et les élections, et comment faire entendre votre voix.',
        ar: 'تعرّف على كيفية عمل مجلس المدينة ومجالس المدارس والانتخابات، وكيف تُسمع صوتك في مجتمعك.',
      },
    },
  ],
  volunteering: [
    {
      name: { en: 'Volunteer placements for newcomers', fr: 'Placements bénévoles pour les nouveaux arrivants', ar: 'فرص تطوع للقادمين الجدد' },
      description: {
        en: 'Gain Canadian experience and references by volunteering with local organizations.',
        fr: 'Acquérez de l’expérience canadienne et des références en faisant du bénévolat auprès d’organismes locaux.',
        ar: 'اكتسب خبرة كندية ومراجع من خلال التطوع مع منظمات محلية.',
      },
    },
  ],
};

/** Words that tell one session of a service from another, in the same three languages. */
export const sessionQualifiers: Text[] = [
  { en: 'evening session', fr: 'séance du soir', ar: 'جلسة مسائية' },
  { en: 'Saturday session', fr: 'séance du samedi', ar: 'جلسة يوم السبت' },
  { en: 'online', fr: 'en ligne', ar: 'عبر الإنترنت' },
  { en: 'for women', fr: 'pour les femmes', ar: 'للنساء' },
  { en: 'for youth', fr: 'pour les jeunes', ar: 'للشباب' },
  { en: 'for seniors', fr: 'pour les aînés', ar: 'لكبار السن' },
];
