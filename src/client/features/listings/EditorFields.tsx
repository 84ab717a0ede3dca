/** The editor's inputs, each bound to a path in the listing and showing its problem beside it. */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useTranslation } from '../../i18n/use-translation.ts';
import { StaffField } from '../staff/StaffField.tsx';
import { useEditor } from './editor-context.tsx';
import { inputIdOf, textOrNull, type Path } from './listing-edit.ts';
import type { ProblemKind } from './field-errors.ts';

export function useProblemText() {
  const { t } = useTranslation();
  return (kind: ProblemKind | undefined) => (kind ? t(`listings.problem.${kind}`) : undefined);
}

type InputKind = 'text' | 'email' | 'url' | 'tel' | 'time' | 'date' | 'number';

interface TextInputProps {
  path: Path;
  label: ComponentChildren;
  hint?: ComponentChildren;
  type?: InputKind;
  multiline?: boolean;
  /** For `number`: the smallest value, and whether decimals are allowed (coordinates). */
  min?: number;
  step?: string;
  autoComplete?: string;
  dir?: 'auto' | 'ltr' | 'rtl';
  lang?: string;
}

/** A text, date, time or number field; empty means "not given" (null). */
export function TextInput({ path, label, hint, type = 'text', multiline = false, min, step, autoComplete = 'off', dir, lang }: TextInputProps) {
  const { read, write, problemAt } = useEditor();
  const problemText = useProblemText();
  const value = read(path);
  const shown = value == null ? '' : String(value);
  const onInput = (event: Event) => {
    const raw = (event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value;
    if (type === 'number') write(path, raw.trim() === '' || Number.isNaN(Number(raw)) ? null : Number(raw));
    else write(path, textOrNull(raw));
  };
  return (
    <StaffField id={inputIdOf(path)} label={label} hint={hint} error={problemText(problemAt(path))}>
      {(control) =>
        multiline ? (
          <textarea {...control} class="listing-textarea" rows={3} value={shown} onInput={onInput} dir={dir ?? 'auto'} lang={lang} />
        ) : (
          <input
            {...control}
            class="listing-input"
            type={type}
            inputMode={type === 'number' ? 'decimal' : undefined}
            min={min}
            step={step}
            value={shown}
            onInput={onInput}
            autoComplete={autoComplete}
            dir={dir ?? (type === 'text' ? 'auto' : 'ltr')}
            lang={lang}
          />
        )
      }
    </StaffField>
  );
}

interface SelectInputProps {
  path: Path;
  label: ComponentChildren;
  options: readonly { value: string; label: string }[];
  /** The label of a "not given" choice, when the field may be left out. */
  emptyLabel?: string;
  hint?: ComponentChildren;
  /** Maps the chosen value to what is stored (a capacity status becomes `{ status, note }`). */
  onChoose?: (value: string | null) => void;
  value?: string | null;
}

export function SelectInput({ path, label, options, emptyLabel, hint, onChoose, value }: SelectInputProps) {
  const { read, write, problemAt } = useEditor();
  const problemText = useProblemText();
  const current = value !== undefined ? value : (read(path) as string | null | undefined);
  return (
    <StaffField id={inputIdOf(path)} label={label} hint={hint} error={problemText(problemAt(path))}>
      {(control) => (
        <select
          {...control}
          class="listing-select"
          value={current ?? ''}
          onChange={(event) => {
            const chosen = event.currentTarget.value || null;
            if (onChoose) onChoose(chosen);
            else write(path, chosen);
          }}
        >
          {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>{option.label}</option>
          ))}
        </select>
      )}
    </StaffField>
  );
}

/** A checkbox with its label after it, the whole row a touch target. */
export function CheckBox({ id, label, checked, onChange, describedBy }: { id: string; label: ComponentChildren; checked: boolean; onChange: (checked: boolean) => void; describedBy?: string }) {
  return (
    <div class="listing-check">
      <input id={id} type="checkbox" checked={checked} aria-describedby={describedBy} onChange={(event) => onChange(event.currentTarget.checked)} />
      <label for={id}>{label}</label>
    </div>
  );
}

/** Checkboxes that answer one question, read as a group with its legend and problem. */
export function CheckGroup({ path, legend, hint, children }: { path: Path; legend: ComponentChildren; hint?: ComponentChildren; children: ComponentChildren }) {
  const { problemAt } = useEditor();
  const problemText = useProblemText();
  const id = inputIdOf(path);
  const problem = problemText(problemAt(path));
  return (
    <fieldset class={problem ? 'listing-group has-error' : 'listing-group'} id={id} tabIndex={problem ? -1 : undefined} aria-describedby={problem ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {hint && <p class="hint">{hint}</p>}
      <div class="listing-check-list">{children}</div>
      {problem && <p class="field-error" id={`${id}-error`}>{problem}</p>}
    </fieldset>
  );
}

/** A section that folds; it opens by itself when one of its fields needs attention, and stays open. */
export function Fold({ title, open = false, children, level = 3 }: { title: ComponentChildren; open?: boolean; children: ComponentChildren; level?: 2 | 3 | 4 }) {
  const [isOpen, setOpen] = useState(open);
  useEffect(() => {
    if (open) setOpen(true);
  }, [open]);
  const Heading = `h${level}` as 'h2' | 'h3' | 'h4';
  return (
    <details class="listing-fold" open={isOpen} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        <Heading class="listing-fold-title">{title}</Heading>
      </summary>
      {isOpen && <div class="listing-fold-body">{children}</div>}
    </details>
  );
}
