/**
 * Speech voices for the reader's language. Devices differ: some have none for Tigrinya or
 * Dari, and then read-aloud is hidden rather than reading in the wrong accent.
 */
import { useEffect, useState } from 'preact/hooks';

function findVoice(language: string): SpeechSynthesisVoice | null {
  const base = language.toLowerCase().split('-')[0];
  const voices = speechSynthesis.getVoices();
  return (
    voices.find((voice) => voice.lang.toLowerCase() === language.toLowerCase()) ??
    voices.find((voice) => voice.lang.toLowerCase().split(/[-_]/)[0] === base) ??
    null
  );
}

export function useVoice(language: string): SpeechSynthesisVoice | null {
  const supported = typeof speechSynthesis !== 'undefined';
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(() => (supported ? findVoice(language) : null));
  useEffect(() => {
    if (!supported) return;
    const update = () => setVoice(findVoice(language));
    update();
    // Voices arrive after page load in most browsers.
    speechSynthesis.addEventListener('voiceschanged', update);
    return () => speechSynthesis.removeEventListener('voiceschanged', update);
  }, [language]);
  return voice;
}
