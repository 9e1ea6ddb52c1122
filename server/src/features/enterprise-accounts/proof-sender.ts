// Where proof codes go: the installation's e-mail / SMS gateways (the notifications feature's
// senders), else — outside production — the server's log (the console sender of development).
// Tests put a capturing sender in place and read the codes from it.
import { externalSenders } from '../notifications/notifications.public';

export interface ProofMessage {
  channel: 'email' | 'sms';
  to: string;
  /** Whom the code is for (the contact's name), as a gateway may address it. */
  name: string;
  text: string;
}

export interface ProofSender {
  /** Whether a message on this channel can go out at all. */
  canSend(channel: ProofMessage['channel']): boolean;
  send(message: ProofMessage): Promise<void>;
}

/** The gateways configured for the installation (HONGTU_NOTIFY_EMAIL_URL / _SMS_URL). */
export function gatewayProofSender(env: NodeJS.ProcessEnv = process.env): ProofSender {
  const senders = externalSenders(env);
  return {
    canSend: (channel) => senders.some((s) => s.channel === channel),
    async send(message) {
      const sender = senders.find((s) => s.channel === message.channel);
      if (!sender) throw new Error(`no ${message.channel} sender`);
      // The gateway addresses e-mail by the recipient's user name and SMS by the phone.
      await sender.send({
        notificationId: 0,
        recipient: { userId: 0, username: message.to, displayName: message.name, phone: message.channel === 'sms' ? message.to : null },
        text: message.text,
      }, AbortSignal.timeout(10_000));
    },
  };
}

/** Development: the code is written to the server's log. */
export const consoleProofSender: ProofSender = {
  canSend: () => true,
  async send(message) {
    // Test runs stay quiet (their captured senders read the codes).
    if (process.env.NODE_ENV !== 'test') console.info(`[enterprise-accounts] ${message.channel} to ${message.to}: ${message.text}`);
  },
};

/** Tests: remembers every message. */
export function capturingProofSender(): ProofSender & { messages: ProofMessage[] } {
  const messages: ProofMessage[] = [];
  return { messages, canSend: () => true, async send(message) { messages.push(message); } };
}

let override: ProofSender | null = null;

/** Puts a sender in place of the configured ones (tests), or back (null). */
export function useProofSender(sender: ProofSender | null): void {
  override = sender;
}

/** The sender of this installation: a gateway when configured, else the log outside production. */
export function proofSender(): ProofSender {
  if (override) return override;
  const gateway = gatewayProofSender();
  if (process.env.NODE_ENV === 'production') return gateway;
  return { canSend: () => true, send: (m) => (gateway.canSend(m.channel) ? gateway.send(m) : consoleProofSender.send(m)) };
}
