import { useTranslation } from '../i18n/use-translation.ts';
import { PageHeading } from '../ui/PageHeading.tsx';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <section>
      <PageHeading>{t('app.notFoundTitle')}</PageHeading>
      <p>{t('app.notFoundBody')}</p>
      <a class="button" href="/">{t('app.home')}</a>
    </section>
  );
}
