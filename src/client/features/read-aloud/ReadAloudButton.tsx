import { useEffect, useState } from 'preact/hooks';
import { useTranslation } from '../../i18n/use-translation.ts';
import { useVoice } from './voices.ts';

/** Reads the page's main text in the reader's language; shown only when the device has a voice for it. */
export function ReadAloudButton({ sentences }: { sentences: () => string[] }) {
  const { t, language } = useTranslation();
  const voice = useVoice(language);
  const [speaking, setSpeaking] = useState(false);
  useEffect(() => () => (typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis.cancel()), []);
  if (!voice) return null;

  const start = () => {
    speechSynthesis.cancel();
    const parts = sentences().filter(Boolean);
    parts.forEach((text, i) => {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      if (i === parts.length - 1) utterance.onend = utterance.onerror = () => setSpeaking(false);
      speechSynthesis.speak(utterance);
    });
    setSpeaking(parts.length > 0);
  };
  const stop = () => {
    speechSynthesis.cancel();
    setSpeaking(false);
  };
  return (
    <button type="button" class="button read-aloud" aria-pressed={speaking} onClick={speaking ? stop : start}>
      {speaking ? t('readAloud.stop') : t('readAloud.read')}
    </button>
  );
}
