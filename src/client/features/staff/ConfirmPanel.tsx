import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useTranslation } from '../../i18n/use-translation.ts';

interface ConfirmPanelProps {
  id: string;
  title: string;
  confirmLabel: string;
  busy: boolean;
  onConfirm: () => void;
  onBack: () => void;
  children?: ComponentChildren;
}

/** The second step of an action that cannot be undone; it takes focus so its question is read at once. */
export function ConfirmPanel({ id, title, confirmLabel, busy, onConfirm, onBack, children }: ConfirmPanelProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [title]);
  return (
    <div class="confirm-panel" role="group" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} tabIndex={-1} ref={heading}>{title}</h3>
      <p>{t('staff.actions.cannotUndo')}</p>
      {children}
      <div class="staff-actions">
        <button type="button" class="button button-primary" disabled={busy} onClick={onConfirm}>{confirmLabel}</button>
        <button type="button" class="button button-quiet" onClick={onBack}>{t('staff.actions.back')}</button>
      </div>
    </div>
  );
}
