// Lazy route module for "/accounts" (Tài khoản), loaded by the router on first visit.
export { AccountsPage as Component } from './AccountsPage';
