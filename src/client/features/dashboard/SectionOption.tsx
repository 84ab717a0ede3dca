/** A section's own choice (count by week or month, group by, distance), as one labelled select. */
export function SectionOption<T extends string | number>({ label, value, options, onChange, hint }: {
  label: string;
  value: T;
  options: { value: T; label: string }[];
  onChange: (value: T) => void;
  hint?: string | undefined;
}) {
  return (
    <label class="dashboard-control">
      <span>{label}</span>
      <select
        value={String(value)}
        onChange={(event) => onChange(options.find((option) => String(option.value) === event.currentTarget.value)!.value)}
      >
        {options.map((option) => <option key={option.value} value={String(option.value)}>{option.label}</option>)}
      </select>
      {hint && <span class="dashboard-hint">{hint}</span>}
    </label>
  );
}
