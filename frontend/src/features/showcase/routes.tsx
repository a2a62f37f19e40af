// Lazy route module for "/models" (Mô hình, điển hình tiên tiến).
export { ShowcasePage as Component } from './ShowcasePage';
