import { type KeyboardEvent, useRef } from 'react';

const steps: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/**
 * A row of buttons of which one is chosen: a radio group as ARIA describes it. One Tab stop (the chosen one), the
 * arrow keys move the choice and the focus round the group, Home and End go to the ends.
 */
export function Segmented<V extends string>({
  options,
  value,
  onChange,
  label,
  optionLabel,
  testIdPrefix,
  className = 'segmented',
  optionClassName = (_, isChosen) => (isChosen ? 'primary' : ''),
}: {
  options: readonly V[];
  value: V;
  onChange: (value: V) => void;
  label: string;
  optionLabel: (value: V) => string;
  testIdPrefix: string;
  className?: string;
  optionClassName?: (value: V, isChosen: boolean) => string;
}) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = Math.max(0, options.indexOf(value));
    const to = event.key === 'Home' ? 0 : event.key === 'End' ? options.length - 1 : steps[event.key] === undefined ? null : (at + steps[event.key]! + options.length) % options.length;
    if (to === null || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    buttons.current[to]?.focus();
    onChange(options[to]!);
  };
  return (
    <div className={className} role="radiogroup" aria-label={label} onKeyDown={onKeyDown}>
      {options.map((option, i) => (
        <button
          key={option}
          ref={(el) => void (buttons.current[i] = el)}
          type="button"
          role="radio"
          aria-checked={value === option}
          tabIndex={value === option || (!options.includes(value) && i === 0) ? 0 : -1}
          className={optionClassName(option, value === option)}
          onClick={() => onChange(option)}
          data-testid={`${testIdPrefix}${option}`}
        >
          {optionLabel(option)}
        </button>
      ))}
    </div>
  );
}
