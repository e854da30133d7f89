import { describe, expect, it } from 'vitest';
import { formatMoneyInput, minorDigits, money, parseMoney } from './format';

describe('money in minor units', () => {
  it('knows each currency’s minor units', () => {
    expect(minorDigits('USD')).toBe(2);
    expect(minorDigits('JPY')).toBe(0);
    expect(minorDigits('BHD')).toBe(3);
  });

  it('reads what people type into minor units, refusing what it cannot read', () => {
    expect(parseMoney('48,500.50', 'USD')).toBe(4_850_050);
    expect(parseMoney(' 25000 ', 'EUR')).toBe(2_500_000);
    expect(parseMoney('1,200', 'JPY')).toBe(1200);
    expect(parseMoney('12.5', 'JPY')).toBeNull();
    expect(parseMoney('12.345', 'USD')).toBeNull();
    expect(parseMoney('-5', 'USD')).toBeNull();
    expect(parseMoney('abc', 'USD')).toBeNull();
    expect(parseMoney('', 'USD')).toBeNull();
  });

  it('formats for display and for editing', () => {
    expect(money(4_850_000, 'USD')).toBe('$48,500');
    expect(money(1200, 'JPY')).toBe('¥1,200');
    // Amounts with cents keep them: a registered €1,250,000.50 is never shown as €1,250,001.
    expect(money(125_000_050, 'EUR')).toBe('€1,250,000.50');
    expect(money(125_000_000, 'EUR')).toBe('€1,250,000');
    expect(money(125_000_050, 'EUR', { compact: true })).toBe('€1.3M');
    expect(money(1_234_567, 'BHD')).toBe('BHD\u00a01,234.567');
    expect(formatMoneyInput(4_850_050, 'USD')).toBe('48500.50');
    expect(formatMoneyInput(4_850_000, 'USD')).toBe('48500');
  });
});
