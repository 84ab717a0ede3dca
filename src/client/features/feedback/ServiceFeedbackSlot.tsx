import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { loadStringPack } from '../../i18n/i18n.ts';

type Section = ComponentType<{ serviceId: string }>;
let loaded: Section | null = null;

/**
 * Where the service page's feedback forms go. Their code and strings are a chunk of their own,
 * fetched once the page is shown (precached, so offline too), so the directory's first load
 * does not carry them.
 */
export function ServiceFeedbackSlot({ serviceId }: { serviceId: string }) {
  const [Feedback, setFeedback] = useState<Section | null>(() => loaded);
  useEffect(() => {
    if (loaded) return;
    let current = true;
    void Promise.all([import('./ServiceFeedback.tsx'), loadStringPack('feedback')]).then(
      ([module]) => {
        loaded = module.ServiceFeedback;
        if (current) setFeedback(() => loaded);
      },
      () => undefined, // not fetched (offline before the app was saved): the page stays useful without it
    );
    return () => {
      current = false;
    };
  }, []);
  return Feedback ? <Feedback serviceId={serviceId} /> : null;
}
