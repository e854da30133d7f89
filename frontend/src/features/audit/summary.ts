// What an audit event's summary says, in words: amounts in money, timestamps in the reader's time
// zone, record IDs named by their kind (and linked where the portal has a page), sessions labelled.
import { count, dateTime, day, money } from '../../lib/format';

export interface SummaryEntry {
  label: string;
  text: string;
  /** The portal page of a record the value names, when there is one the reader may open. */
  href?: string;
  /** The raw value, for copying into a search or a support request. */
  title?: string;
}

/** Record kinds by table (entityType) and by ID prefix, in the words people use. */
const kinds: Record<string, { noun: string; prefix: string }> = {
  tiers: { noun: 'Tier', prefix: 'tir' },
  partners: { noun: 'Partner', prefix: 'prt' },
  users: { noun: 'Person', prefix: 'usr' },
  refresh_tokens: { noun: 'Session', prefix: 'rft' },
  api_keys: { noun: 'API key', prefix: 'key' },
  invitations: { noun: 'Invitation', prefix: 'inv' },
  accounts: { noun: 'Customer account', prefix: 'acc' },
  deals: { noun: 'Deal', prefix: 'dea' },
  partner_applications: { noun: 'Application', prefix: 'app' },
  deal_conflicts: { noun: 'Conflict', prefix: 'dcf' },
  deal_extensions: { noun: 'Extension request', prefix: 'dex' },
  leads: { noun: 'Lead', prefix: 'led' },
  routing_rules: { noun: 'Routing rule', prefix: 'rtr' },
  webhook_subscriptions: { noun: 'Webhook', prefix: 'whs' },
  courses: { noun: 'Course', prefix: 'crs' },
  learning_tracks: { noun: 'Learning track', prefix: 'ltr' },
  certifications: { noun: 'Certification', prefix: 'cer' },
  onboarding_steps: { noun: 'Onboarding step', prefix: 'obs' },
  contents: { noun: 'Content item', prefix: 'cnt' },
  files: { noun: 'File', prefix: 'fil' },
};

const byPrefix = new Map(Object.values(kinds).map((k) => [k.prefix, k.noun]));
byPrefix.set('fam', 'Session');

/** Pages a record ID opens, by prefix; partner pages are the channel team's. */
const pages: Record<string, { path: (id: string) => string; vendorOnly?: boolean }> = {
  dea: { path: (id) => `/deals/${id}` },
  prt: { path: (id) => `/partners/${id}`, vendorOnly: true },
  crs: { path: (id) => `/learning/courses/${id}`, vendorOnly: true },
};

const idPattern = /^([a-z]{3})_[0-9A-HJKMNP-TV-Z]{26}$/;

/** "deals" → "Deal"; an unknown table in words. */
export function recordKind(entityType: string): string {
  const k = kinds[entityType];
  if (k) return k.noun;
  const words = entityType.replace(/_/g, ' ');
  return words ? words[0].toUpperCase() + words.slice(1) : entityType;
}

/** A record ID as its kind and the end of its ID ("Deal …7QK2M4"), linked where the reader may open it. */
export function recordRef(id: string, vendor: boolean): { text: string; href?: string; title: string } {
  const m = idPattern.exec(id);
  if (!m) return { text: id.length > 16 ? `${id.slice(0, 14)}…` : id, title: id };
  const noun = byPrefix.get(m[1]) ?? 'Record';
  const page = pages[m[1]];
  const href = page && (vendor || !page.vendorOnly) ? page.path(id) : undefined;
  return { text: `${noun} …${id.slice(-6)}`, href, title: id };
}

/** ContractSignedAt / contractSignedAt → "Contract signed at". */
function labelFor(key: string): string {
  if (!key) return key;
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/_/g, ' ').toLowerCase();
  return words[0].toUpperCase() + words.slice(1);
}

const moneyKey = /amount|value|allowance|revenue|budget|price/i;

function plain(v: unknown): string {
  if (Array.isArray(v)) return v.map(plain).join(', ');
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (typeof v === 'number') return count(v);
  if (v && typeof v === 'object') return JSON.stringify(v);
  const s = String(v);
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(s)) return dateTime(s);
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return day(s);
  return s.length > 120 ? `${s.slice(0, 117)}…` : s;
}

function entry(key: string, v: unknown, currency: string | undefined, vendor: boolean): SummaryEntry {
  const label = labelFor(key);
  if (typeof v === 'number' && moneyKey.test(key) && currency) return { label, text: money(v, currency), title: `${v} minor units of ${currency}` };
  if (/^family$/i.test(key) && typeof v === 'string') return { label: 'Sign-in session', text: `…${v.slice(-6)}`, title: v };
  if (/^prefix$/i.test(key) && typeof v === 'string') return { label: 'Key', text: `phk_${v}_…` };
  if (typeof v === 'string' && idPattern.test(v)) return { label: labelFor(key.replace(/_?I[dD]$/, '')) || label, ...recordRef(v, vendor) };
  return { label, text: plain(v) };
}

/**
 * What changed, as labelled values. Mutations record their input ({input: {...}}): its fields are
 * listed one by one, without the record's own ID and without fields that were not given. Amounts
 * are money when the summary names their currency.
 */
export function summaryEntries(summary: Record<string, unknown> | null | undefined, vendor = false): SummaryEntry[] {
  if (!summary) return [];
  const { input, ...rest } = summary;
  const fields = input && typeof input === 'object' && !Array.isArray(input) ? { ...(input as Record<string, unknown>), ...rest } : summary;
  const cur = Object.entries(fields).find(([k]) => /^currency$/i.test(k))?.[1];
  const currency = typeof cur === 'string' && /^[A-Z]{3}$/.test(cur) ? cur : undefined;
  return Object.entries(fields)
    .filter(([k, v]) => !/^id$/i.test(k) && v !== null && v !== undefined && v !== '')
    .map(([k, v]) => entry(k, v, currency, vendor));
}
