// What other features may use of enterprise-service (enforced by the lint rule on imports): nothing yet.
export {};
