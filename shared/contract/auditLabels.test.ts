import { ACTIONS, type ActionName } from './index';
import { AUDIT_ACTION_LABELS, AUDITED_ACTIONS, auditActionLabel } from './auditLabels';

const specs = Object.entries(ACTIONS) as [ActionName, (typeof ACTIONS)[ActionName]][];

/** What the router audits: a state change by a role, or one marked `audited` (it grants a role). */
const audited = specs
  .filter(([, s]) => s.mutating && (!['public', 'user'].includes(s.access) || ('audited' in s && s.audited)))
  .map(([name]) => name);

describe('AUDIT_ACTION_LABELS', () => {
  test('every audited action has a label', () => {
    expect(audited.filter((a) => !(a in AUDIT_ACTION_LABELS))).toEqual([]);
    // setup.claim and invite.accept are open to any user but grant a role: the trail records them.
    expect(audited).toEqual(expect.arrayContaining(['setup.claim', 'invite.accept', 'desk.book']));
  });

  test('labels only actions the trail records, each with its own words', () => {
    expect(AUDITED_ACTIONS.filter((a) => !audited.includes(a))).toEqual([]);
    const labels = Object.values(AUDIT_ACTION_LABELS);
    expect(new Set(labels).size).toBe(labels.length);
  });

  test('an action without a label reads as its name', () => {
    expect(auditActionLabel('desk.book')).toBe('代客预约');
    expect(auditActionLabel('legacy.thing')).toBe('legacy.thing');
  });
});
