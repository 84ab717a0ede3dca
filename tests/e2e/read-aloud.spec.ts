/**
 * Read aloud, with the browser's speech engine replaced by a recorder (headless Chromium has no
 * voices): the button appears only when a voice speaks the reader's language, and phone numbers
 * are read digit by digit.
 */
import { expect, test, type Page } from '@playwright/test';
import { chooseLanguage, open } from '../helpers/app.ts';
import { demoServices } from '../helpers/data.ts';
import { strings } from '../helpers/strings.ts';

test.use({ locale: 'en-CA', serviceWorkers: 'block' });

/** A speech engine with voices for `languages` that records what it is asked to say. */
async function installSpeechRecorder(page: Page, languages: string[]): Promise<void> {
  await page.addInitScript((voiceLanguages: string[]) => {
    const spoken: string[] = [];
    const voices = voiceLanguages.map((lang) => ({ lang, name: `Test ${lang}`, default: false, localService: true, voiceURI: lang }));
    const engine = Object.assign(new EventTarget(), {
      getVoices: () => voices,
      speak: (utterance: SpeechSynthesisUtterance) => {
        spoken.push(utterance.text);
        setTimeout(() => utterance.onend?.(new Event('end') as SpeechSynthesisEvent), 0);
      },
      cancel: () => undefined,
    });
    // The real utterance accepts only the browser's own voice objects.
    class RecordedUtterance {
      text: string;
      voice: unknown = null;
      lang = '';
      onend: ((event: Event) => void) | null = null;
      onerror: ((event: Event) => void) | null = null;
      constructor(text: string) {
        this.text = text;
      }
    }
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: RecordedUtterance });
    Object.defineProperty(window, 'speechSynthesis', { value: engine });
    Object.defineProperty(window, 'spokenTexts', { value: spoken });
  }, languages);
}

const spokenTexts = (page: Page) => page.evaluate(() => (window as unknown as { spokenTexts: string[] }).spokenTexts);
const serviceWithPhone = demoServices.find((service) => (service.phones?.length ?? 0) > 0)!;

test('a service page is read aloud, its phone number digit by digit', async ({ page }) => {
  await installSpeechRecorder(page, ['en-CA']);
  await open(page, `/service/${serviceWithPhone.id}`);
  await page.getByRole('button', { name: strings('en').t('readAloud.read') }).click();
  await expect.poll(() => spokenTexts(page)).toContain(serviceWithPhone.name);
  const digits = serviceWithPhone.phones![0]!.number.replace(/\D/g, '');
  const expected = strings('en').t('readAloud.phone', { digits: `${[...digits.slice(0, 3)].join(' ')}, ${[...digits.slice(3, 6)].join(' ')}, ${[...digits.slice(6)].join(' ')}` });
  expect(await spokenTexts(page)).toContain(expected);
});

test('read aloud is offered only in a language the device can speak', async ({ page }) => {
  await installSpeechRecorder(page, ['en-CA']);
  await open(page, `/service/${serviceWithPhone.id}`);
  await expect(page.getByRole('button', { name: strings('en').t('readAloud.read') })).toBeVisible();
  await chooseLanguage(page, 'ti');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: strings('ti').t('readAloud.read') })).toHaveCount(0);
});
