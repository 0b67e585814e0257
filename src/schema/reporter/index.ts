// Imports every reporter type file; defines nothing.
import './session.js';
import './session-query.js';
import './reporter-message.js';
import './reporter-client.js';
import './session-label.js';
import './message-label.js';
import './message-label-group.js';
import './livechat-operator.js';
import './nlp-info.js';
import './experiment.js';
import './report-task.js';
import './statistics.js';
import './analytics-filters.js';
export {};
