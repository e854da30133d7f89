// What the editor needs to know about each rule kind (docs/leads-and-routing.md, "Routing rules"),
// and the small calculations behind the form and the reordering.
import { RoutingRuleKind, type CreateRoutingRuleInput, type UpdateRoutingRuleInput } from '../../gql/graphql';

export interface KindInfo {
  label: string;
  /** Which setting the kind matches on. */
  field: 'values' | 'minTierRank' | 'maxOpenLeads';
  /** How a partner matches, in the docs' words. */
  matches: string;
  /** The kind cannot work without its setting (the API refuses it). */
  settingRequired: boolean;
}

export const kinds: Record<RoutingRuleKind, KindInfo> = {
  [RoutingRuleKind.Region]: {
    label: 'Region',
    field: 'values',
    matches: 'Partners in these regions (NA, LATAM, EMEA, APAC); empty: the lead’s region.',
    settingRequired: false,
  },
  [RoutingRuleKind.Country]: {
    label: 'Country',
    field: 'values',
    matches: 'Partners in these countries (ISO codes such as DE); empty: the lead’s country.',
    settingRequired: false,
  },
  [RoutingRuleKind.PartnerType]: {
    label: 'Partner type',
    field: 'values',
    matches: 'Partners of these types (RESELLER, VAR, MSP, SI, ISV, REFERRAL, ALLIANCE, MARKETPLACE).',
    settingRequired: true,
  },
  [RoutingRuleKind.Tier]: {
    label: 'Tier',
    field: 'minTierRank',
    matches: 'Partners whose tier rank is at least this (Registered 1 … Platinum 4).',
    settingRequired: false,
  },
  [RoutingRuleKind.Vertical]: {
    label: 'Vertical',
    field: 'values',
    matches: 'Partners with one of these verticals; empty: the lead’s vertical.',
    settingRequired: false,
  },
  [RoutingRuleKind.Capacity]: {
    label: 'Capacity',
    field: 'maxOpenLeads',
    matches: 'Partners holding fewer open leads than this.',
    settingRequired: true,
  },
};

export interface RuleForm {
  name: string;
  position: string;
  kind: RoutingRuleKind;
  required: boolean;
  enabled: boolean;
  leadCountries: string[];
  values: string[];
  minTierRank: string;
  maxOpenLeads: string;
}

export interface RuleRow {
  id: string;
  name: string;
  position: number;
  kind: RoutingRuleKind;
  required: boolean;
  enabled: boolean;
  leadCountries?: string[] | null;
  values?: string[] | null;
  minTierRank: number;
  maxOpenLeads: number;
}

/** A new rule goes last: ten after the highest position, leaving room to slot rules between. */
export function emptyForm(rules: RuleRow[]): RuleForm {
  const last = rules.reduce((m, r) => Math.max(m, r.position), 0);
  return {
    name: '',
    position: String(last + 10),
    kind: RoutingRuleKind.Region,
    required: false,
    enabled: true,
    leadCountries: [],
    values: [],
    minTierRank: '0',
    maxOpenLeads: '10',
  };
}

export function formOf(r: RuleRow): RuleForm {
  return {
    name: r.name,
    position: String(r.position),
    kind: r.kind,
    required: r.required,
    enabled: r.enabled,
    leadCountries: r.leadCountries ?? [],
    values: r.values ?? [],
    minTierRank: String(r.minTierRank),
    maxOpenLeads: String(r.maxOpenLeads),
  };
}

// Codes are stored upper-case; people type "de" as often as "DE". Verticals keep their spelling
// (the API compares them case-insensitively).
function codes(list: string[]): string[] {
  return list.map((v) => v.trim().toUpperCase()).filter(Boolean);
}

function whole(s: string): number {
  const n = Number(s.trim());
  return Number.isInteger(n) ? n : NaN;
}

/** Mistakes the form can name before asking the server, by field. */
export function checkForm(f: RuleForm): Partial<Record<keyof RuleForm, string>> {
  const errs: Partial<Record<keyof RuleForm, string>> = {};
  if (!f.name.trim()) errs.name = 'Give the rule a name.';
  if (Number.isNaN(whole(f.position))) errs.position = 'The position is a whole number.';
  const info = kinds[f.kind];
  if (info.field === 'values' && info.settingRequired && f.values.length === 0) errs.values = 'Name at least one value.';
  if (info.field === 'maxOpenLeads' && !(whole(f.maxOpenLeads) >= 1)) errs.maxOpenLeads = 'At least 1 open lead.';
  if (info.field === 'minTierRank' && !(whole(f.minTierRank) >= 0)) errs.minTierRank = 'A rank of 0 or more.';
  return errs;
}

/** The settings the form sends: only the one the kind matches on, beside the common ones. */
export function settingsOf(f: RuleForm) {
  const field = kinds[f.kind].field;
  const values = f.kind === RoutingRuleKind.Vertical ? f.values.map((v) => v.trim()).filter(Boolean) : codes(f.values);
  return {
    name: f.name.trim(),
    position: whole(f.position),
    required: f.required,
    enabled: f.enabled,
    leadCountries: codes(f.leadCountries),
    ...(field === 'values' ? { values } : {}),
    ...(field === 'minTierRank' ? { minTierRank: whole(f.minTierRank) } : {}),
    ...(field === 'maxOpenLeads' ? { maxOpenLeads: whole(f.maxOpenLeads) } : {}),
  };
}

export function createInput(f: RuleForm): CreateRoutingRuleInput {
  return { kind: f.kind, ...settingsOf(f) };
}

export function updateInput(id: string, f: RuleForm): UpdateRoutingRuleInput {
  return { id, ...settingsOf(f) };
}

/**
 * The two updates that move rules[index] one place up (-1) or down (+1): the two rules trade
 * positions. Rules sharing a position run in no defined order, so the moved one then goes just
 * past its neighbour instead. Null at either end of the list.
 */
export function moveInputs(rules: RuleRow[], index: number, dir: -1 | 1): { a: UpdateRoutingRuleInput; b: UpdateRoutingRuleInput } | null {
  const other = index + dir;
  if (index < 0 || index >= rules.length || other < 0 || other >= rules.length) return null;
  const me = rules[index];
  const them = rules[other];
  if (me.position === them.position) {
    return { a: { id: me.id, position: them.position + dir }, b: { id: them.id, position: them.position } };
  }
  return { a: { id: me.id, position: them.position }, b: { id: them.id, position: me.position } };
}

/** What a rule matches, in a line for the list. */
export function summary(r: RuleRow): string {
  const info = kinds[r.kind];
  let what: string;
  if (info.field === 'minTierRank') what = `tier rank ≥ ${r.minTierRank}`;
  else if (info.field === 'maxOpenLeads') what = `fewer than ${r.maxOpenLeads} open leads`;
  else what = r.values?.length ? r.values.join(', ') : `the lead’s ${info.label.toLowerCase()}`;
  const scope = r.leadCountries?.length ? ` · leads from ${r.leadCountries.join(', ')}` : '';
  return `${info.label}: ${what}${scope}`;
}
