/** A `subscribeMessage.send` call as the function made it (camelCase keys, as before the SDK's conversion). */
export interface OutboxEntry {
  touser: string;
  templateId: string;
  page?: string;
  data: Record<string, { value: unknown }>;
  miniprogramState?: string;
  lang?: string;
  /** The store clock when the call arrived (epoch ms). */
  at: number;
}

export interface Outbox {
  list(): OutboxEntry[];
  clear(): void;
}

export class MemoryOutbox implements Outbox {
  private entries: OutboxEntry[] = [];

  record(entry: OutboxEntry): void {
    this.entries.push(entry);
  }

  list(): OutboxEntry[] {
    return [...this.entries];
  }

  clear(): void {
    this.entries = [];
  }
}
