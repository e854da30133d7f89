// Display formatting in the reader's locale: money from integer minor units, basis points,
// dates, countries and the API's enum values.
import type { PartnerRegion, PartnerStatus, PartnerType, UserJobFunction, UserRole } from '../gql/graphql';

const locale = typeof navigator !== 'undefined' ? navigator.language || 'en-US' : 'en-US';

const digitsCache = new Map<string, number>();

/** How many minor-unit digits a currency has (ISO 4217): USD 2, JPY 0, BHD 3. */
export function minorDigits(currency: string): number {
  const code = currency.toUpperCase();
  let d = digitsCache.get(code);
  if (d === undefined) {
    try {
      d = new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      d = 2;
    }
    digitsCache.set(code, d);
  }
  return d;
}

/**
 * Money held as integer minor units (cents) of an ISO-4217 currency. Whole amounts show no
 * decimals; any other amount shows all its minor digits, because rounding €1,250,000.50 to
 * "€1,250,001" states an amount nobody registered. `cents` forces the decimals; `compact`
 * abbreviates (chart axes and labels, where rounding is expected).
 */
export function money(minor: number, currency = 'USD', opts: { compact?: boolean; cents?: boolean } = {}): string {
  const digits = minorDigits(currency);
  const showCents = !opts.compact && (opts.cents || minor % 10 ** digits !== 0);
  let fmt: Intl.NumberFormat;
  try {
    fmt = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      notation: opts.compact ? 'compact' : 'standard',
      maximumFractionDigits: opts.compact ? 1 : showCents ? digits : 0,
      minimumFractionDigits: showCents ? digits : 0,
    });
  } catch {
    return `${(minor / 10 ** digits).toFixed(showCents ? digits : 0)} ${currency}`;
  }
  return fmt.format(minor / 10 ** digits);
}

/**
 * Reads an amount typed in major units ("12,500.50", "12500") as integer minor units of the
 * currency; null when it is not a plain positive-or-zero number with at most the currency's digits.
 */
export function parseMoney(input: string, currency: string): number | null {
  const digits = minorDigits(currency);
  const s = input.trim().replace(/[\s,_']/g, '');
  if (!s) return null;
  const m = /^(\d+)(?:\.(\d*))?$/.exec(s);
  if (!m) return null;
  const frac = m[2] ?? '';
  if (frac.length > digits) return null;
  const minor = Number(m[1]) * 10 ** digits + Number((frac + '0'.repeat(digits)).slice(0, digits) || '0');
  return Number.isSafeInteger(minor) ? minor : null;
}

/** Minor units as a plain major-unit string for an input field: 1250050 USD → "12500.50". */
export function formatMoneyInput(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  const v = minor / 10 ** digits;
  return Number.isInteger(v) ? String(v) : v.toFixed(digits);
}

/** Basis points as a percentage: 2500 → "25%", 250 → "2.5%". */
export function percentBps(bps: number): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(bps / 10_000);
}

export function count(n: number): string {
  return new Intl.NumberFormat(locale).format(n);
}

/** A share 0..1 as a percentage: 0.6642 → "66%". */
export function percent(share: number, digits = 0): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(share);
}

/** A calendar date kept at midnight UTC (expected close dates), shown without shifting a day. */
export function day(iso: string | null | undefined): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(iso));
}

/** Whole days from now until iso (negative when past), counting partial days as one. */
export function daysUntil(iso: string, now = Date.now()): number {
  return Math.ceil((new Date(iso).getTime() - now) / 86_400_000);
}

/** YYYY-MM-DD of a Date in the reader's time zone (for date inputs). */
export function isoDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function date(iso: string | null | undefined): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(iso));
}

export function dateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    // Deadlines are read by people in other time zones than the one who set them.
    timeZoneName: 'short',
  }).format(new Date(iso));
}

const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });

/** "3 minutes ago", "yesterday"; falls back to the date past a month. */
export function relative(iso: string | null | undefined, now = Date.now()): string {
  if (!iso) return 'Never';
  const diff = (new Date(iso).getTime() - now) / 1000;
  const abs = Math.abs(diff);
  if (abs < 45) return 'just now';
  if (abs < 3600) return rtf.format(Math.round(diff / 60), 'minute');
  if (abs < 86400) return rtf.format(Math.round(diff / 3600), 'hour');
  if (abs < 86400 * 30) return rtf.format(Math.round(diff / 86400), 'day');
  return date(iso);
}

let regionNames: Intl.DisplayNames | null = null;
try {
  regionNames = new Intl.DisplayNames([locale], { type: 'region' });
} catch {
  regionNames = null;
}

export function countryName(code: string | null | undefined): string {
  if (!code) return '—';
  try {
    return regionNames?.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** PARTNER_ADMIN → "Partner admin". */
export function humanize(value: string | null | undefined): string {
  if (!value) return '—';
  const s = value.toLowerCase().replace(/_/g, ' ');
  return s[0].toUpperCase() + s.slice(1);
}

/**
 * The values of an enum in the order a label map lists them. The map is typed `Record<Enum, …>`,
 * so it names every value the schema has (the compiler says when one is added); its order is the
 * order people see in filters and pickers.
 */
export function inOrder<K extends string>(labels: Record<K, unknown>): K[] {
  return Object.keys(labels) as K[];
}

export const partnerTypeLabels: Record<PartnerType, string> = {
  RESELLER: 'Reseller',
  VAR: 'Value-added reseller',
  MSP: 'Managed service provider',
  SI: 'Systems integrator',
  ISV: 'Software vendor (ISV)',
  REFERRAL: 'Referral partner',
  ALLIANCE: 'Alliance partner',
  MARKETPLACE: 'Marketplace',
};

export const regionLabels: Record<PartnerRegion, string> = {
  NA: 'North America',
  LATAM: 'Latin America',
  EMEA: 'Europe, Middle East & Africa',
  APAC: 'Asia Pacific',
};

export const roleLabels: Record<UserRole, string> = {
  ADMIN: 'Administrator',
  CHANNEL_MANAGER: 'Partner account manager',
  PARTNER_ADMIN: 'Partner admin',
  PARTNER_SALES: 'Sales',
};

export const partnerStatusLabels: Record<PartnerStatus, string> = {
  ONBOARDING: 'Onboarding',
  ACTIVE: 'Active',
  SUSPENDED: 'Suspended',
  CHURNED: 'Churned',
};

export const jobFunctionLabels: Record<UserJobFunction, string> = {
  SALES: 'Sales',
  PRESALES: 'Presales',
  SUPPORT: 'Support',
  MARKETING: 'Marketing',
  MANAGEMENT: 'Management',
};

/** ISO-3166 alpha-2 codes, for the country picker (names come from Intl.DisplayNames). */
export const countryCodes = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
  'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP ' +
  'KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT ' +
  'MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW ' +
  'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG ' +
  'UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
).split(' ');

export function countryOptions(): { code: string; name: string }[] {
  return countryCodes
    .map((code) => ({ code, name: countryName(code) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}

export function websiteHref(website: string): string {
  return /^https?:\/\//i.test(website) ? website : `https://${website}`;
}
