import { useTranslation } from '../../i18n/use-translation.ts';
import type { ImportPreview as Preview } from './exchange-api.ts';
import { problemText } from './problem-text.ts';

/** What the file holds, what importing it would change, and what is wrong with it, row by row. */
export function ImportPreview({ preview }: { preview: Preview }) {
  const { t } = useTranslation();
  const { file, counts, errors, errorCount } = preview;
  return (
    <div class="exchange-preview">
      <h3>{t('exchange.preview.title')}</h3>
      <dl class="exchange-counts">
        <dt>{t('exchange.preview.organizations')}</dt>
        <dd>{file.organizations}</dd>
        <dt>{t('exchange.preview.services')}</dt>
        <dd>{file.services}</dd>
        <dt>{t('exchange.preview.locations')}</dt>
        <dd>{file.locations}</dd>
      </dl>
      {errorCount === 0 ? (
        <>
          <p>{t('exchange.preview.changes')}</p>
          <dl class="exchange-counts" data-testid="exchange-changes">
            <dt>{t('exchange.preview.created')}</dt>
            <dd>{counts.created}</dd>
            <dt>{t('exchange.preview.updated')}</dt>
            <dd>{counts.updated}</dd>
            <dt>{t('exchange.preview.unchanged')}</dt>
            <dd>{counts.unchanged}</dd>
            <dt>{t('exchange.preview.withdrawn')}</dt>
            <dd>{counts.withdrawn}</dd>
          </dl>
          {counts.created + counts.updated + counts.withdrawn === 0 && <p>{t('exchange.preview.nothingChanges')}</p>}
        </>
      ) : (
        <>
          <p class="notice notice-error" role="alert">
            {t('exchange.preview.refused', { count: errorCount })}
            {errorCount > errors.length && ` ${t('exchange.preview.firstOnly', { count: errors.length })}`}
          </p>
          <table class="exchange-errors">
            <caption>{t('exchange.preview.errorsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('exchange.preview.table')}</th>
                <th scope="col">{t('exchange.preview.row')}</th>
                <th scope="col">{t('exchange.preview.field')}</th>
                <th scope="col">{t('exchange.preview.problem')}</th>
              </tr>
            </thead>
            <tbody>
              {errors.map((error, index) => (
                <tr key={index}>
                  <td>{error.table ?? t('exchange.preview.wholeFile')}</td>
                  <td>{error.row ?? error.id ?? ''}</td>
                  <td>
                    <code>{error.field ?? ''}</code>
                  </td>
                  <td>{problemText(error.message, t)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
