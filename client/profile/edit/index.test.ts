/**
 * 个人资料 (weapp build): the name (and an optional phone and department) saved with profile.update; the
 * phone left empty is not sent; the department is sent as the field shows it (emptied, it is cleared); a
 * wrong phone is refused at its field. Needs `npm run build:weapp` first.
 */
import {
  answers,
  callsTo,
  closePages,
  cls,
  fails,
  navigated,
  openPage,
  reset,
  startApp,
  waitFor,
  wxCalls,
} from '../../testing/weappPage';

let profile: { name: string; phoneMasked?: string; department?: string } | null;

beforeAll(startApp);
beforeEach(() => {
  reset();
  profile = null;
  answers['user.me'] = () => ({ openid: 'o-1', roles: [], credit: { noShows: 0 }, privacyConsent: null, profile });
});
afterEach(closePages);

async function open() {
  const page = openPage('profile/edit/index');
  expect(await page.shows('姓名会显示在工作人员名单')).toBe(true);
  return page;
}

const save = (page: ReturnType<typeof openPage>) => page.tap('保存', cls('nut-button'));

describe('个人资料 (weapp build)', () => {
  test('saves the name alone, then goes back', async () => {
    answers['profile.update'] = { name: '张晓明' };
    const page = await open();
    await page.input('nut-input-native', '张晓明', 0);
    await save(page);
    expect(await page.shows('已保存')).toBe(true);
    expect(callsTo('profile.update').map((c) => c.data)).toEqual([{ name: '张晓明', department: '' }]);
    expect(await waitFor(() => wxCalls.some((c) => c.api === 'navigateBack'), 3000)).toBe(true);
  }, 20000);

  test('saves name and phone; a wrong phone is refused at its field first', async () => {
    profile = { name: '张晓明', phoneMasked: '138****1234' };
    answers['profile.update'] = { name: '张晓明', phoneMasked: '139****5678' };
    const page = await open();
    expect(page.text()).toContain('已保存的手机号为 138****1234');
    await page.input('nut-input-native', '12345', 1);
    await save(page);
    expect(await page.shows('请输入11位中国大陆手机号')).toBe(true);
    expect(callsTo('profile.update')).toEqual([]);

    await page.input('nut-input-native', '13900005678', 1);
    await save(page);
    expect(await page.shows('已保存')).toBe(true);
    expect(callsTo('profile.update').map((c) => c.data)).toEqual([
      { name: '张晓明', phone: '13900005678', department: '' },
    ]);
  }, 20000);

  test('the department on record is kept as shown, saved trimmed, and sent empty to clear it', async () => {
    profile = { name: '张晓明', department: '市场部' };
    answers['profile.update'] = { name: '张晓明', department: '市场部' };
    const page = await open();
    expect(page.text()).toContain('部门选填，会随姓名显示在你预约的会议室');
    await save(page);
    await page.input('nut-input-native', ' 品牌部 ', 2);
    await save(page);
    await page.input('nut-input-native', '', 2);
    await save(page);
    expect(await waitFor(() => callsTo('profile.update').length === 3)).toBe(true);
    expect(callsTo('profile.update').map((c) => c.data)).toEqual([
      { name: '张晓明', department: '市场部' },
      { name: '张晓明', department: '品牌部' },
      { name: '张晓明', department: '' },
    ]);
  }, 20000);

  test('a name refused by the function is shown at its field', async () => {
    answers['profile.update'] = fails('INVALID_INPUT', '填写的信息有误，请检查后重试', {
      fields: [{ path: 'data.name', message: '姓名不能包含特殊字符' }],
    });
    const page = await open();
    await page.input('nut-input-native', '张三', 0);
    await save(page);
    expect(await page.shows('姓名不能包含特殊字符')).toBe(true);
    expect(navigated('navigateBack')).toEqual([]);
  }, 20000);
});
