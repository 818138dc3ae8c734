import { CallError, networkError } from './callError';
import { errorMessage, refusalOf } from './errorPolicy';

test('a refusal of the input gives its fields by path, without the data. prefix', () => {
  const e = new CallError('INVALID_INPUT', '填写的信息有误', {
    fields: [
      { path: 'data.policy.noShow.limit', message: '不能小于1' },
      { path: 'data.policy.noShow.limit', message: '必填' },
      { path: 'data.name', message: '不能为空' },
    ],
  });
  expect(refusalOf(e)).toEqual({
    message: '填写的信息有误',
    fields: { 'policy.noShow.limit': '不能小于1', name: '不能为空' },
    stale: false,
  });
});

test.each(['INVALID_STATE', 'NOT_FOUND', 'FORBIDDEN', 'ALREADY_CHECKED_IN', 'DEADLINE_PASSED', 'SLOT_FULL'] as const)(
  '%s means the page is out of date',
  (code) => expect(refusalOf(new CallError(code, '…')).stale).toBe(true),
);

test.each(['BLOCKED', 'LIMIT_EXCEEDED', 'DUPLICATE_BOOKING', 'INVALID_INPUT', 'INTERNAL'] as const)(
  '%s is only told',
  (code) => expect(refusalOf(new CallError(code, '…')).stale).toBe(false),
);

test('a network failure is told and changes nothing; anything unexpected reads 系统繁忙', () => {
  expect(refusalOf(networkError())).toEqual({ message: '网络异常，请检查网络后重试', fields: {}, stale: false });
  expect(errorMessage(new TypeError('x is undefined'))).toBe('系统繁忙，请稍后重试');
});
