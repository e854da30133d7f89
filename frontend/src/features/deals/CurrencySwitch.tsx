import { useState } from 'react';

/**
 * The currency a figure card shows. Amounts in different currencies are never added up (there is
 * no exchange rate in a registration), so with more than one currency the reader picks which.
 */
export function useCurrency(currencies: string[]): [string, (c: string) => void] {
  const [picked, setPicked] = useState<string | null>(null);
  const current = picked && currencies.includes(picked) ? picked : (currencies[0] ?? 'USD');
  return [current, setPicked];
}

export function CurrencySwitch({
  currencies,
  value,
  onChange,
  label = 'Currency',
}: {
  currencies: string[];
  value: string;
  onChange: (c: string) => void;
  label?: string;
}) {
  if (currencies.length < 2) {
    return currencies.length === 1 ? <span className="badge">{currencies[0]}</span> : null;
  }
  return (
    <div className="segmented segmented-sm" role="group" aria-label={label}>
      {currencies.map((c) => (
        <button key={c} type="button" aria-pressed={c === value} onClick={() => onChange(c)}>
          {c}
        </button>
      ))}
    </div>
  );
}

/** A note under a chart that other currencies exist and are shown separately. */
export function OtherCurrencies({ currencies, shown }: { currencies: string[]; shown: string }) {
  const others = currencies.filter((c) => c !== shown);
  if (others.length === 0) return null;
  return (
    <p className="chart-note">
      Amounts in {shown} only. {others.join(', ')} {others.length === 1 ? 'registrations are' : 'registrations are'} shown
      separately (switch above): currencies are never added together.
    </p>
  );
}
