// The customer's booking by the hour, made by customer service: the form's values, desk.bookRange's input
// from them and the chosen range, and the schema checked on the phone (the function's own messages, the
// seats of the resource, and the consent, which stays on the phone).
import { z } from 'zod';
import { checkIdNumber } from '@shared/contract/attendee';
import { deskRangeInput, headcount } from '@shared/contract/booking';
import type { IdType } from '@shared/rules/idDocument';
import { parseIso, toIso } from '@shared/time';
import { CONSENT_MESSAGE } from '../desk-book/form';

export interface RangeForm {
  name: string;
  phone: string;
  company: string;
  needs: string;
  purpose: string;
  /** As typed: a number once checked. */
  headcount: string;
  /** Only where the resource is real-name. */
  idType: IdType;
  idNumber: string;
  /** The staff member has read the privacy notice to the customer and has their consent. */
  consent: boolean;
}

export const EMPTY_RANGE_FORM: RangeForm = {
  name: '',
  phone: '',
  company: '',
  needs: '',
  purpose: '',
  headcount: '1',
  idType: 'id_card',
  idNumber: '',
  consent: false,
};

/** A range of one resource: the one chosen on the grid, or one offered instead. */
export interface RangeTarget {
  resourceId: string;
  start: string;
  end: string;
}

/**
 * What the schema below takes: desk.bookRange's input with the consent; the range as ISO instants in
 * business time, a blank 特殊需求 left out, the ID document only where the resource is real-name.
 */
export const rangeFormInput = (target: RangeTarget, f: RangeForm, realName: boolean) => ({
  resourceId: target.resourceId,
  start: toIso(parseIso(target.start)),
  end: toIso(parseIso(target.end)),
  purpose: f.purpose,
  headcount: f.headcount.trim() === '' ? undefined : Number(f.headcount),
  name: f.name,
  phone: f.phone,
  company: f.company,
  needs: f.needs.trim() || undefined,
  ...(realName ? { idType: f.idType, idNumber: f.idNumber } : {}),
  consent: f.consent,
});

/** desk.bookRange's checks, the seats of the resource and the consent: the answer is desk.bookRange's input. */
export const rangeFormSchema = (capacity: number) =>
  deskRangeInput
    .innerType()
    .extend({
      // Sent as the ISO instants they are (the function reads them as instants).
      start: z.string(),
      end: z.string(),
      headcount: headcount.max(capacity, `最多${capacity}人`),
      consent: z.boolean().refine((v) => v, CONSENT_MESSAGE),
    })
    .superRefine((v, ctx) => {
      if (v.idNumber && v.idType) checkIdNumber({ idType: v.idType, idNumber: v.idNumber }, ctx);
    })
    .transform(({ consent: _consent, ...input }) => input);
