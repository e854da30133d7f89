import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { gqlError, mockGraphQL as mockAll, renderWithProviders, type SentRequest } from '../../test/utils';
import { checkDealValues, emptyDealValues, fieldErrorsOf, formFieldOf, RegisterDealForm, toRegisterInput } from './RegisterDealForm';
import { ApiError } from '../../lib/errors';
import { isoDay } from '../../lib/format';

const inAMonth = isoDay(new Date(Date.now() + 30 * 86_400_000));

/** Fills the required fields (change events: typing key by key adds nothing to these tests). */
async function fillValid() {
  const set = (label: RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
  set(/^Company/, 'Quantum Parcel Networks');
  set(/^Web domain/, 'quantum-parcel.test');
  set(/^Title/, 'Tracking platform');
  set(/^Expected value/, '48,500.50');
  set(/^Expected close date/, inAMonth);
  return userEvent.setup();
}

const registered = {
  data: { registerDeal: { deal: { id: 'dea_1', status: 'SUBMITTED', title: 'Tracking platform', decisionDueAt: '2030-01-01T00:00:00Z', conflicts: [] } } },
};

const activities = {
  data: {
    mdfRequests: {
      edges: [{ node: { id: 'mdr_7', title: 'Spring webinar', activityType: 'WEBINAR', startDate: '2026-03-02T00:00:00Z', status: 'APPROVED' } }],
    },
  },
};

/** The fake server: the form's list of MDF activities is answered here and left out of `sent`. */
function mockGraphQL(answer: Parameters<typeof mockAll>[0]) {
  const sent: SentRequest[] = [];
  const all = mockAll((r) => {
    if (r.operationName === 'DealMdfActivities') return { body: activities };
    sent.push(r);
    return answer(r);
  });
  return { ...all, sent };
}

afterEach(() => vi.unstubAllGlobals());

// Forms re-render on every change; leave room on a busy machine.
vi.setConfig({ testTimeout: 20_000 });

describe('register deal form: field errors', () => {
  it('maps the server’s extensions.field to form fields', () => {
    expect(formFieldOf('customerDomain')).toBe('customerDomain');
    expect(formFieldOf('input.expectedCloseDate')).toBe('expectedCloseDate');
    expect(formFieldOf('idempotencyKey')).toBeUndefined();
    expect(formFieldOf(undefined)).toBeUndefined();
    const err = new ApiError('BAD_USER_INPUT', 'bad', {
      fieldErrors: [
        { field: 'amount', message: 'The amount must be more than zero.' },
        { field: 'somethingElse', message: 'Nope.' },
      ],
    });
    expect(fieldErrorsOf(err)).toEqual({ byField: { amount: 'The amount must be more than zero.' }, general: true });
    expect(fieldErrorsOf(new ApiError('BAD_USER_INPUT', 'bad', { fieldErrors: [{ field: 'title', message: 'T.' }] })).general).toBe(false);
    expect(fieldErrorsOf(new ApiError('NETWORK', 'down')).general).toBe(true);
  });

  it('shows a server field error next to its field and moves focus there', async () => {
    const { sent } = mockGraphQL(() => ({
      body: gqlError('BAD_USER_INPUT', '"quantum-parcel.test" is not a web domain like example.com', { field: 'customerDomain' }),
    }));
    const onRegistered = vi.fn();
    renderWithProviders(<RegisterDealForm onRegistered={onRegistered} />);
    const user = await fillValid();
    await user.click(screen.getByRole('button', { name: 'Register deal' }));

    const domain = screen.getByLabelText(/^Web domain/);
    await waitFor(() => expect(domain).toHaveAttribute('aria-invalid', 'true'));
    const described = document.getElementById(domain.getAttribute('aria-describedby')!);
    expect(described).toHaveTextContent('"quantum-parcel.test" is not a web domain like example.com.');
    await waitFor(() => expect(domain).toHaveFocus());
    // Only that field is marked; no generic alert on top of it.
    expect(screen.getByLabelText(/^Company/)).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText('Please check your input')).not.toBeInTheDocument();
    expect(onRegistered).not.toHaveBeenCalled();
    expect(sent[0].variables).toMatchObject({
      input: { customerName: 'Quantum Parcel Networks', customerDomain: 'quantum-parcel.test', amount: 4_850_050, currency: 'USD', expectedCloseDate: inAMonth, source: 'SOURCED' },
    });

    // Correcting the field clears its error.
    fireEvent.change(domain, { target: { value: 'quantum-parcel.example' } });
    expect(domain).not.toHaveAttribute('aria-invalid');
  });

  it('puts errors of fields the form does not have in an alert, with the reference', async () => {
    mockGraphQL(() => ({ body: gqlError('BAD_USER_INPUT', 'the Idempotency-Key must be 1 to 255 printable ASCII characters', { field: 'idempotencyKey' }) }));
    renderWithProviders(<RegisterDealForm onRegistered={vi.fn()} />);
    const user = await fillValid();
    await user.click(screen.getByRole('button', { name: 'Register deal' }));
    expect(await screen.findByText('Please check your input')).toBeInTheDocument();
    expect(screen.getByText('req-test-123')).toBeInTheDocument();
  });

  it('checks required fields before asking the server', async () => {
    const { sent } = mockGraphQL(() => ({ body: registered }));
    renderWithProviders(<RegisterDealForm onRegistered={vi.fn()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Register deal' }));
    expect(screen.getByLabelText(/^Company/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(/^Company/)).toHaveFocus();
    expect(screen.getByText('Enter the customer’s web domain, e.g. example.com.')).toBeInTheDocument();
    expect(screen.getByText('Enter the expected value.')).toBeInTheDocument();
    expect(sent).toHaveLength(0);
    expect(checkDealValues({ ...emptyDealValues(), amount: '12.345' }).amount).toMatch(/Enter a number/);
    expect(checkDealValues({ ...emptyDealValues(), currency: 'JPY', amount: '1200' }).amount).toBeUndefined();
    expect(toRegisterInput({ ...emptyDealValues(), currency: 'JPY', amount: '1,200' }).amount).toBe(1200);
  });
});

describe('register deal form: one registration per submission', () => {
  it('retries with the same Idempotency-Key, and uses a new one for different values', async () => {
    let calls = 0;
    const { sent } = mockGraphQL(() => {
      calls++;
      if (calls === 1) throw new TypeError('Failed to fetch'); // the answer is lost
      return { body: registered };
    });
    const onRegistered = vi.fn();
    renderWithProviders(<RegisterDealForm onRegistered={onRegistered} />);
    const user = await fillValid();
    await user.click(screen.getByRole('button', { name: 'Register deal' }));
    expect(await screen.findByText('We can’t reach PartnerHub')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Register deal' }));
    await waitFor(() => expect(onRegistered).toHaveBeenCalledWith(registered.data.registerDeal.deal));

    const k1 = sent[0].headers['Idempotency-Key'];
    expect(k1).toMatch(/^[\w-]{16,}$/);
    expect(sent[1].headers['Idempotency-Key']).toBe(k1);

    // Different values are a different submission.
    fireEvent.change(screen.getByLabelText(/^Title/), { target: { value: 'Tracking platform (phase 2)' } });
    await user.click(screen.getByRole('button', { name: 'Register deal' }));
    await waitFor(() => expect(sent).toHaveLength(3));
    expect(sent[2].headers['Idempotency-Key']).not.toBe(k1);
  });

  it('sends one request for a double click', async () => {
    let release: () => void = () => {};
    const { sent } = mockGraphQL(() => new Promise((resolve) => (release = () => resolve({ body: registered }))));
    renderWithProviders(<RegisterDealForm onRegistered={vi.fn()} />);
    await fillValid();
    const button = screen.getByRole('button', { name: 'Register deal' });
    fireEvent.click(button);
    fireEvent.click(button);
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(button).toBeDisabled();
    release();
    await waitFor(() => expect(button).not.toBeDisabled());
    expect(sent).toHaveLength(1);
  });

  it('names the MDF activity that sourced the deal', async () => {
    const { sent } = mockGraphQL(() => ({ body: registered }));
    const onRegistered = vi.fn();
    renderWithProviders(<RegisterDealForm onRegistered={onRegistered} />);
    const user = await fillValid();
    const select = screen.getByLabelText(/^Sourced by an MDF activity/);
    await screen.findByRole('option', { name: /Spring webinar/ });
    await user.selectOptions(select, 'mdr_7');
    await user.click(screen.getByRole('button', { name: 'Register deal' }));
    await waitFor(() => expect(onRegistered).toHaveBeenCalled());
    expect(sent[0].variables).toMatchObject({ input: { mdfRequestId: 'mdr_7' } });
  });
});
