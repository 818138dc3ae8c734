/**
 * The department form (weapp build): a new department is sent without an id, with its categories and
 * last in the list; an edit keeps its id and place and may make it the receiving desk; the phone's
 * check asks for a name; the function's field errors show under their fields. Needs `npm run build:weapp`.
 */
import type { DepartmentView } from '@shared/contract';
import {
  answers,
  callsTo,
  closePages,
  cls,
  fails,
  openPage,
  reset,
  startApp,
  waitFor,
  wxCalls,
  type RenderedPage,
} from '../../testing/weappPage';

const DEPARTMENTS: DepartmentView[] = [
  { id: 'dept-desk', name: '客服中心', categories: [], receiving: true, order: 0 },
  { id: 'dept-guide', name: '讲解部', categories: ['guide'], receiving: false, order: 1 },
];

beforeAll(startApp);
beforeEach(() => {
  reset();
  answers['user.me'] = { openid: 'o-admin', roles: [{ role: 'admin' }], credit: { noShows: 0 } };
  answers['department.list'] = DEPARTMENTS;
  answers['admin.department.upsert'] = (data: Record<string, unknown>) => ({ id: 'dept-new', ...data });
});
afterEach(closePages);

const row = (page: RenderedPage, label: string) =>
  page.find(label, cls('field__label'))?.parentElement?.textContent ?? '';

const went = () => waitFor(() => wxCalls.some((c) => c.api === 'navigateBack'));

describe('部门 form (weapp build)', () => {
  test('a new department is sent without an id, with the categories chosen, last in the list', async () => {
    const page = openPage('manager/department-edit/index');
    expect(await page.shows('创建部门')).toBe(true);
    await page.input('nut-input-native', '后勤保障部', 0);
    await page.tap('设施设备', cls('nut-checkbox-button'));
    await page.tap('安全管理', cls('nut-checkbox-button'));
    await page.tap('创建部门');
    expect(await page.shows('已保存')).toBe(true);
    expect(callsTo('admin.department.upsert')[0]?.data).toEqual({
      name: '后勤保障部',
      categories: ['facility', 'safety'],
      receiving: false,
      order: 2,
    });
    expect(await went()).toBe(true);
    page.close();
  }, 20000);

  test('an edit keeps the department’s id and place; a category tapped again is dropped', async () => {
    const page = openPage('manager/department-edit/index', { departmentId: 'dept-guide' });
    expect(await page.shows('保存修改')).toBe(true);
    await page.tap('服务态度', cls('nut-checkbox-button'));
    await page.tap('讲解质量', cls('nut-checkbox-button'));
    await page.tap('本部门是受理窗口（客服中心）');
    await page.tap('保存修改');
    expect(await page.shows('已保存')).toBe(true);
    expect(callsTo('admin.department.upsert')[0]?.data).toEqual({
      id: 'dept-guide',
      name: '讲解部',
      categories: ['service'],
      receiving: true,
      order: 1,
    });
    page.close();
  }, 20000);

  test('the phone’s check asks for a name before any call', async () => {
    const page = openPage('manager/department-edit/index');
    await page.shows('创建部门');
    await page.tap('创建部门');
    expect(await waitFor(() => row(page, '部门名称').includes('请填写部门名称'))).toBe(true);
    expect(callsTo('admin.department.upsert')).toEqual([]);
    page.close();
  }, 20000);

  test('a field error of INVALID_INPUT shows under its field, with the refusal toasted', async () => {
    answers['admin.department.upsert'] = fails('INVALID_INPUT', '填写的内容有误，请检查', {
      fields: [{ path: 'data.name', message: '已有同名部门' }],
    });
    const page = openPage('manager/department-edit/index', { departmentId: 'dept-guide' });
    await page.shows('保存修改');
    await page.tap('保存修改');
    expect(await page.shows('填写的内容有误，请检查')).toBe(true);
    expect(await waitFor(() => row(page, '部门名称').includes('已有同名部门'))).toBe(true);
    expect(wxCalls.some((c) => c.api === 'navigateBack')).toBe(false);
    page.close();
  }, 20000);

  test('a department no longer in the list is not found', async () => {
    const page = openPage('manager/department-edit/index', { departmentId: 'dept-gone' });
    expect(await page.shows('加载失败')).toBe(true);
    page.close();
  }, 20000);
});
