// H5 only (services/payment.h5.ts): the dev pay sheet, 模拟微信支付, standing in for WeChat's payment sheet in
// the browser. Drawn with the DOM rather than a page component because it is opened from a service, over
// whatever page asked for the payment, and answers with the payer's choice; the e2e journeys tap its buttons
// by data-testid.
import { yuan } from '@shared/rules/money';
import './index.css';

export type PaySheetChoice = 'confirm' | 'fail' | 'cancel';

const CHOICES: { choice: PaySheetChoice; label: string; testId: string }[] = [
  { choice: 'confirm', label: '确认支付', testId: 'dev-pay-confirm' },
  { choice: 'fail', label: '支付失败', testId: 'dev-pay-fail' },
  { choice: 'cancel', label: '取消', testId: 'dev-pay-cancel' },
];

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Shows the sheet for `totalFen` and resolves with the button tapped; the sheet is gone by then. */
export function openPaySheet(totalFen: number): Promise<PaySheetChoice> {
  return new Promise((resolve) => {
    const mask = element('div', 'dev-pay');
    mask.setAttribute('data-testid', 'dev-pay-sheet');
    const sheet = element('div', 'dev-pay__sheet');
    sheet.append(
      element('div', 'dev-pay__title', '模拟微信支付'),
      element('div', 'dev-pay__amount', yuan(totalFen)),
      element('div', 'dev-pay__note', '本地开发环境，不会产生真实扣款'),
    );
    for (const { choice, label, testId } of CHOICES) {
      const button = element('button', `dev-pay__button dev-pay__button--${choice}`, label);
      button.type = 'button';
      button.setAttribute('data-testid', testId);
      button.addEventListener('click', () => {
        mask.remove();
        resolve(choice);
      });
      sheet.append(button);
    }
    mask.append(sheet);
    document.body.append(mask);
  });
}
