/**
 * A page loaded when first opened: its code and its pack of strings come together, so the
 * directory's first load carries neither. When they cannot be fetched (offline before the app
 * was saved for offline use), the page says so instead of staying blank.
 */
import type { ComponentType } from 'preact';
import { lazy } from 'preact-iso';
import { loadStringPack, type StringPack } from '../i18n/i18n.ts';
import { PageLoadFailed } from './PageLoadFailed.tsx';

export function lazyPage<Props>(pack: StringPack, load: () => Promise<ComponentType<Props>>) {
  return lazy(() => Promise.all([load(), loadStringPack(pack)]).then(([page]) => page, () => PageLoadFailed as ComponentType<Props>));
}
