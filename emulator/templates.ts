// Placeholder subscribe-message template ids for the local cloud, one per kind, handed to the function
// as SUBSCRIBE_TEMPLATES like the cloud console's configuration would (a value in the environment wins).
// In WeChat they are the ids of the templates chosen in the mini-program's admin console.
import { TEMPLATE_KINDS, type TemplateKind } from '../shared/contract';

export const LOCAL_TEMPLATE_IDS = Object.fromEntries(
  TEMPLATE_KINDS.map((kind) => [kind, `local-${kind.replace(/_/g, '-')}`]),
) as Record<TemplateKind, string>;
