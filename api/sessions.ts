// Signed-in sessions, bound to the window (client) that signed in. Held in memory:
// restarting the desk signs everyone out, which is what a locked-down desk wants.

interface Session { userId: number; lastSeen: number }

export type SessionLookup =
  | { state: 'none' }
  | { state: 'expired' }
  | { state: 'active'; userId: number };

export class SessionStore {
  private readonly byClient = new Map<string, Session>();

  constructor(private readonly idleMs: () => number) {}

  bind(client: string, userId: number, now: Date): void {
    this.byClient.set(client, { userId, lastSeen: now.getTime() });
  }

  forget(client: string): void {
    this.byClient.delete(client);
  }

  /** Signs a user out everywhere (disabled account, password reset). */
  forgetUser(userId: number): void {
    for (const [client, s] of this.byClient) if (s.userId === userId) this.byClient.delete(client);
  }

  /** Looks up and, when active, refreshes the idle timer. */
  touch(client: string, now: Date): SessionLookup {
    const s = this.byClient.get(client);
    if (!s) return { state: 'none' };
    if (now.getTime() - s.lastSeen > this.idleMs()) {
      this.byClient.delete(client);
      return { state: 'expired' };
    }
    s.lastSeen = now.getTime();
    return { state: 'active', userId: s.userId };
  }
}
