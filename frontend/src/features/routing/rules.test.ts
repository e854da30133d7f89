import { describe, expect, it } from 'vitest';
import { RoutingRuleKind } from '../../gql/graphql';
import { checkForm, createInput, emptyForm, formOf, moveInputs, summary, updateInput, type RuleRow } from './rules';

const rule = (id: string, position: number, over: Partial<RuleRow> = {}): RuleRow => ({
  id,
  name: id,
  position,
  kind: RoutingRuleKind.Region,
  required: false,
  enabled: true,
  leadCountries: [],
  values: [],
  minTierRank: 0,
  maxOpenLeads: 0,
  ...over,
});

describe('routing rule form', () => {
  it('puts a new rule ten after the last one', () => {
    expect(emptyForm([rule('a', 10), rule('b', 40)]).position).toBe('50');
    expect(emptyForm([]).position).toBe('10');
  });

  it('sends only the setting the kind matches on, with codes upper-cased', () => {
    const f = { ...emptyForm([]), name: ' DACH ', kind: RoutingRuleKind.Country, values: ['de', ' at'], leadCountries: ['ch'], required: true };
    expect(createInput(f)).toEqual({
      kind: RoutingRuleKind.Country,
      name: 'DACH',
      position: 10,
      required: true,
      enabled: true,
      leadCountries: ['CH'],
      values: ['DE', 'AT'],
    });
    const cap = { ...emptyForm([]), name: 'Room', kind: RoutingRuleKind.Capacity, maxOpenLeads: '25', values: ['ignored'] };
    expect(createInput(cap)).not.toHaveProperty('values');
    expect(createInput(cap).maxOpenLeads).toBe(25);
  });

  it('keeps verticals as typed', () => {
    const f = { ...emptyForm([]), name: 'Retail', kind: RoutingRuleKind.Vertical, values: ['Retail '] };
    expect(createInput(f).values).toEqual(['Retail']);
  });

  it('names what is missing before asking the server', () => {
    expect(checkForm({ ...emptyForm([]), kind: RoutingRuleKind.PartnerType })).toEqual({ name: 'Give the rule a name.', values: 'Name at least one value.' });
    expect(checkForm({ ...emptyForm([]), name: 'x', kind: RoutingRuleKind.Capacity, maxOpenLeads: '0' })).toEqual({ maxOpenLeads: 'At least 1 open lead.' });
    expect(checkForm({ ...emptyForm([]), name: 'x', position: '1.5' })).toEqual({ position: 'The position is a whole number.' });
  });

  it('edits a rule from its stored settings', () => {
    const r = rule('r1', 20, { kind: RoutingRuleKind.Tier, minTierRank: 3 });
    expect(updateInput('r1', formOf(r))).toMatchObject({ id: 'r1', position: 20, minTierRank: 3 });
  });
});

describe('reordering', () => {
  const rules = [rule('a', 10), rule('b', 20), rule('c', 20)];

  it('swaps positions with the neighbour', () => {
    expect(moveInputs(rules, 1, -1)).toEqual({ a: { id: 'b', position: 10 }, b: { id: 'a', position: 20 } });
  });

  it('moves past a neighbour that shares the position', () => {
    expect(moveInputs(rules, 2, -1)).toEqual({ a: { id: 'c', position: 19 }, b: { id: 'b', position: 20 } });
    expect(moveInputs(rules, 1, 1)).toEqual({ a: { id: 'b', position: 21 }, b: { id: 'c', position: 20 } });
  });

  it('does nothing at the ends', () => {
    expect(moveInputs(rules, 0, -1)).toBeNull();
    expect(moveInputs(rules, 2, 1)).toBeNull();
  });
});

describe('summary', () => {
  it('says what a rule matches', () => {
    expect(summary(rule('a', 1))).toBe('Region: the lead’s region');
    expect(summary(rule('a', 1, { kind: RoutingRuleKind.Country, values: ['DE', 'AT'], leadCountries: ['DE'] }))).toBe('Country: DE, AT · leads from DE');
    expect(summary(rule('a', 1, { kind: RoutingRuleKind.Capacity, maxOpenLeads: 25 }))).toBe('Capacity: fewer than 25 open leads');
  });
});
