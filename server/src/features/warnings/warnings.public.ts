// What other features may use of the warning rules (enforced by the lint rule on imports).
export { enabledWarningRules } from './warning-rules.codec';
