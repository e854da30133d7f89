// The four CSV imports, who may run each (the @hasRole directives of graph/import.graphql) and their
// columns as docs/csv.md lists them.
import { UserRole } from '../../gql/graphql';

export type ImportKind = 'partners' | 'leads' | 'users' | 'exchangeRates';

export interface Column {
  name: string;
  required: boolean;
  value: string;
}

export interface KindInfo {
  label: string;
  /** What one row becomes, for "Imported 3 partners". */
  noun: [singular: string, plural: string];
  roles: readonly UserRole[];
  columns: Column[];
  example: string;
}

const regions = 'NA, LATAM, EMEA, APAC';

export const importKinds: Record<ImportKind, KindInfo> = {
  partners: {
    label: 'Partners',
    noun: ['partner', 'partners'],
    roles: [UserRole.Admin],
    columns: [
      { name: 'name', required: true, value: 'company name' },
      { name: 'type', required: true, value: 'RESELLER, VAR, MSP, SI, ISV, REFERRAL, ALLIANCE, MARKETPLACE' },
      { name: 'region', required: true, value: regions },
      { name: 'slug', required: false, value: 'derived from the name when empty' },
      { name: 'status', required: false, value: 'ONBOARDING (default), ACTIVE, SUSPENDED, CHURNED' },
      { name: 'tier', required: false, value: 'a tier’s name, e.g. Silver' },
      { name: 'website', required: false, value: 'its domain must not belong to another partner' },
      { name: 'country', required: false, value: 'ISO-3166 alpha-2, e.g. AT' },
      { name: 'verticals', required: false, value: 'separated by semicolons: Retail; Healthcare' },
    ],
    example: 'name,type,region,country,website,tier,verticals\nAlpen IT,RESELLER,EMEA,AT,https://alpen-it.example,Silver,Manufacturing; Retail',
  },
  leads: {
    label: 'Leads',
    noun: ['lead', 'leads'],
    roles: [UserRole.Admin, UserRole.ChannelManager],
    columns: [
      { name: 'company', required: true, value: 'company name' },
      { name: 'country', required: true, value: 'ISO-3166 alpha-2' },
      { name: 'region', required: true, value: regions },
      { name: 'domain, contact_name, contact_email, vertical, interest, source', required: false, value: 'text' },
      { name: 'estimated_value', required: false, value: 'whole minor units (cents)' },
      { name: 'currency', required: false, value: 'ISO-4217, USD when empty' },
    ],
    example: 'company,country,region,domain,interest,estimated_value,currency\nHalden Logistik,DE,EMEA,halden.example,Warehouse automation,2500000,EUR',
  },
  users: {
    label: 'People (invitations)',
    noun: ['invitation', 'invitations'],
    roles: [UserRole.Admin, UserRole.PartnerAdmin],
    columns: [
      { name: 'email', required: true, value: 'work e-mail' },
      { name: 'role', required: true, value: 'ADMIN, CHANNEL_MANAGER, PARTNER_ADMIN, PARTNER_SALES' },
      { name: 'name', required: false, value: 'prefilled on the invitation' },
      { name: 'partner', required: false, value: 'a partner’s name or ID; empty: your own organisation' },
      { name: 'job_function', required: false, value: 'SALES, PRESALES, SUPPORT, MARKETING, MANAGEMENT' },
    ],
    example: 'email,name,role,partner,job_function\nnia@alpen-it.example,Nia Berger,PARTNER_SALES,Alpen IT,SALES',
  },
  exchangeRates: {
    label: 'Exchange rates',
    noun: ['exchange rate', 'exchange rates'],
    roles: [UserRole.Admin],
    columns: [
      { name: 'date', required: true, value: 'YYYY-MM-DD: the rate applies from this day' },
      { name: 'from, to', required: true, value: 'ISO-4217, different' },
      { name: 'rate', required: true, value: 'a positive number: 1 from = rate to' },
    ],
    example: 'date,from,to,rate\n2026-01-01,EUR,USD,1.08',
  },
};

export function kindsFor(role: UserRole): ImportKind[] {
  return (Object.keys(importKinds) as ImportKind[]).filter((k) => importKinds[k].roles.includes(role));
}

export interface Report {
  dryRun: boolean;
  rows: number;
  created: number;
  errors: { row: number; field: string; message: string }[];
}

/** The outcome of a check or an import in a sentence, with the tone to show it in. */
export function outcome(kind: ImportKind, r: Report): { tone: 'success' | 'danger'; title: string; detail: string } {
  const [one, many] = importKinds[kind].noun;
  const n = (k: number, what: [string, string]) => `${k} ${k === 1 ? what[0] : what[1]}`;
  const rows = n(r.rows, ['row', 'rows']);
  if (r.errors.length > 0) {
    const bad = new Set(r.errors.map((e) => e.row)).size;
    return {
      tone: 'danger',
      title: `${n(bad, ['row has', 'rows have'])} problems`,
      detail: `${rows} checked. Nothing was written: fix the rows below and check again.`,
    };
  }
  if (r.dryRun) return { tone: 'success', title: r.rows === 1 ? 'The row is good' : `All ${rows} are good`, detail: `Nothing was written yet. Import writes ${n(r.rows, [one, many])}.` };
  return { tone: 'success', title: `Imported ${n(r.created, [one, many])}`, detail: `All ${rows} were written.` };
}
