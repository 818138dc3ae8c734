import { PRIVACY_NOTICE_VERSION } from '@shared/contract';
import { AppError } from '@shared/errors';
import { idNumberProblem, maskIdNumber, maskPhone, normalizeIdNumber, type IdType } from '@shared/rules/idDocument';
import { dateOf } from '@shared/time';
import type { Handler } from '../../context';
import { COLLECTIONS } from '../../db/schema';
import type { AttendeeDoc } from '../../db/docs';
import type { Deps } from '../../deps';
import { isDuplicateKey } from '../../db/errors';
import { derivedId } from '../../lib/ids';
import { recordConsent } from '../user/consent';
import { creditsOf } from './credit';
import { listOwnAttendees, MAX_ATTENDEES_PER_ACCOUNT } from './repository';
import { attendeeView } from './view';

/** What a person's record is made of: the fields of attendee.add (and of desk.book) that become it. */
export interface PersonInput {
  name: string;
  phone: string;
  idType: IdType;
  idNumber: string;
}

/**
 * The attendee record of `openid` for a person, checked, hashed, encrypted and masked; nothing written.
 * INVALID_INPUT for an ID number that is wrong on `now`'s date (the schema cannot know today's date: a
 * birth date in the future is refused here). The id is deterministic per account and person, so two
 * simultaneous writes of one person make one record.
 */
export function newAttendeeDoc(deps: Deps, openid: string, input: PersonInput, now: number): AttendeeDoc {
  const problem = idNumberProblem(input.idType, input.idNumber, dateOf(now));
  if (problem) throw new AppError('INVALID_INPUT', { fields: [{ path: 'data.idNumber', message: problem }] });
  const idNumber = normalizeIdNumber(input.idNumber);
  // The ID type is part of the hash: a passport and an ID card never collide by accident.
  const idHash = deps.pii.hash('id', `${input.idType}:${idNumber}`);
  return {
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
}

export const addAttendee: Handler<'attendee.add'> = async ({ deps, openid }, input) => {
  const now = deps.clock();
  const doc = newAttendeeDoc(deps, openid, input, now);
  const { idHash } = doc;
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

  try {
    await deps.db.collection(COLLECTIONS.attendees).add({ data: doc });
  } catch (e) {
    if (isDuplicateKey(e)) throw new AppError('CONFLICT', { field: 'idNumber' }, '该证件的参观人已添加');
    throw e;
  }
  await recordConsent(deps, openid, PRIVACY_NOTICE_VERSION, now);
  return attendeeView(doc, (await creditsOf(deps, [idHash])).get(idHash));
};
