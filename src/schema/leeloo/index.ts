// Imports every leeloo type file; defines nothing.
import './enums.js';
import './account.js';
import './platform-user.js';
import './order.js';
import './subscription.js';
import './custom-field.js';
import './chat-message.js';
import './account-tag-mutations.js';
export {};
