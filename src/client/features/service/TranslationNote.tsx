import type { TextOrigin } from '../../directory/localize.ts';
import { useTranslation } from '../../i18n/use-translation.ts';

interface Props {
  origin: TextOrigin;
  showingOriginal: boolean;
  onToggle: () => void;
}

/** Tells the reader whether they read the provider's words, a translation, or a machine's. */
export function TranslationNote({ origin, showingOriginal, onToggle }: Props) {
  const { t } = useTranslation();
  if (origin === 'original' && !showingOriginal) return null;
  return (
    <div class="translation-note">
      {origin === 'untranslated' && <p>{t('service.notTranslated')}</p>}
      {origin === 'machine' && <p>{t('service.machineTranslated')}</p>}
      {(origin === 'machine' || origin === 'translated' || showingOriginal) && (
        <button type="button" class="button button-quiet" onClick={onToggle}>
          {showingOriginal ? t('service.showTranslation') : t('service.showOriginal')}
        </button>
      )}
    </div>
  );
}
