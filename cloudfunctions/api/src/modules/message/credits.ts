// Credits: each "accept" a user gives in wx.requestSubscribeMessage allows exactly one message of that
// template, and WeChat offers no way to ask how many are left, so we count them: +1 per accept
// (notify.subscribed, made idempotent by its requestId), -1 per message sent (delivery.ts).
import { TEMPLATE_KIND_LABELS, TEMPLATE_KINDS, type TemplateKind, type TemplateView } from '@shared/contract';
import type { Handler } from '../../context';
import { COLLECTIONS } from '../../db/schema';
import type { SubscriptionDoc } from '../../db/docs';
import { readAll } from '../../db/paginate';
import { isDuplicateKey } from '../../db/errors';
import type { Deps } from '../../deps';
import { templateFields } from './templates';

export const subscriptionId = (openid: string, templateId: string) => `${openid}:${templateId}`;

async function templateViews(deps: Deps, openid: string): Promise<TemplateView[]> {
  const mine = await readAll<SubscriptionDoc>(
    deps.db.collection(COLLECTIONS.subscriptions).where({ openid }).orderBy('_id', 'asc'),
    100,
  );
  const credits = new Map(mine.map((s) => [s.templateId, s.credits]));
  return TEMPLATE_KINDS.flatMap((kind) => {
    const templateId = deps.templates[kind];
    if (!templateId) return [];
    return [
      {
        kind,
        label: TEMPLATE_KIND_LABELS[kind],
        templateId,
        fields: templateFields(kind),
        credits: credits.get(templateId) ?? 0,
      },
    ];
  });
}

export const listTemplates: Handler<'notify.templates'> = async ({ deps, openid }) => templateViews(deps, openid);

export const recordSubscribed: Handler<'notify.subscribed'> = async ({ deps, openid }, input) => {
  const kinds = new Map(
    TEMPLATE_KINDS.flatMap((k) => (deps.templates[k] ? [[deps.templates[k]!, k] as [string, TemplateKind]] : [])),
  );
  const _ = deps.db.command;
  const subscriptions = deps.db.collection(COLLECTIONS.subscriptions);
  for (const [templateId, result] of Object.entries(input.results)) {
    const kind = kinds.get(templateId);
    if (result !== 'accept' || !kind) continue;
    const id = subscriptionId(openid, templateId);
    const more = { credits: _.inc(1), updatedAt: deps.clock() };
    if ((await subscriptions.where({ _id: id }).update({ data: more })).stats.updated === 1) continue;
    try {
      await subscriptions.add({
        data: { _id: id, openid, templateId, kind, credits: 1, updatedAt: deps.clock() } satisfies SubscriptionDoc,
      });
    } catch (e) {
      // Two first accepts at once: the second insert collides and adds its credit to the first.
      if (!isDuplicateKey(e)) throw e;
      await subscriptions.doc(id).update({ data: more });
    }
  }
  return templateViews(deps, openid);
};
