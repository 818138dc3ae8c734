// The desk booking form: its values, desk.book's input from them, and the schema checked on the phone.
import { z } from 'zod';
import { checkIdNumber } from '@shared/contract/attendee';
import { deskBookInput } from '@shared/contract/booking';
import type { SlotView } from '@shared/contract/types';
import type { IdType } from '@shared/rules/idDocument';
import { parseIso } from '@shared/time';

/**
 * Whether the desk may book the slot at `now`: open, or closed to online booking yet not started with places
 * left (the ticket window sells until the slot starts; desk.book refuses the rest). Without `remaining`
 * (the roster's view of a slot) the places are the function's to check.
 */
export const deskBookable = (slot: Pick<SlotView, 'status' | 'start'> & { remaining?: number }, now: number) =>
  slot.status === 'open' || (slot.status === 'closed' && (slot.remaining ?? 1) > 0 && now < parseIso(slot.start));

export interface DeskForm {
  name: string;
  phone: string;
  idType: IdType;
  idNumber: string;
  company: string;
  needs: string;
  /** The staff member has read the privacy notice to the person and has their consent. */
  consent: boolean;
}

export const EMPTY_DESK_FORM: DeskForm = {
  name: '',
  phone: '',
  idType: 'id_card',
  idNumber: '',
  company: '',
  needs: '',
  consent: false,
};

export const CONSENT_MESSAGE = '请向对方说明个人信息保护说明并征得同意';

/** What the schema below takes: desk.book's input with the consent; blank notes left out. */
export const deskFormInput = (slotId: string, f: DeskForm) => ({
  slotId,
  name: f.name,
  phone: f.phone,
  idType: f.idType,
  idNumber: f.idNumber,
  company: f.company.trim() || undefined,
  needs: f.needs.trim() || undefined,
  consent: f.consent,
});

/** desk.book's own checks plus the consent, which stays on the phone: the answer is desk.book's input. */
export const deskFormSchema = deskBookInput
  .innerType()
  .extend({ consent: z.boolean().refine((v) => v, CONSENT_MESSAGE) })
  .superRefine(checkIdNumber)
  .transform(({ consent: _consent, ...input }) => input);
