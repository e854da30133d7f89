import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MdfUtilizationGroupBy } from '../../gql/graphql';
import { mockGraphQL, renderWithProviders } from '../../test/utils';
import { currenciesOf, periodRange, quarterLabel, returnsIn, utilizationIn, wonInOwnCurrency, type PeriodReturn, type Utilization } from './insights';
import { MdfInsights, ReturnsTable, UtilizationTable } from './MdfInsights';

const util: Utilization[] = [
  { key: 'prt_1', label: 'Acme Reseller', currency: 'USD', allocated: 2_000_000, paid: 500_000, utilization: 0.25 },
  { key: 'prt_2', label: 'Globex', currency: 'USD', allocated: 4_000_000, paid: 3_000_000, utilization: 0.75 },
  { key: 'prt_3', label: 'Initech GmbH', currency: 'EUR', allocated: 1_000_000, paid: 0, utilization: 0 },
];

const roi = (currency: string, spend: number, won: { currency: string; amount: number; deals: number }[], extra: object = {}) => ({
  currency,
  spend,
  leads: 40,
  costPerLead: Math.round(spend / 40),
  pipeline: [{ currency, amount: 1_200_000, deals: 2 }],
  won,
  returnOnSpend: spend ? (won.find((w) => w.currency === currency)?.amount ?? 0) / spend : null,
  ...extra,
});

const returns: PeriodReturn[] = [
  { quarter: '2026-07-01', requests: 1, roi: roi('USD', 500_000, [{ currency: 'USD', amount: 2_000_000, deals: 1 }, { currency: 'EUR', amount: 900_000, deals: 1 }]) },
  { quarter: '2026-04-01', requests: 2, roi: roi('USD', 1_000_000, []) },
  { quarter: '2026-04-01', requests: 1, roi: roi('EUR', 300_000, []) },
];

afterEach(() => vi.unstubAllGlobals());

describe('MDF figures', () => {
  it('keeps currencies apart and orders the rows', () => {
    expect(currenciesOf(util)).toEqual(['USD', 'EUR']);
    expect(utilizationIn(util, 'USD').map((r) => r.label)).toEqual(['Globex', 'Acme Reseller']);
    expect(returnsIn(returns, 'USD').map((r) => r.quarter)).toEqual(['2026-04-01', '2026-07-01']);
    expect(wonInOwnCurrency(returns[0])).toBe(2_000_000);
    expect(quarterLabel('2026-07-01')).toBe('Q3 2026');
  });

  it('spans whole quarters, the current one included', () => {
    const now = new Date('2026-12-06T12:00:00Z');
    expect(periodRange('last4', now)).toEqual({ from: '2026-01-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' });
    expect(periodRange('last8', now).from).toBe('2025-01-01T00:00:00.000Z');
    expect(periodRange('year', new Date('2026-05-01T00:00:00Z'))).toEqual({ from: '2026-01-01T00:00:00.000Z', to: '2026-07-01T00:00:00.000Z' });
  });
});

describe('the charts’ tables', () => {
  it('lists allocated, paid and utilization per partner', () => {
    renderWithProviders(<UtilizationTable rows={utilizationIn(util, 'USD')} currency="USD" groupBy={MdfUtilizationGroupBy.Partner} />);
    const table = screen.getByRole('region', { name: 'Utilization by partner in USD' });
    const rows = within(table).getAllByRole('row');
    expect(rows[0]).toHaveTextContent(/Partner\s*Allocated\s*Paid\s*Utilization/);
    expect(rows[1]).toHaveTextContent('Globex');
    expect(rows[1]).toHaveTextContent('$40,000');
    expect(rows[1]).toHaveTextContent('$30,000');
    expect(rows[1]).toHaveTextContent('75%');
    expect(rows).toHaveLength(3);
  });

  it('lists spend, leads, cost per lead, pipeline, won and return per quarter', () => {
    renderWithProviders(<ReturnsTable rows={returnsIn(returns, 'USD')} currency="USD" />);
    const row = screen.getByTestId('returns-Q3 2026');
    expect(row).toHaveTextContent('$5,000');
    expect(row).toHaveTextContent('40');
    expect(row).toHaveTextContent('$125.00');
    expect(row).toHaveTextContent('$12,000 (2 deals)');
    // Won in another currency is listed, never added to the return.
    expect(row).toHaveTextContent(/\$20,000 \(1 deal\) · €9,000 \(1 deal\)/);
    expect(row).toHaveTextContent('4.0×');
    expect(screen.getByTestId('returns-Q2 2026')).toHaveTextContent('0.0×');
  });

  it('shows one currency at a time and groups by tier on request', async () => {
    const { sent } = mockGraphQL((r) =>
      r.operationName === 'MdfUtilization'
        ? { body: { data: { mdfUtilization: util } } }
        : { body: { data: { mdfReturns: returns } } },
    );
    renderWithProviders(<MdfInsights vendor />);
    await screen.findByRole('region', { name: 'Utilization by partner in USD' });
    expect(screen.queryByText('Initech GmbH')).toBeNull();
    await userEvent.click(within(screen.getByRole('group', { name: 'Utilization currency' })).getByRole('button', { name: 'EUR' }));
    expect(await screen.findByRole('region', { name: 'Utilization by partner in EUR' })).toHaveTextContent('Initech GmbH');
    await userEvent.click(screen.getByRole('button', { name: 'Per tier' }));
    await waitFor(() => expect(sent.some((s) => s.operationName === 'MdfUtilization' && s.variables.groupBy === 'TIER')).toBe(true));
    expect(screen.getByRole('region', { name: 'Return on MDF per quarter in USD' })).toBeInTheDocument();
  });
});
