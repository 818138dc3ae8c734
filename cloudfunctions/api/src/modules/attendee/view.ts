import type { AttendeeView } from '@shared/contract';
import type { Credit } from '@shared/rules/credit';
import type { AttendeeDoc } from '../../db/docs';
import { creditView } from './credit';

/** Only masked forms leave the function. */
export function attendeeView(doc: AttendeeDoc, credit?: Credit): AttendeeView {
  return {
    id: doc._id,
    name: doc.name,
    idType: doc.idType,
    idMasked: doc.idMasked,
    phoneMasked: doc.phoneMasked,
    credit: creditView(credit),
  };
}
