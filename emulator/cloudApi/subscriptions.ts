// What WeChat's servers know of subscribe messages: each "accept" a user gives for a template allows
// one message of it. wx.requestSubscribeMessage records accepts here (in the H5 build, through
// POST /__dev/subscribe), and subscribeMessage.send takes one, or answers 43101 as WeChat does.
export class SubscriptionLedger {
  private readonly accepts = new Map<string, number>();

  private key(openid: string, templateId: string): string {
    return `${openid}\u0000${templateId}`;
  }

  /** Records the answers of one requestSubscribeMessage; only `accept` allows a message. */
  record(openid: string, results: Record<string, unknown>): void {
    for (const [templateId, result] of Object.entries(results)) {
      if (result === 'accept') this.accepts.set(this.key(openid, templateId), this.left(openid, templateId) + 1);
    }
  }

  left(openid: string, templateId: string): number {
    return this.accepts.get(this.key(openid, templateId)) ?? 0;
  }

  /** Uses one accept; false when there is none. */
  take(openid: string, templateId: string): boolean {
    const left = this.left(openid, templateId);
    if (left < 1) return false;
    this.accepts.set(this.key(openid, templateId), left - 1);
    return true;
  }
}
