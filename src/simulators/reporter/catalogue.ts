/**
 * What the simulated bots talk about: intents with their NLP class path, client phrases and bot
 * answers. Small and static, so messages read like a shop's support bot and text filters have
 * something real to match.
 */
export interface Topic {
  /** Intent name (nlpInfo.rule when ruleType is `intent`). */
  intent: string;
  /** Hierarchical class path (NLP_CLASS is a TREE filter). */
  nlpClass: string;
  /** Scenario state the answer came from (NLP_STATE). */
  nlpState: string;
  questions: string[];
  answers: string[];
}

export const TOPICS: Topic[] = [
  {
    intent: 'Hello',
    nlpClass: '/Greeting/Hello',
    nlpState: '/Start',
    questions: ['Hi', 'Hello there', 'Good morning', 'Привет'],
    answers: ['Hello! How can I help you today?', 'Hi! I am the shop assistant.'],
  },
  {
    intent: 'OrderStatus',
    nlpClass: '/Shop/Order/Status',
    nlpState: '/Order/Status',
    questions: ['Where is my order?', 'Order status please', 'When will my parcel arrive', 'track order'],
    answers: ['Your order is on its way and arrives in 2 days.', 'Please send me your order number.'],
  },
  {
    intent: 'OrderCancel',
    nlpClass: '/Shop/Order/Cancel',
    nlpState: '/Order/Cancel',
    questions: ['Cancel my order', 'I want to cancel the purchase', 'please cancel it'],
    answers: ['Your order has been cancelled.', 'I can cancel it: please confirm with "yes".'],
  },
  {
    intent: 'Delivery',
    nlpClass: '/Shop/Delivery',
    nlpState: '/Delivery',
    questions: ['How much is delivery?', 'Do you deliver to Kazan?', 'delivery times'],
    answers: ['Delivery is free from 3000 rubles.', 'We deliver all over Russia in 1-5 days.'],
  },
  {
    intent: 'Refund',
    nlpClass: '/Shop/Payment/Refund',
    nlpState: '/Payment/Refund',
    questions: ['I want my money back', 'refund please', 'How do I return an item?'],
    answers: ['Refunds take up to 10 working days.', 'Fill in the return form on our website.'],
  },
  {
    intent: 'PaymentMethods',
    nlpClass: '/Shop/Payment/Methods',
    nlpState: '/Payment/Methods',
    questions: ['Can I pay by card?', 'payment options', 'Do you accept cash on delivery'],
    answers: ['We accept cards, SBP and cash on delivery.'],
  },
  {
    intent: 'Operator',
    nlpClass: '/Support/Operator',
    nlpState: '/Operator',
    questions: ['Talk to a human', 'operator please', 'I need a real person'],
    answers: ['Connecting you to an operator…'],
  },
  {
    intent: 'Goodbye',
    nlpClass: '/Greeting/Bye',
    nlpState: '/Bye',
    questions: ['Thanks, bye', 'Goodbye', 'that is all, thank you'],
    answers: ['Goodbye! Have a nice day.', 'Happy to help. Bye!'],
  },
];

/** The bot's answer when nothing matched. */
export const NO_MATCH = {
  nlpClass: '/NoMatch',
  nlpState: '/NoMatch',
  questions: ['asdfgh', 'what is the meaning of life', 'blue'],
  answers: ["Sorry, I didn't get that. Could you rephrase?"],
};

/** The bot answer that marks a transfer (stats/switched-sessions with method TEXT). */
export const TRANSFER_ANSWER = 'Connecting you to an operator…';

export const OPERATOR_LINES = ['Hello, this is the support team. Let me check.', 'Done, anything else?', 'I have forwarded it to logistics.'];
export const OPERATORS = [
  { id: '501', firstName: 'Kira', lastName: 'Operatorova' },
  { id: '502', firstName: 'Boris', lastName: 'Supportov' },
];

export const SESSION_RESULTS = ['RESOLVED', 'UNRESOLVED', 'TRANSFERRED', 'ABANDONED'];
export const CITIES = ['Moscow', 'Saint Petersburg', 'Kazan', 'Novosibirsk', 'Yekaterinburg'];
export const PLANS = ['basic', 'premium', 'business'];
export const UTM_SOURCES = ['google', 'yandex', 'vk_ads', 'direct'];

export const SESSION_LABEL_NAMES = ['Lead', 'Complaint', 'VIP', 'Spam', 'Repeat contact', 'Sale', 'Escalated', 'Test'];
export const MESSAGE_LABEL_GROUPS: { name: string; labels: string[] }[] = [
  { name: 'Quality', labels: ['Correct answer', 'Wrong answer', 'No answer', 'Rude'] },
  { name: 'Topic', labels: ['Delivery', 'Payment', 'Returns', 'Product'] },
  { name: 'Training', labels: ['Add to intents', 'New intent', 'Ambiguous', 'Ignore'] },
];
