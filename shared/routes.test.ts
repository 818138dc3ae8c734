import { pagePath, pageUrl, readParams, ROUTES } from './routes';

test('a page without parameters is its path', () => {
  expect(pageUrl('pages/index/index')).toBe('/pages/index/index');
  expect(pagePath('profile/notices/index')).toBe('profile/notices/index');
});

test('parameters are encoded and empty ones left out', () => {
  expect(pageUrl('booking/detail/index', { bookingId: 'b 1&x' })).toBe('/booking/detail/index?bookingId=b%201%26x');
  expect(pagePath('manager/resource-edit/index', { venueId: 'v1', resourceId: undefined })).toBe(
    'manager/resource-edit/index?venueId=v1',
  );
  expect(pageUrl('complaint/file/index', { bookingId: '' })).toBe('/complaint/file/index');
});

test('a page reads back what it was opened with, by its table entry', () => {
  expect(readParams('booking/detail/index', { bookingId: 'b%201%26x', other: 'x' })).toEqual({ bookingId: 'b 1&x' });
  expect(readParams('manager/resource-edit/index', { venueId: 'v1' })).toEqual({
    venueId: 'v1',
    resourceId: undefined,
  });
  expect(readParams('booking/detail/index', {})).toEqual({ bookingId: '' });
  expect(readParams('staff/roster/index', { slotId: '' })).toEqual({ slotId: undefined });
  expect(readParams('complaint/detail/index', { complaintId: '100%' })).toEqual({ complaintId: '100%' });
});

test('every parameter is named for what it identifies', () => {
  for (const specs of Object.values(ROUTES))
    for (const s of specs as readonly string[]) expect(s).not.toMatch(/^id\??$/);
});
