import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { vi } from 'vitest';
import { ToastProvider } from '../ui/Toast';

export function renderWithProviders(ui: ReactElement, { route = '/' }: { route?: string } = {}) {
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={qc}>
      <ToastProvider>
        <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
      </ToastProvider>
    </QueryClientProvider>,
  );
}

export interface SentRequest {
  operationName: string;
  variables: Record<string, unknown>;
  headers: Record<string, string>;
}

type Reply = { status?: number; body: unknown; headers?: Record<string, string> };

/** Replaces fetch with a fake GraphQL server answering by operation name. */
export function mockGraphQL(answer: (req: SentRequest) => Reply | Promise<Reply>) {
  const sent: SentRequest[] = [];
  const fn = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body ?? '{}'));
    const req: SentRequest = {
      operationName: body.operationName,
      variables: body.variables ?? {},
      headers: (init?.headers ?? {}) as Record<string, string>,
    };
    sent.push(req);
    const r = await answer(req);
    return new Response(JSON.stringify(r.body), {
      status: r.status ?? 200,
      headers: { 'Content-Type': 'application/json', 'X-Request-ID': 'req-test-123', ...(r.headers ?? {}) },
    });
  });
  vi.stubGlobal('fetch', fn);
  return { sent, fn };
}

export function gqlError(code: string, message: string, extensions: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { code, ...extensions } }], data: null };
}

export const viewerFixture = {
  id: 'usr_1',
  name: 'Sam Sales',
  email: 'sales@acme-reseller.test',
  role: 'PARTNER_SALES' as const,
  jobFunction: 'SALES' as const,
  partner: { id: 'prt_1', name: 'Acme Reseller', slug: 'acme-reseller', type: 'RESELLER' as const, tier: { id: 'tie_3', name: 'Gold', rank: 3 } },
};

export function grant(expiresInMs = 15 * 60_000, viewer: object = viewerFixture) {
  return {
    accessToken: `eyJ.token.${Math.random().toString(36).slice(2)}`,
    accessTokenExpiresAt: new Date(Date.now() + expiresInMs).toISOString(),
    viewer,
  };
}
