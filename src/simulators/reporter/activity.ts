import { Rng } from '../dataset/prng.js';
import { generateConversation, uuid } from './conversation.js';
import type { MessageRecord, ReporterData, SessionRecord } from './records.js';
import type { ReporterState } from './state.js';

/**
 * Chatbot traffic during a run: sessions that start and messages that follow, as a bot's clients
 * make them. A session is generated whole (generateConversation), then shown as far as the clock
 * has come: it starts with its first message and gains the next ones at the times the conversation
 * gives them (5–90 s apart, a few seconds on calls), so a supervisor sees it grow. Its counters
 * (`questionCount`, `lastQuestion`, `duration`) follow what is shown; its `sessionResult` is set
 * when its last message is (an ongoing session has none yet; GUESS §2.2: the platform sets the
 * result when a session closes).
 *
 * Driven by `tick(now)` (index.ts calls it every second; tests call it with their own clock). The
 * dataset is not touched: everything lands in the state.
 */
export class ReporterActivity {
  private readonly rng: Rng;
  /** Sessions still receiving messages: the whole conversation and how much of it is shown. */
  private readonly open: Array<{ session: SessionRecord; messages: MessageRecord[]; result: string | undefined; shown: number }> = [];

  constructor(
    private readonly data: ReporterData,
    private readonly state: ReporterState,
    seed: number,
  ) {
    this.rng = new Rng(seed);
  }

  /** Sessions still in progress (some of their messages are ahead). */
  get ongoing(): number {
    return this.open.length;
  }

  /** A session of a returning client (one at random) that starts at `startMs`, with the messages due by `now`. */
  startSession(startMs: number, now = startMs): SessionRecord {
    const client = this.state.clientByKey(this.rng.pick(this.data.clients).key)!;
    const sessionId = [client.botId.slice(-3), uuid(this.rng)].join('-');
    const { session, messages } = generateConversation(new Rng(this.rng.int(0, 0x7fffffff)), { sessionId, client, startMs, projectShortName: this.data.projectShortName });
    const entry = { session, messages, result: session.sessionResult, shown: 0 };
    session.sessionResult = undefined;
    this.state.addSession(session);
    this.open.push(entry);
    this.reveal(entry, now);
    return session;
  }

  /** Shows every message whose time has come; finished sessions get their result. */
  tick(now: number): void {
    for (const entry of [...this.open]) this.reveal(entry, now);
  }

  private reveal(entry: (typeof this.open)[number], now: number): void {
    const { session, messages } = entry;
    // A session always shows its first message: it exists because the client wrote (or called).
    while (entry.shown < messages.length && (entry.shown === 0 || messages[entry.shown]!.tsMs <= now)) {
      this.state.addMessage(messages[entry.shown]!);
      entry.shown++;
    }
    const shown = messages.slice(0, entry.shown);
    const questions = shown.filter((m) => m.question);
    const last = shown.at(-1);
    session.questionIds = shown.map((m) => m.questionId);
    session.questionCount = questions.length;
    session.firstQuestion = questions[0]?.question;
    session.lastQuestion = questions.at(-1)?.question;
    session.endMs = last ? last.tsMs + (last.processingTime ?? 0) : session.startMs;
    session.duration = session.endMs - session.startMs;
    if (entry.shown === messages.length) {
      session.sessionResult = entry.result;
      this.open.splice(this.open.indexOf(entry), 1);
    }
  }
}
