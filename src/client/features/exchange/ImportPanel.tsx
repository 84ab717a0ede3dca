import { useRef, useState } from 'preact/hooks';
import { useTranslation } from '../../i18n/use-translation.ts';
import { ConfirmPanel } from '../staff/ConfirmPanel.tsx';
import { sendFile, uploadType, type ImportCounts, type ImportPreview as Preview } from './exchange-api.ts';
import { ImportPreview } from './ImportPreview.tsx';

type Step =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'previewed'; preview: Preview }
  | { kind: 'confirming'; preview: Preview }
  | { kind: 'importing'; preview: Preview }
  | { kind: 'imported'; counts: ImportCounts }
  | { kind: 'failed'; message: string; preview: Preview | null };

/** Pick a file, see what importing it would do, then import it: nothing is written before "Import". */
export function ImportPanel({ regionId }: { regionId: string }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);

  const failure = (status: number, error: string) =>
    status === 0 ? t('exchange.import.offline') : status === 403 ? t('exchange.notForRegion') : status === 413 ? t('exchange.import.tooLarge') : status === 415 ? t('exchange.import.wrongType') : error || t('exchange.import.problem');

  const check = async (chosen: File) => {
    setFile(chosen);
    if (!uploadType(chosen)) {
      setStep({ kind: 'failed', message: t('exchange.import.wrongType'), preview: null });
      return;
    }
    setStep({ kind: 'checking' });
    const result = await sendFile(regionId, chosen, false);
    setStep(result.ok ? { kind: 'previewed', preview: result.preview } : { kind: 'failed', message: failure(result.status, result.error), preview: result.preview });
  };

  const commit = async (preview: Preview) => {
    if (!file) return;
    setStep({ kind: 'importing', preview });
    const result = await sendFile(regionId, file, true);
    if (result.ok) {
      setStep({ kind: 'imported', counts: result.preview.counts });
      if (input.current) input.current.value = '';
    } else {
      setStep({ kind: 'failed', message: failure(result.status, result.error), preview: result.preview });
    }
  };

  const busy = step.kind === 'checking' || step.kind === 'importing';
  const shown = 'preview' in step ? step.preview : null;
  return (
    <div class="exchange-import">
      <h2>{t('exchange.import.title')}</h2>
      <p id="exchange-file-help">{t('exchange.import.help')}</p>
      <label class="staff-field">
        <span>{t('exchange.import.file')}</span>
        <input
          ref={input}
          type="file"
          accept=".json,.zip,application/json,application/zip"
          aria-describedby="exchange-file-help"
          disabled={busy}
          onChange={(event) => {
            const chosen = (event.currentTarget as HTMLInputElement).files?.[0];
            if (chosen) void check(chosen);
          }}
        />
      </label>
      <div aria-live="polite" role="status" class="exchange-progress">
        {busy && (
          <p>
            <progress aria-label={step.kind === 'checking' ? t('exchange.import.checking') : t('exchange.import.importing')} />{' '}
            {step.kind === 'checking' ? t('exchange.import.checking') : t('exchange.import.importing')}
          </p>
        )}
        {step.kind === 'imported' && (
          <p class="notice notice-success">
            {t('exchange.import.done', { created: step.counts.created, updated: step.counts.updated, unchanged: step.counts.unchanged, withdrawn: step.counts.withdrawn })}
          </p>
        )}
      </div>
      {step.kind === 'failed' && (
        <p class="notice notice-error" role="alert">
          {step.message}
        </p>
      )}
      {shown && <ImportPreview preview={shown} />}
      {step.kind === 'previewed' && step.preview.errorCount === 0 && (
        <button type="button" class="button button-primary" onClick={() => setStep({ kind: 'confirming', preview: step.preview })}>
          {t('exchange.import.start')}
        </button>
      )}
      {step.kind === 'confirming' && (
        <ConfirmPanel
          id="exchange-confirm"
          title={t('exchange.import.confirmTitle', { count: step.preview.counts.created + step.preview.counts.updated + step.preview.counts.withdrawn })}
          confirmLabel={t('exchange.import.confirm')}
          busy={false}
          onConfirm={() => void commit(step.preview)}
          onBack={() => setStep({ kind: 'previewed', preview: step.preview })}
        />
      )}
    </div>
  );
}
