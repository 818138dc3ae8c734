// A visitor's first journey in a real browser against `npm start`: sign in, add an attendee,
// book a slot, see it under 我的预约, cancel it.
import type { Browser, Page } from 'playwright-core';
import { residentIdCheckChar } from '@shared/rules/idDocument';
import { button, field, launch, onScreen, phonePage } from './browser';
import { journey } from './journey';
import { SET_UP_MS, startNpmStart, type RunningCloud } from './localCloudProcess';

let cloud: RunningCloud;
let browser: Browser;
let page: Page;
const errors: string[] = [];
const first17 = '11010519900307123';
const ID_NUMBER = first17 + residentIdCheckChar(first17);
const WRONG_CHECK = first17 + (ID_NUMBER.endsWith('0') ? '1' : '0');

beforeAll(async () => {
  cloud = await startNpmStart(Number(process.env.E2E_PORT ?? 8788));
  browser = await launch();
  page = await phonePage(browser, errors);
}, SET_UP_MS);

afterAll(async () => {
  await browser?.close();
  await cloud?.stop();
});

afterEach(() => expect(errors).toEqual([]));

const { go, reopen, signIn, api, clock, still, arrive, pickDate, openMe, shot } = journey(
  () => page,
  () => cloud.url,
);
/** Books the first slot of VR飞行体验 `days` ahead for 王小明, from 首页, through to the booking's page. */
const bookVrFlight = async (days: number) => {
  await onScreen(page).getByText('可预约项目').waitFor();
  await onScreen(page).locator('[data-testid="resource-res-vr-flight"]').click({ force: true });
  await arrive('/booking/resource/index');
  await pickDate(days);
  await onScreen(page).locator('[data-testid^="slot-"]').first().waitFor();
  await button(page, '预约').click();
  await onScreen(page).getByText('王小明').click({ force: true });
  await button(page, '确认预约').click();
  await page.getByText('预约成功').waitFor();
  await page.waitForURL((u) => u.hash.startsWith('#/booking/detail/index'));
};

test('signs in as a demo visitor and lands on 首页', async () => {
  await go('/dev/signin/index');
  await onScreen(page).locator('[data-testid="signin-demo-visitor-1"]').click({ force: true });
  await onScreen(page).getByText('可预约项目').waitFor();
  await onScreen(page).getByText('VR飞行体验').waitFor();
});

test('adds an attendee from 我的 → 常用参观人, after the form shows what is wrong', async () => {
  await openMe();
  await onScreen(page).getByText('常用参观人').click({ force: true });
  await page.waitForURL((u) => u.hash.startsWith('#/profile/attendees/index'));
  await button(page, '添加参观人').click();
  await field(page, '与证件一致的姓名').fill('王小明');
  await field(page, '11位手机号').fill('13812345678');
  await field(page, '请输入证件号码').fill(WRONG_CHECK);
  await button(page, '保存').click();
  await onScreen(page).getByText('身份证号校验位不正确，请核对').waitFor();
  await onScreen(page).getByText('请阅读并同意个人信息保护说明').waitFor();

  await field(page, '请输入证件号码').fill(ID_NUMBER);
  await onScreen(page).getByText('我已阅读并同意').click({ force: true });
  await button(page, '保存').click();
  await page.getByText('已添加').waitFor();
  // The form goes back to the list, which now shows the attendee with the ID number masked.
  await page.waitForURL((u) => u.hash.startsWith('#/profile/attendees/index'));
  await onScreen(page).getByText('王小明').waitFor();
  await onScreen(page)
    .getByText(`${ID_NUMBER.slice(0, 4)}**********${ID_NUMBER.slice(-4)}`)
    .waitFor();
});

test('books a slot of VR飞行体验 tomorrow', async () => {
  await go('/pages/index/index');
  await bookVrFlight(1);
  await onScreen(page).getByText('已预约').first().waitFor();
});

test('sees the booking under 我的预约 and cancels it', async () => {
  await go('/pages/bookings/index');
  const card = onScreen(page).locator('[data-testid^="booking-"]').first();
  await card.getByText('VR飞行体验').waitFor();
  await card.getByText('已预约').waitFor();
  await card.click({ force: true });
  await button(page, '取消预约').click();
  await button(page, '确认取消').click();
  await page.getByText('已取消预约').waitFor();

  await go('/pages/bookings/index');
  await onScreen(page).locator('[data-testid^="booking-"]').first().getByText('已取消').waitFor();
});

describe('a slot closed by the venue', () => {
  test('the visitor books the first slot of 球幕影院 tomorrow', async () => {
    await go('/pages/index/index');
    await onScreen(page).getByText('可预约项目').waitFor();
    await onScreen(page).locator('[data-testid="resource-res-dome"]').click({ force: true });
    await arrive('/booking/resource/index');
    await pickDate(1);
    await onScreen(page).locator('[data-testid^="slot-"]').first().waitFor();
    await button(page, '预约').click();
    await onScreen(page).getByText('王小明').click({ force: true });
    await button(page, '确认预约').click();
    await page.waitForURL((u) => u.hash.startsWith('#/booking/detail/index'));
    await onScreen(page).getByText('已预约').first().waitFor();
  });

  test('the manager closes that slot with a reason', async () => {
    await signIn('demo-manager-1');
    await go('/manager/slots/index?resourceId=res-dome');
    await arrive('/manager/slots/index');
    await pickDate(1);
    const row = onScreen(page).locator('[data-testid^="mgr-slot-"]').first();
    await row.getByText('已约 1').waitFor();
    await row.locator('taro-button-core', { hasText: '关闭' }).click();
    await field(page, '关闭原因（观众可见）').fill('球幕设备检修');
    await button(page, '确认关闭').click();
    await row.getByText('关闭原因：球幕设备检修').waitFor();
  });

  test('the visitor sees the closure with the nearest open slots and rebooks in one tap', async () => {
    await signIn('demo-visitor-1');
    await go('/pages/bookings/index');
    const card = onScreen(page).locator('[data-testid^="booking-"]', { hasText: '球幕影院' }).first();
    await card.getByText('场馆已取消').waitFor();
    await card.click({ force: true });
    await onScreen(page).getByText('球幕设备检修').first().waitFor();
    await onScreen(page).locator('[data-testid^="rebook-"]').first().click({ force: true });
    await page.getByText('改约成功').waitFor();
    await onScreen(page).getByText('已预约').first().waitFor();

    await go('/profile/notices/index');
    await onScreen(page).getByText('场馆取消了您的预约').first().waitFor();
  });
});

describe('check-in at the gate', () => {
  let staffPage: Page;
  let bookingId: string;

  test("the visitor opens the booking's entry code in the check-in window", async () => {
    // The rebooked 球幕影院 booking: move the clock to ten minutes before it starts.
    const [booking] = (
      await api<{ id: string; start: string }[]>('demo-visitor-1', 'booking.list', { status: 'confirmed' })
    ).data;
    bookingId = booking.id;
    const now = new Date(Date.parse(booking.start) - 10 * 60_000).toISOString();
    await clock(now);
    await go(`/booking/detail/index?bookingId=${bookingId}`);
    await onScreen(page).getByText('入场码').first().waitFor();
    await onScreen(page).locator('[data-testid="checkin-token"]').waitFor();
  });

  test('staff, on another device, paste the code: OK, then a second scan says when and by whom', async () => {
    const token = (await onScreen(page).locator('[data-testid="checkin-token"]').innerText()).trim();
    const context = await browser.newContext({
      viewport: { width: 375, height: 812 },
      deviceScaleFactor: 2,
      locale: 'zh-CN',
    });
    staffPage = await context.newPage();
    staffPage.on('pageerror', (e) => errors.push(e.message));
    await staffPage.goto(`${cloud.url}/#/dev/signin/index`);
    await onScreen(staffPage).locator('[data-testid="signin-demo-staff-1"]').click({ force: true });
    await onScreen(staffPage).getByText('可预约项目').waitFor();
    await staffPage.goto(`${cloud.url}/#/pages/staff/index`);
    const scanOnce = async () => {
      await staffPage.locator('input[placeholder="粘贴或扫入入场码"]').fill(token);
      await button(staffPage, '核验').click();
    };
    await scanOnce();
    await onScreen(staffPage).locator('[data-testid="scan-result"]').getByText('核验通过').waitFor();
    await scanOnce();
    await onScreen(staffPage)
      .locator('[data-testid="scan-result"]')
      .getByText(/已于 \d\d:\d\d 由 陈晓 核验/)
      .waitFor();
  });

  test('the visitor sees 已入场 and rates the visit', async () => {
    await go('/pages/bookings/index');
    await go(`/booking/detail/index?bookingId=${bookingId}`);
    await onScreen(page).locator('[data-testid="checked-in"]').waitFor();
    await page.waitForLoadState('networkidle');
    for (const aspect of ['experience', 'exhibitCondition', 'service']) {
      const star = onScreen(page).locator(`[data-testid="rate-${aspect}-5"]`);
      await star.click();
      // Lit once chosen: a gold star.
      await star.locator('[color="#faad14"]').waitFor();
    }
    await button(page, '提交评价').click();
    await page.getByText('感谢您的评价').waitFor();
    await onScreen(page).getByText('我的评价').waitFor();
    await clock(null);
  });
});

describe('a lottery', () => {
  let slotId: string;
  // A journey stopped half-way must not leave the clock frozen for the next ones.
  afterAll(() => clock(null));

  test('the visitor applies for the lecture in three days', async () => {
    // The demo's lecture slot three days ahead: its applications are open now.
    const day = new Date(Date.now() + 8 * 3600_000 + 3 * 86_400_000).toISOString().slice(0, 10);
    const slots = (await api(null, 'slot.list', { resourceId: 'res-lottery', from: day, to: day })).data as {
      id: string;
    }[];
    slotId = slots[0].id;
    await go(`/lottery/slot/index?slotId=${slotId}`);
    await onScreen(page).locator('[data-testid="lottery-commitment"]').waitFor();
    await onScreen(page).getByText('王小明').click({ force: true });
    await button(page, '报名抽签').click();
    await onScreen(page).locator('[data-testid="lottery-withdraw"]').waitFor();
  });

  test('the manager draws after the close, and the winner confirms and sees the booking', async () => {
    const lottery = (await api(null, 'lottery.get', { slotId })).data as { closesAt: string };
    await clock(lottery.closesAt);
    await go('/dev/signin/index');
    await onScreen(page).locator('[data-testid="signin-demo-manager-1"]').click({ force: true });
    await onScreen(page).getByText('可预约项目').waitFor();
    await go('/manager/lotteries/index');
    await onScreen(page).locator(`[data-testid="mgr-draw-${slotId}"]`).click();
    await button(page, '确认抽签').click();
    await onScreen(page).locator(`[data-testid="mgr-lottery-${slotId}"]`).getByText('验证结果').waitFor();

    await go('/dev/signin/index');
    await onScreen(page).locator('[data-testid="signin-demo-visitor-1"]').click({ force: true });
    await onScreen(page).getByText('可预约项目').waitFor();
    await go(`/lottery/slot/index?slotId=${slotId}`);
    // One applicant for 30 places: a winner.
    await onScreen(page).locator('[data-testid="lottery-result"]').getByText('恭喜，您已中签').waitFor();
    await onScreen(page).locator('[data-testid="lottery-confirm"]').click({ force: true });
    await page.waitForURL((u) => u.hash.startsWith('#/booking/detail/index'));
    await onScreen(page).getByText('已预约').first().waitFor();
    await clock(null);
  });

  test('with unconfirmed places going to the waiting list, the loser joins it and gets the place the winner gives up', async () => {
    // The manager sends the lecture's unconfirmed places to the waiting list, in the resource form.
    await signIn('demo-manager-1');
    await go('/manager/resources/index?venueId=venue-museum');
    await onScreen(page).locator('[data-testid="mgr-resource-res-lottery"] .card__title').click({ force: true });
    await onScreen(page).getByText('转入候补，由候补者依次获得').click({ force: true });
    await shot('resource-edit-unconfirmed');
    await button(page, '保存修改').click();
    await page.getByText('已保存').waitFor();
    // The form goes back to the resource list by itself, which shows the new rule.
    await page.waitForURL((u) => u.hash.startsWith('#/manager/resources/index'));

    // Two visitors apply for one place at the lecture in four days.
    const day = new Date(Date.now() + 8 * 3600_000 + 4 * 86_400_000).toISOString().slice(0, 10);
    const slot = (
      (await api(null, 'slot.list', { resourceId: 'res-lottery', from: day, to: day })).data as { id: string }[]
    )[0];
    expect((await api('demo-manager-1', 'admin.slot.capacity', { slotId: slot.id, capacity: 1 })).ok).toBe(true);
    const people: Record<string, [string, string]> = {
      'demo-visitor-1': ['王小明', '11010519900307123'],
      'demo-visitor-2': ['李华', '11010519880512123'],
    };
    for (const [openid, [name, first]] of Object.entries(people)) {
      if (!((await api(openid, 'attendee.list', {})).data as unknown[]).length) {
        expect(
          (
            await api(openid, 'attendee.add', {
              name,
              phone: '13912345678',
              idType: 'id_card',
              idNumber: first + residentIdCheckChar(first),
              consent: true,
            })
          ).ok,
        ).toBe(true);
      }
      const [attendee] = (await api(openid, 'attendee.list', {})).data as { id: string }[];
      expect((await api(openid, 'lottery.apply', { slotId: slot.id, attendeeIds: [attendee.id] })).ok).toBe(true);
    }
    const lottery = (await api(null, 'lottery.get', { slotId: slot.id })).data as { closesAt: string };
    await clock(lottery.closesAt);
    expect((await api('demo-manager-1', 'lottery.draw', { slotId: slot.id })).ok).toBe(true);
    const statusOf = async (openid: string) =>
      ((await api(openid, 'lottery.mine', {})).data as { slotId: string; status: string }[]).find(
        (a) => a.slotId === slot.id,
      )!.status;
    const loser = (await statusOf('demo-visitor-1')) === 'lost' ? 'demo-visitor-1' : 'demo-visitor-2';

    // The loser is told the waiting list is open to them, and joins it from the lottery page.
    await signIn(loser);
    await reopen(`/lottery/slot/index?slotId=${slot.id}`);
    await onScreen(page).locator('[data-testid="lottery-result"]').getByText('很遗憾，未中签').waitFor();
    await onScreen(page).getByText('可以加入候补').waitFor();
    await shot('lottery-lost');
    await button(page, '加入候补').click();
    await onScreen(page).locator('[data-testid^="entry-"]').getByText('候补中').waitFor();

    // The winner lets the 12 hours pass: the timer gives the place to the first in line.
    await clock(new Date(Date.parse(lottery.closesAt) + 13 * 3600_000).toISOString());
    await fetch(`${cloud.url}/__dev/tick`, { method: 'POST' });
    await reopen(`/lottery/slot/index?slotId=${slot.id}`);
    await onScreen(page).locator('[data-testid^="entry-"]').getByText('已候补成功').waitFor();
    await onScreen(page).locator('[data-testid="lottery-result"]').getByText('候补成功').waitFor();
    await shot('lottery-promoted');
    await clock(null);
  });
});

describe('a complaint, around the whole loop', () => {
  let complaintId: string;
  const textarea = (placeholder: string) => onScreen(page).locator(`textarea[placeholder="${placeholder}"]`);
  const status = (label: string) => onScreen(page).getByText(label, { exact: true }).first().waitFor();
  const openAsStaff = async (openid: string) => {
    await signIn(openid);
    await reopen(`/manager/complaint/index?complaintId=${complaintId}`);
  };
  const departmentSolves = async (solution: string, result: string) => {
    await openAsStaff('demo-handler-1');
    await textarea('解决方案：准备怎样处理、由谁负责、何时完成').fill(solution);
    await button(page, '提交方案').click();
    await status('已制定方案');
    await textarea('处理结果：已经做了什么、现在的情况').fill(result);
    await button(page, '提交处理结果').click();
    await status('已处理，待答复');
  };
  const deskReplies = async () => {
    await openAsStaff('demo-manager-1');
    await button(page, '答复投诉人').click();
    await status('已答复，待确认');
  };
  const visitorOpens = async () => {
    await signIn('demo-visitor-1');
    await reopen(`/complaint/detail/index?complaintId=${complaintId}`);
  };

  test('the visitor files a complaint from 我的 → 我的投诉', async () => {
    await signIn('demo-visitor-1');
    await openMe();
    await onScreen(page).getByText('我的投诉').click({ force: true });
    await page.waitForURL((u) => u.hash.startsWith('#/complaint/mine/index'));
    await button(page, '我要投诉').click();
    await onScreen(page).getByText('展览展示', { exact: true }).click({ force: true });
    await textarea('请描述遇到的问题：时间、地点、经过').fill('磁悬浮列车展项无法演示，按钮按下后没有反应。');
    await button(page, '提交投诉').click();
    await page.waitForURL((u) => u.hash.startsWith('#/complaint/detail/index'));
    complaintId = new URLSearchParams(new URL(page.url()).hash.split('?')[1]).get('complaintId')!;
    await status('已受理');
    await shot('complaint-filed');
  });

  test('the desk routes it to 展览部 from its queue', async () => {
    await signIn('demo-manager-1');
    await go('/manager/complaints/index');
    await onScreen(page)
      .locator(`[data-testid="complaint-${complaintId}"]`)
      .getByText('磁悬浮列车展项无法演示', { exact: false })
      .click({ force: true });
    await page.waitForURL((u) => u.hash.startsWith('#/manager/complaint/index'));
    await onScreen(page)
      .locator('[data-testid="complaint-step"]')
      .getByText('展览部', { exact: true })
      .click({ force: true });
    await button(page, /^转交$/).click();
    await status('处理中');
  });

  test('展览部 proposes and resolves; the desk replies', async () => {
    await departmentSolves('检修展项的控制按钮', '已更换按钮，展项恢复演示');
    await deskReplies();
  });

  test('the visitor is not satisfied: the complaint goes back to 展览部', async () => {
    await visitorOpens();
    await onScreen(page).getByText('已更换按钮，展项恢复演示').first().waitFor();
    await button(page, /^不满意$/).click();
    await textarea('请说明不满意的原因（选填）').fill('下午又坏了');
    await button(page, '提交不满意').click();
    await status('重新处理中');
  });

  test('resolved again and replied; now the visitor is satisfied', async () => {
    await departmentSolves('更换整套控制板', '控制板已更换，连续测试两小时正常');
    await deskReplies();
    await visitorOpens();
    await button(page, /^满意$/).click();
    await button(page, '确认满意').click();
    await status('已确认满意');
  });

  test('the desk records the follow-up visit and archives it, with the whole timeline', async () => {
    await openAsStaff('demo-manager-1');
    await textarea('回访记录，如：电话回访，投诉人表示满意（选填）').fill('电话回访，观众表示满意');
    await button(page, '记录回访').click();
    await status('已回访');
    await button(page, /^归档$/).click();
    await button(page, '确认归档').click();
    await status('已归档');
    const timeline = onScreen(page).locator('[data-testid="complaint-timeline"]');
    await timeline.getByText('投诉人不满意，重新处理').waitFor();
    await timeline.getByText('归档').waitFor();
    await shot('complaint-archived');
  });
});

describe('a subscribe message when booking', () => {
  let bookingId: string;
  /** `2026年12月1日 09:00` of an ISO instant written in +08:00, as the template's time field shows it. */
  const templateTime = (iso: string) => {
    const [, y, m, d, hm] = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2})/.exec(iso)!;
    return `${y}年${Number(m)}月${Number(d)}日 ${hm}`;
  };

  test('the visitor books VR飞行体验 in two days; the tap asks for the messages', async () => {
    await signIn('demo-visitor-1');
    if (!((await api('demo-visitor-1', 'attendee.list', {})).data as unknown[]).length) {
      const first = '11010519900307123';
      expect(
        (
          await api('demo-visitor-1', 'attendee.add', {
            name: '王小明',
            phone: '13812345678',
            idType: 'id_card',
            idNumber: first + residentIdCheckChar(first),
            consent: true,
          })
        ).ok,
      ).toBe(true);
    }
    await reopen('/pages/index/index');
    await bookVrFlight(2);
    bookingId = new URLSearchParams(new URL(page.url()).hash.split('?')[1]).get('bookingId')!;
    expect(bookingId).toBeTruthy();
  });

  test('the timer delivers 预约成功通知 to the visitor, with the booking’s fields and page', async () => {
    const booking = (await api('demo-visitor-1', 'booking.get', { bookingId })).data as {
      resourceName: string;
      venueName: string;
      start: string;
    };
    const templates = (await api('demo-visitor-1', 'notify.templates', {})).data as {
      kind: string;
      templateId: string;
    }[];
    const success = templates.find((t) => t.kind === 'booking_success')!.templateId;
    await fetch(`${cloud.url}/__dev/tick`, { method: 'POST' });
    const outbox = (await (await fetch(`${cloud.url}/__dev/outbox`)).json()) as {
      touser: string;
      templateId: string;
      page: string;
      data: Record<string, { value: string }>;
    }[];
    const sent = outbox.filter((m) => m.templateId === success && m.data.character_string4?.value === bookingId);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      touser: 'demo-visitor-1',
      page: `booking/detail/index?bookingId=${bookingId}`,
      data: {
        thing1: { value: 'VR飞行体验' },
        time2: { value: templateTime(booking.start) },
        thing3: { value: booking.venueName },
        character_string4: { value: bookingId },
      },
    });
    expect(booking.resourceName).toBe('VR飞行体验');
  });

  test('the dev outbox page shows it as a phone would', async () => {
    const booking = (await api('demo-visitor-1', 'booking.get', { bookingId })).data as {
      venueName: string;
      start: string;
    };
    await reopen('/dev/signin/index');
    await onScreen(page).locator('[data-testid="signin-outbox"]').click({ force: true });
    // The page's first load can race the fresh app's sign-in and come back without the templates'
    // labels; 刷新 loads the outbox and the templates again, as a developer would.
    await onScreen(page).locator('[data-testid="outbox-refresh"]').click({ force: true });
    const card = onScreen(page).locator('[data-testid="outbox-message"]', { hasText: bookingId }).first();
    await card.getByText('预约成功通知').waitFor();
    for (const text of [
      '预约项目',
      'VR飞行体验',
      '预约时间',
      templateTime(booking.start),
      '场馆',
      booking.venueName,
      '预约编号',
      `booking/detail/index?bookingId=${bookingId}`,
    ]) {
      await card.getByText(text, { exact: true }).first().waitFor();
    }
    await still();
    await shot('dev-outbox');
  });

  test('我的 → 通知设置 shows what is left, and 添加 allows one more', async () => {
    await reopen('/pages/me/index');
    await onScreen(page).getByText('通知设置').click({ force: true });
    const credits = onScreen(page).locator('[data-testid="notify-credits-waitlist_promoted"]');
    await credits.waitFor();
    const before = Number(/可接收 (\d+) 次/.exec(await credits.innerText())![1]);
    await onScreen(page).locator('[data-testid="notify-add-waitlist_promoted"]').click({ force: true });
    await credits.getByText(`可接收 ${before + 1} 次`).waitFor();
    await still();
    await shot('notify-settings');
  });
});
