import { Icon } from './Icon';

/** Voting dots as drawn circles; the text beside them says how many. */
export function Dots({ count }: { count: number }) {
  return (
    <span className="dots" aria-hidden="true">
      {Array.from({ length: count }, (_, i) => (
        <Icon key={i} name="dot" />
      ))}
    </span>
  );
}
