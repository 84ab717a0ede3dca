import type { ComponentChildren } from 'preact';

interface Option<T extends string> {
  value: T;
  label: string;
  icon?: ComponentChildren;
}

interface Props<T extends string> {
  legend: string;
  name: string;
  multiple: boolean;
  options: Option<T>[];
  selected: readonly T[];
  onChange: (selected: T[]) => void;
}

/** One question as large, tappable choices: radio buttons for one answer, checkboxes for several. */
export function NeedsQuestion<T extends string>({ legend, name, multiple, options, selected, onChange }: Props<T>) {
  const toggle = (value: T) =>
    onChange(multiple ? (selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value]) : [value]);
  return (
    <fieldset class="needs-question">
      <legend>{legend}</legend>
      <div class="needs-options">
        {options.map((option) => (
          <label key={option.value} class="needs-option">
            <input type={multiple ? 'checkbox' : 'radio'} name={name} checked={selected.includes(option.value)} onChange={() => toggle(option.value)} />
            {option.icon}
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
