/**
 * The complaint departments (weapp build): each with its categories, the receiving desk marked; a tap
 * edits one and 新增部门 adds one; with none yet the page says where to start. Needs `npm run build:weapp`.
 */
import type { DepartmentView } from '@shared/contract';
import { answers, closePages, cls, navigated, openPage, reset, startApp } from '../../testing/weappPage';

const DEPARTMENTS: DepartmentView[] = [
  { id: 'dept-desk', name: '客服中心', categories: [], receiving: true },
  { id: 'dept-guide', name: '讲解部', categories: ['guide', 'service'], receiving: false },
];

beforeAll(startApp);
beforeEach(() => {
  reset();
  answers['user.me'] = { openid: 'o-admin', roles: [{ role: 'admin' }], credit: { noShows: 0 } };
  answers['department.list'] = DEPARTMENTS;
});
afterEach(closePages);

const card = (page: ReturnType<typeof openPage>, name: string) => page.find(name, cls('card'))?.textContent ?? '';

describe('投诉部门 (weapp build)', () => {
  test('lists the departments with their categories; a tap edits one, 新增部门 adds one', async () => {
    const page = openPage('manager/departments/index');
    expect(await page.shows('讲解部')).toBe(true);
    expect(card(page, '客服中心')).toContain('受理窗口');
    expect(card(page, '客服中心')).toContain('未指定负责类别');
    expect(card(page, '讲解部')).toContain('负责类别：讲解质量、服务态度');
    expect(card(page, '讲解部')).not.toContain('受理窗口');
    await page.tap('讲解部');
    await page.tap('新增部门');
    expect(navigated('navigateTo')).toEqual([
      '/manager/department-edit/index?departmentId=dept-guide',
      '/manager/department-edit/index',
    ]);
    page.close();
  }, 20000);

  test('with no department yet the page says to add the receiving desk first', async () => {
    answers['department.list'] = [];
    const page = openPage('manager/departments/index');
    expect(await page.shows('还没有投诉部门')).toBe(true);
    expect(page.text()).toContain('先添加受理窗口');
    page.close();
  }, 20000);
});
