/** A row of buttons of which one is chosen: a radio group that looks like a switch. */
export function Segmented<V extends string>({
  options,
  value,
  onChange,
  label,
  optionLabel,
  testIdPrefix,
}: {
  options: readonly V[];
  value: V;
  onChange: (value: V) => void;
  label: string;
  optionLabel: (value: V) => string;
  testIdPrefix: string;
}) {
  return (
    <div className="segmented" role="radiogroup" aria-label={label}>
      {options.map((option) => (
        <button
          key={option}
          type="button"
          role="radio"
          aria-checked={value === option}
          className={value === option ? 'primary' : ''}
          onClick={() => onChange(option)}
          data-testid={`${testIdPrefix}${option}`}
        >
          {optionLabel(option)}
        </button>
      ))}
    </div>
  );
}
