import { PRIVACY_NOTICE_VERSION } from '@shared/contract';
import { AppError } from '@shared/errors';
import { idNumberProblem, maskIdNumber, maskPhone, normalizeIdNumber } from '@shared/rules/idDocument';
import { dateOf } from '@shared/time';
import type { Handler } from '../../context';
import { COLLECTIONS } from '../../db/schema';
import type { AttendeeDoc } from '../../db/docs';
import { isDuplicateKey } from '../../db/errors';
import { derivedId } from '../../lib/ids';
import { recordConsent } from '../user/consent';
import { creditsOf } from './credit';
import { listOwnAttendees, MAX_ATTENDEES_PER_ACCOUNT } from './repository';
import { attendeeView } from './view';

export const addAttendee: Handler<'attendee.add'> = async ({ deps, openid }, input) => {
  const now = deps.clock();
  // The schema cannot know today's date; a birth date in the future is refused here.
  const problem = idNumberProblem(input.idType, input.idNumber, dateOf(now));
  if (problem) throw new AppError('INVALID_INPUT', { fields: [{ path: 'data.idNumber', message: problem }] });

  const idNumber = normalizeIdNumber(input.idNumber);
  // The ID type is part of the hash: a passport and an ID card never collide by accident.
  const idHash = deps.pii.hash('id', `${input.idType}:${idNumber}`);
  const existing = await listOwnAttendees(deps.db, openid);
  if (existing.some((a) => a.idHash === idHash))
    throw new AppError('CONFLICT', { field: 'idNumber' }, '该证件的参观人已添加');
  if (existing.length >= MAX_ATTENDEES_PER_ACCOUNT) {
    throw new AppError(
      'LIMIT_EXCEEDED',
      { max: MAX_ATTENDEES_PER_ACCOUNT },
      `最多添加${MAX_ATTENDEES_PER_ACCOUNT}位参观人`,
    );
  }

  const doc: AttendeeDoc = {
    // Deterministic per account and person: two simultaneous adds of one person make one record.
    _id: derivedId('a', openid, idHash),
    openid,
    name: input.name,
    idType: input.idType,
    idCipher: deps.pii.encrypt(idNumber),
    idHash,
    idMasked: maskIdNumber(idNumber),
    phoneCipher: deps.pii.encrypt(input.phone),
    phoneHash: deps.pii.hash('phone', input.phone),
    phoneMasked: maskPhone(input.phone),
    consent: { version: PRIVACY_NOTICE_VERSION, at: now },
    createdAt: now,
  };
  try {
    await deps.db.collection(COLLECTIONS.attendees).add({ data: doc });
  } catch (e) {
    if (isDuplicateKey(e)) throw new AppError('CONFLICT', { field: 'idNumber' }, '该证件的参观人已添加');
    throw e;
  }
  await recordConsent(deps, openid, PRIVACY_NOTICE_VERSION, now);
  return attendeeView(doc, (await creditsOf(deps, [idHash])).get(idHash));
};
